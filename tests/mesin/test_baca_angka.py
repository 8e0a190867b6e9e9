"""The one reader of numbers people type (``baca_angka``) and its round trip with
``format_ringkas``: Indonesian convention, nothing guessed, messages that show how to write it."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from penilaian.mesin import (
    AngkaTidakSah,
    Kebijakan,
    angka_json,
    baca_angka,
    baca_angka_json,
    format_ringkas,
    nilai_json,
)
from penilaian.mesin.angka import ubah_angka


@pytest.mark.parametrize(
    ("teks", "harapan"),
    [
        ("96,7", "96.7"),
        ("96", "96"),
        ("0", "0"),
        ("0,5", "0.5"),
        ("1,250", "1.25"),  # koma selalu pemisah desimal, juga bila diikuti tiga angka
        ("1.250", "1250"),
        ("1.250,5", "1250.5"),
        ("1.250.000", "1250000"),
        ("170.395.000", "170395000"),
        ("12.345.678,90", "12345678.90"),
        ("  96,7  ", "96.7"),  # spasi di awal dan akhir boleh
        ("\u00a018,75\t", "18.75"),
        ("96.7", "96.7"),  # satu titik tanpa tepat tiga angka: titik desimal
        ("3.14159", "3.14159"),
        ("18.75", "18.75"),
        ("1250", "1250"),
        ("007", "7"),
        ("-5", "-5"),
        ("\u22125,5", "-5.5"),  # tanda minus tipografis
        ("+12", "12"),
    ],
)
def test_baca_angka_cara_indonesia(teks, harapan):
    assert baca_angka(teks) == Decimal(harapan)


def test_titik_diikuti_tiga_angka_adalah_ribuan():
    # Aturan yang membuat "18.750" tidak lagi dibaca tiga cara: 18.750 adalah delapan belas ribu.
    assert baca_angka("18.750") == Decimal(18750)


@pytest.mark.parametrize(
    ("teks", "saran"),
    [
        ("", "kosong"),
        ("   ", "kosong"),
        ("1,250.5", "tulis 1.250,5"),  # gaya Inggris
        ("0.125", "tulis 0,125"),  # 0 tidak memulai kelompok ribuan
        ("1234.567", "tulis 1.234,567"),  # kelompok pertama lebih dari tiga angka
        (",5", "tulis 0,5"),
        ("5,", "tulis 5"),
        ("5.", "tulis 5"),
        ("95 %", "tulis 95 saja"),
        ("Rp 5.000,-", "tulis 5.000 saja"),
        ("1.2.3", "koma untuk desimal"),
        ("1.250.5", "koma untuk desimal"),
        ("1 250", "koma untuk desimal"),
        ("dua belas", "bukan angka"),
        ("1e3", "bukan angka"),
        ("NaN", "bukan angka"),
        ("Infinity", "bukan angka"),
        ("12 laporan", "bukan angka"),
        ("Rp 1,250.5", "bukan angka"),  # angka bersatuan yang angkanya pun tak terbaca
        ("\u0661\u0662", "tidak dapat dibaca"),  # angka Arab-Indik bukan angka yang diketik di sini
        ("9" * 61, "terlalu panjang"),
    ],
)
def test_teks_yang_bukan_angka_ditolak_dengan_cara_menulisnya(teks, saran):
    with pytest.raises(AngkaTidakSah) as galat:
        baca_angka(teks)
    assert saran in str(galat.value)


def test_bukan_teks_ditolak():
    with pytest.raises(AngkaTidakSah):
        baca_angka(12)  # type: ignore[arg-type]


def test_angka_tidak_sah_adalah_valueerror():
    assert issubclass(AngkaTidakSah, ValueError)


@pytest.mark.parametrize("teks", ["1.250", "12.500", "-1.250", "999.999"])
def test_teks_json_satu_titik_tiga_angka_ambigu(teks):
    with pytest.raises(AngkaTidakSah, match="ambigu"):
        baca_angka_json(teks)


@pytest.mark.parametrize(
    ("teks", "harapan"),
    [("9.12", "9.12"), ("1.250.000", "1250000"), ("1.250,5", "1250.5"), ("9,12", "9.12"),
     ("1250", "1250")],
)  # fmt: skip
def test_teks_json_yang_tidak_ambigu_dibaca(teks, harapan):
    assert baca_angka_json(teks) == Decimal(harapan)


_desimal = st.decimals(
    min_value=Decimal("-1E+14"), max_value=Decimal("1E+14"), places=4, allow_nan=False
)


@given(_desimal)
def test_format_ringkas_lalu_baca_angka_kembali_utuh(angka):
    assert baca_angka(format_ringkas(angka)) == angka


@given(st.integers(min_value=0, max_value=10**15))
def test_bilangan_bulat_kembali_utuh(n):
    assert baca_angka(format_ringkas(n)) == n


@given(st.text(max_size=40))
def test_teks_apa_pun_memberi_angka_atau_angka_tidak_sah(teks):
    try:
        hasil = baca_angka(teks)
    except AngkaTidakSah as e:
        assert str(e)
    else:
        assert hasil.is_finite()


@pytest.mark.parametrize(
    ("angka", "json_"),
    [
        ("12", 12),
        ("12.00", 12),
        ("1E+3", 1000),
        ("1.125", 1.125),  # a JSON number, never the ambiguous text "1.125"
        ("0.1", 0.1),
        ("-3.5", -3.5),
        ("123456789012.345678", "123.456.789.012,345678"),  # beyond a float: Indonesian text
    ],
)
def test_angka_json_tepat(angka, json_):
    hasil = angka_json(Decimal(angka))
    assert hasil == json_ and type(hasil) is type(json_)


@given(_desimal)
def test_angka_json_dibaca_mesin_kembali_utuh(angka):
    assert ubah_angka(angka_json(angka)) == angka


def test_kebijakan_ditulis_sekali_oleh_mesin():
    kebijakan = Kebijakan("Kebijakan Kecamatan", Decimal("110.00"), Decimal("92.5"))
    assert kebijakan.ke_json() == {
        "nama": "Kebijakan Kecamatan",
        "ambang_di_atas": 110,
        "ambang_sesuai": 92.5,
    }
    hasil = nilai_json(
        {
            "aturan": "permenpanrb-6-2022",
            "rhk": [{"teks": "R", "indikator": [{"teks": "I", "aspek": "kuantitas",
                                                 "target": 100, "realisasi": 93}]}],
            "rating_perilaku": "sesuai_ekspektasi",
            "kebijakan": kebijakan.ke_json(),
        }
    )  # fmt: skip
    assert hasil["rating_hasil_kerja_usulan"] == "sesuai_ekspektasi"
    assert hasil["kebijakan"]["ambang_sesuai"] == 92.5
