"""Numbers and targets written the Indonesian way: read them, and write them back.

Pure functions (no Django): the participant's forms, the live check and the result pages share
them, so "1.200", "3,5" and "80–90" mean the same everywhere.
"""

from __future__ import annotations

import re
from decimal import Decimal

from penilaian.mesin import format_ringkas

_RIBUAN = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$")  # 1.200 / 1.250.000,50
_KOMA = re.compile(r"^\d+(?:,\d+)?$")  # 12 / 3,5
_TITIK = re.compile(r"^\d+\.\d+$")  # 3.5 (not three digits after the dot: see _RIBUAN)


def baca_angka(teks: str) -> Decimal | None:
    """A non-negative number written the Indonesian way, or ``None`` when it is not one.

    Accepts "1.200" (thousands), "3,5" (decimal comma), "1.250.000,50", "3.5", an optional
    "Rp" prefix and a trailing "%"; rejects words, signs and empty text.
    """
    s = (teks or "").strip()
    s = re.sub(r"^rp\.?\s*", "", s, flags=re.IGNORECASE)
    s = re.sub(r"\s*(%|persen)$", "", s, flags=re.IGNORECASE).strip()
    if _RIBUAN.match(s):
        return Decimal(s.replace(".", "").replace(",", "."))
    if _KOMA.match(s):
        return Decimal(s.replace(",", "."))
    if _TITIK.match(s):
        return Decimal(s)
    return None


#: "80–90", "80-90", "80 s.d. 90", "80 s/d 90", "80 sampai 90", "80 sampai dengan 90", "80 hingga 90".
_RENTANG = re.compile(
    r"^(?P<min>.+?)\s*(?:–|—|-|s\.?\s?d\.?|s/d|sampai(?:\s+dengan)?|hingga)\s*(?P<maks>.+)$",
    re.IGNORECASE,
)


def baca_target(teks: str) -> Decimal | tuple[Decimal, Decimal] | None:
    """A target: one number (see :func:`baca_angka`), or a range ``(min, maks)`` written
    "80–90", "80-90", "80 s.d. 90" or "80 sampai 90" with Indonesian numbers on both sides
    ("1.200–1.500"); ``None`` when it is neither. The order of the bounds is not checked here.
    """
    angka = baca_angka(teks)
    if angka is not None:
        return angka
    cocok = _RENTANG.match((teks or "").strip())
    if cocok is None:
        return None
    bawah, atas = baca_angka(cocok["min"]), baca_angka(cocok["maks"])
    if bawah is None or atas is None:
        return None
    return bawah, atas


def angka_teks(angka: Decimal) -> str:
    return format(angka.normalize(), "f")


def target_mesin(target: Decimal | tuple[Decimal, Decimal]) -> str | dict[str, str]:
    """A read target in the engine's shape: decimal text, or ``{"min": …, "maks": …}``."""
    if isinstance(target, tuple):
        return {"min": angka_teks(target[0]), "maks": angka_teks(target[1])}
    return angka_teks(target)


def tulis_angka(nilai) -> str:
    """Decimal text written the Indonesian way, as few digits as needed: 1.200, 3,5."""
    return format_ringkas(Decimal(str(nilai)))


def tulis_target(target) -> str:
    """A stored target (decimal text or ``{"min", "maks"}``) as a participant writes it."""
    if isinstance(target, dict):
        return f"{tulis_angka(target['min'])}–{tulis_angka(target['maks'])}"
    return tulis_angka(target)
