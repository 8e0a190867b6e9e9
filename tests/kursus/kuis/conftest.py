"""Builders for quiz tests: questions of each type and quizzes over them."""

from decimal import Decimal

import pytest


@pytest.fixture
def buat_soal(db):
    from kursus.kuis.models import KategoriSoal, PilihanJawaban, Soal

    nomor = iter(range(1, 10_000))

    def _buat(jenis="tunggal", *, pilihan=None, kategori="Struktur SKP", **kwargs):
        kat, _ = KategoriSoal.objects.get_or_create(nama=kategori, induk=None)
        kwargs.setdefault("teks", f"Soal {jenis} nomor {next(nomor)}?")
        kwargs.setdefault("kode", f"uji-{jenis}-{next(nomor)}")
        bawaan = {
            "benar_salah": {"jawaban_benar_salah": True},
            "isian": {"jawaban_isian": "BerAKHLAK\nBer AKHLAK"},
            "angka": {"jawaban_angka": Decimal("102.11"), "toleransi": Decimal("0.01")},
            "esai": {"rubrik": "2 | Menyebut satuan\n1 | Menyebut target"},
        }
        for k, v in bawaan.get(jenis, {}).items():
            kwargs.setdefault(k, v)
        soal = Soal.objects.create(jenis=jenis, kategori=kat, **kwargs)
        if pilihan is None and jenis == "tunggal":
            pilihan = [("Benar", True), ("Salah satu", False), ("Salah dua", False)]
        if pilihan is None and jenis == "ganda":
            pilihan = [("A", True), ("B", True), ("C", False), ("D", False)]
        for urutan, (teks, benar) in enumerate(pilihan or []):
            PilihanJawaban.objects.create(soal=soal, teks=teks, benar=benar, sort_order=urutan)
        return soal

    return _buat


@pytest.fixture
def buat_kuis(db):
    from kursus.kuis.models import Kuis, SoalKuis

    nomor = iter(range(1, 10_000))

    def _buat(soal, **opsi):
        n = next(nomor)
        opsi.setdefault("judul", f"Kuis uji {n}")
        opsi.setdefault("slug", f"kuis-uji-{n}")
        kuis = Kuis.objects.create(**opsi)
        for urutan, s in enumerate(soal):
            SoalKuis.objects.create(kuis=kuis, soal=s, sort_order=urutan)
        return kuis

    return _buat


def benar(soal) -> list[int]:
    return [p.pk for p in soal.pilihan.all() if p.benar]


def salah(soal) -> list[int]:
    return [p.pk for p in soal.pilihan.all() if not p.benar]
