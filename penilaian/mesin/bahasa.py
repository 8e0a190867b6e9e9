"""Pengolahan bahasa untuk pemeriksa indikator: kata, imbuhan, angka, target.

Semua fungsi di sini murni (tanpa Django) dan deterministik. Pemotongan imbuhan sengaja dibuat
sendiri, kecil dan terbatas pada kebutuhan pemeriksa (lihat docs/pemeriksa-indikator.md, bagian
"Evaluasi stemmer"): yang dibutuhkan bukan hanya kata dasar, tetapi juga *awalan* yang dipakai
(me- = kegiatan, ter-/di- = hasil, -nya = nominalisasi).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from . import kosakata as kk
from .angka import AngkaTidakSah
from .angka import baca_angka as _baca_angka

# Kata (huruf, boleh berulang dengan tanda hubung), angka (1.200 / 3,5), atau tanda persen.
_RE_TOKEN = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[^\W\d_]+(?:-[^\W\d_]+)*|%")
# Penghubung rentang: "80-90", "80 s.d. 90", "80 s/d 90", "80 sampai dengan 90", "80 hingga 90".
_RE_HUBUNG_RENTANG = re.compile(
    r"\s*(?:\bs\.?\s?/?\s?d\b\.?|\bsampai dengan\b|\bsampai\b|\bhingga\b|(?<=[\w%])\s*[-–—~])\s*(?=[0-9])",
    re.IGNORECASE,
)
# Tanda minus di depan angka ("-5") yang bukan penghubung rentang.
_RE_MINUS = re.compile(r"(?<![\w%])[-−]\s*(?=[0-9])")
_RE_KURUNG = re.compile(r"\([^()]*\)")
_VOKAL = frozenset("aiueo")


class Token(NamedTuple):
    """Satu kata/angka: bentuk kecil yang sudah dibakukan, dan letaknya di teks asli.

    NamedTuple, bukan dataclass: token dibuat puluhan kali per indikator.
    """

    kata: str
    awal: int
    akhir: int

    @property
    def angka(self) -> bool:
        return self.kata[0].isdigit()


def pola_frasa(frasa: tuple[str, ...], utuh: bool = True) -> re.Pattern[str]:
    """Satu regex untuk sederet frasa, dicocokkan pada ``" " + " ".join(kata) + " "``.

    ``utuh=False`` juga menerima frasa yang menjadi awal kata ("sesuai standarnya").
    """
    isi = "|".join(re.escape(f) for f in sorted(frasa, key=len, reverse=True))
    return re.compile(f" (?:{isi})" + ("(?= )" if utuh else ""))


def tokenisasi(teks: str) -> tuple[Token, ...]:
    """Pecah teks menjadi token; ejaan tidak baku dibakukan (mengkonsep → mengonsep)."""
    hasil = []
    for m in _RE_TOKEN.finditer(teks):
        kata = m.group().lower()
        kata = kk.EJAAN_VARIAN.get(kata, kata)
        hasil.append(Token(kata, m.start(), m.end()))
    return _gabung_rata_rata(hasil)


def _gabung_rata_rata(tokens: list[Token]) -> tuple[Token, ...]:
    # "rata rata" (tanpa tanda hubung) diperlakukan sama dengan "rata-rata".
    hasil: list[Token] = []
    for t in tokens:
        if t.kata == "rata" and hasil and hasil[-1].kata == "rata":
            hasil[-1] = Token("rata-rata", hasil[-1].awal, t.akhir)
        else:
            hasil.append(t)
    return tuple(hasil)


# --------------------------------------------------------------------------- angka


def baca_angka(teks: str) -> Decimal | None:
    """Satu token angka, dibaca oleh satu-satunya pembaca angka (:func:`angka.baca_angka`);
    ``None`` bila tidak terbaca ("1,200,000" gaya Inggris, "1.2.3")."""
    try:
        return _baca_angka(teks)
    except AngkaTidakSah:
        return None


def baca_bilangan_kata(kata: list[str]) -> tuple[Decimal, int] | None:
    """Baca kata bilangan di awal ``kata``: "dua belas" → (12, 2). None bila bukan bilangan.

    ``total`` menampung ribuan, ``kelompok`` ratusan dan puluhan, ``angka`` satuan yang belum
    dikalikan: "dua ribu tiga ratus dua puluh lima" = 2000 + 300 + 20 + 5.
    """
    if not kata or kata[0] not in kk.BILANGAN:
        return None
    total = kelompok = angka = 0
    dipakai = 0
    for k in kata:
        if k in kk.BILANGAN:
            nilai = kk.BILANGAN[k]
            if nilai == 1000:
                total += 1000
            elif nilai == 100:
                kelompok += 100
            else:
                angka += nilai
        elif k == "belas":
            angka += 10
        elif k in ("puluh", "ratus"):
            kelompok += angka * kk.BILANGAN_PENGALI[k]
            angka = 0
        elif k == "ribu":
            total += (kelompok + angka) * 1000
            kelompok = angka = 0
        else:
            break
        dipakai += 1
    return Decimal(total + kelompok + angka), dipakai


# --------------------------------------------------------------------------- imbuhan


def _potong_akhiran(kata: str) -> list[str]:
    """Calon kata tanpa partikel/akhiran, dari yang paling utuh."""
    calon = [kata]
    for partikel in ("nya", "lah", "kah"):
        if kata.endswith(partikel) and len(kata) - len(partikel) >= 3:
            kata = kata[: -len(partikel)]
            calon.append(kata)
            break
    for akhiran in ("kan", "an", "i"):
        if kata.endswith(akhiran) and len(kata) - len(akhiran) >= 3:
            calon.append(kata[: -len(akhiran)])
    return calon


def potong_awalan(kata: str) -> list[tuple[str, str]]:
    """Calon (awalan, sisa) untuk satu lapis awalan; peluluhan dipulihkan (menyusun → susun)."""
    hasil: list[tuple[str, str]] = []
    for awal in ("meng", "peng"):
        if kata.startswith(awal) and len(kata) > len(awal) + 2:
            sisa = kata[len(awal) :]
            if sisa[0] in _VOKAL:
                hasil += [(awal, sisa), (awal, "k" + sisa)]
            elif sisa[0] in "ghk":
                hasil.append((awal, sisa))
    for awal in ("meny", "peny"):
        if kata.startswith(awal) and len(kata) > len(awal) + 2 and kata[len(awal)] in _VOKAL:
            hasil.append((awal, "s" + kata[len(awal) :]))
    for awal in ("men", "pen"):
        if kata.startswith(awal) and len(kata) > len(awal) + 2:
            sisa = kata[len(awal) :]
            if sisa[0] in _VOKAL:
                hasil += [(awal, "t" + sisa), (awal, sisa)]
            elif sisa[0] in "cdjzst":
                hasil.append((awal, sisa))
    for awal in ("mem", "pem"):
        if kata.startswith(awal) and len(kata) > len(awal) + 2:
            sisa = kata[len(awal) :]
            if sisa[0] in _VOKAL:
                hasil += [(awal, "p" + sisa), (awal, "m" + sisa), (awal, sisa)]
            elif sisa[0] in "bfpv":
                hasil.append((awal, sisa))
    for awal in ("me", "pe"):
        if kata.startswith(awal) and len(kata) > 4 and kata[2] in "lrwymn":
            hasil.append((awal, kata[2:]))
    for awal in ("ber", "ter", "per", "di", "ke", "se", "be"):
        if kata.startswith(awal) and len(kata) > len(awal) + 2:
            hasil.append((awal, kata[len(awal) :]))
    return hasil


def _dikenal(kata: str) -> bool:
    return kata in kk.AKAR_DIKENAL or kata in kk.KATA_KERJA_KEGIATAN


@lru_cache(maxsize=16384)
def urai(kata: str) -> tuple[str, str]:
    """Urai kata menjadi (awalan, kata dasar). Awalan kosong bila tidak berawalan.

    Kata dasar yang dikenal kosakata dipilih lebih dulu; bila tidak ada, dipakai tebakan
    pertama yang wajar. ``urai("mengoordinasikan") == ("meng", "koordinasi")``.
    """
    if _dikenal(kata):
        return "", kata
    tebakan: tuple[str, str] | None = None
    for dasar in _potong_akhiran(kata):
        if _dikenal(dasar):
            return "", dasar
        for awal, sisa in potong_awalan(dasar):
            if _dikenal(sisa):
                return awal, sisa
            # Dua lapis awalan: ke-pen-duduk-an, di-per-baru-i, mem-per-tahan-kan.
            for awal2, sisa2 in potong_awalan(sisa):
                if _dikenal(sisa2):
                    return awal + awal2, sisa2
            if tebakan is None:
                tebakan = (awal, sisa)
    if tebakan is not None:
        return tebakan
    return "", _potong_akhiran(kata)[-1] if kata.endswith("nya") else kata


def akar(kata: str) -> str:
    """Kata dasar (tebakan terbaik) — dipakai untuk mencocokkan isi RHK dan indikator."""
    return urai(kata)[1]


@lru_cache(maxsize=16384)
def kunci_isi(kata: str) -> str:
    """Kunci pencocokan isi: kata dasar tanpa konsonan awal yang bisa luluh (k/t/s/p).

    Dengan begitu "penyusunan", "disusun" dan "tersusunnya" berbagi kunci yang sama walaupun
    kata dasarnya tidak ada di kosakata.
    """
    dasar = akar(kata)
    if len(dasar) > 3 and dasar[0] in "ktsp" and dasar[1] in _VOKAL:
        return dasar[1:]
    return dasar


def berawalan_me(kata: str) -> bool:
    """Apakah kata berbentuk kata kerja aktif me-/mem-/men-/meng-/meny-?"""
    if len(kata) < 5 or not kata.startswith("me"):
        return False
    return any(awal.startswith("me") for awal, _ in potong_awalan(kata))


# --------------------------------------------------------------------------- target


@dataclass(frozen=True, slots=True)
class Target:
    """Target yang sudah dibaca: nilai (atau rentang), jenis satuan, dan kata satuannya.

    ``jenis`` salah satu dari "persen", "waktu", "uang", "skor", "hitungan" atau None (angka
    polos). ``nilai_min``/``nilai_maks`` sama untuk target tunggal; keduanya None bila target
    tidak berangka.
    """

    ada: bool
    nilai_min: Decimal | None
    nilai_maks: Decimal | None
    jenis: str | None
    kata_satuan: str | None
    jangka_waktu: bool
    #: Pesan pembaca angka untuk angka target yang tertulis tetapi tidak terbaca ("1,200,000").
    angka_tak_terbaca: str | None = None

    @property
    def berangka(self) -> bool:
        return self.nilai_min is not None


def jenis_satuan(kata: str) -> str | None:
    """Jenis satuan satu kata: "%"/persen → persen, hari → waktu, rp → uang, dst."""
    kata = kk.EJAAN_VARIAN.get(kata, kata)
    if kata in kk.SATUAN_PERSEN:
        return "persen"
    if kata in kk.SATUAN_WAKTU:
        return "waktu"
    if kata in kk.SATUAN_UANG:
        return "uang"
    if kata in kk.SATUAN_SKOR:
        return "skor"
    if kata in kk.BUKAN_SATUAN or kata in kk.PENGALI or kata[0].isdigit():
        return None
    return "hitungan"


def _baca_satu(kata: list[str]) -> tuple[Decimal | None, str | None, str | None, int]:
    """Baca "angka [pengali] [satuan]" dari awal daftar kata; kembalikan berapa kata terpakai.

    Angka yang didahului "rp"/"nilai" mendapat satuan itu (lihat pemanggil).
    """
    if not kata:
        return None, None, None, 0
    if kata[0][0].isdigit():
        nilai = baca_angka(kata[0])
        if nilai is None:
            return None, None, None, 1
        i = 1
    else:
        dibaca = baca_bilangan_kata(kata)
        if dibaca is None:
            return None, None, None, 0
        nilai, i = dibaca
    if i < len(kata) and kata[i] in kk.PENGALI and (kata[i] != "m" or i + 1 >= len(kata)):
        nilai = nilai * kk.PENGALI[kata[i]]  # type: ignore[operator]
        i += 1
        if i >= len(kata) or jenis_satuan(kata[i]) is None:
            return nilai, "uang", "rupiah", i
    if i < len(kata):
        jenis = jenis_satuan(kata[i])
        if jenis is not None:
            satuan = kata[i]
            if jenis == "waktu" and i + 1 < len(kata) and kata[i + 1] == "kerja":
                return nilai, jenis, f"{satuan} kerja", i + 2
            return nilai, jenis, satuan, i + 1
    return nilai, None, None, i


def baca_target(target: object, satuan: str | None) -> Target:
    """Baca target (teks, angka, atau rentang ``{"min", "maks"}``) beserta satuannya."""
    jenis_luar = None
    kata_luar = None
    if satuan:
        kata_satuan = [t.kata for t in tokenisasi(satuan)]
        if kata_satuan:
            kata_luar = " ".join(kata_satuan)
            jenis_luar = jenis_satuan(kata_satuan[0])
    if isinstance(target, dict):
        bawah = baca_target(target.get("min"), satuan)
        atas = baca_target(target.get("maks"), satuan)
        jenis = bawah.jenis or atas.jenis
        kata = bawah.kata_satuan or atas.kata_satuan
        return Target(
            ada=bawah.ada or atas.ada,
            # Batas yang kosong/tidak berangka diisi batas yang lain: rentang menjadi satu nilai.
            nilai_min=bawah.nilai_min if bawah.berangka else atas.nilai_min,
            nilai_maks=atas.nilai_maks if atas.berangka else bawah.nilai_maks,
            jenis=jenis,
            kata_satuan=kata,
            jangka_waktu=bawah.jangka_waktu or atas.jangka_waktu,
        )
    if target is None:
        return Target(False, None, None, jenis_luar, kata_luar, jenis_luar == "waktu")
    if isinstance(target, int | float | Decimal):
        nilai = Decimal(str(target)) if not isinstance(target, Decimal) else target
        if not nilai.is_finite():
            return Target(True, None, None, jenis_luar, kata_luar, False)
        return Target(True, nilai, nilai, jenis_luar, kata_luar, jenis_luar == "waktu")
    return _baca_target_teks(str(target), jenis_luar, kata_luar)


def _baca_target_teks(teks: str, jenis_luar: str | None, kata_luar: str | None) -> Target:
    if not teks.strip():
        return Target(False, None, None, jenis_luar, kata_luar, False)
    # "12 (dua belas) laporan": isi kurung dibuang bila angkanya sudah tertulis di luar kurung.
    tanpa_kurung = _RE_KURUNG.sub(" ", teks)
    teks = tanpa_kurung if any(c.isdigit() for c in tanpa_kurung) else teks
    teks = _RE_HUBUNG_RENTANG.sub(" sampai ", teks)
    teks = _RE_MINUS.sub(" minus ", teks)
    kata = [t.kata for t in tokenisasi(teks)]
    jangka = ada_jangka_waktu(kata)
    kata = _buang_tahun(kata)
    nilai_min = nilai_maks = None
    jenis = kata_satuan = None
    for i in range(len(kata)):
        nilai, jns, sat, pakai = _baca_satu(kata[i:])
        if nilai is None:
            continue
        if i > 0 and kata[i - 1] in kk.SATUAN_UANG:
            jns, sat = "uang", "rupiah"
        elif i > 0 and kata[i - 1] in kk.SATUAN_SKOR and jns is None:
            jns, sat = "skor", kata[i - 1]
        if i > 0 and kata[i - 1] == "minus":
            nilai = -nilai
        nilai_min = nilai_maks = nilai
        jenis, kata_satuan = jns, sat
        j = i + pakai
        if j < len(kata) and kata[j] == "sampai":
            nilai2, jns2, sat2, _ = _baca_satu(kata[j + 1 :])
            if nilai2 is not None:
                nilai_maks = nilai2
                if jenis is None:
                    jenis, kata_satuan = jns2, sat2
        break
    else:
        # Tidak berangka: mungkin hanya menyebut bendanya ("laporan") atau satuannya ("%").
        for k in kata:
            jns = jenis_satuan(k)
            if jns is not None and k not in kk.KATA_WAKTU:
                jenis, kata_satuan = jns, k
                break
    if jenis is None:
        jenis, kata_satuan = jenis_luar, kata_luar
    return Target(
        ada=True,
        nilai_min=nilai_min,
        nilai_maks=nilai_maks,
        jenis=jenis,
        kata_satuan=kata_satuan,
        jangka_waktu=jangka or jenis == "waktu",
        angka_tak_terbaca=None if nilai_min is not None else _angka_tak_terbaca(kata),
    )


def _angka_tak_terbaca(kata: list[str]) -> str | None:
    """Pesan pembaca untuk token angka pertama yang tidak terbaca, bila ada."""
    for k in kata:
        if k[0].isdigit():
            try:
                _baca_angka(k)
            except AngkaTidakSah as e:
                return str(e)
    return None


def _buang_tahun(kata: list[str]) -> list[str]:
    # "tahun 2026" adalah jangka waktu, bukan angka target.
    hasil: list[str] = []
    for k in kata:
        if hasil and hasil[-1] in ("tahun", "ta", "th", "thn") and _tahun(k):
            hasil.pop()
            continue
        hasil.append(k)
    return hasil


def _tahun(kata: str) -> bool:
    return len(kata) == 4 and kata.isdigit() and kata[:2] in ("19", "20")


# --------------------------------------------------------------------------- jangka waktu


_POLA_WAKTU = pola_frasa(kk.FRASA_WAKTU)


def ada_jangka_waktu(kata: list[str]) -> bool:
    """Apakah deretan kata menyebut jangka waktu (per bulan, tahun 2026, dalam 3 hari kerja …)?"""
    if _POLA_WAKTU.search(" " + " ".join(kata) + " "):
        return True
    for i, k in enumerate(kata):
        if k in kk.KATA_WAKTU or _tahun(k):
            return True
        # "dalam 2 x 24 jam", "3 hari", "tanggal 10": angka dengan satuan waktu atau tanggal.
        if k[0].isdigit() and (
            (i + 1 < len(kata) and kata[i + 1] in kk.SATUAN_WAKTU)
            or (i > 0 and kata[i - 1] == "tanggal")
        ):
            return True
        if k in kk.PEMBUKA_JANGKA:
            j = i + 1
            if j < len(kata) and kata[j][0].isdigit():
                j += 1
            if j < len(kata) and kata[j] in kk.SATUAN_WAKTU:
                return True
    return False
