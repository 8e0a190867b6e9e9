"""Angka desimal mesin: membaca angka masukan, menghitung, membulatkan, memformat.

Semua hitungan memakai ``decimal.Decimal`` yang dibuat dari teks desimal masukan, tidak pernah
lewat ``float``: dengan float, TW = 12 dan RW = 9,12 memberi efisiensi 24,000000000000004 % dan
cabang rumus yang salah. Pembulatan hanya satu: :func:`bulatkan` (2 desimal, ROUND_HALF_UP),
dan hanya dipakai untuk keluaran; penggolongan (kategori, rating, cabang rumus) selalu memakai
nilai yang belum dibulatkan.
"""

from __future__ import annotations

import json
import math
import re
from decimal import (
    MAX_EMAX,
    MAX_PREC,
    MIN_EMIN,
    ROUND_HALF_EVEN,
    ROUND_HALF_UP,
    Context,
    Decimal,
    DivisionByZero,
    InvalidOperation,
    Overflow,
)
from functools import lru_cache
from typing import Any

__all__ = [
    "EKSAK",
    "AngkaTidakSah",
    "angka_json",
    "KONTEKS",
    "NOL",
    "SERATUS",
    "baca_angka",
    "baca_angka_json",
    "bulatkan",
    "format_angka",
    "format_hasil",
    "keluaran",
    "keluaran_teks",
    "loads_desimal",
    "DEKODER_DESIMAL",
    "KONTEKS_CEPAT",
    "TERLALU_DALAM",
    "ubah_angka",
]

#: Konteks hitungan mesin: 28 angka penting, tetap (tidak bergantung pada ``getcontext()`` pemanggil),
#: dan setiap keadaan aneh (bagi nol, luapan) menjadi pengecualian, bukan NaN/Infinity diam-diam.
KONTEKS = Context(
    prec=28,
    rounding=ROUND_HALF_EVEN,
    Emax=999_999,
    Emin=-999_999,
    traps=[InvalidOperation, DivisionByZero, Overflow],
)

#: Salinan :data:`KONTEKS` yang dipasang jalan cepat dengan ``setcontext`` lalu dikembalikan ke
#: konteks pemanggil (``localcontext`` menyalin konteks setiap kali: ±0,4 µs per dokumen). Di
#: dalamnya hanya penanda status (flags) yang berubah, yang tidak dibaca mesin; pengaturannya
#: (presisi, pembulatan, traps) tidak pernah diubah.
KONTEKS_CEPAT = KONTEKS.copy()

#: Konteks tanpa pembulatan untuk perkalian dan penjumlahan yang harus eksak: perbandingan batas
#: (efisiensi tepat 24 %) dan jumlah yang hasilnya tidak boleh bergantung pada urutan penjumlahan.
EKSAK = Context(
    prec=MAX_PREC,
    Emax=MAX_EMAX,
    Emin=MIN_EMIN,
    traps=[InvalidOperation, DivisionByZero, Overflow],
)

#: Konteks khusus pembulatan keluaran: presisi lebar supaya quantize tidak gagal untuk nilai besar.
#: Jalan cepat menulis :func:`keluaran` langsung di jalur panasnya (tanpa panggilan fungsi):
#: ``float(KONTEKS_BULAT.quantize(x, DUA_DESIMAL)) + 0.0``.
KONTEKS_BULAT = Context(prec=80, rounding=ROUND_HALF_UP, Emax=MAX_EMAX, Emin=MIN_EMIN)
# _bulat(x, DUA_DESIMAL) == x.quantize(DUA_DESIMAL, ROUND_HALF_UP, KONTEKS_BULAT): metode konteks
# memakai pembulatan konteksnya (ROUND_HALF_UP) dan lebih murah dipanggil di jalur panas.
_bulat = KONTEKS_BULAT.quantize
DUA_DESIMAL = Decimal("0.01")

NOL = Decimal(0)
SERATUS = Decimal(100)

