"""Due-date reminders: 7 days and 1 day before, each once, unfinished enrolments only."""

from datetime import datetime, timedelta

import pytest
from django.utils import timezone

from kursus.models import Pendaftaran, PengingatTenggat
from kursus.peristiwa import tenggat_mendekat
from kursus.services import kirim_pengingat_tenggat

pytestmark = pytest.mark.django_db


@pytest.fixture
def diterima():
    daftar = []

    def penerima(sender, pendaftaran, **kwargs):
        daftar.append(pendaftaran.pk)

    tenggat_mendekat.connect(penerima)
    yield daftar
    tenggat_mendekat.disconnect(penerima)


def _pada(hari):
    """Noon (local time) of a date: the reminders count whole days."""
    return timezone.make_aware(datetime.combine(hari, datetime.min.time()) + timedelta(hours=12))


def _jalankan(sekarang, django_capture_on_commit_callbacks) -> int:
    with django_capture_on_commit_callbacks(execute=True):
        return kirim_pengingat_tenggat(sekarang=sekarang)


def test_h7_dan_h1_masing_masing_sekali(
    buat_kursus, buat_pengguna, diterima, django_capture_on_commit_callbacks
):
    kursus = buat_kursus(1)
    tenggat = timezone.localdate() + timedelta(days=20)
    p = Pendaftaran.objects.create(user=buat_pengguna(), kursus=kursus, tenggat=tenggat)
    jalankan = lambda hari: _jalankan(_pada(hari), django_capture_on_commit_callbacks)  # noqa: E731
    assert jalankan(tenggat - timedelta(days=8)) == 0
    assert jalankan(tenggat - timedelta(days=7)) == 1
    assert jalankan(tenggat - timedelta(days=7)) == 0  # same day again: nothing
    assert jalankan(tenggat - timedelta(days=3)) == 0
    assert jalankan(tenggat - timedelta(days=1)) == 1
    assert jalankan(tenggat - timedelta(days=1)) == 0
    assert jalankan(tenggat) == 0
    assert diterima == [p.pk, p.pk]
    assert sorted(PengingatTenggat.objects.values_list("ambang_hari", flat=True)) == [1, 7]


def test_yang_selesai_atau_tanpa_tenggat_tidak_diingatkan(
    buat_kursus, buat_pengguna, diterima, django_capture_on_commit_callbacks
):
    kursus = buat_kursus(1)
    besok = timezone.localdate() + timedelta(days=1)
    Pendaftaran.objects.create(
        user=buat_pengguna(), kursus=kursus, tenggat=besok, selesai_pada=timezone.now()
    )
    Pendaftaran.objects.create(user=buat_pengguna(), kursus=kursus)
    assert _jalankan(timezone.now(), django_capture_on_commit_callbacks) == 0
    assert diterima == []


def test_jalan_yang_terlewat_mengirim_satu_pengingat_untuk_semua_ambang(
    buat_kursus, buat_pengguna, diterima, django_capture_on_commit_callbacks
):
    kursus = buat_kursus(1)
    besok = timezone.localdate() + timedelta(days=1)
    p = Pendaftaran.objects.create(user=buat_pengguna(), kursus=kursus, tenggat=besok)
    assert _jalankan(timezone.now(), django_capture_on_commit_callbacks) == 1
    assert diterima == [p.pk]
    assert _jalankan(timezone.now(), django_capture_on_commit_callbacks) == 0
    assert PengingatTenggat.objects.filter(pendaftaran=p).count() == 2


def test_tenggat_dipindah_mendapat_pengingat_lagi(
    buat_kursus, buat_pengguna, diterima, django_capture_on_commit_callbacks
):
    kursus = buat_kursus(1)
    hari_ini = timezone.localdate()
    p = Pendaftaran.objects.create(
        user=buat_pengguna(), kursus=kursus, tenggat=hari_ini + timedelta(days=7)
    )
    assert _jalankan(timezone.now(), django_capture_on_commit_callbacks) == 1
    p.tenggat = hari_ini + timedelta(days=6)
    p.save()
    assert _jalankan(timezone.now(), django_capture_on_commit_callbacks) == 1
    assert len(diterima) == 2
