"""Fixtures of other areas reused by the hostile-input suite (pages, cases, quizzes)."""

from tests.kursus.kuis.conftest import buat_kuis, buat_soal
from tests.simulasi.conftest import kasus_demo, periode_aktif
from tests.sosialisasi.conftest import beranda, buat_acara, indeks, survei, tanya_jawab

__all__ = [
    "beranda",
    "buat_acara",
    "buat_kuis",
    "buat_soal",
    "indeks",
    "kasus_demo",
    "periode_aktif",
    "survei",
    "tanya_jawab",
]
