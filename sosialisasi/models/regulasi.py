"""A regulation entry of the library: a snippet with drafts and revisions that goes through
the trainers' "Moderasi kursus" workflow like quizzes do."""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import DraftStateMixin, RevisionMixin, WorkflowMixin
from wagtail.search import index

from penilaian.isian import KolomTahun


class Regulasi(WorkflowMixin, DraftStateMixin, RevisionMixin, index.Indexed, models.Model):
    class Jenis(models.TextChoices):
        UU = "uu", _("Undang-Undang")
        PP = "pp", _("Peraturan Pemerintah")
        PERMEN = "permen", _("Peraturan Menteri")
        PERBAN = "perban", _("Peraturan Badan")
        SE = "se", _("Surat Edaran Menteri")
        PERDA = "perda", _("Peraturan Daerah")
        PERWAL = "perwal", _("Peraturan Wali Kota")

    class Status(models.TextChoices):
        BERLAKU = "berlaku", _("Berlaku")
        DIUBAH = "diubah", _("Berlaku dengan perubahan")
        DICABUT = "dicabut", _("Dicabut")

    jenis = models.CharField(_("jenis"), max_length=10, choices=Jenis.choices)
    penerbit = models.CharField(
        _("penerbit"),
        max_length=100,
        blank=True,
        help_text=_("Misalnya Menteri PANRB atau BKN; kosongkan untuk UU dan PP."),
    )
    nomor = models.CharField(_("nomor"), max_length=20)
    tahun = KolomTahun(_("tahun"))
    tentang = models.CharField(_("tentang"), max_length=300)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.BERLAKU
    )
    diganti_oleh = models.ForeignKey(
        "self",
        verbose_name=_("diganti/diubah oleh"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="menggantikan",
    )
    ringkasan = models.TextField(
        _("ringkasan kami"),
        help_text=_(
            "Ringkasan berbahasa sederhana yang ditulis tim kami, bukan kutipan resmi. "
            "Hanya nyatakan apa yang sudah dipastikan."
        ),
    )
    dokumen = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("berkas resmi"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Unggah salinan resmi (PDF) dari sumber pemerintah."),
    )
    revisions = GenericRelation("wagtailcore.Revision", related_query_name="regulasi")
    _workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="regulasi",
        for_concrete_model=False,
    )

    panels = [
        FieldPanel("jenis"),
        FieldPanel("penerbit"),
        FieldPanel("nomor"),
        FieldPanel("tahun"),
        FieldPanel("tentang"),
        FieldPanel("status"),
        FieldPanel("diganti_oleh"),
        FieldPanel("ringkasan"),
        FieldPanel("dokumen"),
    ]

    search_fields = [
        index.SearchField("tentang"),
        index.SearchField("ringkasan"),
        index.FilterField("tahun"),
        index.AutocompleteField("nomor"),
    ]

    class Meta:
        verbose_name = _("regulasi")
        verbose_name_plural = _("regulasi")
        ordering = ["-tahun", "jenis", "nomor"]
        constraints = [
            models.UniqueConstraint(
                fields=["jenis", "penerbit", "nomor", "tahun"], name="regulasi_unik"
            )
        ]

    def __str__(self) -> str:
        return self.judul

    @property
    def judul(self) -> str:
        """ "Peraturan Menteri PANRB Nomor 6 Tahun 2022" style title."""
        jenis = self.get_jenis_display()
        if self.penerbit:
            jenis = f"{jenis} {self.penerbit}"
        return _("%(jenis)s Nomor %(nomor)s Tahun %(tahun)s") % {
            "jenis": jenis,
            "nomor": self.nomor,
            "tahun": self.tahun,
        }
