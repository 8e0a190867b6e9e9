"""The request schema of ``POST /api/nilai``: the engine documents' shapes, as the engine reads
them (``penilaian.mesin.aturan.*.masukan``).

Built from the engine's own key sets and enums, so a key or a choice added to the engine
appears here without a second list. What it states: the three document kinds (PermenPANRB
6/2022 SKP, its ``distribusi`` check, PP 46/2011), their required keys, the keys each object
may have (the engine refuses others), the choices, numbers as JSON numbers or decimal text,
``null`` wherever the engine treats ``null`` as absent, and the limits of
``penilaian.api_batas``. What it cannot state is the engine's rules across fields (a range's
min not above its max, ambang_sesuai not above ambang_di_atas, target 0 only with polaritas
turun, a waktu realisation of 0 with a kuantitas realisation above 0): those are answered 422
with their JSON path, as the description says.
"""

from __future__ import annotations

from typing import Any

from penilaian.api_batas import MAKS_ITEM, MAKS_TEKS
from penilaian.mesin.aturan.permenpanrb_6_2022 import masukan as permen
from penilaian.mesin.aturan.pp46_2011 import masukan as pp46
from penilaian.mesin.tipe import (
    Aspek,
    CapaianOrganisasi,
    JenisRHK,
    Kreativitas,
    Pendekatan,
    Polaritas,
    Predikat,
    Rating,
)

_NULL = {"type": "null"}
_TEKS = {"type": "string", "maxLength": MAKS_TEKS}
#: A JSON number, or a number written as text ("9.12", "1.250,5").
_ANGKA = {"anyOf": [{"type": "number"}, _TEKS]}


def _boleh_null(skema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [_NULL, skema]}


def _pilihan(enum) -> dict[str, Any]:
    return {"enum": [None, *(anggota.value for anggota in enum)]}


def _objek(kunci: frozenset[str], properti: dict[str, Any], wajib=()) -> dict[str, Any]:
    """An object of exactly the engine's keys (``kunci``), each described in ``properti``."""
    if set(properti) != set(kunci):
        raise ValueError(
            f"skema API tidak sama dengan kunci mesin: {sorted(set(kunci) ^ set(properti))}"
        )
    return {
        "type": "object",
        "required": list(wajib),
        "properties": properti,
        "additionalProperties": False,
    }


_RENTANG = _objek(permen.KUNCI_RENTANG, {"min": _ANGKA, "maks": _ANGKA}, wajib=("min", "maks"))
_IKI = _objek(
    permen.KUNCI_IKI,
    {
        "teks": _TEKS,
        "aspek": _pilihan(Aspek),
        "target": {"anyOf": [_NULL, {"type": "number"}, _TEKS, _RENTANG]},
        "realisasi": _boleh_null(_ANGKA),
        "satuan": _boleh_null(_TEKS),
        "polaritas": _pilihan(Polaritas),
    },
    wajib=("teks", "aspek"),
)
_RHK = _objek(
    permen.KUNCI_RHK,
    {
        "teks": _TEKS,
        "jenis": _pilihan(JenisRHK),
        "rhk_atasan": _boleh_null(_TEKS),
        "indikator": {"type": "array", "items": _IKI, "minItems": 1},
        "rating": _pilihan(Rating),
    },
    wajib=("teks", "indikator"),
)
_PERMEN = _objek(
    permen.KUNCI_DOKUMEN,
    {
        "aturan": {"const": "permenpanrb-6-2022"},
        "pendekatan": _pilihan(Pendekatan),
        "rhk": {"type": "array", "items": _RHK, "minItems": 1},
        "rating_hasil_kerja": _pilihan(Rating),
        "rating_perilaku": _pilihan(Rating),
        "kebijakan": _boleh_null(
            _objek(
                permen.KUNCI_KEBIJAKAN,
                {"nama": _TEKS, "ambang_di_atas": _ANGKA, "ambang_sesuai": _ANGKA},
                wajib=("nama", "ambang_di_atas", "ambang_sesuai"),
            )
        ),
        "capaian_kinerja_organisasi": _pilihan(CapaianOrganisasi),
        "jabatan_fungsional": _boleh_null(
            _objek(
                permen.KUNCI_JF,
                {"koefisien": _ANGKA, "bulan": _ANGKA},
                wajib=("koefisien", "bulan"),
            )
        ),
    },
    wajib=("aturan", "rhk", "rating_perilaku"),
)
_DISTRIBUSI = {
    "type": "object",
    "required": ["aturan", "distribusi"],
    "properties": {
        "aturan": {"const": "permenpanrb-6-2022"},
        "distribusi": {
            "type": "object",
            "required": ["capaian_kinerja_organisasi", "predikat"],
            "properties": {
                "capaian_kinerja_organisasi": _pilihan(CapaianOrganisasi),
                "predikat": {
                    "type": "array",
                    "minItems": 1,
                    "items": {"enum": [p.value for p in Predikat]},
                },
            },
            "additionalProperties": False,
        },
    },
    "additionalProperties": False,
}
_UKURAN = _objek(
    pp46.KUNCI_UKURAN,
    {"target": _ANGKA, "realisasi": _ANGKA, "satuan": _boleh_null(_TEKS)},
    wajib=("target", "realisasi"),
)
_PP46 = _objek(
    pp46.KUNCI_DOKUMEN,
    {
        "aturan": {"const": "pp46-2011"},
        "kegiatan": {
            "type": "array",
            "minItems": 1,
            "items": _objek(
                pp46.KUNCI_KEGIATAN,
                {
                    "nama": _boleh_null(_TEKS),
                    "kuantitas": _UKURAN,
                    "kualitas": _UKURAN,
                    "waktu": _UKURAN,
                    "biaya": _boleh_null(_UKURAN),
                },
                wajib=("kuantitas", "kualitas", "waktu"),
            ),
        },
        "tugas_tambahan": _boleh_null(_ANGKA),
        # 0 (or "0") means none, as on the paper form; otherwise one of the levels.
        "kreativitas": {"anyOf": [_pilihan(Kreativitas), {"const": 0}, {"const": "0"}]},
        "perilaku": _boleh_null(
            _objek(
                frozenset(pp46.ASPEK_PERILAKU),
                dict.fromkeys(pp46.ASPEK_PERILAKU, _ANGKA) | {"kepemimpinan": _boleh_null(_ANGKA)},
                wajib=[a for a in pp46.ASPEK_PERILAKU if a != "kepemimpinan"],
            )
        ),
    },
    wajib=("aturan", "kegiatan"),
)

DOKUMEN = {"anyOf": [_PERMEN, _DISTRIBUSI, _PP46]}
PERMINTAAN = {"anyOf": [DOKUMEN, {"type": "array", "items": DOKUMEN, "maxItems": MAKS_ITEM}]}
