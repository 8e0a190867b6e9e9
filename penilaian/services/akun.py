"""Login accounts of employees: created by the staff import, the admin form and Admin
Kepegawaian's account page.

An employee's login has the NIP as user name and no usable password: the employee chooses it
when activating (an emailed link or a printed letter with a one-time code, both in the site
layer). This layer may create ``User`` rows but not import ``situs``; it announces the new
accounts with :data:`penilaian.peristiwa.akun_pegawai_dibuat` once the transaction commits, and
the site layer issues the activation.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.log_actions import log

from ..models import Pegawai
from ..peristiwa import akun_pegawai_dibuat

#: The role groups every employee's login gets (names of ``situs.peran``; the layer rules
#: forbid importing it here, a test keeps the two in step).
PERAN_AKUN_PEGAWAI = ("Pegawai", "Peserta")

#: Wagtail log actions for accounts (labels registered in ``penilaian.wagtail_hooks``).
LOG_AKUN_BUAT = "penilaian.akun_buat"
LOG_AKUN_TAUTKAN = "penilaian.akun_tautkan"


def _nama_depan(nama: str) -> str:
    return nama[: get_user_model()._meta.get_field("first_name").max_length]


@transaction.atomic
def akun_pegawai_buat(*, oleh, pegawai: Iterable[Pegawai]) -> list[Pegawai]:
    """Give every employee in ``pegawai`` without a login one (idempotent).

    An existing ``User`` whose user name is the NIP and who belongs to no other employee is
    linked, not duplicated; a new one gets no usable password and the groups
    :data:`PERAN_AKUN_PEGAWAI`. Returns the employees whose login was created or linked; those
    of them that still need an activation (no usable password) are announced after commit."""
    User = get_user_model()
    calon = [p for p in pegawai if p.user_id is None]
    if not calon:
        return []
    ada = {u.username: u for u in User.objects.filter(username__in=[p.nip for p in calon])}
    terpakai = set(
        Pegawai.objects.filter(user__in=list(ada.values())).values_list("user_id", flat=True)
    )
    grup = list(Group.objects.filter(name__in=PERAN_AKUN_PEGAWAI))
    hasil: list[Pegawai] = []
    for p in calon:
        user = ada.get(p.nip)
        if user is not None and user.pk in terpakai:
            continue  # the NIP's login belongs to another employee record: left to the admin
        aksi = LOG_AKUN_TAUTKAN
        if user is None:
            user = User(username=p.nip, first_name=_nama_depan(p.nama), email=p.email)
            user.set_unusable_password()
            user.save()
            aksi = LOG_AKUN_BUAT
        user.groups.add(*grup)
        p.user = user
        p.save(update_fields=["user"])
        log(instance=p, action=aksi, user=oleh if getattr(oleh, "pk", None) else None)
        hasil.append(p)
    perlu_aktivasi = [p for p in hasil if not p.user.has_usable_password()]
    if perlu_aktivasi:
        transaction.on_commit(
            lambda: akun_pegawai_dibuat.send(sender=Pegawai, oleh=oleh, pegawai=perlu_aktivasi)
        )
    return hasil
