"""The indicator library: every entry passes the indicator checker."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from ..models import (
    PustakaIndikator,
)
from .dasar import (
    KesalahanPenilaian,
    _keadaan,
    catat_riwayat,
)
from .skp import periksa_indikator

# --- pustaka indikator ---------------------------------------------------------------------


@transaction.atomic
def pustaka_simpan(*, oleh, pustaka: PustakaIndikator) -> PustakaIndikator:
    """Save a library entry; it must pass the indicator checker (no blocking finding)."""
    hasil = periksa_indikator(pustaka)
    if not hasil.layak:
        raise KesalahanPenilaian(
            _("Indikator belum memenuhi pemeriksa indikator."),
            masalah=[t.pesan for t in hasil.temuan if t.blokir],
        )
    sebelum = _keadaan(PustakaIndikator.objects.get(pk=pustaka.pk)) if pustaka.pk else None
    pustaka.skor_pemeriksa = hasil.skor
    pustaka.save()
    catat_riwayat(
        oleh=oleh, objek=pustaka, aksi="pustaka_simpan", sebelum=sebelum, sesudah=_keadaan(pustaka)
    )
    return pustaka
