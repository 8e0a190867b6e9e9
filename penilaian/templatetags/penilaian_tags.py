"""Display helpers for the engine's JSON result (keys → Indonesian labels, decimal comma)."""

from django import template

from penilaian.models import BERAKHLAK, SKP, Rating

from .angka import angka, ringkas

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


# The number filters live in the ``angka`` library; registered here too for the templates
# that load only this one.
register.filter("angka", angka)
register.filter("ringkas", ringkas)


@register.filter
def dengan_id(field, akhiran) -> str:
    """Render a form field's widget with ``id="<name>-<akhiran>"``, for a form repeated once
    per row (one realisation form per IKI) so ids stay unique and labels point at the input."""
    return field.as_widget(attrs={"id": f"{field.html_name}-{akhiran}"})
