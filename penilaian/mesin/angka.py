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
from typing import Any

__all__ = [
    "EKSAK",
    "KONTEKS",
    "NOL",
    "SERATUS",
    "bulatkan",
    "format_angka",
    "format_hasil",
    "keluaran",
    "loads_desimal",
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

#: Konteks tanpa pembulatan untuk perkalian dan penjumlahan yang harus eksak: perbandingan batas
#: (efisiensi tepat 24 %) dan jumlah yang hasilnya tidak boleh bergantung pada urutan penjumlahan.
EKSAK = Context(
    prec=MAX_PREC,
    Emax=MAX_EMAX,
    Emin=MIN_EMIN,
    traps=[InvalidOperation, DivisionByZero, Overflow],
)

# Konteks khusus pembulatan keluaran: presisi lebar supaya quantize tidak gagal untuk nilai besar.
_KONTEKS_BULAT = Context(prec=80, rounding=ROUND_HALF_UP, Emax=MAX_EMAX, Emin=MIN_EMIN)
_DUA_DESIMAL = Decimal("0.01")

NOL = Decimal(0)
SERATUS = Decimal(100)

# Angka dalam teks: tanda opsional, angka, titik desimal opsional. Tanpa eksponen, tanpa koma:
# "1,5" ditolak agar tidak ditebak sebagai 1,5 atau 15.
_POLA_ANGKA = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")

# Batas besaran angka masukan. Di luar ini hasil bagi bisa melampaui presisi 28 angka
# (capaian 10^40 %) atau luapan Decimal; tidak ada SKP yang memerlukan angka sebesar/sekecil itu.
EKSPONEN_TERBESAR = 14  # < 10^15, cukup untuk biaya dalam rupiah
EKSPONEN_TERKECIL = -15


def ubah_angka(nilai: Any) -> Decimal | None:
    """Ubah nilai JSON menjadi ``Decimal`` hingga; ``None`` bila bukan angka yang sah.

    Sah: ``Decimal`` (dari :func:`loads_desimal`), ``int``, ``float`` hingga (dibaca lewat
    ``repr``, yaitu teks desimal terpendek yang kembali ke float yang sama, sehingga 9.12 tetap
    9.12), dan teks berisi angka desimal bertitik ("9.12"). Tidak sah: boolean, teks kata,
    teks kosong, NaN, Infinity.
    """
    jenis = type(nilai)
    if jenis is Decimal:
        return nilai if nilai.is_finite() else None
    if jenis is int:
        return Decimal(nilai)
    if jenis is str:
        teks = nilai.strip()
        return Decimal(teks) if _POLA_ANGKA.fullmatch(teks) else None
    if jenis is float:
        return Decimal(repr(nilai)) if math.isfinite(nilai) else None
    return None


def di_luar_rentang(angka: Decimal) -> bool:
    """Benar bila angka bukan nol dan besarnya di luar rentang yang didukung mesin."""
    return bool(angka) and not (EKSPONEN_TERKECIL <= angka.adjusted() <= EKSPONEN_TERBESAR)


def bulatkan(angka: Decimal) -> Decimal:
    """Bulatkan ke 2 desimal dengan ROUND_HALF_UP (85,505 → 85,51). Hanya untuk keluaran."""
    hasil = angka.quantize(_DUA_DESIMAL, rounding=ROUND_HALF_UP, context=_KONTEKS_BULAT)
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
    return float(angka.quantize(_DUA_DESIMAL, ROUND_HALF_UP, _KONTEKS_BULAT)) + 0.0


_TUKAR_PEMISAH = str.maketrans({",": ".", ".": ","})


def format_angka(angka: Decimal | int) -> str:
    """Tulis angka gaya Indonesia apa adanya: 170.395.000; 1,76; 9,12 (tanpa pembulatan)."""
    return format(Decimal(angka), ",f").translate(_TUKAR_PEMISAH)


def format_ringkas(angka: Decimal | int) -> str:
    """Tulis angka gaya Indonesia dengan angka sesedikit mungkin: 12; 97,5; 1.200 (12,00 → 12).

    Satu-satunya cara menulis target dan realisasi seperti orang menulisnya, dipakai pemeriksa,
    simulator, halaman penilaian, dan dokumen PDF."""
    return format_angka(Decimal(angka).normalize())


def format_hasil(angka: Decimal) -> str:
    """Tulis hasil hitungan gaya Indonesia, dibulatkan 2 desimal: 25,00; 1.234,50."""
    return format(bulatkan(angka), ",f").translate(_TUKAR_PEMISAH)


def _tolak_konstanta(nama: str) -> Any:
    raise ValueError(f"{nama} bukan angka JSON yang sah")


def loads_desimal(teks: str | bytes) -> Any:
    """``json.loads`` yang membaca setiap angka JSON sebagai ``Decimal`` eksak.

    NaN dan Infinity (yang diterima ``json.loads`` bawaan) ditolak dengan ``ValueError``,
    demikian pula JSON yang rusak (``json.JSONDecodeError`` adalah turunan ``ValueError``).
    """
    return json.loads(teks, parse_float=Decimal, parse_int=Decimal, parse_constant=_tolak_konstanta)
