"""Bulk re-scoring as a background task: it reproduces every stored final result, through the
immediate backend (tests, make demo) and through the database queue and its worker process
(production: TASKS_BACKEND=database and ``manage.py db_worker``)."""

import pytest
from django.test import override_settings

from bench import _umum
from bench.tugas import nilai_ulang_skp

pytestmark = pytest.mark.django_db


@pytest.fixture
def skp_ids(db):
    from penilaian import demo
    from penilaian.models import SKP

    _umum.buat_pegawai(jumlah=20, jumlah_unit=2, periode=demo.muat_kebijakan_dan_periode())
    return list(SKP.objects.values_list("pk", flat=True))


def test_nilai_ulang_mereproduksi_hasil_final_tersimpan(skp_ids):
    hasil = nilai_ulang_skp.enqueue(skp_ids).return_value
    assert hasil == {"dinilai": 20, "sama": 16, "beda": 0, "belum_lengkap": 0}


@pytest.mark.django_db(transaction=True)  # the worker closes and reopens its connection
@override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}})
def test_antrean_basis_data_dijalankan_db_worker(skp_ids, jalankan_db_worker):
    antre = nilai_ulang_skp.enqueue(skp_ids)
    assert nilai_ulang_skp.get_result(antre.id).status == "READY"
    jalankan_db_worker()
    selesai = nilai_ulang_skp.get_result(antre.id)
    assert selesai.status == "SUCCESSFUL"
    assert selesai.return_value["sama"] == 16
