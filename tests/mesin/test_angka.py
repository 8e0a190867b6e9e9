"""Angka: membaca teks desimal, satu pembulatan (HALF_UP, 2 desimal), format Indonesia."""

from __future__ import annotations

import json
from decimal import ROUND_DOWN, Decimal, Inexact, getcontext, localcontext

import pytest
from hypothesis import given
from hypothesis import strategies as st

from penilaian.mesin import (
    KesalahanValidasi,
    bulatkan,
    format_angka,
    format_hasil,
    format_ringkas,
    keluaran,
    loads_desimal,
    nilai_json,
)
from penilaian.mesin.angka import di_luar_rentang, ubah_angka

from .korpus import korpus


@pytest.mark.parametrize(
    ("nilai", "harapan"),
    [
        (Decimal("9.12"), Decimal("9.12")),
        (12, Decimal(12)),
        (9.12, Decimal("9.12")),  # lewat repr, bukan biner float
        ("9.12", Decimal("9.12")),
        (" 7 ", Decimal(7)),
        ("-3.5", Decimal("-3.5")),
        ("9,12", Decimal("9.12")),  # teks angka cara Indonesia (baca_angka_json)
        ("170.395.000", Decimal(170395000)),
        (" " * 70 + "7,5", Decimal("7.5")),  # teks panjang: tidak diingat, dibaca langsung
    ],
)
def test_angka_sah_dibaca_eksak(nilai, harapan):
    assert ubah_angka(nilai) == harapan
    assert ubah_angka(nilai) == harapan  # kedua kali dari ingatan (teks pendek)


@pytest.mark.parametrize(
    "nilai",
    [True, False, "", "  ", "dua belas", "1e3", "NaN", float("nan"), float("inf"),
     Decimal("NaN"), Decimal("Infinity"), None, [], {}, ".5", "5.", "1.250", "1" * 61,
     " " * 70 + "1.250"],
)  # fmt: skip
def test_bukan_angka_ditolak(nilai):
    assert ubah_angka(nilai) is None


@pytest.mark.parametrize(
    ("nilai", "di_luar"),
    [("0", False), ("1E-15", False), ("1E-16", True), ("999999999999999", False),
     ("1E+15", True), ("-1E+15", True)],
)  # fmt: skip
def test_rentang_angka_yang_didukung(nilai, di_luar):
    assert di_luar_rentang(Decimal(nilai)) is di_luar


@pytest.mark.parametrize(
    ("nilai", "harapan"),
    [("85.505", "85.51"), ("85.504999", "85.50"), ("2.0833333", "2.08"), ("-0.004", "0.00"),
     ("-1.005", "-1.01"), ("76", "76.00"), ("1E+20", "100000000000000000000.00")],
)  # fmt: skip
def test_bulatkan_dua_desimal_half_up(nilai, harapan):
    assert str(bulatkan(Decimal(nilai))) == harapan


def test_bulatkan_tidak_bergantung_konteks_pemanggil():
    with localcontext() as ctx:
        ctx.prec = 3
        assert str(bulatkan(Decimal("12345.675"))) == "12345.68"
    assert getcontext().prec == 28


@pytest.mark.parametrize(
    ("nilai", "harapan"),
    [(Decimal("85.5"), 85.5), (Decimal("-0.001"), 0.0), (Decimal("75"), 75.0), (None, None)],
)
def test_keluaran_angka_json(nilai, harapan):
    hasil = keluaran(nilai)
    assert hasil == harapan
    if hasil is not None:
        assert str(hasil)[0] != "-"


@pytest.mark.parametrize(
    ("nilai", "harapan"),
    [(Decimal("170395000"), "170.395.000"), (Decimal("1.76"), "1,76"), (12, "12"),
     (Decimal("1234.5"), "1.234,5")],
)  # fmt: skip
def test_format_angka_gaya_indonesia(nilai, harapan):
    assert format_angka(nilai) == harapan


def test_format_hasil_dua_desimal():
    assert format_hasil(Decimal("25")) == "25,00"
    assert format_hasil(Decimal("1234.567")) == "1.234,57"


def test_loads_desimal_membaca_angka_sebagai_decimal():
    data = loads_desimal('{"a": 9.12, "b": 12, "c": [1e2]}')
    assert data == {"a": Decimal("9.12"), "b": Decimal(12), "c": [Decimal("1E+2")]}
    assert type(data["a"]) is Decimal and type(data["b"]) is Decimal


@pytest.mark.parametrize("teks", ["NaN", "[Infinity]", "-Infinity", "{"])
def test_loads_desimal_menolak_konstanta_dan_json_rusak(teks):
    with pytest.raises(ValueError, match=r".+"):
        loads_desimal(teks)


@pytest.mark.parametrize(
    ("angka", "teks"),
    [
        (Decimal("12.00"), "12"),
        (Decimal("97.50"), "97,5"),
        (Decimal("1200"), "1.200"),
        (Decimal("2500000.50"), "2.500.000,5"),
        (Decimal("0.00"), "0"),
        (30, "30"),
    ],
)
def test_format_ringkas_menulis_angka_sesedikit_mungkin_gaya_indonesia(angka, teks):
    assert format_ringkas(angka) == teks


_TUKAR = str.maketrans({",": ".", ".": ","})


@given(st.decimals(allow_nan=False, allow_infinity=False) | st.integers(-(10**20), 10**20))
def test_format_cepat_sama_dengan_format_ribuan(angka):
    # format_angka/format_hasil menulis angka tanpa ribuan lewat str(); teksnya harus sama
    # persis dengan format ",f" untuk angka apa pun (eksponen, negatif, -0, sangat kecil).
    assert format_angka(angka) == format(Decimal(angka), ",f").translate(_TUKAR)
    if isinstance(angka, Decimal) and angka.adjusted() < 60:
        assert format_hasil(angka) == format(bulatkan(angka), ",f").translate(_TUKAR)


def test_nilai_json_tidak_bergantung_dan_tidak_mengubah_konteks_pemanggil():
    """Jalan cepat memasang KONTEKS_CEPAT dengan setcontext dan selalu mengembalikan konteks
    pemanggil: sesudah hasil, sesudah menyerah ke jalan bertipe, dan sesudah kesalahan."""
    # Angka float (korpus) dan Decimal (seperti dibaca loads_desimal): kedua jalan.
    dokumen = korpus(40)
    dokumen += [loads_desimal(json.dumps(d)) for d in dokumen]
    acuan = [nilai_json(d, langkah=False) for d in dokumen]
    rusak = {"aturan": "pp46-2011", "kegiatan": [{"kuantitas": {"target": 0}}]}
    with localcontext() as ctx:
        ctx.prec, ctx.rounding, ctx.traps[Inexact] = 3, ROUND_DOWN, True
        ctx.clear_flags()
        assert [nilai_json(d, langkah=False) for d in dokumen] == acuan
        with pytest.raises(KesalahanValidasi):
            nilai_json(rusak)
        assert getcontext() is ctx
        assert (ctx.prec, ctx.rounding, ctx.traps[Inexact]) == (3, ROUND_DOWN, True)
        assert not any(ctx.flags.values())
    assert getcontext().prec == 28
