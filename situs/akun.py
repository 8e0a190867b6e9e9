"""What Admin Kepegawaian does with an employee's login, each action in Wagtail's log.

The admin views (``situs.wagtail_hooks``) find the employee within the administrator's unit
scope first (``penilaian.akses.saring_lingkup``); these services trust that and write.
"""

from __future__ import annotations

from django.db import transaction
from wagtail.log_actions import log

from penilaian.models import Pegawai, UnitKerja
from penilaian.services.akun import akun_pegawai_buat

from . import aktivasi
from .surat_aktivasi import surat_aktivasi_pdf

LOG_NONAKTIFKAN = "situs.akun_nonaktifkan"
LOG_AKTIFKAN = "situs.akun_aktifkan"
LOG_KIRIM_SUREL = "situs.aktivasi_surel"
LOG_CETAK_SURAT = "situs.aktivasi_surat"


class Keadaan:
    """The account states the admin page shows."""

    TANPA_AKUN = "tanpa_akun"
    MENUNGGU = "menunggu_aktivasi"
    AKTIF = "aktif"
    NONAKTIF = "nonaktif"


def keadaan_akun(pegawai: Pegawai) -> str:
    user = pegawai.user
    if user is None:
        return Keadaan.TANPA_AKUN
    if not user.is_active:
        return Keadaan.NONAKTIF
    if not user.has_usable_password():
        return Keadaan.MENUNGGU
    return Keadaan.AKTIF


def akun_buat(*, oleh, pegawai: Pegawai) -> bool:
    """Create (or link) the employee's login; the activation follows the usual path (an
    emailed link when there is an address). Returns whether a login was added."""
    return bool(akun_pegawai_buat(oleh=oleh, pegawai=[pegawai]))


@transaction.atomic
def akun_atur_aktif(*, oleh, pegawai: Pegawai, aktif: bool) -> None:
    """Deactivate or reactivate the login (an inactive login cannot log in or activate; its
    open sessions end on their next request)."""
    user = pegawai.user
    if user is None or user.is_active == aktif:
        return
    user.is_active = aktif
    user.save(update_fields=["is_active"])
    log(instance=pegawai, action=LOG_AKTIFKAN if aktif else LOG_NONAKTIFKAN, user=oleh)


@transaction.atomic
def aktivasi_kirim_ulang(*, oleh, pegawai: Pegawai) -> bytes | None:
    """A new activation for one employee, cancelling the earlier ones: an email when the
    employee has an address (returns None), otherwise a letter (returns its PDF)."""
    if pegawai.email:
        aktivasi.aktivasi_kirim_surel(pegawai=pegawai, oleh=oleh)
        log(instance=pegawai, action=LOG_KIRIM_SUREL, user=oleh)
        return None
    return surat_cetak(oleh=oleh, pegawai=[pegawai])


@transaction.atomic
def surat_cetak(*, oleh, pegawai: list[Pegawai]) -> bytes:
    """Letters (one page each) with new codes for the given employees' logins."""
    isi = aktivasi.surat_terbitkan(pegawai=pegawai, oleh=oleh)
    for p in pegawai:
        if p.user_id:
            log(instance=p, action=LOG_CETAK_SURAT, user=oleh)
    return surat_aktivasi_pdf(isi, alamat_situs=aktivasi.alamat_situs())


def pegawai_untuk_surat(*, unit: UnitKerja, semua: bool, lingkup_qs) -> list[Pegawai]:
    """The unit's active employees with a login, in name order; only those still awaiting
    activation unless ``semua``. ``lingkup_qs`` is the administrator's scoped Pegawai set."""
    qs = (
        lingkup_qs.filter(unit=unit, aktif=True, user__isnull=False, user__is_active=True)
        .select_related("user", "unit")
        .order_by("nama")
    )
    return [p for p in qs if semua or not p.user.has_usable_password()]
