"""Enrolment assigned by a trainer or Admin Kepegawaian: a course for a unit (with or without
its subunits), a jabatan (exact or containing a text) or a pasted list of NIP, with an
optional due date.

Rules:

* Only employees in the assigner's unit scope (``penilaian.akses.saring_lingkup``) are reached;
  a NIP outside the scope reads as not found, like a NIP that does not exist.
* An employee needs an active login to be enrolled; those without one are listed, not enrolled.
* Assigning is idempotent: nobody is enrolled twice. For someone already enrolled and not yet
  finished, a due date is **set** when there was none and **extended** when the new one is
  later; an earlier date never shortens an existing one (application policy: a participant is
  not surprised by a deadline moved forward). Finished enrolments are left as they are.
* Everything is written in one transaction, logged in Wagtail's audit log on the course, and
  ``kursus.peristiwa.pendaftaran_ditugaskan`` is sent after commit with the new enrolments
  and those whose due date changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from penilaian.akses import saring_lingkup, turunan_unit
from penilaian.models import Pegawai, UnitKerja
from penilaian.peristiwa import umumkan

from .models import KursusPage, Pendaftaran
from .peristiwa import pendaftaran_ditugaskan

AKSI_LOG = "kursus.penugasan"
#: More pasted lines than this are refused (a list is typed or pasted by a person).
MAKS_BARIS_NIP = 5000


class Sasaran:
    UNIT = "unit"
    JABATAN = "jabatan"
    NIP = "nip"


class CocokJabatan:
    PERSIS = "persis"
    MEMUAT = "memuat"


@dataclass(frozen=True)
class SasaranPenugasan:
    """Who a course is assigned to (one of the three kinds)."""

    jenis: str
    unit_id: int | None = None
    dengan_subunit: bool = True
    jabatan: str = ""
    cocok_jabatan: str = CocokJabatan.PERSIS
    daftar_nip: str = ""

    def ke_json(self) -> dict:
        return {
            "jenis": self.jenis,
            "unit_id": self.unit_id,
            "dengan_subunit": self.dengan_subunit,
            "jabatan": self.jabatan,
            "cocok_jabatan": self.cocok_jabatan,
            "jumlah_baris_nip": len(self.daftar_nip.splitlines()),
        }


@dataclass(frozen=True)
class BarisBermasalah:
    """A pasted line (or an employee of a unit/jabatan) that will not be enrolled, and why."""

    baris: int | None
    teks: str
    pesan: str


@dataclass
class Pratinjau:
    baru: list[Pegawai] = field(default_factory=list)
    sudah: list[Pegawai] = field(default_factory=list)
    masalah: list[BarisBermasalah] = field(default_factory=list)

    @property
    def jumlah_baru(self) -> int:
        return len(self.baru)

    @property
    def jumlah_sudah(self) -> int:
        return len(self.sudah)


@dataclass(frozen=True)
class HasilPenugasan:
    baru: int
    tenggat_diubah: int
    tetap: int
    masalah: int


def _pegawai_sasaran(*, user, sasaran: SasaranPenugasan) -> tuple[QuerySet, list]:
    """The employees in scope the target names, and the problem lines of a pasted NIP list."""
    qs = saring_lingkup(user, Pegawai.objects.select_related("user", "unit"), medan="unit")
    masalah: list[BarisBermasalah] = []
    if sasaran.jenis == Sasaran.UNIT:
        unit_ids = {sasaran.unit_id}
        if sasaran.dengan_subunit:
            unit_ids = set(turunan_unit(unit_ids))
        return qs.filter(unit_id__in=unit_ids), masalah
    if sasaran.jenis == Sasaran.JABATAN:
        jabatan = " ".join(sasaran.jabatan.split())
        if sasaran.cocok_jabatan == CocokJabatan.MEMUAT:
            return qs.filter(jabatan__icontains=jabatan), masalah
        return qs.filter(jabatan__iexact=jabatan), masalah
    wanted: dict[str, int] = {}
    for nomor, mentah in enumerate(sasaran.daftar_nip.splitlines(), start=1):
        teks = mentah.strip()
        if not teks:
            continue
        nip = re.sub(r"[\s.\-]", "", teks)
        if not re.fullmatch(r"\d{18}", nip):
            masalah.append(BarisBermasalah(nomor, teks[:60], _("bukan NIP 18 digit angka.")))
        elif nip in wanted:
            masalah.append(
                BarisBermasalah(
                    nomor, nip, _("NIP ini sudah ada di baris %(baris)s.") % {"baris": wanted[nip]}
                )
            )
        else:
            wanted[nip] = nomor
    ditemukan = set(qs.filter(nip__in=wanted).values_list("nip", flat=True))
    for nip, nomor in wanted.items():
        if nip not in ditemukan:
            masalah.append(
                BarisBermasalah(nomor, nip, _("NIP tidak ditemukan di unit dalam lingkup Anda."))
            )
    masalah.sort(key=lambda m: m.baris or 0)
    return qs.filter(nip__in=ditemukan), masalah


def pratinjau_penugasan(*, user, kursus: KursusPage, sasaran: SasaranPenugasan) -> Pratinjau:
    """Who would be enrolled (new), who already is, and who cannot be (with the reason)."""
    pegawai, masalah = _pegawai_sasaran(user=user, sasaran=sasaran)
    hasil = Pratinjau(masalah=masalah)
    terdaftar = set(
        Pendaftaran.objects.filter(kursus=kursus, user__pegawai__in=pegawai).values_list(
            "user_id", flat=True
        )
    )
    for p in pegawai.order_by("unit__nama", "nama", "nip"):
        if p.user is None:
            hasil.masalah.append(
                BarisBermasalah(None, f"{p.nip} {p.nama}", _("belum memiliki akun masuk."))
            )
        elif not p.user.is_active:
            hasil.masalah.append(
                BarisBermasalah(None, f"{p.nip} {p.nama}", _("akunnya dinonaktifkan."))
            )
        elif p.user_id in terdaftar:
            hasil.sudah.append(p)
        else:
            hasil.baru.append(p)
    return hasil


def _tenggat_baru(lama: date | None, baru: date | None) -> date | None:
    """The due date after re-assigning: set when none, extended when later, never shortened."""
    if baru is None:
        return lama
    if lama is None or baru > lama:
        return baru
    return lama


@transaction.atomic
def penugasan_simpan(
    *, user, kursus: KursusPage, sasaran: SasaranPenugasan, tenggat: date | None
) -> HasilPenugasan:
    """Enrol the target (recomputed here: the preview may be stale) and set due dates."""
    pratinjau = pratinjau_penugasan(user=user, kursus=kursus, sasaran=sasaran)
    sekarang = timezone.now()
    baru = [
        Pendaftaran(
            user=p.user,
            kursus=kursus,
            tenggat=tenggat,
            ditugaskan_oleh=user,
            ditugaskan_pada=sekarang,
        )
        for p in pratinjau.baru
    ]
    # ignore_conflicts: a participant who enrols themself at this moment keeps one row.
    Pendaftaran.objects.bulk_create(baru, ignore_conflicts=True)
    dibuat = list(
        Pendaftaran.objects.filter(
            kursus=kursus, user__in=[p.user for p in pratinjau.baru], ditugaskan_pada=sekarang
        )
    )
    diubah = []
    for lama in Pendaftaran.objects.select_for_update().filter(
        kursus=kursus, user__in=[p.user for p in pratinjau.sudah], selesai_pada__isnull=True
    ):
        tenggat_lama = lama.tenggat
        lama.tenggat = _tenggat_baru(lama.tenggat, tenggat)
        if lama.tenggat != tenggat_lama:
            lama.ditugaskan_oleh = user
            lama.ditugaskan_pada = sekarang
            diubah.append(lama)
    Pendaftaran.objects.bulk_update(diubah, ["tenggat", "ditugaskan_oleh", "ditugaskan_pada"])
    hasil = HasilPenugasan(
        baru=len(dibuat),
        tenggat_diubah=len(diubah),
        tetap=pratinjau.jumlah_sudah - len(diubah),
        masalah=len(pratinjau.masalah),
    )
    log(
        instance=kursus,
        action=AKSI_LOG,
        user=user,
        data={
            "sasaran": sasaran.ke_json(),
            "tenggat": tenggat.isoformat() if tenggat else None,
            "baru": hasil.baru,
            "tenggat_diubah": hasil.tenggat_diubah,
            "tetap": hasil.tetap,
            "tidak_didaftarkan": hasil.masalah,
        },
    )
    dikirim = dibuat + diubah
    if dikirim:
        umumkan(
            pendaftaran_ditugaskan, Pendaftaran, pendaftaran=dikirim, oleh=user, tenggat=tenggat
        )
    return hasil


def unit_dalam_lingkup(user) -> QuerySet:
    """The units the assigner may choose (their scope, or all for the global role)."""
    return saring_lingkup(user, UnitKerja.objects.order_by("nama"), medan="pk")
