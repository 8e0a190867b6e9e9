"""Stored attempts: whole engine documents and answers with exact JSON numbers.

The same normalisation as penilaian 0008 (see there for why): the PermenPANRB 6/2022 and the
PP 46/2011 inputs become whole documents, and the numbers of the stored answer (targets, ranges,
realisations) become JSON numbers, so "1.125" written by the old code is never read as 1125.
"""

import importlib

from django.db import migrations

_penilaian = importlib.import_module("penilaian.migrations.0008_dokumen_mesin_utuh")


def _jawaban(jawaban):
    baru = dict(jawaban)
    for kunci in ("indikator",):
        if isinstance(baru.get(kunci), list):
            baru[kunci] = _penilaian._angka_dalam(baru[kunci])
    if isinstance(baru.get("rhk_tambahan"), list):
        baru["rhk_tambahan"] = _penilaian._angka_dalam(baru["rhk_tambahan"])
    return baru


def maju(apps, schema_editor):
    Percobaan = apps.get_model("simulasi", "PercobaanSimulasi")
    for p in Percobaan.objects.iterator(chunk_size=500):
        masukan = _penilaian.dokumen_utuh(p.masukan_mesin)
        pp46 = _penilaian.dokumen_utuh(p.masukan_pp46, "pp46-2011") if p.masukan_pp46 else None
        jawaban = _jawaban(p.jawaban)
        if (masukan, pp46, jawaban) != (p.masukan_mesin, p.masukan_pp46, p.jawaban):
            p.masukan_mesin, p.masukan_pp46, p.jawaban = masukan, pp46, jawaban
            p.save(update_fields=["masukan_mesin", "masukan_pp46", "jawaban"])


class Migration(migrations.Migration):
    dependencies = [
        ("simulasi", "0001_initial"),
        ("penilaian", "0008_dokumen_mesin_utuh"),
    ]

    # Backwards: nothing to undo (the rows stay valid for the older code).
    operations = [migrations.RunPython(maju, migrations.RunPython.noop)]
