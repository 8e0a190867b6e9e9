from decimal import ROUND_HALF_UP, Decimal

from django import template

from simulasi.angka import tulis_target
from simulasi.models import Rating

register = template.Library()

_RATING = dict(Rating.choices)


@register.filter
def rating(nilai: str | None) -> str:
    """``di_atas_ekspektasi`` → “Di atas ekspektasi”."""
    return str(_RATING.get(nilai, nilai or "—"))


@register.filter
def angka(nilai) -> str:
    """A stored engine number (2 decimals) written the Indonesian way: 1.234,50."""
    if nilai is None or nilai == "":
        return "—"
    d = Decimal(str(nilai)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    bulat, _, pecahan = f"{d:,.2f}".partition(".")
    return f"{bulat.replace(',', '.')},{pecahan}"


@register.filter
def target(nilai) -> str:
    """A stored target as people write it: 1.200, 3,5; a range {"min", "maks"} as 80–90."""
    if nilai is None or nilai == "":
        return "—"
    return tulis_target(nilai)
