"""Aturan pp46-2011: contoh resmi, rumus dua cabang, batas kategori, tambahan dan perilaku."""

from __future__ import annotations

from decimal import Decimal

import pytest

from penilaian.mesin import KategoriPP46, nilai_json
from penilaian.mesin.aturan.pp46_2011.rumus import (
    kategori,
    nilai_dua_cabang,
    nilai_tugas_tambahan,
)

from .dokumen import PERILAKU, kegiatan, pp46


def test_contoh_perka_bkn_nilai_kegiatan_85_50(nilai):
    hasil = nilai(pp46(kegiatan(1, 1, 100, 90, 12, 12, biaya=("170395000", "170395000"))))
    k = hasil["kegiatan"][0]
    assert (k["kuantitas"], k["kualitas"], k["waktu"], k["biaya"]) == (100, 90, 76, 76)
    assert k["penghitungan"] == 342
    assert k["nilai"] == 85.5


def test_contoh_efisiensi_20_persen_waktu_96(nilai):
    assert nilai(pp46(kegiatan(tw=5, rw=4)))["kegiatan"][0]["waktu"] == 96


def test_contoh_kuantitas_80(nilai):
    assert nilai(pp46(kegiatan(to=50, ro=40)))["kegiatan"][0]["kuantitas"] == 80


@pytest.mark.parametrize("tw", ["1", "12", "7.5", "365", "0.25"])
def test_realisasi_waktu_sama_dengan_target_selalu_76(nilai, tw):
    assert nilai(pp46(kegiatan(tw=tw, rw=tw)))["kegiatan"][0]["waktu"] == 76


@pytest.mark.parametrize(
    ("tw", "rw", "harapan"),
    [
        ("12", "9.12", 100),  # efisiensi tepat 24 %: cabang pertama, (1,76×12−9,12)/12×100
        ("12", "9.11", 75.92),  # 24,083 %: cabang kedua, 76 − (100,083 − 100)
        ("12", "9.13", 99.92),  # 23,917 %: cabang pertama
        ("12", "9", 75),  # contoh langkah di issue
        ("12", "15", 51),  # terlambat: (1,76 × 12 − 15)/12 × 100
        ("10", "0.5", 5),  # efisiensi 95 %: 76 − (171 − 100)
    ],
)
def test_efisiensi_tepat_24_persen_memakai_cabang_pertama(nilai, tw, rw, harapan):
    assert nilai(pp46(kegiatan(tw=tw, rw=rw)))["kegiatan"][0]["waktu"] == harapan


def test_efisiensi_24_persen_dari_float_tetap_cabang_pertama():
    # Dengan float, 100 − 9.12/12×100 = 24.000000000000004 dan memilih cabang kedua (99,99…).
    hasil = nilai_json(pp46(kegiatan(tw=12, rw=9.12)), langkah=False)
    assert hasil["kegiatan"][0]["waktu"] == 100


@pytest.mark.parametrize(
    ("tb", "rb", "harapan"),
    [("1000", "760", 100), ("1000", "759.99", 76), ("1000", "1000", 76), ("100", "50", 50)],
)
def test_biaya_efisiensi_tepat_24_persen_memakai_cabang_pertama(nilai, tb, rb, harapan):
    assert nilai(pp46(kegiatan(biaya=(tb, rb))))["kegiatan"][0]["biaya"] == harapan


def test_dua_cabang_mengembalikan_cabang_dan_efisiensi():
    assert nilai_dua_cabang(Decimal(12), Decimal("9.12")) == (True, Decimal(24), Decimal(100))
    pertama, efisiensi, waktu = nilai_dua_cabang(Decimal(12), Decimal(9))
    assert (pertama, efisiensi, waktu) == (False, Decimal(25), Decimal(75))


def test_rb_nol_dengan_tb_positif_sah_dan_bernilai_0(nilai):
    k = nilai(pp46(kegiatan(biaya=(5000000, 0))))["kegiatan"][0]
    assert k["biaya"] == 0
    assert k["nilai"] == pytest.approx(round((100 + 100 + 76) / 4, 2))


