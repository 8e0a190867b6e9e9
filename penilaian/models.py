from django.db import models
from django.utils.translation import gettext_lazy as _


class UnitKerja(models.Model):
    """A work unit (kecamatan office, kelurahan, …) in a tree through ``induk``."""

    class Jenis(models.TextChoices):
        KECAMATAN = "kecamatan", _("Kantor kecamatan")
        KELURAHAN = "kelurahan", _("Kelurahan")
        SEKSI = "seksi", _("Seksi / subbagian")
        PUSKESMAS = "puskesmas", _("Puskesmas")
        LAINNYA = "lainnya", _("Lainnya")

    kode = models.SlugField(_("kode"), max_length=50, unique=True)
    nama = models.CharField(_("nama"), max_length=200)
    jenis = models.CharField(_("jenis"), max_length=20, choices=Jenis.choices)
    induk = models.ForeignKey(
        "self",
        verbose_name=_("unit induk"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="anak",
    )

    class Meta:
        verbose_name = _("unit kerja")
        verbose_name_plural = _("unit kerja")
        ordering = ["nama"]

    def __str__(self) -> str:
        return self.nama


class Kebijakan(models.Model):
    """The instansi's local policy for proposing a rating hasil kerja from capaian.

    PermenPANRB 6/2022 leaves the rating to the appraiser; these thresholds are a local guideline
    (see docs/algoritma-skor.md). The simulator and live appraisals both use the active one.
    """

    nama = models.CharField(_("nama"), max_length=150, unique=True)
    ambang_di_atas = models.DecimalField(
        _("ambang di atas ekspektasi (%)"),
        max_digits=6,
        decimal_places=2,
        default=110,
        help_text=_("Capaian paling sedikit nilai ini diusulkan “di atas ekspektasi”."),
    )
    ambang_sesuai = models.DecimalField(
        _("ambang sesuai ekspektasi (%)"),
        max_digits=6,
        decimal_places=2,
        default=90,
        help_text=_("Capaian paling sedikit nilai ini diusulkan “sesuai ekspektasi”."),
    )
    keterangan = models.TextField(_("keterangan"), blank=True)

    class Meta:
        verbose_name = _("kebijakan penilaian")
        verbose_name_plural = _("kebijakan penilaian")
        ordering = ["nama"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ambang_sesuai__lte=models.F("ambang_di_atas")),
                name="kebijakan_ambang_sesuai_tidak_melebihi_di_atas",
                violation_error_message=_(
                    "Ambang sesuai ekspektasi tidak boleh lebih besar dari ambang di atas ekspektasi."
                ),
            ),
            models.CheckConstraint(
                condition=models.Q(ambang_sesuai__gte=0),
                name="kebijakan_ambang_tidak_negatif",
                violation_error_message=_("Ambang tidak boleh negatif."),
            ),
        ]

    def __str__(self) -> str:
        return self.nama


class Periode(models.Model):
    """An appraisal year with its evaluation cadence and the kebijakan chosen for it."""

    class Kadens(models.TextChoices):
        BULANAN = "bulanan", _("Bulanan")
        TRIWULANAN = "triwulanan", _("Triwulanan")
        SEMESTERAN = "semesteran", _("Semesteran")

    tahun = models.PositiveSmallIntegerField(_("tahun"), unique=True)
    kadens = models.CharField(
        _("evaluasi periodik"), max_length=20, choices=Kadens.choices, default=Kadens.TRIWULANAN
    )
    kebijakan = models.ForeignKey(
        Kebijakan, verbose_name=_("kebijakan"), on_delete=models.PROTECT, related_name="periode"
    )
    aktif = models.BooleanField(
        _("periode berjalan"),
        default=False,
        help_text=_("Periode berjalan menentukan kebijakan yang dipakai simulator."),
    )

    class Meta:
        verbose_name = _("periode penilaian")
        verbose_name_plural = _("periode penilaian")
        ordering = ["-tahun"]
        constraints = [
            models.UniqueConstraint(
                fields=["aktif"],
                condition=models.Q(aktif=True),
                name="periode_hanya_satu_aktif",
                violation_error_message=_("Hanya satu periode yang boleh berjalan."),
            )
        ]

    def __str__(self) -> str:
        return str(self.tahun)
