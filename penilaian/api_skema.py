"""The request schema of ``POST /api/nilai``: the engine documents' shapes, exactly as the
engine reads and validates them (``penilaian.mesin.aturan.*.masukan``, ``penilaian.api_batas``).

Built from the engine's own key sets and enums, so a key or a choice added to the engine
appears here without a second list. What it states, so that a document is valid under the
schema exactly when the engine accepts it:

* the three document kinds (PermenPANRB 6/2022 SKP, kuantitatif or kualitatif; its
  ``distribusi`` check; PP 46/2011), their required keys, the keys each object may have;
* the choices, and ``null`` only where the engine reads ``null`` as absent;
* numbers as JSON numbers or as number text the way ``baca_angka_json`` reads it (regular
  expressions below), with each field's range: not negative, above 0, 0–100, whole numbers,
  and the engine's magnitude (0, or between 10⁻¹⁵ and 10¹⁵);
* text not blank where the engine requires it (``str.strip()``'s whitespace);
* the rules across fields that JSON Schema can state: at least one RHK utama, a kualitatif SKP
  with ``rating_hasil_kerja`` or ``capaian_kinerja_organisasi``, target 0 only with polaritas
  turun (given, or the aspect's default), a PP 46 waktu realisation of 0 only for an activity
  not carried out.

Two rules compare two numbers and no JSON Schema keyword can: a range's ``min`` not above its
``maks``, ``ambang_sesuai`` not above ``ambang_di_atas``. The schema names them in
``x-aturan-antarkolom`` and in the descriptions, and the engine answers 422 with the field's
path (docs/keamanan.md, "Skema OpenAPI yang persis").
"""

from __future__ import annotations

from typing import Any

from penilaian.api_batas import MAKS_ITEM, MAKS_TEKS
from penilaian.api_pemeriksa import BUKAN_SPASI
from penilaian.mesin.aturan.permenpanrb_6_2022 import masukan as permen
from penilaian.mesin.aturan.permenpanrb_6_2022.tipe import POLARITAS_BAWAAN
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

# ------------------------------------------------------------------ number text (baca_angka_json)
# The engine strips whitespace (``str.strip()``), allows at most 60 characters, then reads
# Indonesian number text: comma decimal separator; dots between groups of exactly three digits;
# one dot not followed by exactly three digits as a decimal point; "1.250" (ambiguous) refused.
# Written for ECMA and Python regular expressions alike: ASCII digits spelled out ([0-9], not
# \d, which is Unicode in Python), the whitespace class spelled out.
_SPASI = BUKAN_SPASI.replace("[^", "[", 1)
_D = "[0-9]"
#: Decimal part after a dot: 1–2 digits or 4 and more (3 would be a thousands group).
_TITIK = rf"\.(?:{_D}{{1,2}}|{_D}{{4,}})"
_TITIK_NOL = r"\.(?:0{1,2}|0{4,})"
#: Zero in every spelling, any sign: "0", "-0", "0,00", "0.0".
_NOL = rf"[-+\u2212]?0+(?:,0+|{_TITIK_NOL})?"
#: Non-zero and within the engine's magnitude (10⁻¹⁵ ≤ |x| < 10¹⁵), without its sign.
_PECAHAN_KECIL_TITIK = (
    rf"\.(?:[1-9]|0[1-9]|[1-9]{_D}|[1-9]{_D}{{3,}}|0[1-9]{_D}{{2,}}|00[1-9]{_D}+"
    rf"|0{{3,14}}[1-9]{_D}*)"
)
_BUKAN_NOL = (
    rf"(?:0*[1-9]{_D}{{0,14}}(?:,{_D}+|{_TITIK})?"
    rf"|[1-9]{_D}{{0,2}}(?:(?:\.{_D}{{3}}){{2,4}}(?:,{_D}+)?|\.{_D}{{3}},{_D}+)"
    rf"|0+(?:,0{{0,14}}[1-9]{_D}*|{_PECAHAN_KECIL_TITIK}))"
)
#: Whole numbers above 0 within the magnitude, any zero decimals ("12", "12,0", "1.250.000").
_BULAT_BUKAN_NOL = (
    rf"(?:0*[1-9]{_D}{{0,14}}(?:,0+|{_TITIK_NOL})?"
    rf"|[1-9]{_D}{{0,2}}(?:(?:\.{_D}{{3}}){{2,4}}(?:,0+)?|\.{_D}{{3}},0+))"
)
#: Above 0 and at most 100.
_SAMPAI_SERATUS = (
    rf"(?:0*[1-9]{_D}?(?:,{_D}+|{_TITIK})?|0*100(?:,0+|{_TITIK_NOL})?"
    rf"|0+(?:,0{{0,14}}[1-9]{_D}*|{_PECAHAN_KECIL_TITIK}))"
)
#: Every number text the engine can read, whatever its sign and size.
_SEMBARANG = (
    rf"[-+\u2212]?(?:{_D}+(?:,{_D}+|{_TITIK})?"
    rf"|[1-9]{_D}{{0,2}}(?:(?:\.{_D}{{3}}){{2,}}(?:,{_D}+)?|\.{_D}{{3}},{_D}+))"
)


