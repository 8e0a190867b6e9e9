"""Stored engine inputs become whole engine documents with exact JSON numbers.

Until now an evaluation stored what the engine was given without its ``aturan`` key, with
numbers as dot-decimal text ("13.5", "110.00"). The engine now reads text numbers the Indonesian
way (one reader for everything people type), where "1.125" means 1125. New documents carry JSON
numbers; old ones get their ``aturan`` and their numbers in a form that reads back as the same
Decimal digit for digit ("110.00" → "110,00"), so replaying a stored result is scoring the
stored document again and gives exactly the stored result, explanations included. Text that is
not a plain decimal (a qualitative expectation) stays text.

``dokumen_utuh`` and ``angka_utuh`` are used by the simulator's migration too.
"""

import re
from django.db import migrations

_DESIMAL = re.compile(r"-?\d+(?:\.\d+)?")
_KUNCI_ANGKA = {"target", "realisasi", "min", "maks", "ambang_di_atas", "ambang_sesuai",
                "koefisien", "bulan"}  # fmt: skip


def angka_utuh(nilai):
    """Dot-decimal text the old code wrote, in a form the engine reads as exactly the same
    Decimal, digit for digit (so a replay explains it exactly as before, "110,00" included):
    a whole number becomes a JSON number, a fraction the Indonesian text with a decimal comma
    ("13.50" → "13,50", "1.125" → "1,125"), which is never ambiguous. Anything else unchanged."""
    if isinstance(nilai, str) and _DESIMAL.fullmatch(nilai.strip()):
        teks = nilai.strip()
        return teks.replace(".", ",") if "." in teks else int(teks)
    return nilai


def _angka_dalam(obj):
    """Numbers under the known numeric keys, at any depth (targets, ranges, kegiatan…)."""
    if isinstance(obj, list):
        return [_angka_dalam(x) for x in obj]
    if isinstance(obj, dict):
        return {
            k: (angka_utuh(v) if k in _KUNCI_ANGKA and not isinstance(v, dict | list)
                else _angka_dalam(v))
            for k, v in obj.items()
        }  # fmt: skip
    return obj


def dokumen_utuh(masukan, aturan="permenpanrb-6-2022"):
    """An old stored input as the whole engine document the mappers build now: ``aturan`` first,
    ``pendekatan`` (kuantitatif unless stored) for 6/2022, optional keys that are null left out,
    numbers exact. An empty input (no result stored) stays empty; running it on a whole document
    changes nothing."""
    if not masukan:
        return masukan
    dokumen = {"aturan": masukan.get("aturan") or aturan}
    if dokumen["aturan"] == "permenpanrb-6-2022":
        dokumen["pendekatan"] = masukan.get("pendekatan") or "kuantitatif"
    for kunci, nilai in masukan.items():
        if kunci in dokumen or nilai is None:
            continue
        if kunci == "rhk":
            nilai = [_rhk(r) for r in nilai]
        dokumen[kunci] = _angka_dalam(nilai)
    return dokumen


def _rhk(rhk):
    hasil = {k: v for k, v in rhk.items() if v is not None or k == "indikator"}
    hasil["indikator"] = [
        {k: v for k, v in iki.items() if v is not None or k in ("target", "realisasi")}
        for iki in hasil.get("indikator") or []
    ]
    return hasil


def maju(apps, schema_editor):
    Evaluasi = apps.get_model("penilaian", "Evaluasi")
    for evaluasi in Evaluasi.objects.exclude(masukan_mesin={}).iterator(chunk_size=500):
        baru = dokumen_utuh(evaluasi.masukan_mesin)
        if baru != evaluasi.masukan_mesin:
            evaluasi.masukan_mesin = baru
            evaluasi.save(update_fields=["masukan_mesin"])


class Migration(migrations.Migration):
    dependencies = [("penilaian", "0007_evaluasi_status_diubah")]

    # Backwards: nothing to undo. The older code reads whole documents with JSON numbers too
    # (it passes them to the engine unchanged), so the rows stay valid either way.
    operations = [migrations.RunPython(maju, migrations.RunPython.noop)]
