from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from sosialisasi import selectors as sosialisasi


class HomePage(Page):
    """The site's home page: what the programme is and where to start."""

    pengantar = models.TextField(
        _("pengantar"),
        blank=True,
        help_text=_("Satu atau dua kalimat di bawah judul halaman."),
    )
    isi = StreamField(
        [
            (
                "judul",
                blocks.CharBlock(
                    form_classname="title",
                    icon="title",
                    label=_("Judul bagian"),
                    template="blocks/judul.html",
                ),
            ),
            (
                "paragraf",
                blocks.RichTextBlock(
                    features=["bold", "italic", "link", "ol", "ul"],
                    icon="pilcrow",
                    label=_("Paragraf"),
                    template="blocks/paragraf.html",
                ),
            ),
        ],
        blank=True,
        verbose_name=_("isi"),
    )

    content_panels = [*Page.content_panels, FieldPanel("pengantar"), FieldPanel("isi")]

    search_fields = [*Page.search_fields, index.SearchField("pengantar")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["kursus.KursusIndexPage", "sosialisasi.SosialisasiIndexPage"]
    max_count = 1

    class Meta:
        verbose_name = _("halaman beranda")
        verbose_name_plural = _("halaman beranda")

    def get_context(self, request, *args, **kwargs):
        """Beside the courses: the latest announcements (pinned first), the upcoming events
        and the FAQ's top questions (three queries; budget in tests/kinerja)."""
        context = super().get_context(request, *args, **kwargs)
        context["berita_terbaru"] = sosialisasi.berita_terbaru(jumlah=3)
        context["acara_mendatang"] = sosialisasi.acara_mendatang(jumlah=3)
        context["tanya_unggulan"] = sosialisasi.tanya_unggulan(jumlah=5)
        return context
