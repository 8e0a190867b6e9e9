"""The attendance list of an event: a background export above the row threshold, with the
same file the organiser's direct download gives, and only for organisers."""

import pytest
from django.urls import reverse

from kursus import ekspor
from kursus.models import EksporBerkas
from sosialisasi import services
from sosialisasi.ekspor import JENIS_EKSPOR

pytestmark = pytest.mark.django_db


def test_daftar_hadir_besar_disiapkan_di_latar(
    client, settings, buat_acara, buat_pengguna, django_capture_on_commit_callbacks
):
    acara = buat_acara()
    for i in range(3):
        services.acara_daftar(user=buat_pengguna("Peserta", username=f"hadir{i}"), acara=acara)
    client.force_login(buat_pengguna("Pelatih"))
    url = reverse("sosialisasi:kehadiran_csv", args=[acara.pk])
    sinkron = client.get(url)
    settings.EKSPOR_BATAS_SINKRON = 2
    with django_capture_on_commit_callbacks(execute=True):
        respons = client.get(url)
    berkas = EksporBerkas.objects.get(jenis=JENIS_EKSPOR)
    assert respons["Location"] == berkas.get_absolute_url()
    assert berkas.status == EksporBerkas.Status.SIAP
    unduh = client.get(reverse("kursus:ekspor_unduh", args=[berkas.pk]))
    assert b"".join(unduh.streaming_content) == sinkron.content


def test_bukan_penyelenggara_mendapat_ekspor_gagal(
    buat_acara, buat_pengguna, django_capture_on_commit_callbacks
):
    acara = buat_acara()
    with django_capture_on_commit_callbacks(execute=True):
        berkas = ekspor.ekspor_minta(
            user=buat_pengguna("Peserta"),
            jenis=JENIS_EKSPOR,
            judul="Daftar hadir",
            parameter={"acara": acara.pk, "format": "csv"},
        )
    berkas.refresh_from_db()
    assert berkas.status == EksporBerkas.Status.GAGAL and not berkas.berkas
