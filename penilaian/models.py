import secrets
from enum import StrEnum

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from . import mesin
from .isian import KolomTahun
from .mesin.angka import format_ringkas
from .validasi import validasi_nip


def penyimpanan_privat() -> FileSystemStorage:
    """Evidence files live under ``PRIVATE_MEDIA_ROOT`` (outside the web root, no URL); only
    views that check access serve them."""
    return FileSystemStorage(location=settings.PRIVATE_MEDIA_ROOT, base_url=None)


def _pilihan(enum: type[StrEnum], label: dict) -> type[models.TextChoices]:
    """Django choices generated from an engine enum (``penilaian.mesin``): the values, their
    names and their order are the engine's (one definition); only the labels, marked for
    translation, are written here. A member without a label is an error at import time."""
    if set(label) != set(enum):
        raise ImproperlyConfigured(f"Label pilihan {enum.__name__} tidak cocok dengan mesin.")
    return models.TextChoices(enum.__name__, [(m.name, (m.value, label[m])) for m in enum])


Rating = _pilihan(
    mesin.Rating,
    {
        mesin.Rating.DI_ATAS: _("Di atas ekspektasi"),
        mesin.Rating.SESUAI: _("Sesuai ekspektasi"),
        mesin.Rating.DI_BAWAH: _("Di bawah ekspektasi"),
    },
)
Predikat = _pilihan(
    mesin.Predikat,
    {
        mesin.Predikat.SANGAT_BAIK: _("Sangat Baik"),
        mesin.Predikat.BAIK: _("Baik"),
        mesin.Predikat.BUTUH_PERBAIKAN: _("Butuh Perbaikan"),
        mesin.Predikat.KURANG: _("Kurang/Misconduct"),
        mesin.Predikat.SANGAT_KURANG: _("Sangat Kurang"),
    },
)
Aspek = _pilihan(
    mesin.Aspek,
    {
        mesin.Aspek.KUANTITAS: _("Kuantitas"),
        mesin.Aspek.KUALITAS: _("Kualitas"),
        mesin.Aspek.WAKTU: _("Waktu"),
        mesin.Aspek.BIAYA: _("Biaya"),
    },
)
Polaritas = _pilihan(
    mesin.Polaritas,
    {
        mesin.Polaritas.NAIK: _("Naik (makin tinggi makin baik)"),
        mesin.Polaritas.TURUN: _("Turun (makin rendah makin baik)"),
    },
)
Pendekatan = _pilihan(
    mesin.Pendekatan,
    {mesin.Pendekatan.KUANTITATIF: _("Kuantitatif"), mesin.Pendekatan.KUALITATIF: _("Kualitatif")},
)
JenisRHK = _pilihan(
    mesin.JenisRHK, {mesin.JenisRHK.UTAMA: _("Utama"), mesin.JenisRHK.TAMBAHAN: _("Tambahan")}
)
NilaiCapaianOrganisasi = _pilihan(
    mesin.CapaianOrganisasi,
    {
        mesin.CapaianOrganisasi.ISTIMEWA: _("Istimewa"),
        mesin.CapaianOrganisasi.BAIK: _("Baik"),
        mesin.CapaianOrganisasi.BUTUH_PERBAIKAN: _("Butuh Perbaikan"),
        mesin.CapaianOrganisasi.KURANG: _("Kurang"),
        mesin.CapaianOrganisasi.SANGAT_KURANG: _("Sangat Kurang"),
    },
)


