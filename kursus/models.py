"""Course pages (index → course → lesson) and the participant's records: enrolment, lesson
progress and certificate. Models are thin; rules live in services.py and selectors.py."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from penilaian.models import penyimpanan_privat

from .blocks import BLOK_PELAJARAN


class KursusIndexPage(Page):
    """The one page listing every course (slug ``kursus``)."""

    pengantar = models.TextField(_("pengantar"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("pengantar")]

    search_fields = [*Page.search_fields, index.SearchField("pengantar")]

    parent_page_types = ["situs.HomePage"]
    subpage_types = ["kursus.KursusPage"]
    max_count = 1

    class Meta:
        verbose_name = _("indeks kursus")
        verbose_name_plural = _("indeks kursus")

    def get_context(self, request, *args, **kwargs):
        from .selectors import daftar_kursus

        context = super().get_context(request, *args, **kwargs)
        context["daftar_kursus"] = daftar_kursus(indeks=self, user=request.user)
        return context


class KursusPage(Page):
    """A course: its lessons are its children, in tree order."""

    # The admin explorer lists a course's lessons in course order (Wagtail's default is the
    # most recently edited first, which scrambles the numbering trainers refer to).
    admin_default_ordering = "ord"

    ringkasan = models.TextField(_("ringkasan"))
    tujuan_pembelajaran = RichTextField(
        _("tujuan pembelajaran"), features=["bold", "italic", "ol", "ul"], blank=True
    )
    durasi_jp = models.PositiveSmallIntegerField(
        _("durasi (JP)"), default=2, help_text=_("Jam pelajaran; satu JP = 45 menit.")
    )
    gambar_sampul = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("gambar sampul"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    prasyarat = RichTextField(_("prasyarat"), features=["bold", "italic", "link", "ul"], blank=True)
    urutan_wajib = models.BooleanField(
        _("pelajaran dibuka berurutan"),
        default=True,
        help_text=_(
            "Jika dicentang, pelajaran berikutnya terbuka setelah yang sebelumnya selesai."
        ),
    )
    pre_test = models.ForeignKey(
        "kursus.Kuis",
        verbose_name=_("pre-test"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    post_test = models.ForeignKey(
        "kursus.Kuis",
        verbose_name=_("post-test"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Jika diisi, kursus selesai setelah semua pelajaran selesai dan post-test lulus."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("ringkasan"),
        FieldPanel("tujuan_pembelajaran"),
        FieldPanel("durasi_jp"),
        FieldPanel("gambar_sampul"),
        FieldPanel("prasyarat"),
        FieldPanel("urutan_wajib"),
        FieldPanel("pre_test"),
        FieldPanel("post_test"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("ringkasan"),
        index.SearchField("tujuan_pembelajaran"),
    ]

    parent_page_types = ["kursus.KursusIndexPage"]
    subpage_types = ["kursus.PelajaranPage"]

    class Meta:
        verbose_name = _("kursus")
        verbose_name_plural = _("kursus")

    def get_context(self, request, *args, **kwargs):
        from .selectors import konteks_kursus

        context = super().get_context(request, *args, **kwargs)
        context.update(konteks_kursus(kursus=self, user=request.user))
        return context


class PelajaranPage(Page):
    """One lesson of a course."""

    body = StreamField(BLOK_PELAJARAN, verbose_name=_("isi pelajaran"))
    estimasi_menit = models.PositiveSmallIntegerField(_("perkiraan waktu baca (menit)"), default=15)

    content_panels = [*Page.content_panels, FieldPanel("estimasi_menit"), FieldPanel("body")]

    search_fields = [*Page.search_fields, index.SearchField("body")]

    parent_page_types = ["kursus.KursusPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("pelajaran")
        verbose_name_plural = _("pelajaran")

    def get_context(self, request, *args, **kwargs):
        from .selectors import konteks_pelajaran

        context = super().get_context(request, *args, **kwargs)
        context.update(
            konteks_pelajaran(
                pelajaran=self, request=request, pratinjau=getattr(request, "is_preview", False)
            )
        )
        return context


class Pendaftaran(models.Model):
    """A participant enrolled in a course; ``selesai_pada`` is set once the course is complete."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("peserta"),
        on_delete=models.CASCADE,
        related_name="pendaftaran_kursus",
    )
    kursus = models.ForeignKey(
        KursusPage, verbose_name=_("kursus"), on_delete=models.CASCADE, related_name="pendaftaran"
    )
    didaftarkan_pada = models.DateTimeField(_("didaftarkan pada"), auto_now_add=True)
    selesai_pada = models.DateTimeField(_("selesai pada"), null=True, blank=True)
    tenggat = models.DateField(_("tenggat"), null=True, blank=True)
    ditugaskan_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("ditugaskan oleh"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    ditugaskan_pada = models.DateTimeField(_("ditugaskan pada"), null=True, blank=True)

    class Meta:
        verbose_name = _("pendaftaran")
        verbose_name_plural = _("pendaftaran")
        constraints = [
            models.UniqueConstraint(fields=["user", "kursus"], name="pendaftaran_unik_per_kursus")
        ]
        permissions = [
            (
                "tugaskan_pendaftaran",
                _("Dapat menugaskan kursus dan melihat penyelesaian per unit"),
            )
        ]

    def __str__(self):
        return f"{self.user} — {self.kursus}"


class KemajuanPelajaran(models.Model):
    """A lesson the participant marked done."""

    pendaftaran = models.ForeignKey(
        Pendaftaran,
        verbose_name=_("pendaftaran"),
        on_delete=models.CASCADE,
        related_name="kemajuan",
    )
    pelajaran = models.ForeignKey(
        PelajaranPage, verbose_name=_("pelajaran"), on_delete=models.CASCADE, related_name="+"
    )
    selesai_pada = models.DateTimeField(_("selesai pada"), auto_now_add=True)

    class Meta:
        verbose_name = _("kemajuan pelajaran")
        verbose_name_plural = _("kemajuan pelajaran")
        constraints = [
            models.UniqueConstraint(
                fields=["pendaftaran", "pelajaran"], name="kemajuan_unik_per_pelajaran"
            )
        ]

    def __str__(self):
        return f"{self.pendaftaran} — {self.pelajaran_id}"


class Sertifikat(models.Model):
    """Issued once per enrolment. Name, NIP, course title and JP are copied at issue time so a
    certificate reads the same after the course or the account is edited."""

    pendaftaran = models.OneToOneField(
        Pendaftaran,
        verbose_name=_("pendaftaran"),
        on_delete=models.PROTECT,
        related_name="sertifikat",
    )
    kode = models.CharField(_("kode verifikasi"), max_length=16, unique=True)
    nama_peserta = models.CharField(_("nama peserta"), max_length=255)
    nip = models.CharField(
        _("NIP"),
        max_length=32,
        blank=True,
        help_text=_(
            "Dari data pegawai peserta; kosong bila peserta tidak tercatat sebagai pegawai."
        ),
    )
    judul_kursus = models.CharField(_("judul kursus"), max_length=255)
    durasi_jp = models.PositiveSmallIntegerField(_("durasi (JP)"))
    diterbitkan_pada = models.DateTimeField(_("diterbitkan pada"))

    class Meta:
        verbose_name = _("sertifikat")
        verbose_name_plural = _("sertifikat")

    def __str__(self):
        return f"{self.kode} — {self.nama_peserta}"

    def get_absolute_url(self):
        return reverse("kursus:verifikasi", kwargs={"kode": self.kode})


class PengingatTenggat(models.Model):
    """A due-date reminder already sent: one row per enrolment, threshold (days before) and due
    date, so each threshold is sent once, and once more only if the due date moves."""

    pendaftaran = models.ForeignKey(
        Pendaftaran,
        verbose_name=_("pendaftaran"),
        on_delete=models.CASCADE,
        related_name="pengingat",
    )
    ambang_hari = models.PositiveSmallIntegerField(_("hari sebelum tenggat"))
    tenggat = models.DateField(_("tenggat"))
    dikirim_pada = models.DateTimeField(_("dikirim pada"), auto_now_add=True)

    class Meta:
        verbose_name = _("pengingat tenggat")
        verbose_name_plural = _("pengingat tenggat")
        constraints = [
            models.UniqueConstraint(
                fields=["pendaftaran", "ambang_hari", "tenggat"], name="pengingat_sekali"
            )
        ]

    def __str__(self):
        return f"{self.pendaftaran} — H-{self.ambang_hari}"


class EksporBerkas(models.Model):
    """A spreadsheet prepared in the background (``kursus.ekspor``): who asked, what for, and
    the file once it is ready. Files live in private storage (no URL); only the owner
    downloads them, through a view, until ``kedaluwarsa_pada``."""

    class Status(models.TextChoices):
        ANTRE = "antre", _("Menunggu antrean")
        DIPROSES = "diproses", _("Sedang disiapkan")
        SIAP = "siap", _("Siap diunduh")
        GAGAL = "gagal", _("Gagal")

    pemilik = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("pemilik"),
        on_delete=models.CASCADE,
        related_name="ekspor_berkas",
    )
    jenis = models.CharField(_("jenis"), max_length=40)
    judul = models.CharField(_("judul"), max_length=255)
    parameter = models.JSONField(_("parameter"), default=dict)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.ANTRE
    )
    berkas = models.FileField(
        _("berkas"), upload_to="ekspor/%Y/%m/", storage=penyimpanan_privat, blank=True
    )
    nama_berkas = models.CharField(_("nama berkas"), max_length=200, blank=True)
    jenis_mime = models.CharField(_("jenis MIME"), max_length=100, blank=True)
    galat = models.TextField(_("galat"), blank=True)
    dibuat_pada = models.DateTimeField(_("dibuat pada"), auto_now_add=True)
    selesai_pada = models.DateTimeField(_("selesai pada"), null=True, blank=True)
    kedaluwarsa_pada = models.DateTimeField(_("kedaluwarsa pada"))

    class Meta:
        verbose_name = _("ekspor berkas")
        verbose_name_plural = _("ekspor berkas")
        ordering = ["-dibuat_pada"]

    def __str__(self):
        return f"{self.judul} ({self.get_status_display()})"

    def get_absolute_url(self):
        return reverse("kursus:ekspor", kwargs={"pk": self.pk})


class VersiKonten(models.Model):
    """One row whose number goes up after every change to published course content (a page
    published, unpublished, moved or deleted; a quiz, simulator case, image or site
    saved or deleted: ``kursus.signals``). The course and lesson routes read it in the same
    query as the page, and the parts of those pages that are the same for every participant
    are cached under it (``kursus.kerangka``): a change anywhere makes every process build
    them again from the database, with or without a shared cache."""

    nomor = models.PositiveBigIntegerField(_("nomor"), default=0)

    class Meta:
        verbose_name = _("versi konten")
        verbose_name_plural = _("versi konten")

    def __str__(self):
        return str(self.nomor)


from .kuis import models as kuis_models  # noqa: E402,F401 (registers the quiz models here)
