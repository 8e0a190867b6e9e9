"""Events (sosialisasi and bimtek sessions), their registrations and the check-in code.

Dates are stored aware (UTC in the database) and shown in Asia/Jakarta (TIME_ZONE). One
``AcaraPage`` is one session; its check-in code lives in ``KodeHadir``, outside the page, so
that publishing a new revision of the page never changes the code the organiser printed."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from .halaman import FITUR_TEKS


class TempatAcara(models.TextChoices):
    KANTOR_KECAMATAN = "kantor_kecamatan", _("Kantor Kecamatan Cipocok Jaya")
    AULA_KELURAHAN = "aula_kelurahan", _("Aula kelurahan")
    DARING = "daring", _("Daring (tautan rapat)")


class AcaraPage(Page):
    """A sosialisasi or bimtek session with a capacity and a waiting list."""

    class Jenis(models.TextChoices):
        SOSIALISASI = "sosialisasi", _("Sosialisasi")
        BIMTEK = "bimtek", _("Bimbingan teknis")

    jenis = models.CharField(_("jenis"), max_length=20, choices=Jenis.choices)
    ringkasan = models.TextField(_("ringkasan"), max_length=300)
    mulai = models.DateTimeField(_("mulai"))
    selesai = models.DateTimeField(_("selesai"))
    tempat = models.CharField(_("tempat"), max_length=20, choices=TempatAcara.choices)
    nama_tempat = models.CharField(
        _("nama tempat"),
        max_length=200,
        blank=True,
        help_text=_("Misalnya “Aula Kelurahan Dalung” atau ruang rapat di kantor kecamatan."),
    )
    tautan_daring = models.URLField(
        _("tautan rapat daring"),
        blank=True,
        help_text=_("Hanya ditampilkan kepada peserta yang terdaftar."),
    )
    kapasitas = models.PositiveIntegerField(
        _("kapasitas"), help_text=_("Jumlah kursi; pendaftar berikutnya masuk daftar tunggu.")
    )
    isi = RichTextField(_("isi"), features=FITUR_TEKS, blank=True)
    materi = StreamField(
        [
            (
                "dokumen",
                DocumentChooserBlock(
                    label=_("Dokumen"), icon="doc-full", template="blocks/sosialisasi_dokumen.html"
                ),
            ),
            (
                "tautan",
                blocks.StructBlock(
                    [
                        ("judul", blocks.CharBlock(label=_("Judul"))),
                        ("url", blocks.URLBlock(label=_("Alamat"))),
                    ],
                    label=_("Tautan"),
                    icon="link",
                    template="blocks/sosialisasi_tautan.html",
                ),
            ),
        ],
        blank=True,
        verbose_name=_("materi"),
        help_text=_("Ditampilkan setelah acara selesai."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("jenis"),
        FieldPanel("ringkasan"),
        FieldRowPanel([FieldPanel("mulai"), FieldPanel("selesai")], heading=_("Waktu (WIB)")),
        MultiFieldPanel(
            [FieldPanel("tempat"), FieldPanel("nama_tempat"), FieldPanel("tautan_daring")],
            heading=_("Tempat"),
        ),
        # IsianBulat, like every number in the admin (penilaian.isian): never the browser's number input type.
        FieldPanel("kapasitas"),
        FieldPanel("isi"),
        FieldPanel("materi"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("ringkasan"),
        index.SearchField("isi"),
        index.FilterField("mulai"),
    ]

    parent_page_types = ["sosialisasi.SosialisasiIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("acara")
        verbose_name_plural = _("acara")

    def clean(self):
        from django.core.exceptions import ValidationError

        super().clean()
        if self.mulai and self.selesai and self.selesai <= self.mulai:
            raise ValidationError({"selesai": _("Waktu selesai harus setelah waktu mulai.")})
        if self.tempat == TempatAcara.DARING and not self.tautan_daring:
            raise ValidationError({"tautan_daring": _("Acara daring memerlukan tautan rapat.")})
        if self.kapasitas is not None and self.kapasitas < 1:
            raise ValidationError({"kapasitas": _("Kapasitas paling sedikit 1 orang.")})

    def get_context(self, request, *args, **kwargs):
        from ..selectors import konteks_acara

        context = super().get_context(request, *args, **kwargs)
        context.update(konteks_acara(acara=self, user=request.user))
        return context


class PendaftaranAcara(models.Model):
    """One user's place at an event: a seat, a place on the waiting list, or cancelled.

    The waiting list is ordered by ``diantre_pada`` (then pk); a cancelled registration that
    signs up again queues at the end."""

    class Status(models.TextChoices):
        TERDAFTAR = "terdaftar", _("Terdaftar")
        MENUNGGU = "menunggu", _("Daftar tunggu")
        BATAL = "batal", _("Dibatalkan")

    acara = models.ForeignKey(
        AcaraPage, verbose_name=_("acara"), on_delete=models.CASCADE, related_name="pendaftaran"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("peserta"),
        on_delete=models.CASCADE,
        related_name="pendaftaran_acara",
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices)
    diantre_pada = models.DateTimeField(_("mendaftar pada"))
    hadir_pada = models.DateTimeField(_("hadir pada"), null=True, blank=True)

    class Meta:
        verbose_name = _("pendaftaran acara")
        verbose_name_plural = _("pendaftaran acara")
        ordering = ["acara", "diantre_pada", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["acara", "user"], name="pendaftaran_acara_unik")
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.acara} ({self.get_status_display()})"


class KodeHadir(models.Model):
    """The check-in code of one event, made when the organiser first opens the QR page."""

    acara = models.OneToOneField(
        AcaraPage, verbose_name=_("acara"), on_delete=models.CASCADE, related_name="kode_hadir"
    )
    kode = models.CharField(_("kode"), max_length=12, unique=True)
    dibuat = models.DateTimeField(_("dibuat"), auto_now_add=True)

    class Meta:
        verbose_name = _("kode hadir")
        verbose_name_plural = _("kode hadir")

    def __str__(self) -> str:
        return f"{self.acara}"
