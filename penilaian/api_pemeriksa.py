"""``POST /api/periksa-indikator``: pemeriksa indikator lewat HTTP (satu item atau daftar).

Badan permintaan dibaca sendiri (bukan lewat skema pydantic) agar pesan kesalahan berbahasa
Indonesia dan menyebut kolomnya persis (``[2].teks``), sama dengan perintah
``periksa_indikator``. Skema di bawah hanya untuk dokumentasi OpenAPI; jawaban dikirim sebagai
``JsonResponse`` langsung supaya pemeriksaan satu indikator tetap di bawah beberapa milidetik.
"""

from __future__ import annotations

from typing import Any, Literal

from django.http import HttpRequest, JsonResponse
from ninja import Field, Router, Schema

from penilaian.api_batas import MAKS_ITEM, MAKS_TEKS, BatasTerlampaui, baca_json
from penilaian.mesin.pemeriksa import ItemTidakValid, periksa_json

router = Router(tags=["pemeriksa indikator"])


# The request schema says exactly what ``periksa_json`` and ``penilaian.api_batas`` accept,
# so that a schema-valid request is answered 200 and a schema-invalid one 4xx (checked by
# schemathesis in tests/keamanan/test_skema_api.py): every text up to MAKS_TEKS characters,
# "teks" with at least one non-space character, optional columns nullable, other keys
# ignored, at most MAKS_ITEM items and MAKS_KEDALAMAN levels.
_TEKS = {"type": "string", "maxLength": MAKS_TEKS}
#: A character that is not whitespace as Python's ``str.strip()`` sees it (the engine's
#: "blank" rule), written so ECMA and Python regular expressions read it the same way.
BUKAN_SPASI = (
    "[^\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]"
)
_OBJEK = {"type": "object", "propertyNames": {"maxLength": MAKS_TEKS}}
_BATAS = {"anyOf": [{"type": "null"}, _TEKS, {"type": "number"}]}
_RENTANG = {
    **_OBJEK,
    "required": ["min", "maks"],
    "properties": {"min": _BATAS, "maks": _BATAS},
}
_ITEM = {
    **_OBJEK,
    "description": (
        'Indikator (`teks` wajib), atau RHK saja: `{"rhk": "…"}` tanpa `teks` memeriksa RHK '
        "sebagai rumusan hasil kerja (bukan kegiatan, tidak kabur)."
    ),
    "anyOf": [
        {"required": ["teks"], "properties": {"teks": {**_TEKS, "pattern": BUKAN_SPASI}}},
        {
            "required": ["rhk"],
            "properties": {"teks": {"type": "null"}, "rhk": {**_TEKS, "pattern": BUKAN_SPASI}},
        },
    ],
    "properties": {
        "teks": {
            "anyOf": [{"type": "null"}, {**_TEKS, "pattern": BUKAN_SPASI}],
            "example": "Jumlah kegiatan posyandu yang terlaksana",
        },
        "target": {
            "anyOf": [{"type": "null"}, _TEKS, {"type": "number"}, _RENTANG],
            "example": "12 kegiatan",
            "description": 'teks ("95 %", "Rp 2.500.000"), angka, atau rentang',
        },
        "satuan": {
            "anyOf": [{"type": "null"}, _TEKS],
            "description": '"%", "persen", "dokumen", …',
        },
        "aspek": {"enum": [None, "kuantitas", "kualitas", "waktu", "biaya"]},
        "polaritas": {
            "enum": [None, "naik", "turun"],
            "description": "bila diisi dan bertentangan dengan rumusan: POLARITAS_BERTENTANGAN",
        },
        "rhk": {"anyOf": [{"type": "null"}, _TEKS]},
        "rhk_atasan": {"anyOf": [{"type": "null"}, _TEKS]},
    },
}


class TemuanSkema(Schema):
    kode: Literal[
        "BUKAN_HASIL",
        "TANPA_UKURAN",
        "KATA_KABUR",
        "TANPA_TARGET",
        "SATUAN_TIDAK_SESUAI",
        "POLARITAS_BERTENTANGAN",
        "TARGET_TIDAK_REALISTIS",
        "TANPA_WAKTU",
        "TIDAK_SELARAS",
    ]
    kriteria: Literal["spesifik", "terukur", "dapat_dicapai", "relevan", "berbatas_waktu"]
    blokir: bool
    pemicu: str
    pesan: str
    saran: str


class KriteriaSkema(Schema):
    spesifik: int
    terukur: int
    dapat_dicapai: int
    relevan: int
    berbatas_waktu: int


class RumusanSkema(Schema):
    """Satu rumusan pengganti yang layak; untuk RHK hanya ``teks`` yang terisi."""

    teks: str
    satuan: str | None
    polaritas: Literal["naik", "turun"] | None
    aspek: Literal["kuantitas", "kualitas", "waktu", "biaya"] | None


class HasilSkema(Schema):
    teks: str
    layak: bool
    skor: int
    kriteria: KriteriaSkema
    temuan: list[TemuanSkema]
    polaritas_usulan: Literal["naik", "turun"] | None = Field(
        description="dibaca dari apa yang dihitung; null bila rumusan tidak menentukan"
    )
    alasan_polaritas: str = Field(description="kata yang menentukan polaritas usulan")
    rumusan_usulan: RumusanSkema | None = Field(
        description="null bila sudah layak; selain itu satu rumusan utuh yang layak"
    )
    jenis: Literal["iki", "rhk"]


class MasalahSkema(Schema):
    loc: str
    msg: str


class GalatSkema(Schema):
    detail: list[MasalahSkema]


def _galat(status: int, loc: str, msg: str) -> JsonResponse:
    return JsonResponse({"detail": [{"loc": loc, "msg": msg}]}, status=status)


@router.post(
    "/periksa-indikator",
    response={
        200: HasilSkema | list[HasilSkema],
        400: GalatSkema,
        413: GalatSkema,
        422: GalatSkema,
        429: GalatSkema,
    },
    summary="Periksa keterukuran indikator kinerja individu (IKI)",
    description=(
        "Kirim satu item indikator atau daftar item (paling banyak "
        f"{MAKS_ITEM}). Jawaban: hasil pemeriksaan SMART berbentuk sama, berurutan seperti "
        "masukan. Item berbentuk salah dijawab 422 dengan lokasi kolomnya, misalnya "
        '`{"detail": [{"loc": "[2].teks", "msg": "…"}]}`.'
    ),
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {
                    "schema": {
                        "oneOf": [_ITEM, {"type": "array", "items": _ITEM, "maxItems": MAKS_ITEM}]
                    },
                }
            },
        }
    },
)
def periksa_indikator(request: HttpRequest) -> Any:
    try:
        data = baca_json(request)
    except BatasTerlampaui as e:
        return e.respons()
    try:
        hasil = periksa_json(data)
    except ItemTidakValid as e:
        return _galat(422, e.lokasi, e.pesan)
    return JsonResponse(hasil, safe=False, json_dumps_params={"ensure_ascii": False})
