"""Spreadsheet exports prepared in the background (django-tasks) and kept in private storage.

An export kind (``jenis``) is one function ``(pemilik, parameter) -> BerkasEkspor`` registered
with :func:`daftarkan`; the same function serves the synchronous download, so a file prepared
in the background holds what the page would have sent. The function checks the owner's rights
and scope again when it runs (an owner who lost a role between the request and the worker gets
a failed export, not the file). Apps above kursus (sosialisasi) register their kinds in their
``AppConfig.ready``; kursus never imports them.

Which exports go to the queue: an export of more than ``EKSPOR_BATAS_SINKRON`` rows (setting,
default :data:`BATAS_SINKRON`) is prepared in the background; smaller ones are sent at once.
Files are kept for :data:`MASA_SIMPAN` and then deleted by :func:`hapus_ekspor_kedaluwarsa`
(the schedule command calls it).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from io import BytesIO

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django_tasks import task

from penilaian.ekspor import baris_aman, tulis_csv

from .models import EksporBerkas

log = logging.getLogger(__name__)

MIME_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MIME_CSV = "text/csv; charset=utf-8"

#: Exports with more rows than this are prepared in the background (setting EKSPOR_BATAS_SINKRON).
BATAS_SINKRON = 1000
#: How long a prepared file is kept for its owner.
MASA_SIMPAN = timedelta(days=7)


@dataclass(frozen=True)
class BerkasEkspor:
    nama: str
    isi: bytes
    jenis_mime: str


class EksporDitolak(Exception):
    """The owner may no longer see what the export would contain."""


PembuatEkspor = Callable[[object, dict], BerkasEkspor]
_PEMBUAT: dict[str, PembuatEkspor] = {}


def daftarkan(jenis: str, pembuat: PembuatEkspor) -> None:
    """Register the function that builds exports of ``jenis`` (idempotent)."""
    _PEMBUAT[jenis] = pembuat


def pembuat(jenis: str) -> PembuatEkspor:
    return _PEMBUAT[jenis]


def batas_sinkron() -> int:
    return getattr(settings, "EKSPOR_BATAS_SINKRON", BATAS_SINKRON)


def berkas_csv(nama: str, kolom, baris) -> BerkasEkspor:
    """A CSV file (UTF-8); every cell goes through ``sel_aman``."""
    return BerkasEkspor(nama, tulis_csv(kolom, baris).encode(), MIME_CSV)


def berkas_xlsx(nama: str, lembar: list[tuple[str, tuple, list[list]]]) -> BerkasEkspor:
    """An XLSX workbook, one sheet per (title, header, rows); every cell through ``sel_aman``.
    Values other than text and whole numbers are written as their text (Decimal as 96.7)."""
    from openpyxl import Workbook

    buku = Workbook(write_only=True)
    for judul, kolom, baris in lembar:
        ws = buku.create_sheet(judul)
        if kolom:
            ws.append(baris_aman(kolom))
        for b in baris:
            ws.append(
                [
                    str(v) if v is not None and not isinstance(v, int | str) else v
                    for v in baris_aman(b)
                ]
            )
    keluaran = BytesIO()
    buku.save(keluaran)
    return BerkasEkspor(nama, keluaran.getvalue(), MIME_XLSX)


def respons_berkas(berkas: BerkasEkspor) -> HttpResponse:
    respons = HttpResponse(berkas.isi, content_type=berkas.jenis_mime)
    respons["Content-Disposition"] = f'attachment; filename="{berkas.nama}"'
    return respons


@transaction.atomic
def ekspor_minta(*, user, jenis: str, judul: str, parameter: dict) -> EksporBerkas:
    """Record an export request and enqueue its task once the request's transaction commits."""
    pembuat(jenis)  # an unknown kind fails here, in the request, not in the worker
    ekspor = EksporBerkas.objects.create(
        pemilik=user,
        jenis=jenis,
        judul=judul[:255],
        parameter=parameter,
        kedaluwarsa_pada=timezone.now() + MASA_SIMPAN,
    )
    transaction.on_commit(lambda: buat_ekspor.enqueue(ekspor.pk))
    return ekspor


def ekspor_atau_antre(request, *, jenis: str, judul: str, parameter: dict, jumlah_baris: int):
    """The response for an export link: the file at once when it is small, otherwise a queued
    export and a redirect to its page ("Sedang disiapkan…")."""
    if jumlah_baris <= batas_sinkron():
        return respons_berkas(pembuat(jenis)(request.user, parameter))
    ekspor = ekspor_minta(user=request.user, jenis=jenis, judul=judul, parameter=parameter)
    return redirect(ekspor.get_absolute_url())


@task()
def buat_ekspor(ekspor_id: int) -> str:
    """Build one export and store it privately; a failure is recorded on the row (never raised:
    the row is what the owner sees)."""
    ekspor = EksporBerkas.objects.filter(pk=ekspor_id, status=EksporBerkas.Status.ANTRE).first()
    if ekspor is None:
        return "lewat"
    ekspor.status = EksporBerkas.Status.DIPROSES
    ekspor.save(update_fields=["status"])
    try:
        berkas = pembuat(ekspor.jenis)(ekspor.pemilik, ekspor.parameter)
    except Exception as galat:  # noqa: BLE001 - the owner sees the failure on the export's page
        log.exception("Ekspor %s gagal", ekspor.pk)
        ekspor.status = EksporBerkas.Status.GAGAL
        ekspor.galat = (
            "Anda tidak lagi berhak atas data ini."
            if isinstance(galat, EksporDitolak)
            else f"{type(galat).__name__}: {galat}"[:2000]
        )
        ekspor.selesai_pada = timezone.now()
        ekspor.save(update_fields=["status", "galat", "selesai_pada"])
        return ekspor.status
    ekspor.berkas.save(berkas.nama, ContentFile(berkas.isi), save=False)
    ekspor.nama_berkas = berkas.nama
    ekspor.jenis_mime = berkas.jenis_mime
    ekspor.status = EksporBerkas.Status.SIAP
    ekspor.selesai_pada = timezone.now()
    ekspor.save(update_fields=["berkas", "nama_berkas", "jenis_mime", "status", "selesai_pada"])
    return ekspor.status


def ekspor_milik(*, user, pk: int) -> EksporBerkas | None:
    """The user's own export that has not expired, or ``None`` (the views answer 404)."""
    if not getattr(user, "is_authenticated", False):
        return None
    return EksporBerkas.objects.filter(
        pk=pk, pemilik=user, kedaluwarsa_pada__gt=timezone.now()
    ).first()


def hapus_ekspor_kedaluwarsa(*, sekarang=None) -> int:
    """Delete expired exports, their files first. Returns how many were deleted."""
    sekarang = sekarang or timezone.now()
    jumlah = 0
    for ekspor in EksporBerkas.objects.filter(kedaluwarsa_pada__lte=sekarang):
        if ekspor.berkas:
            ekspor.berkas.delete(save=False)
        ekspor.delete()
        jumlah += 1
    return jumlah
