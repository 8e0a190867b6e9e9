"""Reminders on a clock (run by ``manage.py jalankan_jadwal``), each sent once per threshold.

SKP (the application's policy, not a regulation): when the running period (``Periode.aktif``,
a calendar year) ends within ``AMBANG_SKP_HARI`` days and an active employee with a login has not
submitted an SKP for it (a draft, or none at all), the employee is reminded. Once a threshold has
been sent (a ``JejakPengingat`` row per period and threshold) it is never sent again; a first run
that is late sends only the nearest threshold and marks the earlier ones done.
"""

from __future__ import annotations

from datetime import date

from django.db import transaction
from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from penilaian.models import SKP, Pegawai, Periode

from ..models import JejakPengingat, JenisNotifikasi
from . import siarkan

#: Days before the period's end at which employees without a submitted SKP are reminded.
AMBANG_SKP_HARI = (30, 7)


def akhir_periode(periode: Periode) -> date:
    return date(periode.tahun, 12, 31)


def penerima_pengingat_skp(periode: Periode):
    """User ids of active employees with a login whose SKP for ``periode`` is not submitted."""
    sudah_diajukan = SKP.objects.filter(pegawai=OuterRef("pk"), periode=periode).exclude(
        status=SKP.Status.DRAFT
    )
    return (
        Pegawai.objects.filter(aktif=True, user__isnull=False, user__is_active=True)
        .exclude(Exists(sudah_diajukan))
        .order_by("pk")
        .values_list("user_id", flat=True)
    )


@transaction.atomic
def kirim_pengingat_skp(*, hari_ini: date | None = None) -> int:
    """Send the SKP reminder of the threshold reached today, once. Returns the batches queued
    (0 when there is nothing to send)."""
    hari_ini = hari_ini or timezone.localdate()
    periode = Periode.objects.filter(aktif=True).first()
    if periode is None:
        return 0
    akhir = akhir_periode(periode)
    sisa = (akhir - hari_ini).days
    if sisa < 0:
        return 0
    tercapai = sorted(a for a in AMBANG_SKP_HARI if sisa <= a)
    if not tercapai:
        return 0
    kunci = [f"pengingat-skp:{periode.pk}:{a}" for a in tercapai]
    sudah = set(JejakPengingat.objects.filter(kunci__in=kunci).values_list("kunci", flat=True))
    if kunci[0] in sudah:
        return 0
    JejakPengingat.objects.bulk_create(
        [JejakPengingat(kunci=k) for k in kunci if k not in sudah], ignore_conflicts=True
    )
    return siarkan(
        jenis=JenisNotifikasi.PENGINGAT_SKP,
        penerima=penerima_pengingat_skp(periode),
        judul=_("SKP periode %(tahun)s belum diajukan") % {"tahun": periode.tahun},
        isi=_(
            "Periode %(tahun)s berakhir %(akhir)s (%(sisa)s hari lagi). Lengkapi SKP Anda lalu "
            "ajukan kepada atasan langsung."
        )
        % {"tahun": periode.tahun, "akhir": date_format(akhir, "j F Y"), "sisa": sisa},
        tautan=reverse("penilaian:dasbor"),
    )
