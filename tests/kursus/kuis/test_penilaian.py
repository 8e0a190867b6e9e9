"""Scoring per question type (pure; no database)."""

from decimal import Decimal as D

import pytest

from kursus.kuis import penilaian
from kursus.kuis.penilaian import Jawaban, KunciSoal

GANDA = KunciSoal(
    jenis="ganda", pilihan_benar=frozenset({1, 2}), pilihan_semua=frozenset({1, 2, 3, 4})
)


@pytest.mark.parametrize(
    ("teks", "angka"),
    [
        ("102,11", D("102.11")),
        ("102.11", D("102.11")),
        (" 102,11 ", D("102.11")),
        ("102,11 %", None),  # the unit is not part of the number: the form says so
        ("1.250,5", D("1250.5")),
        ("1.250.000", D("1250000")),
        ("76", D("76")),
        ("-3,5", D("-3.5")),
        ("18.750", D("18750")),  # one reader: a dot before three digits groups thousands
        ("", None),
        ("tujuh puluh", None),
        ("1,2,3", None),
        ("1,250.5", None),
    ],
)
def test_baca_angka_menerima_koma_desimal_indonesia(teks, angka):
    assert penilaian.baca_angka(teks) == angka


@pytest.mark.parametrize(
    ("dipilih", "pecahan"),
    [
        ({1, 2}, D(1)),
        ({1}, D("0.5")),
        ({1, 3}, D(0)),
        ({1, 2, 3}, D("0.5")),
        ({1, 2, 3, 4}, D(0)),
        ({3, 4}, D(0)),
        (set(), D(0)),
    ],
)
def test_pilihan_ganda_nilai_sebagian_benar_dikurangi_salah_dibagi_jumlah_benar(dipilih, pecahan):
    assert penilaian.pecahan(GANDA, Jawaban(pilihan=frozenset(dipilih))) == pecahan


def test_pilihan_ganda_dikali_bobot_dan_dibulatkan_dua_desimal():
    kunci = KunciSoal(
        jenis="ganda",
        bobot=D(1),
        pilihan_benar=frozenset({1, 2, 3}),
        pilihan_semua=frozenset({1, 2, 3, 4}),
    )
    assert penilaian.nilai(kunci, Jawaban(pilihan=frozenset({1}))) == D("0.33")


@pytest.mark.parametrize(("dipilih", "pecahan"), [({1}, D(1)), ({2}, D(0)), ({1, 2}, D(0))])
def test_pilihan_tunggal_hanya_satu_pilihan_benar(dipilih, pecahan):
    kunci = KunciSoal(
        jenis="tunggal", pilihan_benar=frozenset({1}), pilihan_semua=frozenset({1, 2})
    )
    assert penilaian.pecahan(kunci, Jawaban(pilihan=frozenset(dipilih))) == pecahan


@pytest.mark.parametrize(
    ("kunci", "jawaban", "pecahan"),
    [
        (True, "benar", 1),
        (True, "Benar", 1),
        (True, "salah", 0),
        (False, "salah", 1),
        (True, "", 0),
    ],
)
def test_benar_salah(kunci, jawaban, pecahan):
    k = KunciSoal(jenis="benar_salah", jawaban_benar_salah=kunci)
    assert penilaian.pecahan(k, Jawaban(teks=jawaban)) == D(pecahan)


@pytest.mark.parametrize(
    ("jawaban", "pecahan"),
    [
        ("Sangat Baik", 1),
        ("sangat baik", 1),
        ("  SANGAT   baik ", 1),
        ("sangatbaik", 1),
        ("Baik", 0),
        ("", 0),
    ],
)
def test_isian_tidak_membedakan_huruf_besar_dan_spasi(jawaban, pecahan):
    k = KunciSoal(jenis="isian", jawaban_isian=("Sangat Baik",))
    assert penilaian.pecahan(k, Jawaban(teks=jawaban)) == D(pecahan)


@pytest.mark.parametrize(
    ("jawaban", "pecahan"),
    [
        ("102,11", 1),
        ("102.11", 1),
        ("102,1", 1),
        ("102,12", 1),
        ("102,13", 0),
        ("102", 0),
        ("seratus", 0),
    ],
)
def test_angka_benar_dalam_toleransi(jawaban, pecahan):
    k = KunciSoal(jenis="angka", jawaban_angka=D("102.11"), toleransi=D("0.01"))
    assert penilaian.pecahan(k, Jawaban(teks=jawaban)) == D(pecahan)


def test_angka_tanpa_toleransi_harus_tepat():
    k = KunciSoal(jenis="angka", jawaban_angka=D("76"))
    assert penilaian.pecahan(k, Jawaban(teks="76,0")) == 1
    assert penilaian.pecahan(k, Jawaban(teks="76,01")) == 0


def test_esai_belum_dinilai_bernilai_none_lalu_jumlah_rubrik_dibagi_maksimum():
    k = KunciSoal(jenis="esai", bobot=D(3), rubrik=(2, 1))
    assert penilaian.nilai(k, Jawaban(teks="jawaban")) is None
    assert penilaian.nilai(k, Jawaban(teks="x", nilai_rubrik=(D(2), D(0)))) == D("2.00")
    assert penilaian.nilai(k, Jawaban(teks="x", nilai_rubrik=(D(1), D("0.5")))) == D("1.50")


@pytest.mark.parametrize(
    ("metode", "hasil"),
    [("tertinggi", D(90)), ("terakhir", D(70)), ("pertama", D(50)), ("rata_rata", D("70.00"))],
)
def test_metode_nilai_antar_percobaan(metode, hasil):
    assert penilaian.gabungkan(metode, [D(50), D(90), D(70)]) == hasil


def test_metode_nilai_tanpa_percobaan_selesai_none():
    assert penilaian.gabungkan("tertinggi", []) is None


def test_rata_rata_dibulatkan_setengah_ke_atas():
    assert penilaian.gabungkan("rata_rata", [D("66.66"), D("66.67")]) == D("66.67")


@pytest.mark.parametrize(
    ("kwargs", "kolom"),
    [
        ({"jenis": "tunggal", "pilihan": [("a", True)]}, "pilihan"),
        ({"jenis": "tunggal", "pilihan": [("a", True), ("b", True)]}, "kunci"),
        ({"jenis": "ganda", "pilihan": [("a", False), ("b", False)]}, "kunci"),
        ({"jenis": "benar_salah", "pilihan": []}, "kunci"),
        ({"jenis": "isian", "pilihan": [], "jawaban_isian": "  "}, "kunci"),
        ({"jenis": "angka", "pilihan": []}, "kunci"),
        ({"jenis": "esai", "pilihan": [], "rubrik": ""}, "rubrik"),
        ({"jenis": "esai", "pilihan": [], "rubrik": "dua | kriteria"}, "rubrik"),
        ({"jenis": "isian", "pilihan": [("x", True)], "jawaban_isian": "a"}, "pilihan"),
        ({"jenis": "pilgan", "pilihan": []}, "jenis"),
    ],
)
def test_periksa_soal_menolak_kunci_yang_tidak_cocok_dengan_jenis(kwargs, kolom):
    assert kolom in penilaian.periksa_soal(**kwargs)


def test_periksa_soal_menerima_soal_lengkap():
    assert penilaian.periksa_soal(jenis="ganda", pilihan=[("a", True), ("b", False)]) == {}
    assert penilaian.periksa_soal(jenis="angka", pilihan=[], jawaban_angka=D(76)) == {}
