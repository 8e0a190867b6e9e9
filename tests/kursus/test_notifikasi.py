"""Learning events → the participant's inbox (situs listens to kursus.peristiwa)."""

from datetime import date

import pytest
from django.urls import reverse

from kursus import peristiwa, services
from kursus.models import Pendaftaran
from situs.models import JenisNotifikasi, Notifikasi
from tests.kursus.conftest import pelajaran_dari

pytestmark = pytest.mark.django_db


def test_sertifikat_terbit_memberi_tahu_peserta(
    buat_kursus, buat_pengguna, django_capture_on_commit_callbacks
):
    kursus = buat_kursus(1)
    user = buat_pengguna("Peserta")
    services.pendaftaran_buat(user=user, kursus=kursus)
    with django_capture_on_commit_callbacks(execute=True):
        services.kemajuan_tandai_selesai(user=user, pelajaran=pelajaran_dari(kursus)[0])
    n = Notifikasi.objects.get(penerima=user)
    assert n.jenis == JenisNotifikasi.SERTIFIKAT_TERBIT
    assert "Kursus uji" in n.judul
    assert n.tautan == reverse("kursus:saya")


def test_pendaftaran_ditugaskan_memberi_tahu_setiap_peserta_dengan_tenggat(
    buat_kursus, buat_pengguna
):
    kursus = buat_kursus(1)
    peserta = [buat_pengguna("Peserta") for _ in range(3)]
    daftar = [Pendaftaran.objects.create(user=u, kursus=kursus) for u in peserta]
    peristiwa.pendaftaran_ditugaskan.send(
        sender=Pendaftaran, pendaftaran=daftar, oleh=None, tenggat=date(2026, 12, 15)
    )
    baris = Notifikasi.objects.filter(jenis=JenisNotifikasi.PENDAFTARAN)
    assert sorted(baris.values_list("penerima_id", flat=True)) == sorted(u.pk for u in peserta)
    n = baris.first()
    assert n.tautan == kursus.url
    assert "15 Desember 2026" in n.isi


def test_tenggat_mendekat_hanya_untuk_yang_belum_selesai(buat_kursus, buat_pengguna):
    kursus = buat_kursus(1)
    belum = Pendaftaran.objects.create(user=buat_pengguna("Peserta"), kursus=kursus)
    selesai = Pendaftaran.objects.create(user=buat_pengguna("Peserta"), kursus=kursus)
    Pendaftaran.objects.filter(pk=selesai.pk).update(selesai_pada="2026-01-01T00:00Z")
    for p in (belum, selesai):
        peristiwa.tenggat_mendekat.send(sender=Pendaftaran, pendaftaran=p)
    [n] = Notifikasi.objects.all()
    assert (n.penerima_id, n.jenis) == (belum.user_id, JenisNotifikasi.PENGINGAT_TENGGAT)
    assert n.tautan == kursus.url
