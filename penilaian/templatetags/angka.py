"""The one way templates write numbers: as people write them (``format_ringkas``: 1.250; 96,7)
or as a result with two decimals (``format_hasil``: 1.234,50). Load with ``{% load angka %}``."""

from decimal import Decimal, InvalidOperation

from django import template

from penilaian.mesin import format_hasil, format_ringkas

register = template.Library()

KOSONG = "—"


def _desimal(nilai) -> Decimal | None:
    """A number from a model (Decimal, int), an engine result (float: exact through repr) or
    stored decimal text; ``None`` when it is not a finite number."""
    if isinstance(nilai, bool):
        return None
    if isinstance(nilai, Decimal):
        return nilai if nilai.is_finite() else None
    try:
        angka = Decimal(str(nilai))
    except (InvalidOperation, ValueError):
        return None
    return angka if angka.is_finite() else None


@register.filter
def ringkas(nilai) -> str:
    """A target, realisation or count as people write it: 1.200, 97,5; a range
    ``{"min", "maks"}`` as 80–90; "—" when empty."""
    if isinstance(nilai, dict):
        return f"{ringkas(nilai.get('min'))}–{ringkas(nilai.get('maks'))}"
    if nilai is None or nilai == "":
        return KOSONG
    angka = _desimal(nilai)
    return format_ringkas(angka) if angka is not None else str(nilai)


@register.filter
def angka(nilai) -> str:
    """A computed result with two decimals and the decimal comma: 1.234,50; "—" when empty."""
    if nilai is None or nilai == "":
        return KOSONG
    d = _desimal(nilai)
    return format_hasil(d) if d is not None else str(nilai)