# Batas besaran angka masukan. Di luar ini hasil bagi bisa melampaui presisi 28 angka
# (capaian 10^40 %) atau luapan Decimal; tidak ada SKP yang memerlukan angka sebesar/sekecil itu.
EKSPONEN_TERBESAR = 14  # < 10^15, cukup untuk biaya dalam rupiah
EKSPONEN_TERKECIL = -15


def ubah_angka(nilai: Any) -> Decimal | None:
    """Ubah nilai JSON menjadi ``Decimal`` hingga; ``None`` bila bukan angka yang sah.

    Sah: ``Decimal`` (dari :func:`loads_desimal`), ``int``, ``float`` hingga (dibaca lewat
    ``repr``, yaitu teks desimal terpendek yang kembali ke float yang sama, sehingga 9.12 tetap
    9.12), dan teks angka yang dibaca :func:`baca_angka_json`. Tidak sah: boolean, teks kata,
    teks kosong, teks angka yang ambigu, NaN, Infinity.
    """
    jenis = type(nilai)
    if jenis is Decimal:
        return nilai if nilai.is_finite() else None
    if jenis is int:
        return Decimal(nilai)
    if jenis is str:
        # Teks panjang tidak diingat (tembolok dibatasi jumlah, bukan ukuran): dibaca langsung.
        baca = _angka_teks if len(nilai) <= _PANJANG_TERBESAR else _angka_teks.__wrapped__
        return baca(nilai)
    if jenis is float:
        return Decimal(repr(nilai)) if math.isfinite(nilai) else None
    return None


@lru_cache(maxsize=4096)
def _angka_teks(teks: str) -> Decimal | None:
    """:func:`baca_angka_json` untuk teks pendek, ``None`` bila tidak sah, diingat: lembar kerja
    mengutip angka yang sama berulang-ulang ("9.12", "100"), dan membaca teks angka jauh lebih
    mahal daripada mengingatnya (``Decimal`` tidak dapat diubah, jadi aman dibagi)."""
    try:
        return baca_angka_json(teks)
    except AngkaTidakSah:
        return None


# ------------------------------------------------------------------ angka yang diketik orang


class AngkaTidakSah(ValueError):
    """Teks yang tidak dapat dibaca sebagai angka. Pesannya (bahasa Indonesia, tanpa nama
    kolom) menunjukkan cara menuliskannya; pemanggil menambahkan nama kolom atau jalur JSON."""


#: Angka cara Indonesia: koma pemisah desimal; titik hanya di antara kelompok tepat tiga angka
#: (kelompok pertama 1–3 angka, tidak diawali 0); satu titik yang TIDAK diikuti tepat tiga angka
#: boleh dibaca sebagai titik desimal (96.7), tidak pernah sebagai ribuan.
_POLA_INDONESIA = re.compile(
    r"(?P<tanda>[-+\u2212]?)(?:"
    r"(?P<ribuan>[1-9]\d{0,2}(?:\.\d{3})+)(?:,(?P<pecahan_ribuan>\d+))?"
    r"|(?P<bulat>\d+)(?:,(?P<pecahan>\d+))?"
    r"|(?P<bulat_titik>\d+)\.(?P<pecahan_titik>\d{1,2}|\d{4,})"
    r")",
    re.ASCII,
)
#: Satu titik diikuti tepat tiga angka dengan 1–3 angka di depannya ("1.250"): ribuan bagi
#: orang Indonesia, desimal bagi mesin dan lembar kerja berbahasa Inggris.
_POLA_AMBIGU = re.compile(r"[-+\u2212]?[1-9]\d{0,2}\.\d{3}", re.ASCII)
_PANJANG_TERBESAR = 60
_CONTOH = "misalnya 96,7 atau 1.250"


