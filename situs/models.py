from django.conf import settings
from django.db import models
from django.utils import timezone
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


class SurelKeluar(models.Model):
    """The outbox: every email the site sends is a row here first, sent by a background task.

    Nothing is lost silently: a failed send keeps the error and the attempt count, is retried by
    ``situs.surel.kirim_ulang_gagal`` (the schedule command) and stays visible to the
    administrator until it is sent or given up after ``SUREL_MAKS_PERCOBAAN`` attempts.
    """

    class Status(models.TextChoices):
        ANTRE = "antre", _("Dalam antrean")
        TERKIRIM = "terkirim", _("Terkirim")
        GAGAL = "gagal", _("Gagal (akan dicoba lagi)")
        MENYERAH = "menyerah", _("Gagal (tidak dicoba lagi)")

    kepada = models.EmailField(_("kepada"))
    subjek = models.CharField(_("subjek"), max_length=200)
    teks = models.TextField(_("isi (teks)"))
    html = models.TextField(_("isi (HTML)"), blank=True)
    jenis = models.CharField(
        _("jenis"), max_length=50, blank=True, help_text=_("Asal surel, mis. aktivasi.")
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.ANTRE, db_index=True
    )
    percobaan = models.PositiveSmallIntegerField(_("jumlah percobaan"), default=0)
    galat_terakhir = models.TextField(_("galat terakhir"), blank=True)
    dibuat_pada = models.DateTimeField(_("dibuat pada"), auto_now_add=True)
    dicoba_pada = models.DateTimeField(_("terakhir dicoba"), null=True, blank=True)
    terkirim_pada = models.DateTimeField(_("terkirim pada"), null=True, blank=True)

    class Meta:
        verbose_name = _("surel keluar")
        verbose_name_plural = _("surel keluar")
        ordering = ["-dibuat_pada"]

    def __str__(self) -> str:
        return f"{self.subjek} → {self.kepada}"


class AktivasiAkun(models.Model):
    """One issued activation secret of an employee's login: the one-time code of a printed
    letter or the token of an emailed link. Only a keyed hash of the secret is stored (the
    code is shown once, in the letter). Issuing a new one cancels the earlier ones; using one
    marks it used. See ``situs.aktivasi``."""

    class Jalur(models.TextChoices):
        SUREL = "surel", _("Tautan lewat surel")
        SURAT = "surat", _("Surat aktivasi dengan kode")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("akun"),
        on_delete=models.CASCADE,
        related_name="aktivasi",
    )
    jalur = models.CharField(_("jalur"), max_length=10, choices=Jalur.choices)
    rahasia_hash = models.CharField(_("hash rahasia"), max_length=64, unique=True)
    dibuat_pada = models.DateTimeField(_("dibuat pada"), default=timezone.now)
    kedaluwarsa_pada = models.DateTimeField(_("berlaku sampai"))
    dipakai_pada = models.DateTimeField(_("dipakai pada"), null=True, blank=True)
    dibatalkan_pada = models.DateTimeField(_("dibatalkan pada"), null=True, blank=True)
    dibuat_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("diterbitkan oleh"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("aktivasi akun")
        verbose_name_plural = _("aktivasi akun")
        ordering = ["-dibuat_pada"]

    def __str__(self) -> str:
        return f"{self.user} ({self.get_jalur_display()}, {self.dibuat_pada:%Y-%m-%d})"
