"""Demo cases from the readable source files in ``simulasi/konten/`` (one TOML file per case).

Idempotent: cases are keyed by ``slug``; loading again brings every case back to its file.
"""

from __future__ import annotations

import tomllib
from decimal import Decimal
from pathlib import Path

from django.db import transaction

from .models import IndikatorModel, KasusSimulasi

KONTEN = Path(__file__).resolve().parent / "konten"

_KOLOM = (
    "judul",
    "jabatan",
    "unit_kerja",
    "tingkat",
    "rating_perilaku",
    "tampilkan_pp46",
    "minta_prediksi",
    "rhk_atasan",
    "rhk_model",
)


def baca_konten(folder: Path = KONTEN) -> list[dict]:
    """Every case file in name order, parsed."""
    return [
        tomllib.loads(berkas.read_text(encoding="utf-8"))
        for berkas in sorted(folder.glob("*.toml"))
    ]


@transaction.atomic
def muat(folder: Path = KONTEN) -> list[KasusSimulasi]:
    """Create or update every case of ``folder`` as published snippets with their indicators."""
    hasil = []
    for data in baca_konten(folder):
        nilai = {k: data[k] for k in _KOLOM}
        nilai["narasi"] = data["narasi"].strip()
        nilai["fakta_realisasi"] = data["fakta_realisasi"].strip()
        nilai["petunjuk"] = "\n".join(data.get("petunjuk", []))
        # Appraisal settings a case may carry (absent: a quantitative case, ratings proposed
        # by the engine, no unit leader, no jabatan fungsional).
        nilai["pendekatan"] = data.get("pendekatan", "kuantitatif")
        nilai["rating_hasil_kerja"] = data.get("rating_hasil_kerja", "")
        nilai["capaian_kinerja_organisasi"] = data.get("capaian_kinerja_organisasi", "")
        koefisien = data.get("koefisien_jf")
        nilai["koefisien_jf"] = Decimal(koefisien) if koefisien else None
        kasus, _ = KasusSimulasi.objects.update_or_create(
            slug=data["slug"], defaults={**nilai, "live": True}
        )
        IndikatorModel.objects.filter(kasus=kasus).delete()
        IndikatorModel.objects.bulk_create(
            IndikatorModel(
                kasus=kasus,
                sort_order=i,
                teks=iki["teks"],
                aspek=iki["aspek"],
                target=Decimal(iki["target"]),
                satuan=iki["satuan"],
                polaritas=iki.get("polaritas", ""),
                realisasi=Decimal(iki["realisasi"]),
            )
            for i, iki in enumerate(data["indikator"])
        )
        hasil.append(kasus)
    return hasil