def baca_angka(teks: str) -> Decimal:
    """Satu-satunya pembaca angka yang diketik orang, cara Indonesia.

    Koma pemisah desimal ("96,7"); titik hanya di antara kelompok tepat tiga angka
    ("1.250", "1.250.000", "1.250,5"); spasi di awal dan akhir boleh; tanda minus boleh (aturan
    kolom yang menolak angka negatif). Satu titik yang tidak diikuti tepat tiga angka dibaca
    sebagai titik desimal ("96.7", "3.14159"), tidak pernah sebagai ribuan. Selain itu
    :class:`AngkaTidakSah` dengan pesan yang menunjukkan cara menulisnya ("tulis 96,7").
    """
    if not isinstance(teks, str):
        raise AngkaTidakSah(f"bukan teks angka; tulis angka, {_CONTOH}")
    bersih = teks.strip()
    if not bersih:
        raise AngkaTidakSah(f"kosong; tulis angka, {_CONTOH}")
    if len(bersih) > _PANJANG_TERBESAR:
        raise AngkaTidakSah(
            f"terlalu panjang untuk sebuah angka (lebih dari {_PANJANG_TERBESAR} huruf)"
        )
    cocok = _POLA_INDONESIA.fullmatch(bersih)
    if cocok is None:
        raise AngkaTidakSah(_pesan_tidak_terbaca(bersih))
    tanda = "-" if cocok["tanda"] in ("-", "\u2212") else ""
    if cocok["ribuan"] is not None:
        bulat, pecahan = cocok["ribuan"].replace(".", ""), cocok["pecahan_ribuan"]
    elif cocok["bulat"] is not None:
        bulat, pecahan = cocok["bulat"], cocok["pecahan"]
    else:
        bulat, pecahan = cocok["bulat_titik"], cocok["pecahan_titik"]
    return Decimal(f"{tanda}{bulat}.{pecahan}" if pecahan else f"{tanda}{bulat}")


def baca_angka_json(teks: str) -> Decimal:
    """Teks angka di dokumen JSON mesin (lembar kerja sering mengutip angka): dibaca
    :func:`baca_angka`, kecuali satu titik diikuti tepat tiga angka ("1.250"), yang ditolak
    sebagai ambigu: kontrak lama API membacanya 1,25, cara Indonesia 1250, dan angka yang
    ambigu tidak pernah ditebak diam-diam. Angka JSON (bukan teks) tidak pernah ambigu."""
    if _POLA_AMBIGU.fullmatch(teks.strip()):
        bulat, pecahan = teks.strip().lstrip("+-\u2212").split(".")
        raise AngkaTidakSah(
            f"'{teks.strip()}' ambigu: bisa berarti {bulat}{pecahan} atau {bulat},{pecahan}; "
            f"kirim sebagai angka JSON, atau tulis {bulat}{pecahan} bila ribuan dan "
            f"{bulat},{pecahan} bila desimal"
        )
    return baca_angka(teks)


def _pesan_tidak_terbaca(teks: str) -> str:
    """Pesan untuk teks yang tidak cocok dengan pola, dengan saran penulisan bila ada."""
    tampil = teks if len(teks) <= 30 else teks[:27] + "…"
    saran = _saran(teks)
    if saran is not None:
        return f"'{tampil}' tidak dapat dibaca sebagai angka; tulis {saran}"
    if any(h.isalpha() for h in teks):
        return (
            f"'{tampil}' bukan angka; tulis angkanya saja, {_CONTOH} (satuan di kolomnya sendiri)"
        )
    return (
        f"'{tampil}' tidak dapat dibaca sebagai angka; pakai koma untuk desimal dan titik "
        f"untuk ribuan, {_CONTOH}"
    )


_ANGKA_DAN_PEMISAH = re.compile(r"[-+\u2212]?[\d.,]+", re.ASCII)


