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
