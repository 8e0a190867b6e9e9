"""penilaian.grafik: accessible, self-contained SVG charts that the site's CSP allows."""

import re
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest
from django.utils import translation
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy

from penilaian import grafik

SVG = "{http://www.w3.org/2000/svg}"


def _semua():
    return {
        "batang": grafik.batang(
            judul="Selesai kursus <unit>", deskripsi="A & B", label=["A", "B"], nilai=[40, None]
        ),
        "berpasangan": grafik.batang_berpasangan(
            judul="Sebelum sesudah",
            deskripsi="Skor",
            label=["Sikap", "Keadilan"],
            seri=[("Sebelum", [2.5, 3]), ("Sesudah", [4, None])],
            batas_x=5,
        ),
        "distribusi": grafik.distribusi(
            judul="Distribusi predikat",
            deskripsi="Terhadap kurva",
            label=["Sangat Baik", "Baik"],
            nilai=[20, 70],
            acuan=[70, None],
            nama_nilai="Unit",
            nama_acuan="Batas kurva",
        ),
    }


@pytest.mark.parametrize("jenis", ["batang", "berpasangan", "distribusi"])
def test_svg_berperan_img_dengan_judul_dan_deskripsi(jenis):
    svg = _semua()[jenis]
    akar = ET.fromstring(svg)  # noqa: S314 (our own output)
    assert akar.get("role") == "img"
    id_judul, id_desk = akar.get("aria-labelledby").split()
    assert akar.find(f"{SVG}title").get("id") == id_judul
    assert akar.find(f"{SVG}desc").get("id") == id_desk


@pytest.mark.parametrize("jenis", ["batang", "berpasangan", "distribusi"])
def test_svg_tanpa_skrip_gaya_sebaris_atau_sumber_luar(jenis):
    svg = _semua()[jenis]
    assert "<script" not in svg and "<style" not in svg and "style=" not in svg
    assert not re.search(r'href="(?!#)', svg)


def test_teks_judul_diloloskan():
    svg = _semua()["batang"]
    assert "Selesai kursus &lt;unit&gt;" in svg and "A &amp; B" in svg


def test_label_tampil_sebagai_teks():
    assert ">Sikap<" in _semua()["berpasangan"] and ">Keadilan<" in _semua()["berpasangan"]


def test_berpasangan_memerlukan_dua_seri():
    with pytest.raises(ValueError, match="tepat dua seri"):
        grafik.batang_berpasangan(judul="x", deskripsi="y", label=["a"], seri=[("s", [1])])


def _distribusi(**ubah):
    argumen = {
        "judul": "Sebaran predikat",
        "deskripsi": "Terhadap kurva",
        "label": ["Baik", "Kurang"],
        "nilai": [Decimal("62.5"), Decimal("37.5")],
        "acuan": [Decimal(70), None],
        "nama_nilai": "Unit",
        "nama_acuan": "Batas kurva",
    }
    return grafik.distribusi(**(argumen | ubah))


def test_grafik_yang_sama_diambil_dari_tembolok_tanpa_menggambar(monkeypatch):
    pertama = _distribusi()

    def jangan_menggambar(*args, **kwargs):
        raise AssertionError("grafik digambar ulang padahal angkanya sama")

    monkeypatch.setattr(grafik, "_gambar", jangan_menggambar)
    kedua = _distribusi()
    assert kedua == pertama and isinstance(kedua, SafeString)


def test_angka_atau_teks_lain_digambar_ulang():
    dasar = _distribusi()
    assert _distribusi(nilai=[Decimal("50"), Decimal("50")]) != dasar
    # A translation is keyed by the text it shows in the active language.
    with translation.override("id"):
        assert ">Kurang<" in _distribusi(label=["Baik", gettext_lazy("Kurang")])
    assert ">Buruk<" in _distribusi(label=["Baik", "Buruk"])


def test_versi_gambar_bagian_dari_kunci(monkeypatch):
    gambar_asli, digambar = grafik._gambar, []
    monkeypatch.setattr(grafik, "_gambar", lambda tinggi: digambar.append(1) or gambar_asli(tinggi))
    _distribusi()
    _distribusi()
    assert len(digambar) == 1
    monkeypatch.setattr(grafik, "VERSI_GAMBAR", grafik.VERSI_GAMBAR + 1)
    _distribusi()
    assert len(digambar) == 2
