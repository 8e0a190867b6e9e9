"""The quiz block for lessons (appended to ``kursus.blocks.BLOK_PELAJARAN``)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock


class KuisBlock(blocks.StructBlock):
    """A quiz inside a lesson: its description, options and the participant's result, with a
    link to start or continue it (the quiz itself runs on its own pages, without JavaScript)."""

    kuis = SnippetChooserBlock("kursus.Kuis", label=_("Kuis"))
    pengantar = blocks.CharBlock(
        label=_("Pengantar"), required=False, help_text=_("Satu kalimat sebelum tombol kuis.")
    )

    class Meta:
        icon = "tasks"
        template = "blocks/kursus_kuis.html"
        label = _("Kuis")
        description = _("Kuis singkat dari bank soal; hasil peserta tampil di pelajaran.")
        preview_value = {"pengantar": "Uji pemahaman Anda tentang pelajaran ini."}

    def get_context(self, value, parent_context=None):
        # The lesson page reads the results of every quiz in the lesson in one query and
        # passes them in (kursus.kerangka.rakit_isi); without them (a block preview) no result.
        context = super().get_context(value, parent_context=parent_context)
        kuis = value.get("kuis")
        hasil_kuis = (parent_context or {}).get("hasil_kuis") or {}
        if kuis is not None:
            context["hasil"] = hasil_kuis.get(kuis.pk)
        return context
