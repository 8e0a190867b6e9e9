"""Display helpers for the engine's JSON result (keys → Indonesian labels, decimal comma)."""

from django import template
from django.utils.formats import number_format

from penilaian.models import BERAKHLAK, Rating

register = template.Library()
_BERAKHLAK = dict(BERAKHLAK)


@register.filter
def label_rating(nilai) -> str:
    try:
        return Rating(nilai).label
    except ValueError:
        return nilai or "—"


@register.filter
def label_berakhlak(kunci) -> str:
    return _BERAKHLAK.get(kunci, kunci)


@register.filter
def angka(nilai) -> str:
    """2 decimals with the Indonesian decimal comma; "—" for null."""
    if nilai is None or nilai == "":
        return "—"
    return number_format(nilai, 2, use_l10n=True)
