"""The inbox's reads and writes for the person who is logged in (views stay thin)."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.cache import cache
from django.db import transaction
from django.db.models import Case, IntegerField, QuerySet, Value, When
from django.utils import timezone

from ..models import JenisNotifikasi, Notifikasi, PreferensiNotifikasi
from . import BAWAAN_SUREL, KETERANGAN, kunci_jumlah, lupakan_jumlah

#: Seconds a cached unread count may live without being cleared (a safety net only: every
#: write to an inbox clears its count).
UMUR_CACHE_JUMLAH = 600


def kotak_masuk(user) -> QuerySet[Notifikasi]:
    """The user's notifications, unread first, newest first within each group."""
    return Notifikasi.objects.filter(penerima=user).order_by(
        Case(
            When(dibaca_pada__isnull=True, then=Value(0)),
            default=Value(1),
            output_field=IntegerField(),
        ),
        "-dibuat_pada",
        "-pk",
    )


def jumlah_belum_dibaca(user) -> int:
    """The header's count on every page: from the cache (Redis in production, no SQL), else one
    COUNT on the partial index of unread rows, kept until a change of the user's inbox clears
    it (``lupakan_jumlah``) or ``UMUR_CACHE_JUMLAH`` passes."""
    kunci = kunci_jumlah(user.pk)
    jumlah = cache.get(kunci)
    if jumlah is None:
        jumlah = Notifikasi.objects.filter(penerima=user, dibaca_pada__isnull=True).count()
        cache.set(kunci, jumlah, UMUR_CACHE_JUMLAH)
    return jumlah


def notifikasi_buka(*, user, notifikasi: Notifikasi) -> Notifikasi:
    """Mark one of the user's notifications read (only the recipient's own: the view looked
    it up in ``kotak_masuk(user)``)."""
    if notifikasi.penerima_id != user.pk:
        raise Notifikasi.DoesNotExist
    if notifikasi.dibaca_pada is None:
        notifikasi.dibaca_pada = timezone.now()
        Notifikasi.objects.filter(pk=notifikasi.pk, dibaca_pada__isnull=True).update(
            dibaca_pada=notifikasi.dibaca_pada
        )
        lupakan_jumlah([user.pk])
    return notifikasi


def notifikasi_tandai_semua_dibaca(*, user) -> int:
    """Mark every unread notification of the user read; returns how many."""
    jumlah = Notifikasi.objects.filter(penerima=user, dibaca_pada__isnull=True).update(
        dibaca_pada=timezone.now()
    )
    lupakan_jumlah([user.pk])
    return jumlah


@dataclass(frozen=True)
class Preferensi:
    jenis: str
    label: str
    keterangan: str
    di_aplikasi: bool
    surel: bool


def preferensi_dari(user) -> list[Preferensi]:
    """Every kind with the user's choice, or the default where the user has not chosen."""
    tersimpan = {
        p.jenis: p
        for p in PreferensiNotifikasi.objects.filter(user=user).only(
            "jenis", "di_aplikasi", "surel"
        )
    }
    hasil = []
    for jenis, label in JenisNotifikasi.choices:
        p = tersimpan.get(jenis)
        hasil.append(
            Preferensi(
                jenis=jenis,
                label=str(label),
                keterangan=str(KETERANGAN.get(jenis, "")),
                di_aplikasi=p.di_aplikasi if p else True,
                surel=p.surel if p else BAWAAN_SUREL.get(jenis, False),
            )
        )
    return hasil


@transaction.atomic
def preferensi_simpan(*, user, pilihan: dict[str, tuple[bool, bool]]) -> None:
    """Store the user's choice per kind: ``{jenis: (di_aplikasi, surel)}``; unknown kinds are
    refused (the form offers only the known ones)."""
    for jenis, (di_aplikasi, surel) in pilihan.items():
        if jenis not in JenisNotifikasi.values:
            raise ValueError(f"jenis notifikasi tidak dikenal: {jenis}")
        PreferensiNotifikasi.objects.update_or_create(
            user=user, jenis=jenis, defaults={"di_aplikasi": di_aplikasi, "surel": surel}
        )
