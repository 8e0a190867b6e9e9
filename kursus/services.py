"""Writes: enrolment, lesson progress, course completion and certificates.

Completion rule (``pendaftaran_periksa_selesai``): a course is complete when every live lesson
is marked done AND every extra condition in ``SYARAT_PENYELESAIAN`` holds: today
``post_test_lulus`` (the course has no post-test, or the participant passed it). Submitting a
quiz and marking an essay call ``pendaftaran_periksa_selesai`` again.
"""

import secrets
from collections.abc import Callable
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from penilaian.akses import nama_orang, pegawai_dari
from penilaian.peristiwa import umumkan

from .kuis.selectors import post_test_lulus
from .models import (
    KemajuanPelajaran,
    KursusPage,
    PelajaranPage,
    Pendaftaran,
    PengingatTenggat,
    Sertifikat,
)
from .peristiwa import sertifikat_terbit, tenggat_mendekat
from .selectors import status_kursus

#: Extra completion conditions beyond "all lessons done" (the post-test hook, see above).
SYARAT_PENYELESAIAN: list[Callable[[Pendaftaran], bool]] = [post_test_lulus]

#: No 0/O or 1/I: the code is typed by hand from paper.
ALFABET_KODE = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


class BelumTerdaftar(Exception):
    """The participant is not enrolled in the lesson's course."""


class PelajaranTerkunci(Exception):
    """The course opens lessons in order and an earlier lesson is not done."""


@transaction.atomic
def pendaftaran_buat(*, user, kursus: KursusPage) -> Pendaftaran:
    """Enrol the user (idempotent)."""
    pendaftaran, _ = Pendaftaran.objects.get_or_create(user=user, kursus=kursus)
    return pendaftaran


@transaction.atomic
def kemajuan_tandai_selesai(*, user, pelajaran: PelajaranPage) -> Pendaftaran:
    """Mark a lesson done (idempotent), then check whether the course is complete."""
    kursus = KursusPage.objects.get(path=pelajaran.path[: -PelajaranPage.steplen])
    status = status_kursus(kursus=kursus, user=user)
    if status.pendaftaran is None:
        raise BelumTerdaftar
    saat_ini = next((s for s in status.pelajaran if s.pelajaran.pk == pelajaran.pk), None)
    if saat_ini is None or not saat_ini.terbuka:
        raise PelajaranTerkunci
    KemajuanPelajaran.objects.get_or_create(pendaftaran=status.pendaftaran, pelajaran=pelajaran)
    pendaftaran_periksa_selesai(pendaftaran=status.pendaftaran)
    return status.pendaftaran


@transaction.atomic
def pendaftaran_periksa_selesai(*, pendaftaran: Pendaftaran) -> bool:
    """Apply the completion rule; on completion set the date and issue the certificate."""
    if pendaftaran.selesai_pada is not None:
        return True
    status = status_kursus(kursus=pendaftaran.kursus, user=pendaftaran.user)
    if status.jumlah == 0 or status.jumlah_selesai < status.jumlah:
        return False
    if not all(syarat(pendaftaran) for syarat in SYARAT_PENYELESAIAN):
        return False
    pendaftaran.selesai_pada = timezone.now()
    pendaftaran.save(update_fields=["selesai_pada"])
    sertifikat_terbitkan(pendaftaran=pendaftaran)
    return True


def _kode_baru() -> str:
    while True:
        kode = "".join(secrets.choice(ALFABET_KODE) for _ in range(12))
        if not Sertifikat.objects.filter(kode=kode).exists():
            return kode


@transaction.atomic
def sertifikat_terbitkan(*, pendaftaran: Pendaftaran) -> Sertifikat:
    """Issue the certificate of a completed enrolment, once: a second call returns the first.

    Name and NIP come from the participant's employee record (penilaian.Pegawai) when there is
    one; otherwise the name comes from the account and the NIP stays empty (a user name is not
    a NIP, and the certificate then prints no NIP line)."""
    pendaftaran = Pendaftaran.objects.select_for_update().get(pk=pendaftaran.pk)
    ada = Sertifikat.objects.filter(pendaftaran=pendaftaran).first()
    if ada is not None:
        return ada
    user = pendaftaran.user
    kursus = pendaftaran.kursus
    pegawai = pegawai_dari(user)
    sertifikat = Sertifikat.objects.create(
        pendaftaran=pendaftaran,
        kode=_kode_baru(),
        nama_peserta=nama_orang(user),
        nip=pegawai.nip if pegawai else "",
        judul_kursus=kursus.title,
        durasi_jp=kursus.durasi_jp,
        diterbitkan_pada=pendaftaran.selesai_pada or timezone.now(),
    )
    umumkan(sertifikat_terbit, Sertifikat, sertifikat=sertifikat)
    return sertifikat


#: Reminders go out this many days before an enrolment's due date.
AMBANG_PENGINGAT = (7, 1)


def kirim_pengingat_tenggat(sekarang=None) -> int:
    """Send ``tenggat_mendekat`` for unfinished enrolments whose due date is 7 days and 1 day
    away; returns how many reminders were sent.

    Each threshold is sent once per enrolment and due date (``PengingatTenggat``): running again
    sends nothing new, and a due date that is moved gets its reminders again. A run that was
    missed catches up: an enrolment past a threshold but not yet at its due date gets one
    reminder, and every threshold it has passed is recorded (no second reminder the next day
    for the 7-day threshold when the 1-day one is already due)."""
    hari_ini = timezone.localdate(sekarang or timezone.now())
    batas = hari_ini + timedelta(days=max(AMBANG_PENGINGAT))
    calon = (
        Pendaftaran.objects.filter(
            selesai_pada__isnull=True, tenggat__gte=hari_ini, tenggat__lte=batas
        )
        .select_related("user", "kursus")
        .order_by("pk")
    )
    terkirim: dict[int, set[tuple[int, object]]] = {}
    for pk, ambang, tenggat in PengingatTenggat.objects.filter(pendaftaran__in=calon).values_list(
        "pendaftaran_id", "ambang_hari", "tenggat"
    ):
        terkirim.setdefault(pk, set()).add((ambang, tenggat))
    jumlah = 0
    for pendaftaran in calon:
        sisa = (pendaftaran.tenggat - hari_ini).days
        lewat = [a for a in AMBANG_PENGINGAT if sisa <= a]
        baru = [
            a for a in lewat if (a, pendaftaran.tenggat) not in terkirim.get(pendaftaran.pk, ())
        ]
        if baru and _pengingat_catat(pendaftaran=pendaftaran, ambang=baru):
            jumlah += 1
    return jumlah


@transaction.atomic
def _pengingat_catat(*, pendaftaran: Pendaftaran, ambang: list[int]) -> bool:
    """Record the thresholds and send one reminder after commit. The enrolment row is locked
    and the record read again, so two runs at once send one reminder, not two."""
    Pendaftaran.objects.select_for_update().filter(pk=pendaftaran.pk).first()
    sudah = set(
        PengingatTenggat.objects.filter(
            pendaftaran=pendaftaran, tenggat=pendaftaran.tenggat
        ).values_list("ambang_hari", flat=True)
    )
    baru = [a for a in ambang if a not in sudah]
    if not baru:
        return False
    PengingatTenggat.objects.bulk_create(
        [
            PengingatTenggat(pendaftaran=pendaftaran, ambang_hari=a, tenggat=pendaftaran.tenggat)
            for a in baru
        ]
    )
    umumkan(tenggat_mendekat, Pendaftaran, pendaftaran=pendaftaran, tenggat=pendaftaran.tenggat)
    return True
