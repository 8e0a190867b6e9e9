"""POST /api/nilai: mesin lewat HTTP, bentuk JSON yang sama, 422 dengan jalur masalah."""

from __future__ import annotations

import json

import pytest

from penilaian.mesin import loads_desimal, nilai_json

URL = "/api/nilai"

PP46 = {
    "aturan": "pp46-2011",
    "kegiatan": [
        {
            "kuantitas": {"target": 1, "realisasi": 1},
            "kualitas": {"target": 100, "realisasi": 90},
            "waktu": {"target": 12, "realisasi": 9.12},
            "biaya": {"target": 170395000, "realisasi": 170395000},
        }
    ],
}
PERMEN = {
    "aturan": "permenpanrb-6-2022",
    "rhk": [
        {
            "teks": "Meningkatnya layanan",
            "indikator": [
                {"teks": "Persentase", "aspek": "kuantitas", "target": 95, "realisasi": 97}
            ],
        }
    ],
    "rating_perilaku": "sesuai_ekspektasi",
}


def kirim(client, body, **query):
    teks = body if isinstance(body, str | bytes) else json.dumps(body)
    url = URL + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")
    return client.post(url, data=teks, content_type="application/json")


def test_satu_dokumen_hasil_sama_dengan_mesin(client):
    jawaban = kirim(client, PP46)
    assert jawaban.status_code == 200
    assert jawaban.json() == nilai_json(loads_desimal(json.dumps(PP46)))
    # 9.12 dibaca eksak: efisiensi tepat 24 %, cabang pertama, waktu 100.
    assert jawaban.json()["kegiatan"][0]["waktu"] == 100


def test_angka_dibaca_dari_teks_desimal_bukan_float(client):
    teks = json.dumps(PP46).replace("9.12", "9.1200000000000000000001")
    waktu = kirim(client, teks).json()["kegiatan"][0]["waktu"]
    assert waktu == 100  # sedikit di atas 9,12: efisiensi < 24 %, tetap cabang pertama


def test_daftar_dokumen_hasil_seurutan(client):
    jawaban = kirim(client, [PERMEN, PP46], langkah="false")
    assert jawaban.status_code == 200
    hasil = jawaban.json()
    assert [h["aturan"] for h in hasil] == ["permenpanrb-6-2022", "pp46-2011"]
    assert hasil[0]["langkah"] == [] and hasil[0]["capaian_hasil_kerja"] == 102.11


def test_langkah_berbahasa_indonesia_dengan_koma_desimal(client):
    hasil = kirim(client, PERMEN).json()
    langkah = hasil["langkah"]
    # The document omits polaritas: the result says the aspect's default was used (issue 14).
    assert (
        "RHK 1, IKI 1 (kuantitas, polaritas naik, bawaan aspek): capaian = 97/95 × 100 = 102,11 %"
        in langkah
    )
    assert hasil["rhk"][0]["indikator"][0]["polaritas_bawaan"] is True


def test_masukan_tidak_sah_422_dengan_semua_jalur(client):
    dok = {**PP46, "kegiatan": [{**PP46["kegiatan"][0], "waktu": {"target": 12, "realisasi": 0}}],
           "kreativitas": "dunia"}  # fmt: skip
    jawaban = kirim(client, [PERMEN, dok])
    assert jawaban.status_code == 422
    detail = jawaban.json()["detail"]
    assert {"loc": "[1].kegiatan[0].waktu.realisasi", "msg": "harus lebih besar dari 0"} in detail
    assert any(d["loc"] == "[1].kreativitas" for d in detail)


@pytest.mark.parametrize(
    ("body", "pesan"),
    [("{", "JSON tidak valid"), ("[NaN]", "NaN bukan angka JSON"), (b"\xff", "bukan teks UTF-8")],
)
def test_json_rusak_422(client, body, pesan):
    jawaban = kirim(client, body)
    assert jawaban.status_code == 422
    assert pesan in jawaban.json()["detail"][0]["msg"]


def test_skema_openapi_menjelaskan_permintaan_dan_422(client):
    skema = client.get("/api/openapi.json").json()
    operasi = skema["paths"]["/api/nilai"]["post"]
    contoh = operasi["requestBody"]["content"]["application/json"]["examples"]
    assert {"pp46-2011", "permenpanrb-6-2022", "distribusi", "daftar"} <= set(contoh)
    assert "422" in operasi["responses"]
    assert any(p["name"] == "langkah" for p in operasi["parameters"])
