"""The section's index, announcements and the regulation library page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

FITUR_TEKS = ["h2", "h3", "bold", "italic", "link", "ol", "ul", "document-link"]


class SosialisasiIndexPage(Page):
    """The section's front page (slug ``sosialisasi``): announcements, pinned first, with a
    search and a tag filter; every other page of the section is its child."""

    pengantar = models.TextField(_("pengantar"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("pengantar")]

    search_fields = [*Page.search_fields, index.SearchField("pengantar")]

    parent_page_types = ["situs.HomePage"]
    subpage_types = [
        "sosialisasi.BeritaPage",
        "sosialisasi.TanyaJawabPage",
        "sosialisasi.AcaraPage",
        "sosialisasi.PustakaRegulasiPage",
        "sosialisasi.SurveiPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("indeks sosialisasi")
        verbose_name_plural = _("indeks sosialisasi")

    def get_context(self, request, *args, **kwargs):
        from ..selectors import konteks_indeks

        context = super().get_context(request, *args, **kwargs)
        context.update(konteks_indeks(indeks=self, params=request.GET))
        return context


class BeritaTag(TaggedItemBase):
    """The categories of an announcement (taggit tags: "pengumuman", "jadwal", …)."""

    content_object = ParentalKey(
        "sosialisasi.BeritaPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class BeritaPage(Page):
    """A news item or announcement. ``disematkan`` pins it above the others on the home page
    and the section's front page; its date is Wagtail's first publication date."""

    ringkasan = models.TextField(
        _("ringkasan"), max_length=300, help_text=_("Satu atau dua kalimat untuk daftar dan feed.")
    )
    gambar = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("gambar utama"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    isi = RichTextField(_("isi"), features=FITUR_TEKS)
    disematkan = models.BooleanField(
        _("sematkan"),
        default=False,
        help_text=_("Pengumuman yang disematkan tampil paling atas di beranda."),
    )
    tags = ClusterTaggableManager(through=BeritaTag, blank=True, verbose_name=_("kategori"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("ringkasan"),
        FieldPanel("gambar"),
        FieldPanel("isi"),
        MultiFieldPanel([FieldPanel("disematkan"), FieldPanel("tags")], heading=_("Tampilan")),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("ringkasan"),
        index.SearchField("isi"),
        index.FilterField("disematkan"),
    ]

    parent_page_types = ["sosialisasi.SosialisasiIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("berita")
        verbose_name_plural = _("berita")


class PustakaRegulasiPage(Page):
    """The regulation library: every published ``Regulasi`` entry, newest first."""

    pengantar = RichTextField(_("pengantar"), features=["bold", "italic", "link"], blank=True)

    content_panels = [*Page.content_panels, FieldPanel("pengantar")]

    search_fields = [*Page.search_fields, index.SearchField("pengantar")]

    parent_page_types = ["sosialisasi.SosialisasiIndexPage"]
    subpage_types: list[str] = []
    max_count = 1

    class Meta:
        verbose_name = _("pustaka regulasi")
        verbose_name_plural = _("pustaka regulasi")

    def get_context(self, request, *args, **kwargs):
        from ..selectors import daftar_regulasi

        context = super().get_context(request, *args, **kwargs)
        context["daftar_regulasi"] = daftar_regulasi()
        return context
