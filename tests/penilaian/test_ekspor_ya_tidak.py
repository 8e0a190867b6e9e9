"""Yes/no values are written "Ya"/"Tidak" in every list and export, never True/False."""

import csv
import io
import re

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from penilaian.ekspor import baris_aman, sel_aman, tulis_csv, ya_tidak
from tests.penilaian import pabrik


@pytest.mark.parametrize(("nilai", "tertulis"), [(True, "Ya"), (False, "Tidak"), (None, "")])
def test_ya_tidak(nilai, tertulis):
    assert ya_tidak(nilai) == tertulis


def test_sel_aman_menulis_boolean_sebagai_ya_tidak_dan_angka_tetap_angka():
    assert baris_aman([True, False, 1, 0, None, "=1"]) == ["Ya", "Tidak", 1, 0, None, "'=1"]
    assert sel_aman(True) == "Ya"


def test_csv_buatan_sendiri_tanpa_true_false():
    teks = tulis_csv(["aktif"], [[True], [False]])
    assert teks.splitlines() == ["aktif", "Ya", "Tidak"]


@pytest.fixture
def admin_periode(client, buat_pengguna):
    pabrik.periode(2026, aktif=True)
    pabrik.periode(2025, aktif=False)
    pabrik.pegawai("Staf Uji")
    client.force_login(buat_pengguna("Admin Kepegawaian"))
    return client


@pytest.mark.django_db
@pytest.mark.parametrize("model", ["periode", "pegawai"])
def test_ekspor_csv_wagtail_menulis_ya_tidak(admin_periode, model):
    url = reverse(f"{model}:index") + "?export=csv"
    respons = admin_periode.get(url)
    assert respons.status_code == 200
    isi = b"".join(respons.streaming_content).decode()
    sel = [c for b in csv.reader(io.StringIO(isi)) for c in b]
    assert "Ya" in sel
    assert "True" not in sel and "False" not in sel


@pytest.mark.django_db
def test_ekspor_xlsx_wagtail_menulis_ya_tidak(admin_periode):
    respons = admin_periode.get(reverse("periode:index") + "?export=xlsx")
    buku = load_workbook(io.BytesIO(b"".join(respons.streaming_content)))
    sel = [c for b in buku.active.iter_rows(values_only=True) for c in b]
    assert "Ya" in sel and "Tidak" in sel
    assert not any(isinstance(c, bool) for c in sel)


@pytest.mark.django_db
def test_daftar_admin_menulis_ya_tidak(admin_periode):
    html = admin_periode.get(reverse("periode:index")).content.decode()
    kata = re.sub(r"<[^>]+>", " ", html).split()
    assert "Ya" in kata and "Tidak" in kata
    assert "True" not in kata and "False" not in kata
