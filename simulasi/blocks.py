"""The lesson block that embeds a simulator case in a ``PelajaranPage`` (kursus adds it to its
``BLOK_PELAJARAN`` list as ``("kasus_simulasi", KasusSimulasiBlock())``)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock


class KasusSimulasiBlock(blocks.StructBlock):
    kasus = SnippetChooserBlock("simulasi.KasusSimulasi", label=_("Kasus simulasi"))
    pengantar = blocks.TextBlock(
        label=_("Pengantar"),
        required=False,
        help_text=_("Satu-dua kalimat: apa yang dilatih kasus ini dalam pelajaran."),
    )
    label_tombol = blocks.CharBlock(
        label=_("Teks tombol"), required=False, default="Kerjakan kasus ini di simulator"
    )

    class Meta:
        icon = "clipboard-list"
        template = "blocks/kasus_simulasi.html"
        label = _("Kasus simulasi")
        description = _("Ringkasan satu kasus simulator dengan tautan untuk mengerjakannya.")
        preview_value = {
            "pengantar": "Latih penulisan indikator untuk layanan PATEN.",
            "label_tombol": "Kerjakan kasus ini di simulator",
        }

    def clean(self, value):
        value = super().clean(value)
        kasus = value.get("kasus")
        if kasus is not None and not kasus.live:
            raise ValidationError(
                _("Kasus “%(judul)s” masih draf; terbitkan dulu sebelum dipasang di pelajaran.")
                % {"judul": kasus.judul}
            )
        return value
