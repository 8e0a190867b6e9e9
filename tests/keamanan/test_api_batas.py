"""Issue 19 item 6: limits on both API endpoints (nesting, body size, items, text length, rate
per client), each refused with a 4xx and an Indonesian message, never a 500."""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from penilaian.api_batas import MAKS_BADAN, MAKS_ITEM, MAKS_KEDALAMAN, MAKS_TEKS, kedalaman

TITIK = ["/api/nilai", "/api/periksa-indikator"]
pytestmark = pytest.mark.django_db


def kirim(client, url, body, **meta):
    if not isinstance(body, (bytes, str)):
        body = json.dumps(body)
    return client.post(url, data=body, content_type="application/json", **meta)


def pesan(response):
    return response.json()["detail"][0]["msg"]


@pytest.mark.parametrize("url", TITIK)
@pytest.mark.parametrize("buka", ["[", '{"a":'])
def test_json_bersarang_10000_tingkat_ditolak_422(client, url, buka):
    """Reproduction: 10,000 levels gave a 500 (RecursionError) on both endpoints."""
    tutup = "]" if buka == "[" else "}"
    r = kirim(client, url, buka * 10_000 + "1" + tutup * 10_000)
    assert r.status_code == 422
    assert "terlalu dalam" in pesan(r)


@pytest.mark.parametrize("url", TITIK)
def test_kurung_di_dalam_teks_tidak_dihitung(client, url):
    r = kirim(client, url, {"teks": "[" * 500 + '\\"{' * 100, "aturan": "x"})
    assert "terlalu dalam" not in r.content.decode()
    assert r.status_code in (200, 422)


@pytest.mark.parametrize("url", TITIK)
def test_badan_terlalu_besar_413(client, url):
    r = kirim(client, url, {"teks": "a" * (MAKS_BADAN + 1)})
    assert r.status_code == 413
    assert "terlalu besar" in pesan(r)


@pytest.mark.parametrize("url", TITIK)
def test_content_length_besar_ditolak_sebelum_badan_dibaca(client, url):
    r = kirim(client, url, "{}", CONTENT_LENGTH=str(50 * 1024 * 1024))
    assert r.status_code == 413


@pytest.mark.parametrize("url", TITIK)
def test_daftar_terlalu_banyak_item_422(client, url):
    r = kirim(client, url, [{"teks": "a", "aturan": "pp46-2011"}] * (MAKS_ITEM + 1))
    assert r.status_code == 422
    assert f"paling banyak {MAKS_ITEM}" in pesan(r)


@pytest.mark.parametrize("url", TITIK)
def test_teks_terlalu_panjang_422_menyebut_kolom(client, url):
    r = kirim(client, url, [{"teks": "a" * (MAKS_TEKS + 1)}])
    assert r.status_code == 422
    assert r.json()["detail"][0]["loc"] == "[0].teks"
    assert "terlalu panjang" in pesan(r)


def test_seribu_item_5kb_ditolak_bukan_dihitung_5_detik(client):
    """Reproduction: 1,000 items of 5 KB cost 5 s of server time per request."""
    r = kirim(client, "/api/periksa-indikator", [{"teks": "kata " * 1000}] * 1000)
    assert r.status_code == 413


@pytest.mark.parametrize("url", TITIK)
@pytest.mark.parametrize("body", ["[NaN]", '{"teks": Infinity}', b"\xff\xfe", "{", "1" * 5000])
def test_json_tidak_sah_4xx_berbahasa_indonesia(client, url, body):
    r = kirim(client, url, body)
    assert 400 <= r.status_code < 500
    assert r.json()["detail"][0]["msg"]


def test_parameter_langkah_tidak_sah_422_berbahasa_indonesia(client):
    r = client.post("/api/nilai?langkah=mungkin", data="{}", content_type="application/json")
    assert r.status_code == 422
    assert r.json()["detail"] == [{"loc": "langkah", "msg": "nilai tidak sah untuk parameter ini"}]


@pytest.mark.parametrize("url", TITIK)
def test_batas_laju_per_klien_429(client, url, settings):
    settings.API_LAJU = "3/m"
    settings.PROXY_TERPERCAYA = ["127.0.0.1"]
    satu = {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": "203.0.113.1"}
    dua = {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": "203.0.113.2"}
    for _ in range(3):
        assert kirim(client, url, {"teks": "x"}, **satu).status_code != 429
    r = kirim(client, url, {"teks": "x"}, **satu)
    assert r.status_code == 429
    assert "Terlalu banyak permintaan" in pesan(r)
    assert int(r["Retry-After"]) > 0
    # Another client behind the same proxy has its own allowance.
    assert kirim(client, url, {"teks": "x"}, **dua).status_code != 429


def test_batas_laju_tidak_tertipu_x_forwarded_for_palsu(client, settings):
    settings.API_LAJU = "2/m"
    settings.PROXY_TERPERCAYA = []
    for nomor in range(2):
        kirim(client, "/api/nilai", {}, HTTP_X_FORWARDED_FOR=f"203.0.113.{nomor}")
    r = kirim(client, "/api/nilai", {}, HTTP_X_FORWARDED_FOR="203.0.113.99")
    assert r.status_code == 429


def test_permintaan_sah_tetap_dijawab(client):
    from penilaian.api_mesin import CONTOH_PERMEN

    assert kirim(client, "/api/nilai", CONTOH_PERMEN).status_code == 200
    r = kirim(client, "/api/periksa-indikator", [{"teks": "Jumlah laporan", "target": "12"}])
    assert r.status_code == 200


json_bersarang = st.recursive(
    st.none() | st.integers() | st.text(alphabet='[]{}"\\ab', max_size=5),
    lambda anak: (
        st.lists(anak, max_size=3) | st.dictionaries(st.text(max_size=3), anak, max_size=3)
    ),
    max_leaves=20,
)


def _dalam(nilai):
    if isinstance(nilai, list):
        return 1 + max(map(_dalam, nilai), default=0)
    if isinstance(nilai, dict):
        return 1 + max(map(_dalam, nilai.values()), default=0)
    return 0


@given(json_bersarang)
def test_kedalaman_sama_dengan_struktur_json(nilai):
    assert kedalaman(json.dumps(nilai).encode()) == _dalam(nilai)


def test_batas_kedalaman_cukup_untuk_daftar_dokumen():
    from penilaian.api_mesin import CONTOH_PERMEN

    assert kedalaman(json.dumps([CONTOH_PERMEN]).encode()) < MAKS_KEDALAMAN
