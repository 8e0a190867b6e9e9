"""Issue 19 item 14: the OpenAPI schema says exactly what the API accepts.

schemathesis generates requests from /api/openapi.json (the app in-process, through WSGI)
and runs every check it has on each answer: no 5xx, schema-valid requests accepted,
schema-invalid ones refused, status codes, content types and bodies as documented.
"""

import jsonschema_rs
import pytest
import schemathesis
from django.core.wsgi import get_wsgi_application
from django.db import connection
from hypothesis import HealthCheck
from hypothesis import settings as hsettings
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi.checks import positive_data_acceptance

from penilaian.api_mesin import CONTOH_DISTRIBUSI, CONTOH_PERMEN, CONTOH_PP46
from penilaian.mesin.angka import ubah_angka

RHK = CONTOH_PERMEN["rhk"][0]
# 413 (body over 64 KiB) is a refusal too; schemathesis' default list of refusals lacks it.
KONFIGURASI = SchemathesisConfig.from_dict(
    {
        "checks": {
            "negative_data_rejection": {
                "expected-statuses": [400, 401, 403, 404, 405, 406, 409, 413, 415, 422, 428, 429]
            }
        }
    }
)
skema = schemathesis.openapi.from_wsgi(
    "/api/openapi.json", get_wsgi_application(), config=KONFIGURASI
)
CONTOH_PER_OPERASI = 100
PENGATURAN = hsettings(
    max_examples=CONTOH_PER_OPERASI,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


#: The fuzzing runs once, in .ci/run's SQLite pass: both endpoints score and check documents
#: with the pure engine and read nothing from the database.
hanya_sekali = pytest.mark.skipif(
    connection.vendor == "postgresql", reason="fuzzing API berjalan pada lintasan SQLite"
)


@pytest.fixture(autouse=True)
def _tanpa_batas_laju(settings):
    # The fuzzer sends hundreds of requests from one address; the limit has its own tests.
    settings.API_LAJU = None


@hanya_sekali
@pytest.mark.django_db
@skema.include(path="/api/periksa-indikator").parametrize()
@PENGATURAN
def test_periksa_indikator_sesuai_skema(case):
    case.call_and_validate()


def _skema_badan(client, path):
    dokumen = client.get("/api/openapi.json").json()
    return jsonschema_rs.Draft202012Validator(
        dokumen["paths"][path]["post"]["requestBody"]["content"]["application/json"]["schema"]
    )


@pytest.mark.parametrize(
    ("path", "badan", "sah", "status"),
    [
        # The issue's three cases: each now answered as the schema says.
        ("/api/periksa-indikator", [{"teks": "", "aspek": "biaya"}], False, 422),
        ("/api/nilai", [{"aturan": "permenpanrb-6-2022"}], False, 422),
        ("/api/periksa-indikator", [{"teks": "Jumlah laporan", "rhk_atasan": None}], True, 200),
        ("/api/nilai", [{**CONTOH_PERMEN, "rhk": [{**RHK, "rhk_atasan": None}]}], True, 200),
        ("/api/nilai", [CONTOH_PERMEN, CONTOH_PP46, CONTOH_DISTRIBUSI], True, 200),
        ("/api/nilai", [{**CONTOH_PERMEN, "kunci_lain": 1}], False, 422),
    ],
)
def test_contoh_issue_konsisten_dengan_skema(client, settings, path, badan, sah, status):
    settings.API_LAJU = None
    assert _skema_badan(client, path).is_valid(badan) is sah
    assert client.post(path, badan, content_type="application/json").status_code == status


def test_pola_teks_sama_dengan_aturan_kosong_mesin():
    """The schema's "not blank" pattern is the engine's ``str.strip()`` rule, character by
    character (surrogates aside: they are not text)."""
    import re

    from penilaian.api_pemeriksa import BUKAN_SPASI

    pola = re.compile(BUKAN_SPASI)
    for kode in range(0x110000):
        if not 0xD800 <= kode < 0xE000:
            assert (pola.search(chr(kode)) is None) == chr(kode).isspace(), hex(kode)


def _pelanggaran_antarkolom(dokumen, awalan: str = "") -> list[str]:
    """Paths where a document breaks one of the schema's two ``x-aturan-antarkolom`` rules,
    which compare two numbers and so cannot be written in JSON Schema: a range's min not above
    its maks, ambang_sesuai not above ambang_di_atas. Shapes that are not well-formed are left
    to the schema."""
    if type(dokumen) is not dict:
        return []

    def lebih(kecil, besar) -> bool:
        a, b = ubah_angka(kecil), ubah_angka(besar)
        return a is not None and b is not None and a > b

    jalur = []
    kebijakan = dokumen.get("kebijakan")
    if type(kebijakan) is dict and lebih(
        kebijakan.get("ambang_sesuai"), kebijakan.get("ambang_di_atas")
    ):
        jalur.append(f"{awalan}kebijakan.ambang_sesuai")
    daftar_rhk = dokumen.get("rhk")
    for i, rhk in enumerate(daftar_rhk if type(daftar_rhk) is list else ()):
        indikator = rhk.get("indikator") if type(rhk) is dict else None
        for j, iki in enumerate(indikator if type(indikator) is list else ()):
            target = iki.get("target") if type(iki) is dict else None
            if type(target) is dict and lebih(target.get("min"), target.get("maks")):
                jalur.append(f"{awalan}rhk[{i}].indikator[{j}].target.min")
    return jalur


@hanya_sekali
@pytest.mark.django_db
@skema.include(path="/api/nilai").parametrize()
@PENGATURAN
def test_nilai_sesuai_skema(case):
    """Every check on. A schema-valid document that breaks one of the two rules across fields
    (stated in the schema's words, not expressible in JSON Schema) is answered 422 naming
    exactly those fields; every other check still runs on it."""
    badan = case.body
    if type(badan) is list:
        jalur = [j for i, d in enumerate(badan) for j in _pelanggaran_antarkolom(d, f"[{i}].")]
    else:
        jalur = _pelanggaran_antarkolom(badan)
    if not jalur:
        case.call_and_validate()
        return
    respons = case.call()
    case.validate_response(respons, excluded_checks=[positive_data_acceptance])
    if case.meta.generation.mode.is_positive:
        assert respons.status_code == 422
        assert {m["loc"] for m in respons.json()["detail"]} == set(jalur)