def _saran(teks: str) -> str | None:
    """Cara menulis yang benar untuk angka gaya Inggris atau bertanda pisah tak lengkap, bila
    maksudnya jelas: "1,250.5" → "1.250,5"; "0.125" → "0,125"; ",5" → "0,5"; "5," → "5"."""
    if not _ANGKA_DAN_PEMISAH.fullmatch(teks):
        # Angka bersatuan ("95 %", "Rp 5.000,-"): sarankan angkanya saja.
        angka = re.findall(r"\d[\d.,]*", teks, re.ASCII)
        sisa = re.sub(r"[\d.,\s%]|rp", "", teks.lower())
        if len(angka) != 1 or sisa.strip("-+"):
            return None
        try:
            return f"{format_ringkas(baca_angka(angka[0].rstrip('.,')))} saja, tanpa satuan"
        except AngkaTidakSah:
            return None
    tanda = "-" if teks[0] in "-\u2212" else ""
    inti = teks.lstrip("+-\u2212")
    if inti.startswith((",", ".")) and inti[1:].isdigit():
        return f"{tanda}0,{inti[1:]}"
    if inti.endswith((",", ".")) and inti[:-1].isdigit():
        return f"{tanda}{inti[:-1]}"
    # Gaya Inggris: koma ribuan, titik desimal ("1,250.5"; "1234.567"; "0.125").
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+", inti, re.ASCII):
        return f"{tanda}{format_angka(Decimal(inti.replace(',', '')))}"
    return None


def angka_json(angka: Decimal | int) -> int | float | str:
    """Satu angka untuk dokumen JSON yang disimpan, tanpa kehilangan ketepatan.

    Bilangan bulat menjadi ``int``; pecahan menjadi ``float`` bila ``repr``-nya kembali tepat ke
    angka yang sama (selalu benar sampai 15 angka penting, jadi untuk setiap nilai 2 desimal di
    bawah 10^13); selebihnya teks cara Indonesia ("123.456.789.012,345678"), yang selalu memuat
    koma sehingga tidak pernah ambigu bagi :func:`baca_angka_json`. Dokumen yang disimpan memakai
    angka JSON, bukan teks bertitik: teks "1.125" ambigu, angka JSON 1.125 tidak.
    """
    d = Decimal(angka)
    if d == d.to_integral_value():
        return int(d)
    f = float(d)
    if Decimal(repr(f)) == d:
        return f
    return format_ringkas(d)


def di_luar_rentang(angka: Decimal) -> bool:
    """Benar bila angka bukan nol dan besarnya di luar rentang yang didukung mesin."""
    return bool(angka) and not (EKSPONEN_TERKECIL <= angka.adjusted() <= EKSPONEN_TERBESAR)


def bulatkan(angka: Decimal) -> Decimal:
    """Bulatkan ke 2 desimal dengan ROUND_HALF_UP (85,505 → 85,51). Hanya untuk keluaran."""
    hasil = _bulat(angka, DUA_DESIMAL)
    # -0,001 dibulatkan menjadi -0,00; tampilkan sebagai 0,00.
    return hasil if hasil else hasil.copy_abs()


def keluaran(angka: Decimal | None) -> float | None:
    """Angka untuk JSON keluaran: dibulatkan 2 desimal lalu menjadi ``float``.

    ``float`` dipilih karena semua pemakai (``json``, ``JsonResponse`` Django, django-ninja)
    menulisnya sebagai angka JSON, sedangkan ``Decimal`` ditulis Django sebagai teks. Nilai
    2 desimal dengan paling banyak 15 angka penting (di bawah 10^13) kembali utuh lewat
    ``repr``: 85.5, 75.0, 170395000.0.
    """
    if angka is None:
        return None
    # Sama dengan bulatkan(), ditulis langsung karena dipanggil puluhan kali per dokumen;
    # + 0.0 mengubah -0.0 menjadi 0.0.
    return float(_bulat(angka, DUA_DESIMAL)) + 0.0


def keluaran_teks(angka: Decimal | None) -> tuple[float | None, str | None]:
    """``(keluaran(angka), format_hasil(angka))`` dengan satu pembulatan, untuk jalan cepat
    yang menulis angka hasil ke JSON dan ke kalimat langkah sekaligus.

    ``float(Decimal)`` sendiri membaca ``str(Decimal)``, jadi teks yang sama dipakai dua kali:
    angka 2 desimal dengan paling banyak 3 angka bulat ditulis langsung (``85.50`` → ``85,50``).
    """
    if angka is None:
        return None, None
    hasil = _bulat(angka, DUA_DESIMAL)
    if not hasil:
        return 0.0, "0,00"
    teks = str(hasil)
    if len(teks) < 7 or (len(teks) == 7 and teks[0] == "-"):
        return float(teks), teks.replace(".", ",")
    return float(teks), format_angka(hasil)


