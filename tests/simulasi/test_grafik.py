"""Issue 17 item 3: the simulator report's charts (findings per kind, score bands) with their
tables, on the same figures."""

import re
import xml.etree.ElementTree as ET
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.urls import reverse

from penilaian.mesin.angka import format_ringkas
from penilaian.mesin.pemeriksa import KODE
from simulasi import grafik

from .test_laporan import data_laporan  # noqa: F401 (fixture)

SVG = "{http://www.w3.org/2000/svg}"


def _percobaan(*kode_per_indikator):
    return SimpleNamespace(
        pemeriksaan=[{"temuan": [{"kode": k} for k in kode]} for kode in kode_per_indikator]
    )


def test_setiap_kode_pemeriksa_berlabel():
    assert set(grafik.LABEL_TEMUAN) == {kode for kode, _k, _b in KODE}


def test_bagian_percobaan_bukan_jumlah_temuan():
    # One attempt with three vague indicators is one attempt with the finding, not three.
    percobaan = [
        _percobaan(["KATA_KABUR"], ["KATA_KABUR"], ["KATA_KABUR", "TANPA_WAKTU"]),
        _percobaan(["TANPA_WAKTU"]),
        _percobaan([]),
        _percobaan(["BUKAN_HASIL"]),
    ]
    baris = grafik.temuan_per_jenis(percobaan)
    assert len(baris) == len(KODE)
    pertama = baris[0]
    assert (pertama.kode, pertama.percobaan, pertama.persen, pertama.kemunculan) == (
        "TANPA_WAKTU",
        2,
        Decimal("50.0"),
        2,
    )
    kabur = next(b for b in baris if b.kode == "KATA_KABUR")
    assert (kabur.percobaan, kabur.persen, kabur.kemunculan) == (1, Decimal("25.0"), 3)
    # Ties keep the specification's order; kinds nobody got are listed with 0.
    assert [b.kode for b in baris[1:3]] == ["BUKAN_HASIL", "KATA_KABUR"]
    assert baris[-1].percobaan == 0 and baris[-1].persen == Decimal("0.0")
    assert pertama.kriteria == "berbatas waktu"


def test_tanpa_percobaan_tanpa_persen_dan_tanpa_grafik():
    baris = grafik.temuan_per_jenis([])
    assert all(b.persen is None and b.percobaan == 0 for b in baris)
    kosong = SimpleNamespace(percobaan=[], jumlah=0, distribusi=[("0–39", 0)])
    assert set(grafik.grafik_laporan(kosong)) == {"temuan_per_jenis"}


def _bagian(isi: str, penanda: str) -> str:
    return isi.split(penanda, 1)[1].split("</section>", 1)[0]


@pytest.mark.django_db
def test_laporan_kasus_grafik_dengan_tabel_angka_sama(
    client,
    data_laporan,  # noqa: F811
    buat_pengguna,
    monkeypatch,
):
    kasus, _ = data_laporan
    terekam = []
    asli = grafik.grafik.batang

    def rekam(**kwargs):
        terekam.append(kwargs)
        return asli(**kwargs)

    monkeypatch.setattr(grafik.grafik, "batang", rekam)
    client.force_login(buat_pengguna("Pelatih"))
    isi = client.get(reverse("simulasi_laporan_kasus", args=[kasus.pk])).content.decode()
    temuan = _bagian(isi, "data-temuan>")
    svg = ET.fromstring(re.search(r"<svg .*?</svg>", temuan, flags=re.S).group(0))  # noqa: S314
    assert svg.get("role") == "img"
    assert svg.find(f"{SVG}title").text.startswith("Percobaan dengan temuan pemeriksa")
    assert "dari 3 percobaan" in svg.find(f"{SVG}desc").text
    baris = re.findall(
        r'<tr><th scope="row">([^<]+)</th><td><code>([A-Z_]+)</code></td><td>[^<]+</td>'
        r"<td>([^<]+)</td><td>([^<]+)</td>",
        temuan,
    )
    grafik_temuan = next(k for k in terekam if k["label"] and "percobaan" in str(k["satuan"]))
    # The chart's bars, in its order, are the table's rows.
    assert [b[0] for b in baris] == grafik_temuan["label"]
    assert [b[3] for b in baris] == [format_ringkas(v) for v in grafik_temuan["nilai"]]
    assert [b[1] for b in baris[:3]] == ["BUKAN_HASIL", "KATA_KABUR", "TANPA_WAKTU"]
    assert [b[3] for b in baris[:4]] == ["33,3", "33,3", "33,3", "0"]
    skor = _bagian(isi, 'aria-labelledby="judul-skor">')
    assert '<svg role="img"' in skor
    assert re.findall(r'<th scope="row">([^<]+)</th><td>(\d+)</td>', skor) == [
        ("0–39", "0"),
        ("40–59", "1"),
        ("60–79", "0"),
        ("80–100", "2"),
    ]
