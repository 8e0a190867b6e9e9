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
        from .selectors import hasil_peserta

        context = super().get_context(value, parent_context=parent_context)
        request = (parent_context or {}).get("request")
        kuis = value.get("kuis")
        user = getattr(request, "user", None)
        hasil_kuis = (parent_context or {}).get("hasil_kuis")
        if kuis is not None and hasil_kuis is not None:
            # The lesson page read every quiz result of the lesson in one query.
            context["hasil"] = hasil_kuis.get(kuis.pk)
        elif kuis is not None and user is not None and user.is_authenticated:
            context["hasil"] = hasil_peserta(kuis=kuis, user=user)
        return context
