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


class JenisNotifikasi(models.TextChoices):
    """What a notification is about; the preferences are kept per kind."""

    SKP_DIAJUKAN = "skp_diajukan", _("SKP bawahan menunggu persetujuan")
    SKP_DIKEMBALIKAN = "skp_dikembalikan", _("SKP dikembalikan untuk diperbaiki")
    SKP_DISETUJUI = "skp_disetujui", _("SKP disetujui")
    UMPAN_BALIK = "umpan_balik", _("Umpan balik dari atasan")
    EVALUASI_FINAL = "evaluasi_final", _("Evaluasi kinerja difinalkan")
    ESAI_DINILAI = "esai_dinilai", _("Jawaban esai dinilai")
    SERTIFIKAT_TERBIT = "sertifikat_terbit", _("Sertifikat terbit")
    PENDAFTARAN = "pendaftaran", _("Didaftarkan pada kursus")
    PENGINGAT_SKP = "pengingat_skp", _("Pengingat SKP yang belum diajukan")
    PENGINGAT_TENGGAT = "pengingat_tenggat", _("Pengingat tenggat kursus")
    PENGUMUMAN = "pengumuman", _("Pengumuman")


class Notifikasi(models.Model):
    """One message in a user's inbox. Written only by the background task (``situs.notifikasi``),
    never inside a request; ``tautan`` is a path on this site (never another host)."""

    penerima = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("penerima"),
        on_delete=models.CASCADE,
        related_name="notifikasi",
    )
    jenis = models.CharField(_("jenis"), max_length=30, choices=JenisNotifikasi.choices)
    judul = models.CharField(_("judul"), max_length=200)
    isi = models.TextField(_("isi"), blank=True)
    tautan = models.CharField(_("tautan"), max_length=500, blank=True)
    dibaca_pada = models.DateTimeField(_("dibaca pada"), null=True, blank=True)
    dibuat_pada = models.DateTimeField(_("dibuat pada"), default=timezone.now)

    class Meta:
        verbose_name = _("notifikasi")
        verbose_name_plural = _("notifikasi")
        ordering = ["-dibuat_pada", "-pk"]
        indexes = [
            # The inbox: one user's messages, newest first.
            models.Index(fields=["penerima", "-dibuat_pada"], name="notifikasi_kotak_masuk"),
            # The header's count on every page: a small partial index of the unread ones.
            models.Index(
                fields=["penerima"],
                condition=models.Q(dibaca_pada__isnull=True),
                name="notifikasi_belum_dibaca",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.judul} → {self.penerima_id}"


class PreferensiNotifikasi(models.Model):
    """A user's choice for one kind of notification; without a row the defaults of
    ``situs.notifikasi.BAWAAN`` apply (in the inbox always, by email when it asks for action)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("pengguna"),
        on_delete=models.CASCADE,
        related_name="preferensi_notifikasi",
    )
    jenis = models.CharField(_("jenis"), max_length=30, choices=JenisNotifikasi.choices)
    di_aplikasi = models.BooleanField(_("di kotak masuk"), default=True)
    surel = models.BooleanField(_("lewat surel"), default=False)

    class Meta:
        verbose_name = _("preferensi notifikasi")
        verbose_name_plural = _("preferensi notifikasi")
        constraints = [
            models.UniqueConstraint(fields=["user", "jenis"], name="preferensi_satu_per_jenis")
        ]

    def __str__(self) -> str:
        return f"{self.user_id} {self.jenis}"


class JejakPengingat(models.Model):
    """A reminder already sent (its key names the object and the threshold), so the schedule
    command sends each reminder once however often it runs."""

    kunci = models.CharField(_("kunci"), max_length=120, unique=True)
    dibuat_pada = models.DateTimeField(_("dibuat pada"), auto_now_add=True)

    class Meta:
        verbose_name = _("jejak pengingat")
        verbose_name_plural = _("jejak pengingat")

    def __str__(self) -> str:
        return self.kunci
