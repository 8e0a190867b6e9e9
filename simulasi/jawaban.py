"""The one reader of a stored answer's RHK, for both answer formats.

An answer (a session draft, ``PercobaanSimulasi.jawaban``) keeps its first RHK in ``rhk`` and
``indikator``, as attempts always have; the second and third RHK, when written, are in
``rhk_tambahan: [{"rhk", "indikator"}, …]``. Attempts stored before that key existed have one
RHK and read the same way, so they need no data migration.
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _

#: RHK a participant may write in one attempt.
MAKS_RHK = 3


def daftar_rhk(jawaban: dict[str, Any]) -> list[dict[str, Any]]:
    """``[{"rhk", "indikator"}, …]`` in order: the first RHK, then ``rhk_tambahan``."""
    return [{"rhk": jawaban["rhk"], "indikator": jawaban["indikator"]}] + [
        {"rhk": r["rhk"], "indikator": r["indikator"]} for r in jawaban.get("rhk_tambahan") or []
    ]


def jawaban_dari(rhk: list[dict[str, Any]], **lain: Any) -> dict[str, Any]:
    """The stored form of an RHK list (inverse of ``daftar_rhk``); one RHK keeps the old shape."""
    jawaban = {"rhk": rhk[0]["rhk"], "indikator": rhk[0]["indikator"]}
    if len(rhk) > 1:
        jawaban["rhk_tambahan"] = [{"rhk": r["rhk"], "indikator": r["indikator"]} for r in rhk[1:]]
    return {**jawaban, **lain}


def nama_indikator(nomor_rhk: int, nomor: int, *, sebut_rhk: bool, awal: bool = True) -> str:
    """How messages and labels name an IKI (numbers from 1): "Indikator 2", or "RHK 2,
    indikator 1" when the RHK must be named; ``awal`` false for the middle of a sentence."""
    if sebut_rhk:
        return _("RHK %(r)s, indikator %(n)s") % {"r": nomor_rhk, "n": nomor}
    if awal:
        return _("Indikator %(n)s") % {"n": nomor}
    return _("indikator %(n)s") % {"n": nomor}


def nama_per_indikator(rhk: list[dict[str, Any]], *, awal: bool = True) -> list[str]:
    """``nama_indikator`` of every IKI of an RHK list, flattened in order; the RHK is named
    only when there is more than one."""
    return [
        nama_indikator(r, n, sebut_rhk=len(rhk) > 1, awal=awal)
        for r, isi in enumerate(rhk, start=1)
        for n in range(1, len(isi["indikator"]) + 1)
    ]
