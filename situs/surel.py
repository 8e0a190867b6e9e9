"""Outgoing email through the outbox (``SurelKeluar``) and the task queue.

``antre_surel`` writes the row and, once the surrounding transaction commits, enqueues
``kirim_surel``; the request never waits for the mail server. A send that fails keeps its error
and is retried by ``kirim_ulang_gagal`` (run by the schedule command) until it succeeds or has
been tried ``SUREL_MAKS_PERCOBAAN`` times; the administrator sees both states in the admin.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.utils import timezone
from django_tasks import task
from wagtail.models import Site

from .models import SurelKeluar

log = logging.getLogger(__name__)

#: Retry a failed email no sooner than this after its last attempt (grows with each attempt).
JEDA_ULANG = timedelta(minutes=5)


def alamat_mutlak(jalur: str) -> str:
    """The absolute address of a site path for an email: ``WAGTAILADMIN_BASE_URL``, else the
    default Wagtail Site's root URL."""
    dasar = getattr(settings, "WAGTAILADMIN_BASE_URL", "") or ""
    if not dasar:
        situs = Site.objects.filter(is_default_site=True).first()
        dasar = situs.root_url if situs else ""
    return dasar.rstrip("/") + jalur


def antre_surel(
    *, kepada: str, subjek: str, teks: str, html: str = "", jenis: str = ""
) -> SurelKeluar:
    """Queue one email. Subject lines are single-line (a header injection is impossible)."""
    surel = SurelKeluar.objects.create(
        kepada=kepada,
        subjek=" ".join(subjek.split())[:200],
        teks=teks,
        html=html,
        jenis=jenis,
    )
    transaction.on_commit(lambda: kirim_surel.enqueue(surel.pk))
    return surel


@task()
def kirim_surel(surel_id: int) -> str:
    """Send one queued email; record success or the error (never raise: the row is the record)."""
    with transaction.atomic():
        surel = SurelKeluar.objects.select_for_update().filter(pk=surel_id).first()
        if surel is None or surel.status in (
            SurelKeluar.Status.TERKIRIM,
            SurelKeluar.Status.MENYERAH,
        ):
            return "lewat"
        surel.percobaan += 1
        surel.dicoba_pada = timezone.now()
        pesan = EmailMultiAlternatives(
            subject=surel.subjek,
            body=surel.teks,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[surel.kepada],
        )
        if surel.html:
            pesan.attach_alternative(surel.html, "text/html")
        try:
            pesan.send()
        except Exception as galat:  # noqa: BLE001 - any transport error is recorded, not lost
            log.warning("Surel %s ke %s gagal: %s", surel.pk, surel.kepada, galat)
            surel.galat_terakhir = f"{type(galat).__name__}: {galat}"[:2000]
            maks = getattr(settings, "SUREL_MAKS_PERCOBAAN", 5)
            surel.status = (
                SurelKeluar.Status.MENYERAH if surel.percobaan >= maks else SurelKeluar.Status.GAGAL
            )
        else:
            surel.status = SurelKeluar.Status.TERKIRIM
            surel.terkirim_pada = surel.dicoba_pada
            surel.galat_terakhir = ""
        surel.save()
        return surel.status


def kirim_ulang_gagal(*, sekarang=None) -> int:
    """Re-enqueue failed emails whose back-off has passed (5, 10, 20, … minutes after the last
    attempt) and emails still queued after an hour (a worker that was down). Returns how many."""
    sekarang = sekarang or timezone.now()
    jumlah = 0
    calon = SurelKeluar.objects.filter(status=SurelKeluar.Status.GAGAL).only(
        "pk", "percobaan", "dicoba_pada"
    )
    for surel in calon:
        jeda = JEDA_ULANG * (2 ** max(surel.percobaan - 1, 0))
        if surel.dicoba_pada is None or surel.dicoba_pada + jeda <= sekarang:
            kirim_surel.enqueue(surel.pk)
            jumlah += 1
    macet = SurelKeluar.objects.filter(
        status=SurelKeluar.Status.ANTRE, dibuat_pada__lte=sekarang - timedelta(hours=1)
    ).values_list("pk", flat=True)
    for pk in macet:
        kirim_surel.enqueue(pk)
        jumlah += 1
    return jumlah


@transaction.atomic
def surel_kirim_ulang(*, surel_id: int | None = None) -> int:
    """The administrator's "kirim ulang": failed emails (one, or all when ``surel_id`` is None),
    including those given up, go back to the queue now, without waiting for the back-off.
    Returns how many were queued."""
    gagal = SurelKeluar.objects.select_for_update().filter(
        status__in=(SurelKeluar.Status.GAGAL, SurelKeluar.Status.MENYERAH)
    )
    if surel_id is not None:
        gagal = gagal.filter(pk=surel_id)
    pk_list = list(gagal.values_list("pk", flat=True))
    # Given-up emails get one more attempt each (kirim_surel gives up again after it fails).
    maks = getattr(settings, "SUREL_MAKS_PERCOBAAN", 5)
    SurelKeluar.objects.filter(pk__in=pk_list, percobaan__gte=maks).update(percobaan=maks - 1)
    SurelKeluar.objects.filter(pk__in=pk_list).update(status=SurelKeluar.Status.ANTRE)
    for pk in pk_list:
        transaction.on_commit(lambda pk=pk: kirim_surel.enqueue(pk))
    return len(pk_list)