class PeriodeEvaluasi(models.TextChoices):
    """Evaluation periods: the year's periodic ones follow the Periode's cadence."""

    B01 = "b01", _("Januari")
    B02 = "b02", _("Februari")
    B03 = "b03", _("Maret")
    B04 = "b04", _("April")
    B05 = "b05", _("Mei")
    B06 = "b06", _("Juni")
    B07 = "b07", _("Juli")
    B08 = "b08", _("Agustus")
    B09 = "b09", _("September")
    B10 = "b10", _("Oktober")
    B11 = "b11", _("November")
    B12 = "b12", _("Desember")
    TW1 = "tw1", _("Triwulan I")
    TW2 = "tw2", _("Triwulan II")
    TW3 = "tw3", _("Triwulan III")
    TW4 = "tw4", _("Triwulan IV")
    S1 = "s1", _("Semester I")
    S2 = "s2", _("Semester II")
    TAHUNAN = "tahunan", _("Tahunan")

    @classmethod
    def untuk_kadens(cls, kadens: str) -> list[tuple[str, str]]:
        """The periodic choices of a cadence, in order, followed by the annual one."""
        awalan = {"bulanan": "b", "triwulanan": "tw", "semesteran": "s"}.get(kadens, "tw")
        periodik = [
            (v, label)
            for v, label in cls.choices
            if v.startswith(awalan) and v[len(awalan) :].isdigit()
        ]
        return [*periodik, (cls.TAHUNAN.value, cls.TAHUNAN.label)]


#: The core values BerAKHLAK, keys of ``Evaluasi.catatan_perilaku``.
BERAKHLAK = (
    ("berorientasi_pelayanan", _("Berorientasi Pelayanan")),
    ("akuntabel", _("Akuntabel")),
    ("kompeten", _("Kompeten")),
    ("harmonis", _("Harmonis")),
    ("loyal", _("Loyal")),
    ("adaptif", _("Adaptif")),
    ("kolaboratif", _("Kolaboratif")),
)