_SERIBU = Decimal(1000)
_MINUS_SERIBU = Decimal(-1000)


def format_angka(angka: Decimal | int) -> str:
    """Tulis angka gaya Indonesia apa adanya: 170.395.000; 1,76; 9,12 (tanpa pembulatan).

    Teksnya sama dengan ``format(angka, ",f")`` dengan pemisah ditukar. Dipanggil puluhan kali
    per dokumen saat menyusun langkah, jadi angka di bawah 1.000 tanpa eksponen (9,12; 85,50;
    100) ditulis lewat ``str``, jauh lebih murah dan sama teksnya; pemisah angka lain ditukar
    dengan ``replace`` (``str.translate`` dengan tabel jauh lebih lambat).
    """
    if type(angka) is not Decimal:
        angka = Decimal(angka)
    if angka.is_finite() and _MINUS_SERIBU < angka < _SERIBU:
        teks = str(angka)
        if "E" not in teks:
            return teks.replace(".", ",")
    return format(angka, ",f").replace(",", "_").replace(".", ",").replace("_", ".")


def format_ringkas(angka: Decimal | int) -> str:
    """Tulis angka gaya Indonesia dengan angka sesedikit mungkin: 12; 97,5; 1.200 (12,00 → 12).

    Satu-satunya cara menulis target dan realisasi seperti orang menulisnya, dipakai pemeriksa,
    simulator, halaman penilaian, dan dokumen PDF."""
    return format_angka(Decimal(angka).normalize())


def format_hasil(angka: Decimal) -> str:
    """Tulis hasil hitungan gaya Indonesia, dibulatkan 2 desimal: 25,00; 1.234,50."""
    # bulatkan() ditulis langsung: dipanggil puluhan kali per dokumen saat menyusun langkah.
    hasil = _bulat(angka, DUA_DESIMAL)
    if not hasil:
        return "0,00"
    teks = str(hasil)
    # Dua desimal, paling banyak 3 angka bulat (dengan tanda minus: 7 huruf): tanpa ribuan.
    if len(teks) < 7 or (len(teks) == 7 and teks[0] == "-"):
        return teks.replace(".", ",")
    return format_angka(hasil)


def _tolak_konstanta(nama: str) -> Any:
    raise ValueError(f"{nama} bukan angka JSON yang sah")


#: Pembaca JSON mesin: setiap angka ``Decimal`` eksak, NaN dan Infinity ditolak. Dipakai
#: :func:`loads_desimal` dan pembaca bertahap baris perintah (``aliran``, lewat ``raw_decode``).
_ANGKA_DESIMAL: dict[str, Any] = {
    "parse_float": Decimal,
    "parse_int": Decimal,
    "parse_constant": _tolak_konstanta,
}
DEKODER_DESIMAL = json.JSONDecoder(**_ANGKA_DESIMAL)

#: Objek dan daftar bersarang lebih dalam dari batas rekursi Python (±1.000 tingkat) tidak
#: dibaca (``json`` melempar ``RecursionError``); tidak ada dokumen SKP yang memerlukan lebih
#: dari lima.
TERLALU_DALAM = "objek/daftar bersarang terlalu dalam"


def loads_desimal(teks: str | bytes) -> Any:
    """``json.loads`` yang membaca setiap angka JSON sebagai ``Decimal`` eksak.

    NaN dan Infinity (yang diterima ``json.loads`` bawaan) ditolak dengan ``ValueError``,
    demikian pula JSON yang rusak (``json.JSONDecodeError`` adalah turunan ``ValueError``) dan
    JSON yang bersarang terlalu dalam (:data:`TERLALU_DALAM`).
    """
    try:
        # json.loads, bukan DEKODER_DESIMAL.decode: ia juga membaca bytes dan menolak BOM
        # dengan pesannya sendiri; argumennya sama.
        return json.loads(teks, **_ANGKA_DESIMAL)
    except RecursionError:
        raise ValueError(TERLALU_DALAM) from None
