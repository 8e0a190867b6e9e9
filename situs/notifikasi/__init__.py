"""Notifications: the inbox (``Notifikasi``) and email, by each user's preferences.

How a message travels (nothing of it inside the request):

1. a service of a lower app commits a change and then sends its signal
   (``penilaian.peristiwa``, ``kursus.peristiwa``);
2. the receiver in ``penerima.py`` only enqueues ``tugas.proses_peristiwa`` with the object's id;
3. that task decides who is told what (``pesan.py``) and calls ``siarkan``, which cuts the
   recipients into batches of ``UKURAN_BATCH`` and enqueues one ``tugas.buat_notifikasi`` per
   batch;
4. each batch task applies the preferences, writes the inbox rows with one ``INSERT … SELECT`` and
   queues the emails through the outbox (``situs.surel.antre_surel``).

A message to all 100,000 employees is therefore 100 small tasks, each one ``INSERT … SELECT``, and
no worker holds a transaction for longer than one batch. Where the task backend can defer (the
database queue production uses), the batches of one message are spread ``JEDA_BATCH`` apart, so a
broadcast takes a small, steady share of the machine instead of both cores at once: pages stay as
fast while it drains (make bench-skala-pg, docs/kinerja.md). A message to fewer than
``UKURAN_BATCH`` people is one batch and goes at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..models import JenisNotifikasi

#: Recipients handled by one task: one bulk insert of this many rows stays well under a second
#: on SQLite and PostgreSQL, and a failing batch is retried without redoing the others.
UKURAN_BATCH = 1000
#: The pause between the batches of one message (the application's policy): 100,000 recipients
#: are reached in about 100 s while each batch (~25 ms of work) takes a few per cent of a core.
JEDA_BATCH = timedelta(seconds=1)

#: Defaults when the user has not chosen (the application's policy): every kind in the inbox;
#: email too for what asks the person to act (approve, fix, start a course, meet a deadline).
BAWAAN_SUREL: dict[str, bool] = {
    JenisNotifikasi.SKP_DIAJUKAN: True,
    JenisNotifikasi.SKP_DIKEMBALIKAN: True,
    JenisNotifikasi.SKP_DISETUJUI: False,
    JenisNotifikasi.UMPAN_BALIK: False,
    JenisNotifikasi.EVALUASI_FINAL: False,
    JenisNotifikasi.ESAI_DINILAI: False,
    JenisNotifikasi.SERTIFIKAT_TERBIT: False,
    JenisNotifikasi.PENDAFTARAN: True,
    JenisNotifikasi.PENGINGAT_SKP: True,
    JenisNotifikasi.PENGINGAT_TENGGAT: True,
    JenisNotifikasi.PENGUMUMAN: False,
}

#: Explanations shown on the preferences page.
KETERANGAN: dict[str, str] = {
    JenisNotifikasi.SKP_DIAJUKAN: _("Bawahan Anda mengajukan SKP untuk Anda setujui."),
    JenisNotifikasi.SKP_DIKEMBALIKAN: _("Atasan mengembalikan SKP Anda dengan catatan."),
    JenisNotifikasi.SKP_DISETUJUI: _("Atasan menyetujui SKP Anda."),
    JenisNotifikasi.UMPAN_BALIK: _("Atasan memberi umpan balik atas RHK Anda."),
    JenisNotifikasi.EVALUASI_FINAL: _("Evaluasi kinerja Anda difinalkan."),
    JenisNotifikasi.ESAI_DINILAI: _("Pelatih menilai jawaban esai Anda."),
    JenisNotifikasi.SERTIFIKAT_TERBIT: _("Sertifikat kursus Anda terbit."),
    JenisNotifikasi.PENDAFTARAN: _("Anda didaftarkan pada kursus oleh pelatih atau admin."),
    JenisNotifikasi.PENGINGAT_SKP: _("Akhir periode mendekat dan SKP Anda belum diajukan."),
    JenisNotifikasi.PENGINGAT_TENGGAT: _("Tenggat kursus Anda mendekat."),
    JenisNotifikasi.PENGUMUMAN: _("Pengumuman untuk semua peserta."),
}


def siarkan(
    *, jenis: str, penerima: Iterable[int], judul: str, isi: str = "", tautan: str = ""
) -> int:
    """Queue one message to many users: one ``buat_notifikasi`` task per ``UKURAN_BATCH``
    recipients. ``penerima`` is user ids (a ``values_list`` queryset is read in chunks).
    Returns the number of batches queued. Batch *i* runs no earlier than *i* × ``JEDA_BATCH``
    after the call when the backend can defer."""
    from .tugas import buat_notifikasi

    if jenis not in JenisNotifikasi.values:
        raise ValueError(f"jenis notifikasi tidak dikenal: {jenis}")
    tautan = tautan_aman(tautan)
    berjeda = buat_notifikasi.get_backend().supports_defer
    awal = timezone.now()
    jumlah = 0
    for jumlah, batch in enumerate(_potong(_iter(penerima)), start=1):
        tugas = buat_notifikasi
        if berjeda and jumlah > 1:
            tugas = buat_notifikasi.using(run_after=awal + (jumlah - 1) * JEDA_BATCH)
        tugas.enqueue(jenis, batch, str(judul), str(isi), tautan)
    return jumlah


def _potong(user_ids: Iterable[int]):
    """The ids as lists of at most ``UKURAN_BATCH``."""
    batch: list[int] = []
    for user_id in user_ids:
        batch.append(int(user_id))
        if len(batch) == UKURAN_BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _iter(penerima: Iterable[int]):
    iterator = getattr(penerima, "iterator", None)
    return iterator(chunk_size=UKURAN_BATCH) if callable(iterator) else iter(penerima)


def tautan_aman(tautan: str) -> str:
    """A notification links to a path on this site only: ``/…`` but not ``//host`` or
    ``/\\host`` (browsers read both as another host); anything else becomes no link."""
    tautan = (tautan or "").strip()
    if not tautan.startswith("/") or tautan.startswith(("//", "/\\")):
        return ""
    if any(c in tautan for c in "\r\n\t\\") or len(tautan) > 500:
        return ""
    return tautan


def kunci_jumlah(user_id: int) -> str:
    return f"notifikasi:belum-dibaca:{user_id}"


def lupakan_jumlah(user_ids: Iterable[int]) -> None:
    """Clear the cached unread counts once the surrounding transaction commits (clearing before
    would let a page re-cache the old count from the not yet committed state)."""
    kunci = [kunci_jumlah(u) for u in user_ids]
    if kunci:
        transaction.on_commit(lambda: cache.delete_many(kunci))
