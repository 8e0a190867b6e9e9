"""Writes: enrolment, lesson progress, course completion and certificates.

Completion rule (``pendaftaran_periksa_selesai``): a course is complete when every live lesson
is marked done AND every extra condition in ``SYARAT_PENYELESAIAN`` holds: today
``post_test_lulus`` (the course has no post-test, or the participant passed it). Submitting a
quiz and marking an essay call ``pendaftaran_periksa_selesai`` again.
"""

import secrets
from collections.abc import Callable

from django.db import transaction
from django.utils import timezone

from penilaian.akses import pegawai_dari
from penilaian.peristiwa import umumkan

from .kuis.selectors import post_test_lulus
from .models import KemajuanPelajaran, KursusPage, PelajaranPage, Pendaftaran, Sertifikat
from .peristiwa import sertifikat_terbit
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
        nama_peserta=pegawai.nama if pegawai else (user.get_full_name() or user.get_username()),
        nip=pegawai.nip if pegawai else "",
        judul_kursus=kursus.title,
        durasi_jp=kursus.durasi_jp,
        diterbitkan_pada=pendaftaran.selesai_pada or timezone.now(),
    )
    umumkan(sertifikat_terbit, Sertifikat, sertifikat=sertifikat)
    return sertifikat
