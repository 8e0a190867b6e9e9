"""The questions-and-answers page and the questions visitors send to it."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import BLOK_TANYA_JAWAB


class TanyaJawabPage(Page):
    pengantar = models.TextField(_("pengantar"), blank=True)
    isi = StreamField(BLOK_TANYA_JAWAB, verbose_name=_("tanya jawab"))

    content_panels = [*Page.content_panels, FieldPanel("pengantar"), FieldPanel("isi")]

    search_fields = [
        *Page.search_fields,
        index.SearchField("pengantar"),
        index.SearchField("isi"),
    ]

    parent_page_types = ["sosialisasi.SosialisasiIndexPage"]
    subpage_types: list[str] = []
    max_count = 1

    class Meta:
        verbose_name = _("tanya jawab")
        verbose_name_plural = _("tanya jawab")

    def get_context(self, request, *args, **kwargs):
        from ..forms import FormPertanyaan
        from ..selectors import pertanyaan_terjawab

        context = super().get_context(request, *args, **kwargs)
        context["pertanyaan_terjawab"] = pertanyaan_terjawab(halaman=self)
        context.setdefault("form_pertanyaan", FormPertanyaan())
        return context


class PertanyaanPengunjung(models.Model):
    """A question sent from the site; trainers answer (or refuse) it in the Wagtail admin and
    answered ones appear on the page. Name and e-mail are optional and never shown."""

    class Status(models.TextChoices):
        DIAJUKAN = "diajukan", _("Diajukan")
        DIJAWAB = "dijawab", _("Dijawab")
        DITOLAK = "ditolak", _("Ditolak")

    halaman = models.ForeignKey(
        TanyaJawabPage,
        verbose_name=_("halaman"),
        on_delete=models.CASCADE,
        related_name="pertanyaan_pengunjung",
    )
    pertanyaan = models.TextField(_("pertanyaan"), max_length=1000)
    nama = models.CharField(_("nama"), max_length=100, blank=True)
    email = models.EmailField(_("email"), blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DIAJUKAN
    )
    jawaban = models.TextField(_("jawaban"), blank=True)
    diajukan_pada = models.DateTimeField(_("diajukan pada"), auto_now_add=True)
    dijawab_pada = models.DateTimeField(_("dijawab pada"), null=True, blank=True)

    class Meta:
        verbose_name = _("pertanyaan pengunjung")
        verbose_name_plural = _("pertanyaan pengunjung")
        ordering = ["-diajukan_pada"]

    def __str__(self) -> str:
        return self.pertanyaan[:80]
