"""Python's cyclic garbage collector in the background worker (``manage.py db_worker``).

A batch task (``penilaian.tugas.nilai_ulang_skp``: 250 SKPs with their prefetched RHK, IKI,
realisations and evaluations, ±2,700 model instances; the notification batches of 1,000
recipients) allocates many objects that stay alive until the batch ends. Every few thousand
such allocations CPython runs a collection, and every few batches a full one that walks the
whole heap: after ``django.setup()`` with Wagtail that is ±200,000 long-lived objects (modules,
URL patterns, templates) that are never garbage. Measured on PostgreSQL with 10,000 SKPs
(docs/kinerja.md, "Skala di PostgreSQL"): 41 batches, 9.0 s of which 4.0 s were collections,
every second batch 300–460 ms instead of 120–150 ms.

So, in the worker process only (the database backend; the immediate backend of tests and demos
runs tasks inside requests and is left alone):

- before the first task the heap built by start-up is collected once and frozen
  (``gc.freeze``): those objects are moved out of the collector's generations and no later
  collection walks them again;
- after each task one collection frees the batch's cycles (model instances and their prefetch
  caches point at each other), so memory returns to its level before the task: the flat-memory
  check of ``make bench-skala`` watches exactly this.

The collector stays on while a task runs: turning it off as well saved another ±10 % of a
re-scoring batch, but a long task that makes cyclic garbage as it goes (an export walking
thousands of rows in chunks) would then keep all of it until it ends.

Measured in one process on 10,000 SKPs of the 100,000 data set (docs/kinerja.md): process CPU
±10 s → ±5.5 s.
"""

from __future__ import annotations

import gc

from django_tasks_db.compat import task_finished, task_started

_beku = False


def _dari_pekerja(sender) -> bool:
    from django_tasks_db.backend import DatabaseBackend

    # db_worker sends its backend instance, the immediate backend its class.
    if isinstance(sender, type):
        return issubclass(sender, DatabaseBackend)
    return isinstance(sender, DatabaseBackend)


def sebelum_tugas(sender, **kwargs) -> None:
    global _beku
    if not _dari_pekerja(sender):
        return
    if not _beku:
        gc.collect()
        gc.freeze()
        _beku = True


def setelah_tugas(sender, **kwargs) -> None:
    if _dari_pekerja(sender):
        gc.collect()


def sambungkan() -> None:
    task_started.connect(sebelum_tugas, dispatch_uid="situs.memori_pekerja.sebelum")
    task_finished.connect(setelah_tugas, dispatch_uid="situs.memori_pekerja.setelah")