def _pola(inti: str) -> str:
    """Whole-text pattern: the number between whitespace (at most 60 characters: :data:`POLA_PANJANG`)."""
    return rf"^{_SPASI}*(?:{inti}){_SPASI}*$"


#: The engine's 60 characters, as a second pattern beside each number pattern (a lookahead
#: inside the pattern would say the same, but makes generators of valid text ten times slower).
POLA_PANJANG = rf"^{_SPASI}*{BUKAN_SPASI}{{1,60}}{_SPASI}*$"


POLA_NOL = _pola(_NOL)
POLA_TIDAK_NEGATIF = _pola(rf"{_NOL}|\+?{_BUKAN_NOL}")
POLA_POSITIF = _pola(rf"\+?{_BUKAN_NOL}")
POLA_NILAI_100 = _pola(rf"{_NOL}|\+?{_SAMPAI_SERATUS}")
POLA_BULAT_TIDAK_NEGATIF = _pola(rf"{_NOL}|\+?{_BULAT_BUKAN_NOL}")
POLA_BULAN = _pola(rf"\+?0*(?:[1-9]|1[0-2])(?:,0+|{_TITIK_NOL})?")
POLA_ANGKA = _pola(_SEMBARANG)

_NULL = {"type": "null"}
_TEKS = {"type": "string", "maxLength": MAKS_TEKS}
_TEKS_ISI = {**_TEKS, "pattern": BUKAN_SPASI}
_KETERANGAN_ANGKA = (
    'angka JSON, atau teks angka cara Indonesia ("9,12", "1.250.000", "1.250,5"; "9.12" juga '
    'dibaca desimal; "1.250" ditolak karena ambigu)'
)


def _teks_angka(pola: str) -> dict[str, Any]:
    return {**_TEKS, "pattern": pola, "allOf": [{"pattern": POLA_PANJANG}]}


def _angka(
    pola: str, *, json_: dict[str, Any], keterangan: str, nol: bool = True
) -> dict[str, Any]:
    """A number of one field: 0 (when ``nol``), a JSON number in ``json_``'s range, or text.

    The alternatives are flat (not a range inside a number type) so that generators of valid
    documents draw each directly instead of drawing any number and filtering."""
    return {
        "description": f"{keterangan}: {_KETERANGAN_ANGKA}",
        "anyOf": [*([{"const": 0}] if nol else []), {"type": "number", **json_}, _teks_angka(pola)],
    }


# 0, or between 10⁻¹⁵ and 10¹⁵: the engine's magnitude (penilaian.mesin.angka).
_KECIL, _BESAR = 1e-15, 1e15
_TIDAK_NEGATIF = _angka(
    POLA_TIDAK_NEGATIF,
    json_={"minimum": _KECIL, "exclusiveMaximum": _BESAR},
    keterangan="tidak negatif",
)
_POSITIF = _angka(
    POLA_POSITIF,
    json_={"minimum": _KECIL, "exclusiveMaximum": _BESAR},
    keterangan="lebih besar dari 0",
    nol=False,
)
_NILAI_100 = _angka(
    POLA_NILAI_100,
    json_={"minimum": _KECIL, "maximum": 100},
    keterangan="0 sampai 100",
)
_BULAT_TIDAK_NEGATIF = _angka(
    POLA_BULAT_TIDAK_NEGATIF,
    json_={"type": "integer", "minimum": 1, "exclusiveMaximum": _BESAR},
    keterangan="bilangan bulat tidak negatif",
)
_BULAN = _angka(
    POLA_BULAN,
    json_={"type": "integer", "minimum": 1, "maximum": 12},
    keterangan="bilangan bulat 1 sampai 12",
    nol=False,
)
_NOL_ANGKA = {"anyOf": [{"const": 0}, _teks_angka(POLA_NOL)]}
#: Kualitatif: a description in words, or a number (not negative, within the magnitude).
_URAIAN = {
    "description": (
        "uraian (teks bebas), atau angka tidak negatif; teks yang terbaca sebagai angka dibaca "
        "sebagai angka"
    ),
    "anyOf": [
        _TIDAK_NEGATIF,
        {**_TEKS, "not": _teks_angka(POLA_ANGKA)},
    ],
}


