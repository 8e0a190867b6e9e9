"""Mesin penilaian kinerja ASN: Python murni (tanpa Django), deterministik, menjelaskan angkanya.

Dipakai simulator dan penilaian kinerja sungguhan; masukan yang sama dengan kebijakan yang sama
selalu memberi hasil yang sama. Kontraknya: ``/work/shared/spesifikasi/mesin-penilaian.md``;
uraian aturannya: ``docs/algoritma-skor.md``.

Dua jalan masuk:

* JSON: :func:`nilai_json` (satu dokumen atau daftar dokumen, hasil nilai JSON);
* bertipe: :func:`parse_dokumen` → :func:`hitung` → :func:`hasil_ke_json`, atau membangun
  dokumen langsung (``DokumenPermen(...)``, ``RHK(...)``, ``IKI(...)``) lalu :func:`hitung`.

Masukan tidak sah selalu memunculkan :class:`KesalahanValidasi` berisi SEMUA masalah dengan
jalur JSON-nya; tidak ada pengecualian lain untuk masukan apa pun.
"""

from __future__ import annotations

from typing import Any

from .angka import (
    AngkaTidakSah,
    angka_json,
    baca_angka,
    baca_angka_json,
    bulatkan,
    format_angka,
    format_hasil,
    format_ringkas,
    keluaran,
    loads_desimal,
)
from .aturan import DAFTAR_ATURAN, aturan_untuk
from .aturan.permenpanrb_6_2022.distribusi import cek_distribusi
from .aturan.permenpanrb_6_2022.predikat import (
    angka_kredit,
    predikat_dari_rating,
    rating_dari_capaian,
    rating_pimpinan,
)
from .aturan.permenpanrb_6_2022.tipe import (
    IKI,
    RHK,
    DokumenDistribusi,
    DokumenPermen,
    HasilDistribusi,
    HasilIKI,
    HasilPermen,
    HasilRHK,
    JabatanFungsional,
    Rentang,
)
from .aturan.pp46_2011 import (
    DokumenPP46,
    HasilKegiatan,
    HasilPP46,
    Kegiatan,
    PerilakuPP46,
    Ukuran,
)
from .baca import gabung_masalah, pesan_pilihan
from .galat import KesalahanValidasi, Masalah
from .tipe import (
    KEBIJAKAN_BAWAAN,
    Aspek,
    CapaianOrganisasi,
    JenisRHK,
    KategoriPP46,
    Kebijakan,
    Kreativitas,
    Pendekatan,
    Polaritas,
    Predikat,
    Rating,
)

__all__ = [
    "IKI",
    "KEBIJAKAN_BAWAAN",
    "RHK",
    "VERSI_MESIN",
    "AngkaTidakSah",
    "Aspek",
    "CapaianOrganisasi",
    "Dokumen",
    "DokumenDistribusi",
    "DokumenPP46",
    "DokumenPermen",
    "Hasil",
    "HasilDistribusi",
    "HasilIKI",
    "HasilKegiatan",
    "HasilPP46",
    "HasilPemeriksaan",
    "HasilPermen",
    "HasilRHK",
    "JabatanFungsional",
    "JenisRHK",
    "KategoriPP46",
    "Kebijakan",
    "Kegiatan",
    "KesalahanValidasi",
    "Kreativitas",
    "Masalah",
    "Pendekatan",
    "PerilakuPP46",
    "Polaritas",
    "Predikat",
    "Rating",
    "Rentang",
    "Temuan",
    "Ukuran",
    "angka_json",
    "angka_kredit",
    "baca_angka",
    "baca_angka_json",
    "bulatkan",
    "cek_distribusi",
    "format_angka",
    "format_hasil",
    "format_ringkas",
    "hasil_ke_json",
    "hitung",
    "keluaran",
    "loads_desimal",
    "nilai_json",
    "parse_dokumen",
    "ItemTidakValid",
    "periksa",
    "periksa_json",
    "predikat_dari_rating",
    "rating_dari_capaian",
    "rating_pimpinan",
]

#: Versi aturan hitung mesin. Naikkan bila hasil untuk masukan yang sama bisa berubah, agar
#: hasil yang tersimpan tetap dapat ditelusuri ke versi yang menghitungnya.
VERSI_MESIN = "1.2.0"

# Pemeriksa indikator dimuat saat pertama dipakai: kosakata dan polanya tidak diperlukan untuk
# menilai, dan ``manage.py nilai`` tidak perlu membayar waktu memuatnya (±5 ms CPU).
_DARI_PEMERIKSA = frozenset(
    {"HasilPemeriksaan", "ItemTidakValid", "Temuan", "periksa", "periksa_json"}
)


