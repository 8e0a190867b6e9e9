"""XLSX import and export of questions."""

import io
from decimal import Decimal

import pytest
from openpyxl import Workbook, load_workbook

from kursus.kuis import impor
from kursus.kuis.models import KategoriSoal, Soal

pytestmark = pytest.mark.django_db

BAIK = [
    {"kode": "a-01", "kategori": "Struktur SKP", "subkategori": "RHK", "jenis": "tunggal",
     "teks": "Apa kepanjangan RHK?", "pilihan": "Rencana Hasil Kerja\nRincian Hasil Kegiatan",
     "kunci": "A", "penjelasan": "RHK = Rencana Hasil Kerja."},
    {"kode": "a-02", "kategori": "Struktur SKP", "jenis": "ganda", "bobot": "2",
     "teks": "Nilai BerAKHLAK?", "pilihan": "Akuntabel\nDisiplin\nAdaptif", "kunci": "A, C"},
    {"kode": "a-03", "kategori": "Predikat", "jenis": "benar_salah",
     "teks": "Di atas/di atas = Sangat Baik.", "kunci": "benar"},
    {"kode": "a-04", "kategori": "Predikat", "jenis": "isian", "teks": "Di atas/di atas?",
     "kunci": "Sangat Baik"},
    {"kode": "a-05", "kategori": "Perhitungan", "jenis": "angka", "teks": "97/95 × 100?",
     "kunci": "102,11", "toleransi": "0,01"},
    {"kode": "a-06", "kategori": "Indikator", "jenis": "esai", "teks": "Perbaiki IKI.",
     "rubrik": "2 | Ukuran hasil\n1 | Target dan satuan"},
]  # fmt: skip


def _xlsx(baris: list[dict], kolom=impor.KOLOM) -> io.BytesIO:
    buku = Workbook()
    lembar = buku.active
    lembar.append(list(kolom))
    for b in baris:
        lembar.append([b.get(k, "") for k in kolom])
    berkas = io.BytesIO()
    buku.save(berkas)
    berkas.seek(0)
    return berkas


def test_impor_baris_yang_benar_membuat_soal_semua_jenis():
    hasil = impor.impor_xlsx(_xlsx(BAIK))
    assert hasil.berhasil, hasil.galat
    assert (hasil.baru, hasil.diubah) == (6, 0)
    assert set(Soal.objects.values_list("jenis", flat=True)) == {
        "tunggal", "ganda", "benar_salah", "isian", "angka", "esai"
    }  # fmt: skip
    ganda = Soal.objects.get(kode="a-02")
    assert [(p.teks, p.benar) for p in ganda.pilihan.all()] == [
        ("Akuntabel", True), ("Disiplin", False), ("Adaptif", True)
    ]  # fmt: skip
    assert ganda.bobot == 2
    assert Soal.objects.get(kode="a-05").jawaban_angka == Decimal("102.11")
    assert str(Soal.objects.get(kode="a-01").kategori) == "Struktur SKP › RHK"


def test_impor_dengan_baris_salah_tidak_mengimpor_apa_pun_dan_melaporkan_setiap_baris():
    buruk = [
        *BAIK[:2],
        {"kode": "b-01", "kategori": "X", "jenis": "pilgan", "teks": "?"},
        {"kode": "b-02", "kategori": "X", "jenis": "tunggal", "teks": "?", "pilihan": "a\nb",
         "kunci": "C"},
        {"kode": "b-03", "kategori": "", "jenis": "angka", "teks": "?", "kunci": "tujuh"},
        {"kode": "b-04", "kategori": "X", "jenis": "esai", "teks": "?", "rubrik": "dua | x"},
        {"kode": "a-01", "kategori": "X", "jenis": "benar_salah", "teks": "?", "kunci": "ya"},
        {"kode": "b-05", "kategori": "X", "jenis": "tunggal", "teks": "?", "pilihan": "a\nb",
         "kunci": "A, B"},
    ]  # fmt: skip
    hasil = impor.impor_xlsx(_xlsx(buruk))
    assert not hasil.berhasil
    assert Soal.objects.count() == 0 and KategoriSoal.objects.count() == 0
    teks = "\n".join(hasil.galat)
    assert "Baris 4, kolom jenis: 'pilgan' bukan jenis soal" in teks
    assert "Baris 5, kolom kunci: 'C' harus huruf pilihan A–B" in teks
    assert "Baris 6, kolom kategori: wajib diisi." in teks
    assert "Baris 7, kolom rubrik:" in teks
    assert "Baris 8, kolom kunci: 'ya' harus 'benar' atau 'salah'." in teks
    assert "Baris 9, kolom kunci: soal pilihan tunggal memerlukan tepat satu pilihan benar." in teks
    assert {g.split(",")[0] for g in hasil.galat} == {f"Baris {n}" for n in range(4, 10)}


def test_kode_ganda_dalam_berkas_dilaporkan():
    hasil = impor.impor_xlsx(_xlsx([BAIK[0], BAIK[0]]))
    assert hasil.galat == ["Baris 3, kolom kode: 'a-01' sudah dipakai di baris 2."]


def test_kolom_wajib_yang_hilang_dilaporkan():
    hasil = impor.impor_xlsx(_xlsx(BAIK, kolom=("kode", "teks")))
    assert "Baris 1: kolom 'kategori' tidak ada." in hasil.galat


def test_berkas_bukan_xlsx_ditolak():
    assert impor.impor_xlsx(io.BytesIO(b"bukan xlsx")).galat == [
        "Berkas tidak dapat dibaca sebagai XLSX."
    ]


def test_impor_ulang_memperbarui_soal_dengan_kode_yang_sama():
    impor.impor_xlsx(_xlsx(BAIK))
    pilihan_lama = list(Soal.objects.get(kode="a-01").pilihan.values_list("pk", flat=True))
    diubah = [dict(BAIK[0], teks="Kepanjangan RHK adalah?"), *BAIK[1:]]
    hasil = impor.impor_xlsx(_xlsx(diubah))
    assert (hasil.baru, hasil.diubah) == (0, 6)
    soal = Soal.objects.get(kode="a-01")
    assert soal.teks == "Kepanjangan RHK adalah?"
    assert list(soal.pilihan.values_list("pk", flat=True)) == pilihan_lama


def _isi(xlsx: bytes) -> list[tuple]:
    return list(load_workbook(io.BytesIO(xlsx)).active.iter_rows(values_only=True))


def test_ekspor_lalu_impor_kembali_menghasilkan_berkas_yang_sama():
    impor.impor_xlsx(_xlsx(BAIK))
    pertama = impor.ekspor_xlsx()
    Soal.objects.all().delete()
    KategoriSoal.objects.filter(induk__isnull=False).delete()
    KategoriSoal.objects.all().delete()
    hasil = impor.impor_xlsx(io.BytesIO(pertama))
    assert hasil.berhasil and hasil.baru == 6
    assert _isi(impor.ekspor_xlsx()) == _isi(pertama)
    assert _isi(pertama)[0] == impor.KOLOM