def test_biaya_ditentukan_target_target_0_tidak_dinilai(nilai):
    k = nilai(pp46(kegiatan(biaya=(0, 0))))["kegiatan"][0]
    assert k["biaya"] is None
    assert k["nilai"] == 92  # (100 + 100 + 76)/3


def test_kegiatan_tanpa_biaya_dibagi_3(nilai):
    k = nilai(pp46(kegiatan(1, 1, 100, 90, 12, 12)))["kegiatan"][0]
    assert (k["biaya"], k["penghitungan"], k["nilai"]) == (None, 266, 88.67)


@pytest.mark.parametrize("biaya", [None, (100, 100)])
def test_kegiatan_tidak_dilaksanakan_bernilai_0(nilai, biaya):
    k = nilai(pp46(kegiatan(ro=0, rw=0, biaya=biaya)))["kegiatan"][0]
    assert (k["kuantitas"], k["kualitas"], k["waktu"], k["nilai"]) == (0, 0, 0, 0)
    assert k["biaya"] == (0 if biaya else None)


def test_kuantitas_dan_kualitas_tidak_dibatasi(nilai):
    k = nilai(pp46(kegiatan(to=10, ro=15, tk=80, rk=100)))["kegiatan"][0]
    assert (k["kuantitas"], k["kualitas"]) == (150, 125)


def test_nilai_capaian_skp_rata_rata_tanpa_pembulatan_antara(nilai):
    hasil = nilai(pp46(kegiatan(rk=90), kegiatan(rk=91), kegiatan(rk=90)))
    # (88,666… + 89 + 88,666…)/3 = 88,777… → 88,78 (bukan rata-rata angka yang dibulatkan)
    assert hasil["nilai_capaian_skp"] == 88.78


@pytest.mark.parametrize(
    ("jumlah", "harapan"),
    [(0, 0), (1, 1), (3, 1), (4, 2), (6, 2), (7, 3), (20, 3), (-1, 0)],
)
def test_nilai_tugas_tambahan(jumlah, harapan):
    assert nilai_tugas_tambahan(jumlah) == harapan


@pytest.mark.parametrize(
    ("kreativitas", "harapan"),
    [(None, 0), (0, 0), ("0", 0), ("unit_kerja", 3), ("organisasi", 6), ("nasional", 12)],
)
def test_nilai_kreativitas(nilai, kreativitas, harapan):
    assert nilai(pp46(kreativitas=kreativitas))["nilai_kreativitas"] == harapan


def test_nilai_skp_ditambah_tugas_tambahan_dan_kreativitas(nilai):
    hasil = nilai(pp46(kegiatan(rk=90), tugas_tambahan=5, kreativitas="organisasi"))
    assert hasil["nilai_skp"] == pytest.approx(88.67 + 2 + 6)
    assert hasil["nilai_tugas_tambahan"] == 2


@pytest.mark.parametrize(
    ("nilai_", "harapan"),
    [("91", "Sangat Baik"), ("90.99", "Baik"), ("90.9999999", "Baik"), ("76", "Baik"),
     ("75.99", "Cukup"), ("61", "Cukup"), ("60.99", "Kurang"), ("51", "Kurang"),
     ("50.99", "Buruk"), ("0", "Buruk"), ("120", "Sangat Baik")],
)  # fmt: skip
def test_batas_kategori_kedua_sisi(nilai_, harapan):
    assert kategori(Decimal(nilai_)) == KategoriPP46(harapan)


def test_kategori_dari_nilai_belum_dibulatkan(nilai):
    # nilai kegiatan 90,995 tampil 91,00 tetapi kategorinya Baik (di bawah 91).
    # (angka JSON, bukan teks: teks "96.985" ambigu antara ribuan dan desimal)
    hasil = nilai(pp46(kegiatan(to=100, ro=100, tk=100, rk=96.985, tw=1, rw=1)))
    assert hasil["nilai_skp"] == 91.0
    assert hasil["kategori_skp"] == "Baik"


