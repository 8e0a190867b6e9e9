"""The background tasks of notifications (django-tasks): the event task decides who is told,
the batch task writes the inbox rows and queues the emails."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db import transaction
from django.template.loader import render_to_string
from django_tasks import task

from ..models import Notifikasi, PreferensiNotifikasi
from ..surel import alamat_mutlak, antre_surel
from . import BAWAAN_SUREL, UKURAN_BATCH, lupakan_jumlah, siarkan
from .pesan import PESAN


@task()
def proses_peristiwa(peristiwa: str, argumen: dict) -> int:
    """Turn one event into messages (``pesan.PESAN``) and queue them; returns batches queued."""
    jumlah = 0
    for pesan in PESAN[peristiwa](**argumen):
        jumlah += siarkan(
            jenis=pesan.jenis,
            penerima=pesan.penerima,
            judul=pesan.judul,
            isi=pesan.isi,
            tautan=pesan.tautan,
        )
    return jumlah


@task()
def buat_notifikasi(jenis: str, penerima: list[int], judul: str, isi: str, tautan: str) -> int:
    """One batch: the inbox rows of those who keep this kind in the inbox (one bulk insert) and
    an email to those who chose email and have an address. Returns the rows written."""
    pilihan = {
        user_id: (di_aplikasi, surel)
        for user_id, di_aplikasi, surel in PreferensiNotifikasi.objects.filter(
            user_id__in=penerima, jenis=jenis
        ).values_list("user_id", "di_aplikasi", "surel")
    }
    bawaan = (True, BAWAAN_SUREL.get(jenis, False))
    ke_kotak = [u for u in penerima if pilihan.get(u, bawaan)[0]]
    ke_surel = [u for u in penerima if pilihan.get(u, bawaan)[1]]
    with transaction.atomic():
        aktif = set(
            get_user_model()
            .objects.filter(pk__in=ke_kotak, is_active=True)
            .values_list("pk", flat=True)
        )
        Notifikasi.objects.bulk_create(
            [
                Notifikasi(penerima_id=u, jenis=jenis, judul=judul, isi=isi, tautan=tautan)
                for u in ke_kotak
                if u in aktif
            ],
            batch_size=UKURAN_BATCH,
        )
        lupakan_jumlah(aktif)
        if ke_surel:
            _antre_surel(jenis, ke_surel, judul, isi, tautan)
    return len(aktif)


def _antre_surel(jenis: str, penerima: list[int], judul: str, isi: str, tautan: str) -> None:
    konteks = {"judul": judul, "isi": isi, "tautan": alamat_mutlak(tautan) if tautan else ""}
    teks = render_to_string("situs/surel/notifikasi.txt", konteks)
    html = render_to_string("situs/surel/notifikasi.html", konteks)
    alamat = (
        get_user_model()
        .objects.filter(pk__in=penerima, is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
    )
    for kepada in alamat:
        antre_surel(kepada=kepada, subjek=judul, teks=teks, html=html, jenis=f"notifikasi:{jenis}")