def _boleh_null(skema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [_NULL, skema]}


def _pilihan(enum, *, null: bool = True) -> dict[str, Any]:
    return {"enum": [None, *(a.value for a in enum)] if null else [a.value for a in enum]}


def _objek(
    kunci: frozenset[str], properti: dict[str, Any], wajib=(), **lain: Any
) -> dict[str, Any]:
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
        **lain,
    }


_ANTARKOLOM_RENTANG = "min tidak boleh lebih besar dari maks"
_RENTANG = _objek(
    permen.KUNCI_RENTANG,
    {"min": _TIDAK_NEGATIF, "maks": _TIDAK_NEGATIF},
    wajib=("min", "maks"),
    description=f"Rentang target; {_ANTARKOLOM_RENTANG} (422).",
    **{"x-aturan-antarkolom": [_ANTARKOLOM_RENTANG]},
)
_TURUN_BAWAAN = sorted(a.value for a, p in POLARITAS_BAWAAN.items() if p is Polaritas.TURUN)
_RENTANG_BUKAN_NOL = {**_RENTANG, "properties": {"min": _TIDAK_NEGATIF, "maks": _POSITIF}}


def _iki(kualitatif: bool) -> dict[str, Any]:
    properti = {
        "teks": _TEKS_ISI,
        "aspek": _pilihan(Aspek, null=False),
        "satuan": _boleh_null(_TEKS),
        "polaritas": _pilihan(Polaritas),
    }
    if kualitatif:
        return _objek(
            permen.KUNCI_IKI,
            properti
            | {
                "target": {"anyOf": [_NULL, _URAIAN, _RENTANG]},
                "realisasi": _boleh_null(_URAIAN),
            },
            wajib=("teks", "aspek"),
        )
    # Target 0 (a number, or a range whose maks is 0) only with polaritas turun, given or the
    # default of the aspect: three shapes, written out (rather than if/then) so that generators
    # of schema-valid documents build them directly.
    wajib = ("teks", "aspek", "target", "realisasi")
    sembarang_target = properti | {
        "target": {"anyOf": [_TIDAK_NEGATIF, _RENTANG]},
        "realisasi": _TIDAK_NEGATIF,
    }
    return {
        "anyOf": [
            _objek(
                permen.KUNCI_IKI,
                sembarang_target | {"target": {"anyOf": [_POSITIF, _RENTANG_BUKAN_NOL]}},
                wajib=wajib,
            ),
            _objek(
                permen.KUNCI_IKI,
                sembarang_target | {"polaritas": {"const": Polaritas.TURUN.value}},
                wajib=(*wajib, "polaritas"),
            ),
            _objek(
                permen.KUNCI_IKI,
                sembarang_target
                | {"polaritas": {"enum": [None]}, "aspek": {"enum": _TURUN_BAWAAN}},
                wajib=wajib,
            ),
        ]
    }


def _rhk(kualitatif: bool) -> dict[str, Any]:
    return _objek(
        permen.KUNCI_RHK,
        {
            "teks": _TEKS_ISI,
            "jenis": _pilihan(JenisRHK),
            "rhk_atasan": _boleh_null(_TEKS),
            "indikator": {"type": "array", "items": _iki(kualitatif), "minItems": 1},
            "rating": _pilihan(Rating),
        },
        wajib=("teks", "indikator"),
    )


_ANTARKOLOM_AMBANG = "ambang_sesuai tidak boleh lebih besar dari ambang_di_atas"
_KEBIJAKAN = _objek(
    permen.KUNCI_KEBIJAKAN,
    {"nama": _TEKS_ISI, "ambang_di_atas": _TIDAK_NEGATIF, "ambang_sesuai": _TIDAK_NEGATIF},
    wajib=("nama", "ambang_di_atas", "ambang_sesuai"),
    description=f"Kebijakan ambang rating; {_ANTARKOLOM_AMBANG} (422).",
    **{"x-aturan-antarkolom": [_ANTARKOLOM_AMBANG]},
)
_JF = _objek(
    permen.KUNCI_JF, {"koefisien": _POSITIF, "bulan": _BULAN}, wajib=("koefisien", "bulan")
)
_UTAMA = {"properties": {"jenis": {"enum": [None, JenisRHK.UTAMA.value]}}}


