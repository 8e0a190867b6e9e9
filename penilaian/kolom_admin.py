"""Admin listing columns shared by every app's Wagtail viewsets."""

from django.utils.text import capfirst
from wagtail.admin.ui.tables import Column

from .ekspor import ya_tidak


class KolomYaTidak(Column):
    """A boolean field in an admin listing as "Ya"/"Tidak": Wagtail's plain column prints
    Python's ``True``/``False``, and its ``BooleanColumn`` icon carries them as its title."""

    def get_value(self, instance):
        nilai = super().get_value(instance)
        return "–" if nilai is None else ya_tidak(bool(nilai))


def kolom_ya_tidak(model, nama: str) -> KolomYaTidak:
    """The column for ``model.nama``, labelled with the field's (translated) verbose name and
    sortable by it."""
    bidang = model._meta.get_field(nama)
    return KolomYaTidak(nama, label=capfirst(bidang.verbose_name), sort_key=nama)
