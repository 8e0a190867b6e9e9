"""Display helpers for the engine's JSON result (keys → Indonesian labels, decimal comma)."""

from decimal import Decimal, InvalidOperation

from django import template
from django.utils.formats import number_format

from penilaian.mesin import format_ringkas
from penilaian.models import BERAKHLAK, SKP, Rating

register = template.Library()
_BERAKHLAK = dict(BERAKHLAK)


@register.filter
def label_rating(nilai) -> str:
    try:
        return Rating(nilai).label
    except ValueError:
        return nilai or "—"


@register.filter
def label_status_skp(nilai) -> str:
    """The label of an SKP status: the same text as ``get_status_display`` at a fraction of its
    cost, which rebuilds the field's choices on every call (it shows per row of a table)."""
    try:
        return SKP.Status(nilai).label
    except ValueError:
        return nilai


@register.filter
def label_berakhlak(kunci) -> str:
    return _BERAKHLAK.get(kunci, kunci)


@register.filter
def angka(nilai) -> str:
    """2 decimals with the Indonesian decimal comma; "—" for null."""
    if nilai is None or nilai == "":
        return "—"
    return number_format(nilai, 2, use_l10n=True)


@register.filter
def ringkas(nilai) -> str:
    """A target as people write it: 1.200, 97,5; a range {"min", "maks"} as 1–2."""
    if isinstance(nilai, dict):
        return f"{ringkas(nilai.get('min'))}–{ringkas(nilai.get('maks'))}"
    if nilai is None or nilai == "":
        return "—"
    try:
        angka = Decimal(str(nilai))
    except InvalidOperation:
        return str(nilai)
    return format_ringkas(angka) if angka.is_finite() else str(nilai)