def _permen(kualitatif: bool) -> dict[str, Any]:
    lain: dict[str, Any] = {}
    if kualitatif:
        # The appraiser's rating, or the unit leader's organisation result it follows.
        lain["anyOf"] = [
            {
                "required": ["rating_hasil_kerja"],
                "properties": {"rating_hasil_kerja": _pilihan(Rating, null=False)},
            },
            {
                "required": ["capaian_kinerja_organisasi"],
                "properties": {
                    "capaian_kinerja_organisasi": _pilihan(CapaianOrganisasi, null=False)
                },
            },
        ]
    return _objek(
        permen.KUNCI_DOKUMEN,
        {
            "aturan": {"const": "permenpanrb-6-2022"},
            "pendekatan": (
                {"const": Pendekatan.KUALITATIF.value}
                if kualitatif
                else {"enum": [None, Pendekatan.KUANTITATIF.value]}
            ),
            "rhk": {
                "type": "array",
                "items": _rhk(kualitatif),
                "minItems": 1,
                "contains": _UTAMA,
            },
            "rating_hasil_kerja": _pilihan(Rating),
            "rating_perilaku": _pilihan(Rating, null=False),
            "kebijakan": _boleh_null(_KEBIJAKAN),
            "capaian_kinerja_organisasi": _pilihan(CapaianOrganisasi),
            "jabatan_fungsional": _boleh_null(_JF),
        },
        wajib=("aturan", "rhk", "rating_perilaku", *(("pendekatan",) if kualitatif else ())),
        title=f"SKP PermenPANRB 6/2022 ({'kualitatif' if kualitatif else 'kuantitatif'})",
        **lain,
    )


_DISTRIBUSI = {
    "title": "Pemeriksaan distribusi predikat (SE MenPANRB 3/2023)",
    "type": "object",
    "required": ["aturan", "distribusi"],
    "properties": {
        "aturan": {"const": "permenpanrb-6-2022"},
        "distribusi": {
            "type": "object",
            "required": ["capaian_kinerja_organisasi", "predikat"],
            "properties": {
                "capaian_kinerja_organisasi": _pilihan(CapaianOrganisasi, null=False),
                "predikat": {
                    "type": "array",
                    "minItems": 1,
                    "items": _pilihan(Predikat, null=False),
                },
            },
            "additionalProperties": False,
        },
    },
    "additionalProperties": False,
}


def _ukuran(target: dict[str, Any], realisasi: dict[str, Any] = _TIDAK_NEGATIF) -> dict[str, Any]:
    return _objek(
        pp46.KUNCI_UKURAN,
        {"target": target, "realisasi": realisasi, "satuan": _boleh_null(_TEKS)},
        wajib=("target", "realisasi"),
    )


def _kegiatan(**ukuran: dict[str, Any]) -> dict[str, Any]:
    return _objek(
        pp46.KUNCI_KEGIATAN,
        {
            "nama": _boleh_null(_TEKS),
            "kuantitas": _ukuran(_POSITIF),
            "kualitas": _ukuran(_POSITIF),
            "waktu": _ukuran(_POSITIF),
            "biaya": _boleh_null(_ukuran(_TIDAK_NEGATIF)),
        }
        | ukuran,
        wajib=("kuantitas", "kualitas", "waktu"),
    )


_PERILAKU = _objek(
    frozenset(pp46.ASPEK_PERILAKU),
    dict.fromkeys(pp46.ASPEK_PERILAKU, _NILAI_100) | {"kepemimpinan": _boleh_null(_NILAI_100)},
    wajib=[a for a in pp46.ASPEK_PERILAKU if a != "kepemimpinan"],
)
_PP46 = _objek(
    pp46.KUNCI_DOKUMEN,
    {
        "aturan": {"const": "pp46-2011"},
        "kegiatan": {
            "type": "array",
            "minItems": 1,
            # RW 0 only for an activity not carried out (RO 0): two shapes, written out.
            "items": {
                "anyOf": [
                    _kegiatan(waktu=_ukuran(_POSITIF, realisasi=_POSITIF)),
                    _kegiatan(kuantitas=_ukuran(_POSITIF, realisasi=_NOL_ANGKA)),
                ]
            },
        },
        "tugas_tambahan": _boleh_null(_BULAT_TIDAK_NEGATIF),
        # 0 (in any spelling) means none, as on the paper form; otherwise one of the levels.
        "kreativitas": {"anyOf": [_pilihan(Kreativitas), _NOL_ANGKA]},
        "perilaku": _boleh_null(_PERILAKU),
    },
    wajib=("aturan", "kegiatan"),
    title="SKP PP 46/2011",
)

DOKUMEN = {"oneOf": [_permen(False), _permen(True), _DISTRIBUSI, _PP46]}
PERMINTAAN = {"anyOf": [DOKUMEN, {"type": "array", "items": DOKUMEN, "maxItems": MAKS_ITEM}]}
