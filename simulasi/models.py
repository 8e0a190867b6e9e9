"""Practice cases (``KasusSimulasi``, authored by trainers) and participants' attempts.

An attempt stores what the engine was given and what it returned, with the engine version and
the kebijakan used, so it re-displays exactly after the rules or the policy change.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import DraftStateMixin, Orderable, PreviewableMixin, RevisionMixin
from wagtail.search import index

# The same choices as live appraisals: one vocabulary for practice and reality.
from penilaian.models import (
    Aspek,
    NilaiCapaianOrganisasi,
    Pendekatan,
    Polaritas,
    Predikat,
    Rating,
)

__all__ = [
    "Aspek",
    "IndikatorModel",
    "KasusSimulasi",
    "PercobaanSimulasi",
    "Polaritas",
    "Predikat",
    "Rating",
]


class KasusSimulasi(
    PreviewableMixin, DraftStateMixin, RevisionMixin, index.Indexed, ClusterableModel
):
    """A realistic Cipocok Jaya case: scenario, the atasan's RHK, model answer, realisation facts.

    Trainers preview a draft in the admin exactly as a participant reads it (steps 1 and 3);
    participants only ever see published cases (``selectors.kasus_terbit``).
    """

    class Tingkat(models.TextChoices):
        DASAR = "dasar", _("Dasar")
        MENENGAH = "menengah", _("Menengah")
        LANJUT = "lanjut", _("Lanjut")

    judul = models.CharField(_("judul"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    jabatan = models.CharField(_("jabatan peserta dalam kasus"), max_length=200)
    unit_kerja = models.CharField(
        _("unit kerja"), max_length=200, help_text=_("Unit di Kecamatan Cipocok Jaya.")
    )
    narasi = models.TextField(_("narasi skenario"), help_text=_("Situasi yang dihadapi pegawai."))
    rhk_atasan = models.CharField(_("RHK atasan yang diintervensi"), max_length=300)
    rhk_model = models.CharField(_("RHK jawaban model"), max_length=300)
    fakta_realisasi = models.TextField(
        _("fakta realisasi"),
        help_text=_("Narasi akhir periode: apa yang terjadi, dengan angka-angkanya."),
    )
    rating_perilaku = models.CharField(
        _("rating perilaku kerja"),
        max_length=30,
        choices=Rating.choices,
        default=Rating.SESUAI,
        help_text=_("Rating perilaku yang diberikan atasan dalam kasus ini."),
    )
    pendekatan = models.CharField(
        _("pendekatan"),
        max_length=20,
        choices=Pendekatan.choices,
        default=Pendekatan.KUANTITATIF,
        help_text=_(
            "Kualitatif: mesin tidak menghitung capaian; rating hasil kerja dari pejabat penilai "
            "dalam kasus wajib diisi."
        ),
    )
    rating_hasil_kerja = models.CharField(
        _("rating hasil kerja dari pejabat penilai"),
        max_length=30,
        choices=Rating.choices,
        blank=True,
        help_text=_("Kosongkan agar rating hasil kerja mengikuti usulan mesin."),
    )
    capaian_kinerja_organisasi = models.CharField(
        _("capaian kinerja organisasi"),
        max_length=20,
        choices=NilaiCapaianOrganisasi.choices,
        blank=True,
        help_text=_(
            "Isi bila peserta dalam kasus memimpin unit: rating hasil kerjanya mengikuti capaian "
            "unit (SE MenPANRB 3/2023)."
        ),
    )
    koefisien_jf = models.DecimalField(
        _("koefisien angka kredit tahunan"),
        max_digits=6,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_(
            "Isi bila peserta dalam kasus pejabat fungsional: angka kredit dihitung untuk 12 bulan "
            "(PermenPANRB 1/2023)."
        ),
    )
    tingkat = models.CharField(
        _("tingkat kesulitan"), max_length=20, choices=Tingkat.choices, default=Tingkat.DASAR
    )
    petunjuk = models.TextField(_("petunjuk"), blank=True, help_text=_("Satu petunjuk per baris."))
    tampilkan_pp46 = models.BooleanField(_("tampilkan perbandingan PP 46/2011"), default=True)
    minta_prediksi = models.BooleanField(_("minta peserta menebak predikat"), default=False)
    revisions = GenericRelation("wagtailcore.Revision", related_query_name="kasussimulasi")

    panels = [
        FieldPanel("judul"),
        FieldPanel("slug"),
        MultiFieldPanel(
            [FieldPanel("jabatan"), FieldPanel("unit_kerja"), FieldPanel("narasi")],
            heading=_("Skenario"),
        ),
        FieldPanel("rhk_atasan"),
        MultiFieldPanel(
            [FieldPanel("rhk_model"), InlinePanel("indikator_model", min_num=1, max_num=5)],
            heading=_("Jawaban model dan realisasinya"),
        ),
        FieldPanel("fakta_realisasi"),
        MultiFieldPanel(
            [
                FieldPanel("rating_perilaku"),
                FieldPanel("pendekatan"),
                FieldPanel("rating_hasil_kerja"),
                FieldPanel("capaian_kinerja_organisasi"),
                FieldPanel("koefisien_jf"),
            ],
            heading=_("Penilaian dalam kasus"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("tingkat"),
                FieldPanel("petunjuk"),
                FieldPanel("tampilkan_pp46"),
                FieldPanel("minta_prediksi"),
            ],
            heading=_("Pengaturan latihan"),
        ),
    ]
    search_fields = [index.SearchField("judul"), index.SearchField("narasi")]

    class Meta:
        verbose_name = _("kasus simulasi")
        verbose_name_plural = _("kasus simulasi")
        ordering = ["judul"]

    def __str__(self) -> str:
        return self.judul

    def get_absolute_url(self) -> str:
        return reverse("simulasi:kasus", args=[self.slug])

    def clean(self):
        super().clean()
        if self.pendekatan == Pendekatan.KUALITATIF and not self.rating_hasil_kerja:
            raise ValidationError(
                {
                    "rating_hasil_kerja": _(
                        "Pendekatan kualitatif tidak memiliki capaian angka: isi rating hasil "
                        "kerja dari pejabat penilai."
                    )
                }
            )

    def daftar_petunjuk(self) -> list[str]:
        return [baris.strip() for baris in self.petunjuk.splitlines() if baris.strip()]

    @property
    def preview_modes(self):
        return [
            ("", _("Kasus (langkah 1)")),
            ("realisasi", _("Fakta realisasi dan jawaban model (langkah 3)")),
        ]

    def get_preview_template(self, request, mode_name):
        if mode_name == "realisasi":
            return "simulasi/pratinjau_realisasi.html"
        return "simulasi/kasus_simulasi.html"

    def get_preview_context(self, request, mode_name):
        langkah = 3 if mode_name == "realisasi" else 1
        return {"request": request, "kasus": self, "langkah": langkah, "pratinjau": True}


class IndikatorModel(Orderable):
    """One IKI of the trainer's model answer, with the realisation the case's facts give."""

    Polaritas = Polaritas

    kasus = ParentalKey(KasusSimulasi, on_delete=models.CASCADE, related_name="indikator_model")
    teks = models.CharField(_("indikator kinerja individu"), max_length=300)
    aspek = models.CharField(_("aspek"), max_length=20, choices=Aspek.choices)
    target = models.DecimalField(_("target"), max_digits=16, decimal_places=2)
    satuan = models.CharField(_("satuan"), max_length=50)
    polaritas = models.CharField(
        _("polaritas"),
        max_length=10,
        choices=Polaritas.choices,
        blank=True,
        help_text=_(
            "Kosongkan untuk bawaan mesin: naik untuk kuantitas/kualitas, turun untuk waktu/biaya."
        ),
    )
    realisasi = models.DecimalField(_("realisasi"), max_digits=16, decimal_places=2)

    panels = [
        FieldPanel("teks"),
        FieldPanel("aspek"),
        FieldPanel("target"),
        FieldPanel("satuan"),
        FieldPanel("polaritas"),
        FieldPanel("realisasi"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("indikator jawaban model")
        verbose_name_plural = _("indikator jawaban model")

    def __str__(self) -> str:
        return self.teks


class PercobaanSimulasi(models.Model):
    """One completed attempt, stored with the engine's input and output as they were."""

    kasus = models.ForeignKey(
        KasusSimulasi, verbose_name=_("kasus"), on_delete=models.PROTECT, related_name="percobaan"
    )
    pengguna = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("peserta"),
        on_delete=models.CASCADE,
        related_name="percobaan_simulasi",
    )
    dibuat = models.DateTimeField(_("waktu"), auto_now_add=True)
    jawaban = models.JSONField(_("jawaban peserta"))
    pemeriksaan = models.JSONField(_("hasil pemeriksa indikator"))
    masukan_mesin = models.JSONField(_("masukan mesin (PermenPANRB 6/2022)"))
    hasil_mesin = models.JSONField(_("hasil mesin (PermenPANRB 6/2022)"))
    masukan_pp46 = models.JSONField(_("masukan mesin (PP 46/2011)"), null=True, blank=True)
    hasil_pp46 = models.JSONField(_("hasil mesin (PP 46/2011)"), null=True, blank=True)
    versi_mesin = models.CharField(_("versi mesin"), max_length=20)
    kebijakan_nama = models.CharField(_("kebijakan"), max_length=150)
    kebijakan_ambang_di_atas = models.DecimalField(
        _("ambang di atas ekspektasi"), max_digits=6, decimal_places=2
    )
    kebijakan_ambang_sesuai = models.DecimalField(
        _("ambang sesuai ekspektasi"), max_digits=6, decimal_places=2
    )
    predikat = models.CharField(_("predikat"), max_length=30)
    prediksi = models.CharField(
        _("tebakan predikat"), max_length=30, choices=Predikat.choices, blank=True
    )
    prediksi_cocok = models.BooleanField(_("tebakan tepat"), null=True)
    skor_kualitas = models.PositiveSmallIntegerField(_("skor kualitas indikator"))
    skor_cakupan = models.PositiveSmallIntegerField(_("skor cakupan aspek"))
    skor = models.PositiveSmallIntegerField(_("skor percobaan"))

    class Meta:
        verbose_name = _("percobaan simulasi")
        verbose_name_plural = _("percobaan simulasi")
        ordering = ["-dibuat", "-pk"]
        indexes = [models.Index(fields=["pengguna", "-dibuat"])]

    def __str__(self) -> str:
        return f"{self.kasus} — {self.pengguna} ({self.dibuat:%d-%m-%Y %H:%M})"

    def get_absolute_url(self) -> str:
        return reverse("simulasi:percobaan", args=[self.pk])