def __getattr__(nama: str) -> Any:
    if nama in _DARI_PEMERIKSA:
        from . import pemeriksa

        return getattr(pemeriksa, nama)
    raise AttributeError(f"module {__name__!r} has no attribute {nama!r}")


Dokumen = DokumenPermen | DokumenDistribusi | DokumenPP46
Hasil = HasilPermen | HasilDistribusi | HasilPP46

_BUKAN_OBJEK_DOKUMEN = "harus berupa objek JSON (satu dokumen) atau daftar dokumen"


def _baca(data: Any) -> tuple[Any, Any]:
    """(modul aturan, dokumen yang sah) untuk satu objek JSON, atau ``KesalahanValidasi``."""
    if type(data) is not dict:
        raise KesalahanValidasi([Masalah("", "harus berupa objek JSON")])
    kunci = data.get("aturan")
    modul = DAFTAR_ATURAN.get(kunci) if type(kunci) is str else None
    if modul is None:
        if kunci is not None:
            pesan = pesan_pilihan(kunci, DAFTAR_ATURAN)
        else:
            pesan = f"wajib diisi; pilihan: {', '.join(map(repr, DAFTAR_ATURAN))}"
        raise KesalahanValidasi([Masalah("aturan", pesan)])
    dokumen, bentuk = modul.parse(data)
    masalah = gabung_masalah(bentuk, modul.validasi(dokumen))
    if masalah:
        raise KesalahanValidasi(masalah)
    return modul, dokumen


def parse_dokumen(data: Any) -> Dokumen:
    """Baca dan periksa satu dokumen JSON (``dict``) menjadi dokumen bertipe yang sah.

    Angka sebaiknya ``Decimal`` (lihat :func:`loads_desimal`); ``int``, ``float`` dan teks angka
    bertitik juga diterima. ``KesalahanValidasi`` berisi semua masalah bila tidak sah.
    """
    return _baca(data)[1]


def hitung(dokumen: Dokumen, *, langkah: bool = True) -> Hasil:
    """Nilai dokumen bertipe. Dokumen diperiksa dulu (``KesalahanValidasi`` bila tidak sah).

    ``langkah=False`` melewati penyusunan kalimat penjelasan (jalan cepat untuk penilaian massal).
    """
    modul = aturan_untuk(dokumen)
    masalah = modul.validasi(dokumen)
    if masalah:
        raise KesalahanValidasi(masalah)
    return modul.hitung(dokumen, langkah=langkah)


def hasil_ke_json(hasil: Hasil) -> dict[str, Any]:
    """Hasil bertipe sebagai ``dict`` siap JSON (angka ``float`` hasil pembulatan 2 desimal)."""
    return aturan_untuk(hasil).ke_json(hasil)


def _nilai_satu(data: Any, langkah: bool) -> dict[str, Any]:
    if type(data) is dict:
        # Jalan cepat (dict → dict, juga kalimat langkah); None berarti "pakai jalan bertipe".
        kunci = data.get("aturan")
        modul = DAFTAR_ATURAN.get(kunci) if type(kunci) is str else None
        if modul is not None:
            hasil = modul.nilai_cepat(data, langkah)
            if hasil is not None:
                return hasil
    modul, dokumen = _baca(data)
    return modul.ke_json(modul.hitung(dokumen, langkah=langkah))


def nilai_json(data: Any, *, langkah: bool = True) -> Any:
    """Nilai satu dokumen JSON (``dict``) atau daftar dokumen (``list``); hasil seurutan.

    Hasil hanya berisi ``dict``, ``list``, ``str``, ``bool``, ``None`` dan ``float`` (angka
    dibulatkan 2 desimal), sehingga ``json.dumps`` dan ``JsonResponse`` menulisnya sebagai
    angka JSON. Dalam daftar, jalur masalah diawali indeks dokumen: ``[3].rhk[0].teks``; satu
    dokumen tidak sah menggagalkan seluruh daftar, dan semua masalah semua dokumen dilaporkan.
    """
    if type(data) is list:
        hasil: list[dict[str, Any]] = []
        masalah: list[Masalah] = []
        for i, dokumen in enumerate(data):
            try:
                if masalah:
                    # Sudah pasti gagal: cukup periksa, jangan menghitung.
                    _baca(dokumen)
                else:
                    hasil.append(_nilai_satu(dokumen, langkah))
            except KesalahanValidasi as e:
                masalah.extend(e.dengan_awalan(f"[{i}]").masalah)
        if masalah:
            raise KesalahanValidasi(masalah)
        return hasil
    if type(data) is not dict:
        raise KesalahanValidasi([Masalah("", _BUKAN_OBJEK_DOKUMEN)])
    return _nilai_satu(data, langkah)
