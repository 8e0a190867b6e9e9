"""Membaca JSON menjadi dokumen bertipe sambil mencatat SEMUA masalah dengan jalurnya.

Pembacaan dua lapis, dipakai semua aturan:

1. *Bentuk* (modul ini, dipanggil ``parse`` tiap aturan): objek/daftar/angka/teks/pilihan,
   kunci yang tidak dikenal. Nilai yang bentuknya salah dicatat dan diganti ``None``.
2. *Makna* (``validasi`` tiap aturan, dijalankan atas dokumen bertipe): wajib diisi, lebih
   besar dari 0, tidak negatif, dan aturan antarkolom. Lapis ini juga menjaga dokumen yang
   dibuat langsung dari kode (lapisan Django), jadi aturan makna hanya ditulis sekali.

:func:`gabung_masalah` menyatukan keduanya tanpa melaporkan satu jalur dua kali.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal, getcontext, setcontext
from enum import Enum
from typing import Any, TypeVar

from .angka import EKSPONEN_TERBESAR as _TERBESAR
from .angka import EKSPONEN_TERKECIL as _TERKECIL
from .angka import KONTEKS_CEPAT, AngkaTidakSah, baca_angka_json, di_luar_rentang, ubah_angka
from .galat import Masalah

E = TypeVar("E", bound=Enum)

WAJIB = "wajib diisi"
POSITIF = "harus lebih besar dari 0"
TIDAK_NEGATIF = "tidak boleh negatif"
BUKAN_ANGKA = (
    "harus berupa angka: angka JSON (9.12) atau teks angka cara Indonesia ('9,12', '1.250')"
)
BUKAN_BULAT = "harus berupa bilangan bulat"
BUKAN_TEKS = "harus berupa teks"
BUKAN_OBJEK = "harus berupa objek"
BUKAN_DAFTAR = "harus berupa daftar"
DI_LUAR_RENTANG = "di luar rentang angka yang didukung (selain 0: 0.000000000000001 s.d. 10^15)"


def jalur(induk: str, kunci: str) -> str:
    """Jalur anak: ``jalur("kegiatan[0]", "waktu") == "kegiatan[0].waktu"``."""
    return f"{induk}.{kunci}" if induk else kunci


def tampil(nilai: Any) -> str:
    """Nilai masukan untuk pesan: teks dalam kutip tunggal, selainnya seperti di JSON."""
    if isinstance(nilai, str):
        return f"'{nilai}'"
    if isinstance(nilai, bool) or nilai is None:
        return {True: "true", False: "false", None: "null"}[nilai]
    if isinstance(nilai, dict):
        return "objek"
    if isinstance(nilai, list):
        return "daftar"
    return str(nilai)


def peta_pilihan(enum: type[E]) -> dict[str, E]:
    """Nilai teks → anggota enum, untuk pencarian cepat saat membaca."""
    return {anggota.value: anggota for anggota in enum}


class Pembaca:
    """Pengumpul masalah beserta pembaca nilai JSON yang mencatat, bukan melempar."""

    __slots__ = ("masalah",)

    def __init__(self) -> None:
        self.masalah: list[Masalah] = []

    def catat(self, path: str, pesan: str) -> None:
        """Catat satu masalah."""
        self.masalah.append(Masalah(path, pesan))

    def objek(self, nilai: Any, path: str, dikenal: frozenset[str]) -> dict[str, Any] | None:
        """Objek JSON dengan kunci yang dikenal; ``None`` bila kosong atau bukan objek."""
        if nilai is None:
            return None
        if type(nilai) is not dict:
            self.catat(path, BUKAN_OBJEK)
            return None
        if not nilai.keys() <= dikenal:
            pilihan = ", ".join(sorted(dikenal))
            for kunci in sorted(map(str, nilai.keys() - dikenal)):
                self.catat(
                    jalur(path, kunci), f"kunci tidak dikenal; kunci yang dikenal: {pilihan}"
                )
        return nilai

    def daftar(self, obj: Mapping[str, Any], kunci: str, path: str) -> list[Any]:
        """Daftar JSON di ``obj[kunci]``; daftar kosong bila tidak ada atau bentuknya salah."""
        nilai = obj.get(kunci)
        if nilai is None:
            return []
        if type(nilai) is not list:
            self.catat(jalur(path, kunci), BUKAN_DAFTAR)
            return []
        return nilai

    def angka(self, obj: Mapping[str, Any], kunci: str, path: str) -> Decimal | None:
        """Angka di ``obj[kunci]`` sebagai ``Decimal``; ``None`` bila tidak ada atau tidak sah."""
        nilai = obj.get(kunci)
        if type(nilai) is Decimal and nilai.is_finite():
            # Jalur biasa (angka JSON dari loads_desimal), tanpa panggilan fungsi.
            if not nilai or _TERKECIL <= nilai.adjusted() <= _TERBESAR:
                return nilai
            self.catat(jalur(path, kunci), DI_LUAR_RENTANG)
            return None
        if nilai is None:
            return None
        angka = ubah_angka(nilai)
        if angka is None:
            self.catat(jalur(path, kunci), pesan_bukan_angka(nilai))
        elif di_luar_rentang(angka):
            self.catat(jalur(path, kunci), DI_LUAR_RENTANG)
            return None
        return angka

    def bulat(self, obj: Mapping[str, Any], kunci: str, path: str) -> int | None:
        """Bilangan bulat di ``obj[kunci]`` ("2", 2 dan 2.0 sah; 2.5 tidak)."""
        angka = self.angka(obj, kunci, path)
        if angka is None:
            return None
        if angka != angka.to_integral_value():
            self.catat(jalur(path, kunci), BUKAN_BULAT)
            return None
        return int(angka)

    def teks(self, obj: Mapping[str, Any], kunci: str, path: str) -> str | None:
        """Teks di ``obj[kunci]``; ``None`` bila tidak ada atau bukan teks."""
        nilai = obj.get(kunci)
        if nilai is None or type(nilai) is str:
            return nilai
        self.catat(jalur(path, kunci), BUKAN_TEKS)
        return None

    def pilihan(
        self, obj: Mapping[str, Any], kunci: str, path: str, peta: Mapping[str, E]
    ) -> E | None:
        """Anggota enum yang nilainya ada di ``obj[kunci]``; ``None`` bila tidak ada/tidak dikenal."""
        nilai = obj.get(kunci)
        if nilai is None:
            return None
        anggota = peta.get(nilai) if type(nilai) is str else None
        if anggota is None:
            self.catat(jalur(path, kunci), pesan_pilihan(nilai, peta))
        return anggota


def pesan_bukan_angka(nilai: Any) -> str:
    """Pesan untuk nilai yang bukan angka sah; teks angka mendapat saran cara menulisnya."""
    if type(nilai) is str:
        try:
            baca_angka_json(nilai)
        except AngkaTidakSah as e:
            return f"harus berupa angka: {e}"
    return BUKAN_ANGKA


def pesan_pilihan(nilai: Any, pilihan: Iterable[str]) -> str:
    """Pesan untuk nilai di luar daftar pilihan."""
    daftar = ", ".join(f"'{p}'" for p in pilihan)
    return f"nilai tidak dikenal: {tampil(nilai)}; pilihan: {daftar}"


def teks_kosong(teks: str | None) -> bool:
    """Benar bila teks wajib tidak diisi (tidak ada atau hanya spasi)."""
    return teks is None or not teks.strip()


def periksa_angka(
    pembaca: Pembaca, nilai: Decimal | None, path: str, *, positif: bool = False
) -> None:
    """Aturan makna satu angka wajib: harus ada, tidak negatif, atau (``positif``) di atas 0."""
    if nilai is None:
        pembaca.catat(path, WAJIB)
    elif positif and nilai <= 0:
        pembaca.catat(path, POSITIF)
    elif nilai < 0:
        pembaca.catat(path, TIDAK_NEGATIF)


def _awalan(path: str) -> Iterable[str]:
    """Semua jalur induk ``path`` beserta dirinya: ``a[0].b`` → ``a``, ``a[0]``, ``a[0].b``."""
    for i, huruf in enumerate(path):
        if huruf in ".[" and i:
            yield path[:i]
    yield path


def gabung_masalah(bentuk: list[Masalah], makna: list[Masalah]) -> list[Masalah]:
    """Masalah bentuk ditambah masalah makna yang jalurnya (atau induknya) belum dilaporkan.

    Nilai yang bentuknya salah sudah diganti ``None``; tanpa penyaringan ini lapis makna akan
    menambahkan "wajib diisi" pada jalur yang sama.
    """
    if not bentuk:
        return makna
    sudah = {m.path for m in bentuk}
    return bentuk + [m for m in makna if sudah.isdisjoint(_awalan(m.path))]


# ------------------------------------------------------------------- jalan cepat (tanpa jalur)


_BATAS_BULAT = 10 ** (_TERBESAR + 1)


class Lambat(Exception):  # noqa: N818 - sinyal, bukan kesalahan
    """Jalan cepat menyerah; dokumen dinilai lewat jalan bertipe yang melaporkan masalahnya."""


def jalan_cepat(
    nilai: Callable[[dict[str, Any], list[str] | None], dict[str, Any]],
    data: dict[str, Any],
    langkah: bool,
) -> dict[str, Any] | None:
    """``nilai(data, catatan)`` dalam :data:`KONTEKS_CEPAT` (``catatan`` daftar kosong untuk
    kalimat langkah bila ``langkah``, selain itu ``None``); ``None`` bila ia menyerah
    (:class:`Lambat`). Konteks pemanggil selalu dikembalikan."""
    pemanggil = getcontext()
    setcontext(KONTEKS_CEPAT)
    try:
        return nilai(data, [] if langkah else None)
    except Lambat:
        return None
    finally:
        setcontext(pemanggil)


#: ``Decimal(n)`` untuk bilangan bulat 0..1000, bentuk angka SKP yang paling sering (target 12
#: laporan, kualitas 100, nilai perilaku): jalan cepat mengambilnya di sini alih-alih membuat
#: ``Decimal`` baru (``DESIMAL_BULAT.get(n) or angka_cepat(n)`` untuk ``type(n) is int``; 0
#: tidak benar menurut ``or`` dan jatuh ke ``angka_cepat``, yang memberi nilai yang sama).
DESIMAL_BULAT: dict[int, Decimal] = {n: Decimal(n) for n in range(1001)}


def angka_cepat(nilai: Any) -> Decimal:
    """Seperti :meth:`Pembaca.angka` untuk angka wajib, tetapi melempar :class:`Lambat`."""
    jenis = type(nilai)
    if jenis is Decimal and nilai.is_finite():
        if not nilai or _TERKECIL <= nilai.adjusted() <= _TERBESAR:
            return nilai
        raise Lambat
    if jenis is int and -_BATAS_BULAT < nilai < _BATAS_BULAT:
        # Bilangan bulat JSON dari pembaca baris perintah (msgspec); di bawah 10^15 selalu dalam
        # rentang, seperti Decimal yang sama dari loads_desimal.
        return DESIMAL_BULAT.get(nilai) or Decimal(nilai)
    angka = ubah_angka(nilai)
    if angka is None or di_luar_rentang(angka):
        raise Lambat
    return angka


def pilih_cepat(peta: Mapping[str, E], nilai: Any) -> E:
    """Anggota enum untuk teks ``nilai``; :class:`Lambat` bila tidak dikenal."""
    if type(nilai) is str:
        anggota = peta.get(nilai)
        if anggota is not None:
            return anggota
    raise Lambat


def teks_cepat(nilai: Any, *, wajib: bool = False) -> str | None:
    """Teks opsional (atau wajib dan tidak kosong); :class:`Lambat` bila tidak sah."""
    if nilai is None and not wajib:
        return None
    if type(nilai) is str and (not wajib or nilai.strip()):
        return nilai
    raise Lambat
