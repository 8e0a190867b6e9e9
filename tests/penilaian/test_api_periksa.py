"""POST /api/periksa-indikator: satu item atau daftar, galat 422 yang menyebut kolomnya."""

import json
import sys
import types

import pytest
from django.urls import Resolver404, resolve

from penilaian.api_pemeriksa import MAKS_ITEM

URL = "/api/periksa-indikator"


@pytest.fixture
def klien(client, settings):
    """Klien uji; bila router belum dipasang di config/api.py, pasang di URLconf uji sendiri."""
    try:
        resolve(URL)
    except Resolver404:
        from ninja import NinjaAPI

        from penilaian.api_pemeriksa import router

        modul = types.ModuleType("uji_url_pemeriksa")
        api = NinjaAPI(urls_namespace="uji-pemeriksa")
        api.add_router("", router)
        from django.urls import path

        modul.urlpatterns = [path("api/", api.urls)]
        sys.modules[modul.__name__] = modul
        settings.ROOT_URLCONF = modul.__name__
    return client


def kirim(klien, data, mentah=None):
    body = mentah if mentah is not None else json.dumps(data)
    return klien.post(URL, data=body, content_type="application/json")


def test_satu_item(klien):
    r = kirim(klien, {"teks": "Melaksanakan posyandu", "target": "12 kegiatan"})
    assert r.status_code == 200
    hasil = r.json()
    assert hasil["layak"] is False
    assert hasil["temuan"][0]["kode"] == "BUKAN_HASIL"
    assert hasil["temuan"][0]["saran"] == "Jumlah kegiatan posyandu yang terlaksana"


def test_daftar_item_berurutan(klien):
    r = kirim(
        klien,
        [
            {"teks": "Jumlah laporan bulanan", "target": "12 laporan"},
            {"teks": "Persentase izin selesai", "target": {"min": 90, "maks": 80}, "satuan": "%"},
        ],
    )
    assert r.status_code == 200
    assert [h["layak"] for h in r.json()] == [True, False]


def test_item_tanpa_teks_422_menyebut_lokasi(klien):
    r = kirim(klien, [{"teks": "a"}, {"teks": "b"}, {"target": "1"}])
    assert r.status_code == 422
    assert r.json() == {"detail": [{"loc": "[2].teks", "msg": 'Kolom "teks" wajib diisi.'}]}


@pytest.mark.parametrize(
    ("data", "loc"),
    [
        ({"teks": "a", "target": True}, "target"),
        ({"teks": "a", "target": {"min": 1}}, "target.maks"),
        ({"teks": "a", "polaritas": "atas"}, "polaritas"),
        ("teks", ""),
    ],
)
def test_bentuk_salah_422(klien, data, loc):
    r = kirim(klien, data)
    assert r.status_code == 422
    assert r.json()["detail"][0]["loc"] == loc


def test_bukan_json_400(klien):
    r = kirim(klien, None, mentah="{bukan json")
    assert r.status_code == 400
    assert "JSON" in r.json()["detail"][0]["msg"]


def test_daftar_terlalu_panjang_422(klien):
    r = kirim(klien, [{"teks": "a"}] * (MAKS_ITEM + 1))
    assert r.status_code == 422


def test_terdokumentasi_di_openapi(klien):
    skema = klien.get("/api/openapi.json").json()
    operasi = next(v for k, v in skema["paths"].items() if k.endswith("/periksa-indikator"))
    assert "requestBody" in operasi["post"]
    assert {"200", "400", "422"} <= set(operasi["post"]["responses"])


def test_jawaban_memuat_polaritas_usulan_dan_rumusan(klien):
    r = kirim(klien, {"teks": "Jumlah pengaduan layanan", "target": 5, "polaritas": "naik"})
    assert r.status_code == 200
    data = r.json()
    assert data["polaritas_usulan"] == "turun"
    assert "pengaduan" in data["alasan_polaritas"]
    assert "POLARITAS_BERTENTANGAN" in [t["kode"] for t in data["temuan"]]
    assert data["rumusan_usulan"]["polaritas"] == "turun"
    assert data["jenis"] == "iki"


def test_rhk_saja_diperiksa_sebagai_hasil_kerja(klien):
    r = kirim(klien, [{"rhk": "Meningkatkan pelayanan PATEN"}, {"rhk": "Tersusunnya Renja"}])
    assert r.status_code == 200
    kabur, baik = r.json()
    assert kabur["jenis"] == "rhk" and not kabur["layak"]
    assert kabur["rumusan_usulan"]["teks"] == "Terselenggaranya pelayanan PATEN sesuai SOP"
    assert baik["layak"] and baik["rumusan_usulan"] is None


def test_rhk_kosong_tanpa_teks_ditolak_dengan_lokasi(klien):
    r = kirim(klien, [{"rhk": " "}])
    assert r.status_code == 422
    assert r.json()["detail"][0]["loc"] == "[0].rhk"


def test_skema_openapi_memuat_kolom_tingkat_dua(klien):
    skema = klien.get("/api/openapi.json").json()
    hasil = skema["components"]["schemas"]["HasilSkema"]["properties"]
    assert {"polaritas_usulan", "alasan_polaritas", "rumusan_usulan", "jenis"} <= set(hasil)
    temuan = skema["components"]["schemas"]["TemuanSkema"]["properties"]["kode"]
    assert "POLARITAS_BERTENTANGAN" in json.dumps(temuan)
    operasi = next(v for k, v in skema["paths"].items() if k.endswith("/periksa-indikator"))
    badan = json.dumps(operasi["post"]["requestBody"])
    assert '"rhk"' in badan and "anyOf" in badan
