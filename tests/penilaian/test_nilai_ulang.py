"""Bulk re-scoring: a batch loaded with prefetches gives exactly what the per-SKP service gives,
in a number of queries that does not grow with the batch."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from bench import _umum
from penilaian import mappers, services
from penilaian.models import SKP, CapaianOrganisasi

pytestmark = pytest.mark.django_db


@pytest.fixture
def periode(db):
    from penilaian import demo

    return demo.muat_kebijakan_dan_periode()


def _satu(skp_id: int):
    try:
        return services.evaluasi_hitung_usulan(skp=SKP.objects.get(pk=skp_id))
    except services.KesalahanPenilaian as e:
        return ("galat", str(e))


def _banyak(ids):
    return {
        s.pk: (("galat", str(h)) if isinstance(h, services.KesalahanPenilaian) else h)
        for s, h in services.evaluasi_hitung_usulan_banyak(
            skp=services.skp_untuk_dinilai_ulang(ids)
        )
    }


def test_banyak_sama_dengan_satu_per_satu(periode):
    units = _umum.buat_pegawai(jumlah=24, jumlah_unit=3, periode=periode)
    # One head's unit has a capaian organisasi (the engine reads it for the head only).
    CapaianOrganisasi.objects.create(unit=units[0], periode=periode, capaian="istimewa")
    ids = list(SKP.objects.order_by("pk").values_list("pk", flat=True))
    banyak = _banyak(ids)
    assert list(banyak) == ids
    for pk in ids:
        assert banyak[pk] == _satu(pk), pk
    kepala = SKP.objects.get(pegawai__unit=units[0], pegawai__memimpin_unit=True)
    dimuat = {s.pk: s for s in services.skp_untuk_dinilai_ulang(ids)}
    with CaptureQueriesContext(connection) as kueri:
        assert mappers.capaian_organisasi_untuk(dimuat[kepala.pk]) == "istimewa"
    assert len(kueri) == 0


def test_kueri_per_batch_tetap(periode):
    _umum.buat_pegawai(jumlah=6, jumlah_unit=1, periode=periode, awal=0)
    kecil = list(SKP.objects.values_list("pk", flat=True))
    _umum.buat_pegawai(jumlah=60, jumlah_unit=3, periode=periode, awal=100)
    besar = [pk for pk in SKP.objects.values_list("pk", flat=True) if pk not in kecil]
    counts = []
    for ids in (kecil, besar):
        with CaptureQueriesContext(connection) as kueri:
            list(services.evaluasi_hitung_usulan_banyak(skp=services.skp_untuk_dinilai_ulang(ids)))
        counts.append(len(kueri))
    # SKP, RHK, IKI, realisasi, evaluasi, capaian of the heads, the active kebijakan.
    assert counts[0] == counts[1] <= 7, counts


def test_tugas_nilai_ulang_mereproduksi_hasil_final(periode):
    from penilaian.tugas import nilai_ulang_skp

    _umum.buat_pegawai(jumlah=20, jumlah_unit=2, periode=periode)
    ids = list(SKP.objects.values_list("pk", flat=True))
    hasil = nilai_ulang_skp.enqueue(ids).return_value
    assert hasil == {"dinilai": 20, "sama": 16, "beda": 0, "belum_lengkap": 0}


def test_ringkasan_unit_dihitung_basis_data_sama_dengan_hitungan_per_baris(periode, buat_pengguna):
    from collections import Counter

    from penilaian import selectors
    from penilaian.models import Evaluasi, Predikat

    unit = _umum.buat_pegawai(jumlah=40, jumlah_unit=1, periode=periode)[0]
    CapaianOrganisasi.objects.create(unit=unit, periode=periode, capaian="baik")
    hasil = selectors.ringkasan_unit(buat_pengguna("Admin Kepegawaian"), unit, periode)
    status = Counter(SKP.objects.filter(pegawai__unit=unit).values_list("status", flat=True))
    predikat = Counter(
        Evaluasi.objects.filter(
            skp__pegawai__unit=unit, status="final", periode_evaluasi="tahunan"
        ).values_list("predikat", flat=True)
    )
    assert hasil["status"] == [(s.label, status.get(s.value, 0)) for s in SKP.Status]
    assert hasil["predikat"] == [(p.label, predikat.get(p.value, 0)) for p in Predikat]
    assert sum(n for _, n in hasil["predikat"]) == 32
    assert hasil["distribusi"] is not None
    assert sum(hasil["distribusi"].jumlah.values()) == 32
