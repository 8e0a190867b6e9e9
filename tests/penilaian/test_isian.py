"""The number form fields: the one reader in, the one writer out, errors that name the field."""

from decimal import Decimal

import pytest
from django import forms

from penilaian.isian import IsianAngka, IsianBulat, teks_sel


class Formulir(forms.Form):
    realisasi = IsianAngka(label="Realisasi", min_value=0, max_digits=16, decimal_places=2)
    kapasitas = IsianBulat(label="Kapasitas", min_value=1, max_value=5000, required=False)
    tahun = IsianBulat(label="Tahun", kelompok_ribuan=False, required=False)


@pytest.mark.parametrize(
    ("realisasi", "harapan"),
    [("96,7", Decimal("96.7")), ("1.250", Decimal(1250)), ("1.250,5", Decimal("1250.5"))],
)
def test_angka_dibaca_cara_indonesia(realisasi, harapan):
    f = Formulir({"realisasi": realisasi})
    assert f.is_valid(), f.errors
    assert f.cleaned_data["realisasi"] == harapan


@pytest.mark.parametrize(
    ("data", "kolom", "pesan"),
    [
        ({"realisasi": "96.7.1"}, "realisasi", "Realisasi: '96.7.1' tidak dapat dibaca"),
        ({"realisasi": "95 %"}, "realisasi", "tulis 95 saja, tanpa satuan"),
        ({"realisasi": "-1"}, "realisasi", "Realisasi: tidak boleh kurang dari 0."),
        ({"realisasi": "1,255"}, "realisasi", "Realisasi: paling banyak 2 angka di belakang koma."),
        ({"realisasi": "1", "kapasitas": "12,5"}, "kapasitas", "Kapasitas: harus bilangan bulat"),
        ({"realisasi": "1", "kapasitas": "10.000"}, "kapasitas", "tidak boleh lebih dari 5.000."),
    ],
)
def test_salah_tulis_menyebut_kolomnya(data, kolom, pesan):
    f = Formulir(data)
    assert not f.is_valid()
    assert any(pesan in e for e in f.errors[kolom]), f.errors[kolom]


def test_nilai_terisi_ditulis_seperti_orang_menulisnya():
    html = str(Formulir(initial={"realisasi": Decimal("95.00"), "kapasitas": 1250, "tahun": 2026}))
    assert 'value="95"' in html and 'value="1.250"' in html and 'value="2026"' in html
    assert 'type="number"' not in html
    assert 'inputmode="decimal"' in html and 'inputmode="numeric"' in html


@pytest.mark.parametrize(
    ("sel", "teks"),
    [(12.5, "12,5"), (1.125, "1,125"), (12.0, "12"), (198501012010011001, "198501012010011001"),
     (None, ""), ("  12,5 ", "12,5"), (Decimal("3.50"), "3,5")],
)  # fmt: skip
def test_sel_lembar_kerja_menjadi_teks_yang_diketik_orang(sel, teks):
    assert teks_sel(sel) == teks