class DicatatPerubahan(models.Model):
    """Who changed a record last and when (the full history is in RiwayatPerubahan)."""

    diubah = models.DateTimeField(_("diubah"), auto_now=True)
    diubah_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("diubah oleh"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        abstract = True


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


class LingkupUnit(models.Model):
    """Restricts an administrator to a unit subtree (a province gives each OPD its own).

    A user with one or more rows is, in every administrative role (Admin Kepegawaian, trainers'
    reports), restricted to these units and all units below them; a user without rows keeps the
    global role. ``penilaian.akses.id_unit_lingkup`` reads it; views never read it directly.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("pengguna"),
        on_delete=models.CASCADE,
        related_name="lingkup_unit",
    )
    unit = models.ForeignKey(
        UnitKerja, verbose_name=_("unit kerja"), on_delete=models.CASCADE, related_name="+"
    )

    class Meta:
        verbose_name = _("lingkup unit")
        verbose_name_plural = _("lingkup unit")
        constraints = [
            models.UniqueConstraint(fields=["user", "unit"], name="lingkup_unit_unik"),
        ]

    def __str__(self) -> str:
        return f"{self.user} → {self.unit}"


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

    tahun = KolomTahun(_("tahun"), unique=True)
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


class Pegawai(models.Model):
    """An ASN of the kecamatan, optionally linked to a login account."""

    class JenisJabatan(models.TextChoices):
        STRUKTURAL = "struktural", _("Struktural")
        FUNGSIONAL = "fungsional", _("Fungsional")
        PELAKSANA = "pelaksana", _("Pelaksana")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("akun"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="pegawai",
    )
    nip = models.CharField(_("NIP"), max_length=18, unique=True, validators=[validasi_nip])
    nama = models.CharField(_("nama"), max_length=150)
    email = models.EmailField(
        _("alamat surel"),
        blank=True,
        help_text=_(
            "Bila diisi, tautan aktivasi akun dikirim ke alamat ini; bila kosong, admin "
            "kepegawaian mencetak surat aktivasi."
        ),
    )
    jabatan = models.CharField(_("jabatan"), max_length=200)
    jenis_jabatan = models.CharField(
        _("jenis jabatan"), max_length=20, choices=JenisJabatan.choices
    )
    koefisien_jf = models.DecimalField(
        _("koefisien angka kredit tahunan"),
        max_digits=6,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Hanya untuk jabatan fungsional."),
    )
    unit = models.ForeignKey(
        UnitKerja, verbose_name=_("unit kerja"), on_delete=models.PROTECT, related_name="pegawai"
    )
    atasan = models.ForeignKey(
        "self",
        verbose_name=_("atasan langsung"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="bawahan",
    )
    memimpin_unit = models.BooleanField(
        _("pimpinan unit"),
        default=False,
        help_text=_("Rating hasil kerja pimpinan unit mengikuti capaian kinerja organisasi."),
    )
    aktif = models.BooleanField(_("aktif"), default=True)

    class Meta:
        verbose_name = _("pegawai")
        verbose_name_plural = _("pegawai")
        ordering = ["nama"]

    def __str__(self) -> str:
        return f"{self.nama} ({self.nip})"


class SKP(DicatatPerubahan):
    """Sasaran Kinerja Pegawai: one per employee and period."""

    Pendekatan = Pendekatan

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draf")
        DIAJUKAN = "diajukan", _("Diajukan")
        DISETUJUI = "disetujui", _("Disetujui")
        DINILAI = "dinilai", _("Dinilai")
        FINAL = "final", _("Final")

    pegawai = models.ForeignKey(
        Pegawai, verbose_name=_("pegawai"), on_delete=models.PROTECT, related_name="skp"
    )
    periode = models.ForeignKey(
        Periode, verbose_name=_("periode"), on_delete=models.PROTECT, related_name="skp"
    )
    penilai = models.ForeignKey(
        Pegawai,
        verbose_name=_("pejabat penilai"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="skp_dinilai",
        help_text=_("Atasan langsung saat SKP diajukan."),
    )
    pendekatan = models.CharField(
        _("pendekatan"), max_length=20, choices=Pendekatan.choices, default=Pendekatan.KUANTITATIF
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    catatan_pengembalian = models.TextField(_("catatan pengembalian"), blank=True)
    versi = models.PositiveIntegerField(_("versi"), default=1)

    class Meta:
        verbose_name = _("SKP")
        verbose_name_plural = _("SKP")
        ordering = ["-periode__tahun", "pegawai__nama"]
        constraints = [
            models.UniqueConstraint(
                fields=["pegawai", "periode"],
                name="skp_satu_per_pegawai_periode",
                violation_error_message=_("Pegawai ini sudah memiliki SKP untuk periode tersebut."),
            )
        ]

    def __str__(self) -> str:
        return f"SKP {self.pegawai.nama} {self.periode}"

    def get_absolute_url(self) -> str:
        return reverse("penilaian:skp_detail", args=[self.pk])


class RencanaHasilKerja(models.Model):
    Jenis = JenisRHK

    skp = models.ForeignKey(
        SKP, verbose_name=_("SKP"), on_delete=models.CASCADE, related_name="rhk"
    )
    teks = models.TextField(_("rencana hasil kerja"))
    jenis = models.CharField(_("jenis"), max_length=10, choices=Jenis.choices, default=Jenis.UTAMA)
    rhk_atasan = models.ForeignKey(
        "self",
        verbose_name=_("RHK atasan yang diintervensi"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="intervensi",
    )
    urutan = models.PositiveSmallIntegerField(_("urutan"), default=0)

    class Meta:
        verbose_name = _("rencana hasil kerja")
        verbose_name_plural = _("rencana hasil kerja")
        ordering = ["skp", "jenis", "urutan", "pk"]

    def __str__(self) -> str:
        return self.teks


def urutkan_rhk(qs):
    """RHK utama before tambahan, then in the order they were written (pages, documents and
    the engine input all use this order)."""
    return qs.order_by(models.Case(models.When(jenis="utama", then=0), default=1), "urutan", "pk")


class IndikatorKinerja(models.Model):
    """Indikator Kinerja Individu (IKI): a number target, or a range min–maks."""

    Polaritas = Polaritas

    rhk = models.ForeignKey(
        RencanaHasilKerja, verbose_name=_("RHK"), on_delete=models.CASCADE, related_name="indikator"
    )
    teks = models.TextField(_("indikator kinerja individu"))
    aspek = models.CharField(_("aspek"), max_length=10, choices=Aspek.choices)
    target = models.DecimalField(
        _("target"), max_digits=16, decimal_places=2, null=True, blank=True
    )
    target_min = models.DecimalField(
        _("target minimum"), max_digits=16, decimal_places=2, null=True, blank=True
    )
    target_maks = models.DecimalField(
        _("target maksimum"), max_digits=16, decimal_places=2, null=True, blank=True
    )
    satuan = models.CharField(_("satuan"), max_length=50, blank=True)
    ekspektasi = models.TextField(
        _("ekspektasi"),
        blank=True,
        help_text=_("Pendekatan kualitatif: uraian hasil yang diharapkan, sebagai ganti angka."),
    )
    polaritas = models.CharField(
        _("polaritas"),
        max_length=10,
        choices=Polaritas.choices,
        blank=True,
        help_text=_(
            "Kosongkan untuk bawaan: naik untuk kuantitas/kualitas, turun untuk waktu/biaya."
        ),
    )
    urutan = models.PositiveSmallIntegerField(_("urutan"), default=0)

    class Meta:
        verbose_name = _("indikator kinerja individu")
        verbose_name_plural = _("indikator kinerja individu")
        ordering = ["rhk", "urutan", "pk"]

    def __str__(self) -> str:
        return self.teks

    @property
    def target_teks(self) -> str:
        """The target as people write it: "12 laporan", "1–2 hari", "97,5 %"."""
        if self.target_min is not None and self.target_maks is not None:
            return f"{format_ringkas(self.target_min)}–{format_ringkas(self.target_maks)} {self.satuan}".strip()
        if self.target is not None:
            return f"{format_ringkas(self.target)} {self.satuan}".strip()
        return self.ekspektasi


class Realisasi(DicatatPerubahan):
    indikator = models.ForeignKey(
        IndikatorKinerja,
        verbose_name=_("indikator"),
        on_delete=models.CASCADE,
        related_name="realisasi",
    )
    periode_evaluasi = models.CharField(
        _("periode evaluasi"), max_length=10, choices=PeriodeEvaluasi.choices
    )
    nilai = models.DecimalField(_("realisasi"), max_digits=16, decimal_places=2)
    keterangan = models.TextField(_("keterangan"), blank=True)
    #: Optimistic locking, as on SKP and Evaluasi: the form carries the version it was loaded
    #: with (0 for a period without realisation yet).
    versi = models.PositiveIntegerField(_("versi"), default=1)

    class Meta:
        verbose_name = _("realisasi")
        verbose_name_plural = _("realisasi")
        ordering = ["indikator", "periode_evaluasi"]
        constraints = [
            models.UniqueConstraint(
                fields=["indikator", "periode_evaluasi"], name="realisasi_satu_per_periode"
            )
        ]

    def __str__(self) -> str:
        return f"{self.indikator} · {self.get_periode_evaluasi_display()}: {self.nilai}"


def _jalur_bukti(instance, filename: str) -> str:
    return f"bukti/{instance.realisasi.indikator.rhk.skp_id}/{secrets.token_hex(8)}-{filename}"


class BuktiDukung(models.Model):
    """An evidence file, stored outside the web root; served only through an access check."""

    realisasi = models.ForeignKey(
        Realisasi, verbose_name=_("realisasi"), on_delete=models.CASCADE, related_name="bukti"
    )
    berkas = models.FileField(
        _("berkas"), upload_to=_jalur_bukti, storage=penyimpanan_privat, max_length=300
    )
    nama_asli = models.CharField(_("nama berkas"), max_length=200)
    jenis_konten = models.CharField(_("jenis konten"), max_length=100)
    ukuran = models.PositiveIntegerField(_("ukuran (bita)"))
    diunggah = models.DateTimeField(_("diunggah"), auto_now_add=True)
    diunggah_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("bukti dukung")
        verbose_name_plural = _("bukti dukung")
        ordering = ["diunggah"]

    def __str__(self) -> str:
        return self.nama_asli


class UmpanBalik(models.Model):
    """Continuous feedback from the appraiser on an RHK in an evaluation period."""

    rhk = models.ForeignKey(
        RencanaHasilKerja,
        verbose_name=_("RHK"),
        on_delete=models.CASCADE,
        related_name="umpan_balik",
    )
    periode_evaluasi = models.CharField(
        _("periode evaluasi"), max_length=10, choices=PeriodeEvaluasi.choices
    )
    teks = models.TextField(_("umpan balik"))
    pemberi = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("pemberi"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    dibuat = models.DateTimeField(_("dibuat"), auto_now_add=True)

    class Meta:
        verbose_name = _("umpan balik")
        verbose_name_plural = _("umpan balik")
        ordering = ["dibuat"]

    def __str__(self) -> str:
        return self.teks[:60]


class Evaluasi(DicatatPerubahan):
    """An evaluation of an SKP. Stores what the engine was given and returned, with the engine
    version and the kebijakan used, so a final evaluation re-displays unchanged later."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draf")
        FINAL = "final", _("Final")

    skp = models.ForeignKey(
        SKP, verbose_name=_("SKP"), on_delete=models.PROTECT, related_name="evaluasi"
    )
    periode_evaluasi = models.CharField(
        _("periode evaluasi"),
        max_length=10,
        choices=PeriodeEvaluasi.choices,
        default=PeriodeEvaluasi.TAHUNAN,
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    masukan_mesin = models.JSONField(_("masukan mesin"), default=dict, blank=True)
    hasil_mesin = models.JSONField(_("hasil mesin"), default=dict, blank=True)
    versi_mesin = models.CharField(_("versi mesin"), max_length=20, blank=True)
    kebijakan = models.ForeignKey(
        Kebijakan,
        verbose_name=_("kebijakan"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="evaluasi",
    )
    rating_hasil_kerja_usulan = models.CharField(
        _("usulan rating hasil kerja"), max_length=25, choices=Rating.choices, blank=True
    )
    rating_hasil_kerja = models.CharField(
        _("rating hasil kerja"), max_length=25, choices=Rating.choices, blank=True
    )
    alasan_rating = models.TextField(_("alasan rating berbeda dari usulan"), blank=True)
    rating_perilaku = models.CharField(
        _("rating perilaku kerja"), max_length=25, choices=Rating.choices, blank=True
    )
    catatan_perilaku = models.JSONField(
        _("catatan perilaku per nilai BerAKHLAK"), default=dict, blank=True
    )
    predikat = models.CharField(_("predikat"), max_length=20, choices=Predikat.choices, blank=True)
    angka_kredit = models.DecimalField(
        _("angka kredit"), max_digits=8, decimal_places=2, null=True, blank=True
    )
    penilai = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("dinilai oleh"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    difinalkan = models.DateTimeField(_("difinalkan"), null=True, blank=True)
    kode_verifikasi = models.CharField(
        _("kode verifikasi"), max_length=32, unique=True, null=True, blank=True
    )
    versi = models.PositiveIntegerField(_("versi"), default=1)
    # The unit the employee belonged to when the evaluation became final: the transparency
    # snapshot groups by it, so a later move does not carry a past result to another unit.
    unit = models.ForeignKey(
        UnitKerja,
        verbose_name=_("unit kerja saat dinilai"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )

    class Meta:
        verbose_name = _("evaluasi kinerja")
        verbose_name_plural = _("evaluasi kinerja")
        ordering = ["skp", "periode_evaluasi"]
        constraints = [
            models.UniqueConstraint(
                fields=["skp", "periode_evaluasi"], name="evaluasi_satu_per_periode"
            )
        ]
        indexes = [
            # Final annual evaluations by status and time of change, read from the index alone.
            models.Index(
                fields=["status", "periode_evaluasi", "diubah"], name="evaluasi_status_diubah"
            )
        ]

    def __str__(self) -> str:
        return f"Evaluasi {self.skp} ({self.get_periode_evaluasi_display()})"

    def get_absolute_url(self) -> str:
        return reverse("penilaian:evaluasi", args=[self.skp_id])


class CapaianOrganisasi(models.Model):
    """Capaian kinerja organisasi of a unit in a period (SE MenPANRB 3/2023)."""

    Nilai = NilaiCapaianOrganisasi

    unit = models.ForeignKey(
        UnitKerja, verbose_name=_("unit kerja"), on_delete=models.CASCADE, related_name="capaian"
    )
    periode = models.ForeignKey(
        Periode, verbose_name=_("periode"), on_delete=models.CASCADE, related_name="capaian"
    )
    capaian = models.CharField(
        _("capaian kinerja organisasi"), max_length=20, choices=Nilai.choices
    )

    class Meta:
        verbose_name = _("capaian kinerja organisasi")
        verbose_name_plural = _("capaian kinerja organisasi")
        ordering = ["-periode__tahun", "unit__nama"]
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "periode"], name="capaian_satu_per_unit_periode"
            )
        ]

    def __str__(self) -> str:
        return f"{self.unit} {self.periode}: {self.get_capaian_display()}"


class TransparansiTerbit(models.Model):
    """One unit's published aggregates for one period: a dated snapshot that the public
    transparency page reads as it is. Later corrections or moves change nothing here until a
    new snapshot is published (``services.transparansi_terbitkan``)."""

    periode = models.ForeignKey(
        Periode,
        verbose_name=_("periode"),
        on_delete=models.PROTECT,
        related_name="transparansi_terbit",
    )
    unit = models.ForeignKey(
        UnitKerja, verbose_name=_("unit kerja"), on_delete=models.PROTECT, related_name="+"
    )
    diterbitkan = models.DateTimeField(_("diterbitkan"))
    diterbitkan_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("diterbitkan oleh"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    jumlah = models.PositiveIntegerField(_("jumlah pegawai dinilai"))
    predikat = models.JSONField(_("jumlah per predikat"), default=dict)
    aspek = models.JSONField(_("rata-rata capaian per aspek"), default=list)
    # Per evaluation (by id) a hash of what it contributes; compared with the next
    # publication to count how many evaluations changed. Never shown.
    sidik = models.JSONField(_("sidik evaluasi"), default=dict)

    class Meta:
        verbose_name = _("transparansi terbit")
        verbose_name_plural = _("transparansi terbit")
        ordering = ["periode", "unit", "-diterbitkan", "-pk"]
        indexes = [
            models.Index(
                fields=["periode", "unit", "diterbitkan"], name="transparansi_terbit_terkini"
            )
        ]

    def __str__(self) -> str:
        return f"{self.unit} {self.periode} ({self.diterbitkan:%Y-%m-%d})"


class PustakaIndikator(models.Model):
    """A reviewed indicator per unit and position that employees can pick while drafting."""

    unit = models.ForeignKey(
        UnitKerja,
        verbose_name=_("unit kerja"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="pustaka_indikator",
        help_text=_("Kosongkan agar berlaku untuk semua unit."),
    )
    jabatan = models.CharField(
        _("jabatan"), max_length=200, blank=True, help_text=_("Kosongkan untuk semua jabatan.")
    )
    rhk = models.TextField(_("contoh rencana hasil kerja"), blank=True)
    teks = models.TextField(_("indikator"))
    aspek = models.CharField(_("aspek"), max_length=10, choices=Aspek.choices)
    target = models.DecimalField(
        _("target"), max_digits=16, decimal_places=2, null=True, blank=True
    )
    target_min = models.DecimalField(
        _("target minimum"), max_digits=16, decimal_places=2, null=True, blank=True
    )
    target_maks = models.DecimalField(
        _("target maksimum"), max_digits=16, decimal_places=2, null=True, blank=True
    )
    satuan = models.CharField(_("satuan"), max_length=50)
    polaritas = models.CharField(
        _("polaritas"), max_length=10, choices=IndikatorKinerja.Polaritas.choices, blank=True
    )
    jenis_unit = models.CharField(
        _("jenis unit"),
        max_length=20,
        choices=UnitKerja.Jenis.choices,
        blank=True,
        help_text=_("Kosongkan agar berlaku di kecamatan dan kelurahan."),
    )
    dasar_tugas = models.TextField(
        _("dasar tugas"),
        blank=True,
        help_text=_(
            "Tugas jabatan yang diukur indikator ini dan aturannya (mis. PP 17/2018 tentang "
            "Kecamatan); tulis bila itu bacaan aplikasi ini atas tugas jabatan."
        ),
    )
    skor_pemeriksa = models.PositiveSmallIntegerField(_("skor pemeriksa"), default=0)

    class Meta:
        verbose_name = _("pustaka indikator")
        verbose_name_plural = _("pustaka indikator")
        ordering = ["teks"]

    def __str__(self) -> str:
        return self.teks


class RiwayatPerubahan(models.Model):
    """Audit trail: who changed which object when, with its state before and after (JSON)."""

    class Aksi(models.TextChoices):
        """The codes services pass to ``catat_riwayat``, with the label the history shows.
        A code missing here is still stored and shown as written."""

        ADMIN_BUAT = "admin_buat", _("Dibuat di admin")
        ADMIN_UBAH = "admin_ubah", _("Diubah di admin")
        ADMIN_HAPUS = "admin_hapus", _("Dihapus di admin")
        IMPOR_BUAT = "impor_buat", _("Pegawai baru dari impor")
        IMPOR_UBAH = "impor_ubah", _("Data pegawai diperbarui dari impor")
        IMPOR_ATASAN = "impor_atasan", _("Atasan ditetapkan dari impor")
        PUSTAKA_SIMPAN = "pustaka_simpan", _("Pustaka indikator disimpan")
        SKP_BUAT = "skp_buat", _("SKP dibuat")
        SKP_AJUKAN = "skp_ajukan", _("SKP diajukan")
        SKP_SETUJUI = "skp_setujui", _("SKP disetujui")
        SKP_KEMBALIKAN = "skp_kembalikan", _("SKP dikembalikan untuk diperbaiki")
        SKP_DINILAI = "skp_dinilai", _("SKP dinilai")
        SKP_FINAL = "skp_final", _("SKP difinalkan")
        RHK_SIMPAN = "rhk_simpan", _("RHK disimpan")
        RHK_TAUTKAN = "rhk_tautkan", _("RHK ditautkan ke RHK atasan")
        RHK_HAPUS = "rhk_hapus", _("RHK dihapus")
        IKI_SIMPAN = "iki_simpan", _("Indikator disimpan")
        IKI_HAPUS = "iki_hapus", _("Indikator dihapus")
        REALISASI_SIMPAN = "realisasi_simpan", _("Realisasi disimpan")
        BUKTI_UNGGAH = "bukti_unggah", _("Bukti dukung diunggah")
        UMPAN_BALIK_BERI = "umpan_balik_beri", _("Umpan balik diberikan")
        EVALUASI_SIMPAN = "evaluasi_simpan", _("Evaluasi disimpan")
        EVALUASI_FINALKAN = "evaluasi_finalkan", _("Evaluasi difinalkan")
        EVALUASI_KOREKSI = "evaluasi_koreksi", _("Evaluasi dikoreksi")

    waktu = models.DateTimeField(_("waktu"), auto_now_add=True, db_index=True)
    pengguna = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("pengguna"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    model = models.CharField(_("model"), max_length=50, db_index=True)
    objek_id = models.CharField(_("ID objek"), max_length=40, db_index=True)
    objek = models.CharField(_("objek"), max_length=250)
    aksi = models.CharField(_("aksi"), max_length=50, choices=Aksi.choices)
    sebelum = models.JSONField(_("sebelum"), null=True, blank=True)
    sesudah = models.JSONField(_("sesudah"), null=True, blank=True)
    alasan = models.TextField(_("alasan"), blank=True)

    class Meta:
        verbose_name = _("riwayat perubahan")
        verbose_name_plural = _("riwayat perubahan")
        ordering = ["-waktu", "-pk"]

    def __str__(self) -> str:
        return f"{self.waktu:%Y-%m-%d %H:%M} {self.aksi} {self.objek}"


@register_setting(icon="doc-full")
class PengaturanDokumen(BaseGenericSetting):
    """What every PDF the site issues prints in its header (kop) and signature block: the
    institution, its emblem, and the official who signs certificates. One row for the whole
    site (the application serves one kecamatan); edited in the Wagtail admin under Settings."""

    lambang = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("lambang"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Lambang daerah di kiri kop dokumen (PNG dengan latar transparan paling rapi). "
            "Kosongkan bila belum ada berkas lambang resmi: kop dicetak tanpa gambar."
        ),
    )
    nama_pemerintah = models.CharField(
        _("nama pemerintah daerah"), max_length=120, default="Pemerintah Kota Serang"
    )
    nama_instansi = models.CharField(
        _("nama instansi"), max_length=120, default="Kecamatan Cipocok Jaya"
    )
    alamat = models.CharField(
        _("alamat instansi"),
        max_length=255,
        blank=True,
        help_text=_("Baris kecil di bawah nama instansi (alamat, telepon, surel); boleh kosong."),
    )
    kota = models.CharField(
        _("kota tempat penandatanganan"),
        max_length=60,
        default="Serang",
        help_text=_(
            "Ditulis sebelum tanggal di atas tanda tangan, misalnya “Serang, 3 Desember 2026”."
        ),
    )
    penanda_tangan_nama = models.CharField(
        _("nama penanda tangan sertifikat"),
        max_length=150,
        blank=True,
        help_text=_(
            "Nama lengkap dengan gelar. Kosong: sertifikat hanya memuat tempat dan tanggal, tanpa penanda tangan."
        ),
    )
    penanda_tangan_nip = models.CharField(
        _("NIP penanda tangan"),
        max_length=18,
        blank=True,
        validators=[validasi_nip],
        help_text=_("18 angka tanpa spasi; dicetak berkelompok 8-6-1-3."),
    )
    penanda_tangan_jabatan = models.CharField(
        _("jabatan penanda tangan"), max_length=200, blank=True
    )

    panels = [
        FieldPanel("lambang"),
        MultiFieldPanel(
            [FieldPanel("nama_pemerintah"), FieldPanel("nama_instansi"), FieldPanel("alamat")],
            heading=_("Kop dokumen"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("kota"),
                FieldPanel("penanda_tangan_nama"),
                FieldPanel("penanda_tangan_nip"),
                FieldPanel("penanda_tangan_jabatan"),
            ],
            heading=_("Penanda tangan sertifikat"),
        ),
    ]
    select_related = ["lambang"]

    class Meta:
        verbose_name = _("pengaturan dokumen PDF")
        verbose_name_plural = _("pengaturan dokumen PDF")

    def __str__(self):
        return str(self._meta.verbose_name)

    def clean(self):
        super().clean()
        if self.penanda_tangan_nama.strip() and not self.penanda_tangan_jabatan.strip():
            raise ValidationError(
                {"penanda_tangan_jabatan": _("Isi jabatan penanda tangan yang namanya diisi.")}
            )
