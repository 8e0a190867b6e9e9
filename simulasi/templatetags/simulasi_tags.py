from django import template

from penilaian.templatetags.angka import angka, ringkas
from simulasi.models import Rating

register = template.Library()

_RATING = dict(Rating.choices)


@register.filter
def rating(nilai: str | None) -> str:
    """``di_atas_ekspektasi`` → “Di atas ekspektasi”."""
    return str(_RATING.get(nilai, nilai or "—"))


# The one number formatter of the site (two decimals, decimal comma).
register.filter("angka", angka)


# A stored target (a number or a range) as people write it: 1.200, 3,5, 80–90.
register.filter("target", ringkas)
