"""Targets as participants type them, and numbers written back as people write them.

The numbers themselves are read by the engine's one reader (``penilaian.mesin.baca_angka``);
this module only adds the simulator's target ranges ("80–90") and writes stored numbers back
(``format_ringkas``).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from penilaian.mesin import AngkaTidakSah, angka_json, baca_angka, format_ringkas
from penilaian.mesin.angka import ubah_angka

__all__ = ["baca_target", "target_json", "tulis_angka", "tulis_target"]

#: "80–90", "80 - 90", "80 s.d. 90", "80 s/d 90", "80 sampai 90", "80 sampai dengan 90",
#: "80 hingga 90". A hyphen separates a range only with a number on both sides; a leading
#: "-" is a minus sign, which the number rules then refuse.
_RENTANG = re.compile(
    r"^(?P<min>[^\s–—-].*?)\s*(?:–|—|-|s\.?\s?d\.?|s/d|sampai(?:\s+dengan)?|hingga)\s*"
    r"(?P<maks>.+)$",
    re.IGNORECASE,
)


def baca_target(teks: str) -> Decimal | tuple[Decimal, Decimal]:
    """A target: one number, or a range ``(min, maks)`` with a number on each side, both read
    by ``baca_angka``; ``AngkaTidakSah`` (with how to write it) otherwise. The order of the
    bounds is not checked here."""
    try:
        return baca_angka(teks)
    except AngkaTidakSah as galat_angka:
        cocok = _RENTANG.match((teks or "").strip())
        if cocok is None:
            raise galat_angka from None
    try:
        return baca_angka(cocok["min"]), baca_angka(cocok["maks"])
    except AngkaTidakSah as e:
        raise AngkaTidakSah(
            f"rentang '{teks.strip()}': {e}; tulis rentang seperti 80–90 atau 1.200–1.500"
        ) from None


def target_json(target: Decimal | tuple[Decimal, Decimal]) -> Any:
    """A read target as stored in an answer and an engine document: a JSON number, or
    ``{"min": …, "maks": …}``."""
    if isinstance(target, tuple):
        return {"min": angka_json(target[0]), "maks": angka_json(target[1])}
    return angka_json(target)


def tulis_angka(nilai: Any) -> str:
    """A stored number (JSON number, ``Decimal``) as people write it: 1.200, 3,5."""
    angka = nilai if isinstance(nilai, Decimal) else ubah_angka(nilai)
    return format_ringkas(angka) if angka is not None else str(nilai)


def tulis_target(target: Any) -> str:
    """A stored target (a number or ``{"min", "maks"}``) as a participant writes it."""
    if isinstance(target, dict):
        return f"{tulis_angka(target['min'])}–{tulis_angka(target['maks'])}"
    return tulis_angka(target)
