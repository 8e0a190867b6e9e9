"""The collector handling of the background worker (situs/memori_pekerja.py): in a
``db_worker`` the start-up heap is frozen before the first task and a collection follows every
task; tasks of the immediate backend (tests, demo, requests) leave the collector alone."""

import gc

import pytest
from django.test import override_settings
from django_tasks.backends.immediate import ImmediateBackend
from django_tasks_db.backend import DatabaseBackend

from bench import _umum
from penilaian.tugas import nilai_ulang_skp
from situs import memori_pekerja


@pytest.fixture
def gc_dipulihkan(monkeypatch):
    monkeypatch.setattr(memori_pekerja, "_beku", False)
    beku_awal = gc.get_freeze_count()
    yield
    gc.enable()
    if gc.get_freeze_count() > beku_awal:
        gc.unfreeze()


@pytest.fixture
def pembekuan(monkeypatch):
    """The calls to gc.freeze: the frozen count itself is no counter of freezes, it drops when a
    frozen object's last reference goes (CI saw 1,012,452 become 1,012,451 between two tasks)."""
    freeze_asli, panggilan = gc.freeze, []

    def freeze():
        panggilan.append(1)
        freeze_asli()

    monkeypatch.setattr(gc, "freeze", freeze)
    return panggilan


def test_tugas_pekerja_membekukan_heap_sekali(gc_dipulihkan, pembekuan):
    memori_pekerja.sebelum_tugas(DatabaseBackend)
    assert gc.isenabled()  # a long task's cyclic garbage is still collected as it goes
    assert gc.get_freeze_count() > 1000  # Django, Wagtail and the project's modules, at least
    memori_pekerja.setelah_tugas(DatabaseBackend)
    assert gc.isenabled()
    # The heap is frozen once per process, not again before every task.
    memori_pekerja.sebelum_tugas(DatabaseBackend)
    assert len(pembekuan) == 1
    memori_pekerja.setelah_tugas(DatabaseBackend)
    assert gc.isenabled()


def test_siklus_tugas_dibebaskan_setelah_tugas(gc_dipulihkan):
    class Simpul:
        pass

    memori_pekerja.sebelum_tugas(DatabaseBackend)
    gc.disable()  # no automatic collection in between: the one after the task frees it
    a, b = Simpul(), Simpul()
    a.lain, b.lain = b, a  # a cycle: only the collector frees it
    jumlah = sum(isinstance(o, Simpul) for o in gc.get_objects())
    del a, b
    memori_pekerja.setelah_tugas(DatabaseBackend)
    assert jumlah == 2
    assert not any(isinstance(o, Simpul) for o in gc.get_objects())


def test_backend_langsung_tidak_menyentuh_gc(gc_dipulihkan, pembekuan):
    memori_pekerja.sebelum_tugas(ImmediateBackend)
    assert gc.isenabled()
    assert pembekuan == []
    memori_pekerja.setelah_tugas(ImmediateBackend)
    assert gc.isenabled()


@pytest.mark.django_db(transaction=True)  # the worker closes and reopens its connection
@override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}})
def test_db_worker_menjalankan_tugas_dengan_gc_menyala_sesudahnya(
    gc_dipulihkan, jalankan_db_worker
):
    from penilaian import demo
    from penilaian.models import SKP

    _umum.buat_pegawai(jumlah=10, jumlah_unit=1, periode=demo.muat_kebijakan_dan_periode())
    ids = list(SKP.objects.values_list("pk", flat=True))
    antre = [nilai_ulang_skp.enqueue(ids[:5]), nilai_ulang_skp.enqueue(ids[5:])]
    beku = gc.get_freeze_count()
    jalankan_db_worker()
    assert [nilai_ulang_skp.get_result(t.id).status for t in antre] == ["SUCCESSFUL"] * 2
    assert sum(nilai_ulang_skp.get_result(t.id).return_value["dinilai"] for t in antre) == 10
    assert gc.isenabled()
    assert gc.get_freeze_count() > beku


def test_worker_gunicorn_membekukan_heap_setelah_aplikasi_dimuat(gc_dipulihkan):
    """config/gunicorn.py, the hook gunicorn calls in each worker once the application is
    loaded (production and the benchmarks' server use it)."""
    import sys

    from config import gunicorn

    gunicorn.post_worker_init(worker=None)
    assert gc.get_freeze_count() > 1000
    assert gc.isenabled()
    assert "matplotlib.backends.backend_svg" in sys.modules  # no request waits for it