def test_perilaku_lima_aspek_dan_prestasi_60_40(nilai):
    hasil = nilai(pp46(kegiatan(1, 1, 100, 90, 12, 12), perilaku=PERILAKU))
    assert hasil["nilai_perilaku"] == 83
    assert hasil["kategori_perilaku"] == "Baik"
    # 60 % × 88,666… + 40 % × 83 = 86,4
    assert hasil["nilai_prestasi_kerja"] == 86.4
    assert hasil["kategori"] == "Baik"


def test_perilaku_dengan_kepemimpinan_enam_aspek(nilai):
    hasil = nilai(pp46(perilaku={**PERILAKU, "kepemimpinan": 95}))
    assert hasil["nilai_perilaku"] == 85  # 510/6


def test_tanpa_perilaku_prestasi_kerja_null(nilai):
    hasil = nilai(pp46())
    assert hasil["nilai_perilaku"] is None
    assert hasil["kategori_perilaku"] is None
    assert hasil["nilai_prestasi_kerja"] is None
    assert hasil["kategori"] is None


def test_keluaran_memuat_kunci_spesifikasi_berurutan(nilai):
    hasil = nilai(pp46(kegiatan(nama="Menyusun laporan")))
    assert list(hasil) == [
        "aturan", "kegiatan", "nilai_capaian_skp", "nilai_tugas_tambahan", "nilai_kreativitas",
        "nilai_skp", "kategori_skp", "nilai_perilaku", "kategori_perilaku",
        "nilai_prestasi_kerja", "kategori", "langkah",
    ]  # fmt: skip
    assert list(hasil["kegiatan"][0]) == [
        "nama", "kuantitas", "kualitas", "waktu", "biaya", "penghitungan", "nilai",
    ]  # fmt: skip
    assert hasil["kegiatan"][0]["nama"] == "Menyusun laporan"


def test_langkah_dengan_angka_dan_koma_desimal():
    hasil = nilai_json(
        pp46(
            kegiatan(1, 1, 100, 90, 12, 9, nama="Laporan"),
            kegiatan(biaya=(0, 0)),
            kegiatan(ro=0, rw=0),
            kegiatan(biaya=("170395000", "170395000")),
            tugas_tambahan=2,
            kreativitas="unit_kerja",
            perilaku=PERILAKU,
        )
    )
    langkah = hasil["langkah"]
    assert (
        "Kegiatan 1 (Laporan): Waktu: efisiensi 100 − (9/12 × 100) = 25,00 % > 24 %, maka nilai "
        "waktu = 76 − (((1,76 × 12 − 9)/12 × 100) − 100) = 75,00" in langkah
    )
    assert "Kegiatan 1 (Laporan): Kuantitas: 1/1 × 100 = 100,00" in langkah
    assert "Kegiatan 2: Biaya tidak dinilai karena target biaya 0" in langkah
    assert any(s.startswith("Kegiatan 3: tidak dilaksanakan") for s in langkah)
    assert any("170.395.000" in s and "≤ 24 %" in s for s in langkah)
    assert "Nilai tugas tambahan: 2 tugas → 1" in langkah
    assert "Nilai kreativitas: unit kerja → 3" in langkah
    assert langkah[-1].startswith("Nilai prestasi kerja = 60 % × ")


def test_langkah_tanpa_perilaku_dan_kreativitas():
    langkah = nilai_json(pp46())["langkah"]
    assert "Nilai kreativitas: tidak ada → 0" in langkah
    assert langkah[-1] == "Perilaku tidak diisi, maka nilai prestasi kerja tidak dihitung"


def test_tanpa_langkah_daftar_langkah_kosong():
    assert nilai_json(pp46(), langkah=False)["langkah"] == []
