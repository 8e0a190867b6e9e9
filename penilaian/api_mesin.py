"""``POST /api/nilai``: mesin penilaian lewat HTTP untuk integrasi (django-ninja).

Badan permintaan dibaca sendiri dengan ``loads_desimal`` (bukan lewat model pydantic) agar
angka tetap ``Decimal`` eksak dari teks desimalnya; skema di dokumentasi OpenAPI hanya
menjelaskan bentuknya. Masukan tidak sah: 422 dengan pesan yang sama dengan baris perintah.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, JsonResponse
from ninja import Router, Schema

from penilaian.api_batas import BatasTerlampaui, baca_json
from penilaian.api_skema import PERMINTAAN
from penilaian.mesin import KesalahanValidasi, Masalah, nilai_json

router = Router(tags=["Mesin penilaian"])


class MasalahSkema(Schema):
    """Satu masalah masukan: jalur JSON dan pesannya."""

    loc: str
    msg: str


class Galat422(Schema):
    """Semua masalah masukan sekaligus."""

    detail: list[MasalahSkema]


CONTOH_PP46 = {
    "aturan": "pp46-2011",
    "kegiatan": [
        {
            "nama": "Menyusun laporan keuangan",
            "kuantitas": {"target": 1, "realisasi": 1, "satuan": "laporan"},
            "kualitas": {"target": 100, "realisasi": 90},
            "waktu": {"target": 12, "realisasi": 12, "satuan": "bulan"},
            "biaya": {"target": 170395000, "realisasi": 170395000},
        }
    ],
    "tugas_tambahan": 2,
    "kreativitas": "unit_kerja",
    "perilaku": {
        "orientasi_pelayanan": 80,
        "integritas": 85,
        "komitmen": 80,
        "disiplin": 90,
        "kerja_sama": 80,
    },
}
CONTOH_PERMEN = {
    "aturan": "permenpanrb-6-2022",
    "pendekatan": "kuantitatif",
    "rhk": [
        {
            "teks": "Meningkatnya ketepatan waktu layanan administrasi kependudukan",
            "jenis": "utama",
            "indikator": [
                {
                    "teks": "Persentase dokumen kependudukan selesai dalam 1 hari kerja",
                    "aspek": "kuantitas",
                    "target": 95,
                    "realisasi": 97,
                    "satuan": "%",
                },
                {
                    "teks": "Rata-rata waktu penyelesaian surat pengantar",
                    "aspek": "waktu",
                    "target": {"min": 1, "maks": 2},
                    "realisasi": 1.5,
                    "satuan": "hari",
                },
            ],
        }
    ],
    "rating_perilaku": "sesuai_ekspektasi",
    "kebijakan": {"nama": "Kebijakan Kecamatan 2026", "ambang_di_atas": 110, "ambang_sesuai": 90},
    "jabatan_fungsional": {"koefisien": 12.5, "bulan": 12},
}
CONTOH_DISTRIBUSI = {
    "aturan": "permenpanrb-6-2022",
    "distribusi": {
        "capaian_kinerja_organisasi": "baik",
        "predikat": ["Baik", "Sangat Baik", "Baik", "Butuh Perbaikan"],
    },
}
_OPENAPI = {
    "requestBody": {
        "required": True,
        "description": (
            "Satu dokumen atau daftar dokumen (paling banyak 100). Angka boleh angka JSON atau "
            'teks angka cara Indonesia ("9,12", "1.250.000"; "9.12" juga dibaca desimal). '
            "Skema menyatakan persis apa yang diterima mesin, termasuk rentang tiap angka, "
            "minimal satu RHK utama, target 0 hanya dengan polaritas turun, dan realisasi "
            "waktu 0 hanya untuk kegiatan yang tidak dilaksanakan; dua aturan yang "
            "membandingkan dua angka (min rentang tidak di atas maks, ambang_sesuai tidak di "
            "atas ambang_di_atas) tidak dapat ditulis dalam JSON Schema: tertulis di "
            "`x-aturan-antarkolom` dan dijawab 422 dengan jalur kolomnya."
        ),
        "content": {
            "application/json": {
                "schema": PERMINTAAN,
                "examples": {
                    "pp46-2011": {"value": CONTOH_PP46},
                    "permenpanrb-6-2022": {"value": CONTOH_PERMEN},
                    "distribusi": {"value": CONTOH_DISTRIBUSI},
                    "daftar": {"value": [CONTOH_PP46, CONTOH_PERMEN]},
                },
            }
        },
    },
    # Integer keys, as django-ninja writes the ones it derives from ``response=``: text keys
    # would be a second "200" in the JSON, which Swagger UI's parser refuses (blank page).
    "responses": {
        200: {
            "description": (
                "Hasil penilaian (satu hasil, atau daftar hasil seurutan masukan); angka "
                "dibulatkan 2 desimal; ``langkah`` berisi penjelasan hitungan."
            ),
        },
        422: {
            "description": "Masukan tidak sah: semua masalah dengan jalur JSON-nya.",
            "content": {
                "application/json": {
                    "example": {
                        "detail": [
                            {
                                "loc": "kegiatan[0].waktu.realisasi",
                                "msg": "harus lebih besar dari 0",
                            }
                        ]
                    }
                }
            },
        },
    },
}


def _galat(masalah: list[Masalah] | tuple[Masalah, ...]) -> JsonResponse:
    return JsonResponse({"detail": [{"loc": m.path, "msg": m.pesan} for m in masalah]}, status=422)


@router.post(
    "/nilai",
    response={200: Any, 413: Galat422, 422: Galat422, 429: Galat422},
    summary="Nilai dokumen SKP",
    description=(
        "Mesin yang sama dengan simulator, halaman penilaian dan `manage.py nilai`. "
        "`langkah=false` melewati penyusunan penjelasan (lebih cepat)."
    ),
    openapi_extra=_OPENAPI,
)
def nilai(request: HttpRequest, langkah: bool = True) -> JsonResponse:
    """Nilai badan permintaan JSON; 422 dengan semua masalah bila tidak sah."""
    try:
        data = baca_json(request, desimal=True, status_rusak=422)
    except BatasTerlampaui as e:
        return e.respons()
    try:
        hasil = nilai_json(data, langkah=langkah)
    except KesalahanValidasi as e:
        return _galat(e.masalah)
    return JsonResponse(hasil, safe=False, json_dumps_params={"ensure_ascii": False})
