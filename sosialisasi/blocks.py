"""StreamField blocks of the questions-and-answers page: themes of questions, each answer
optionally linking the lesson or the regulation entry that settles it."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

CONTOH = {
    "pertanyaan": "Apakah beban kerja saya bertambah?",
    "jawaban": "<p>Di awal, menyusun SKP memang butuh waktu.</p>",
}


class TanyaJawabBlock(blocks.StructBlock):
    pertanyaan = blocks.CharBlock(label=_("Pertanyaan"), max_length=250)
    jawaban = blocks.RichTextBlock(
        label=_("Jawaban"), features=["bold", "italic", "link", "ol", "ul"]
    )
    pelajaran = blocks.PageChooserBlock(
        label=_("Pelajaran terkait"), page_type="kursus.PelajaranPage", required=False
    )
    regulasi = SnippetChooserBlock(
        "sosialisasi.Regulasi", label=_("Regulasi terkait"), required=False
    )
    unggulan = blocks.BooleanBlock(
        label=_("Tampilkan di beranda"), required=False, help_text=_("Pertanyaan teratas.")
    )

    class Meta:
        icon = "help"
        label = _("Tanya jawab")
        template = "blocks/sosialisasi_tanya_jawab.html"
        description = _("Satu pertanyaan dengan jawabannya.")
        preview_value = CONTOH

    def clean(self, value):
        value = super().clean(value)
        if not value.get("jawaban") or not value["jawaban"].source.strip():
            raise ValidationError(_("Jawaban wajib diisi."))
        return value


class TemaBlock(blocks.StructBlock):
    judul = blocks.CharBlock(label=_("Tema"), max_length=120)
    daftar = blocks.ListBlock(TanyaJawabBlock(), label=_("Pertanyaan"), min_num=1)

    class Meta:
        icon = "folder-open-inverse"
        label = _("Tema")
        template = "blocks/sosialisasi_tema.html"
        description = _("Sekelompok pertanyaan dengan satu tema.")
        preview_value = {"judul": "Beban kerja", "daftar": [CONTOH]}


BLOK_TANYA_JAWAB = [("tema", TemaBlock())]
