"""The quiz report's response export: synchronous below the row threshold, a background
export with the same content above it."""

import pytest
from django.urls import reverse

from kursus.kuis import laporan, services
from kursus.models import EksporBerkas
from tests.kursus.kuis.conftest import benar

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("format_", ["csv", "csv-butir"])
def test_jawaban_kuis_besar_disiapkan_di_latar(
    client,
    settings,
    buat_soal,
    buat_kuis,
    buat_pengguna,
    format_,
    django_capture_on_commit_callbacks,
):
    soal = buat_soal()
    kuis = buat_kuis([soal])
    for nama in ("=SUM(1)", "Ani"):
        peserta = buat_pengguna("Peserta", username=nama)
        percobaan = services.percobaan_mulai(user=peserta, kuis=kuis)
        services.jawaban_simpan(percobaan=percobaan, soal_id=soal.pk, pilihan=benar(soal))
        services.percobaan_serahkan(percobaan=percobaan)
    pelatih = buat_pengguna("Pelatih")
    client.force_login(pelatih)
    url = reverse("kuis_laporan_kuis", args=[kuis.pk])
    sinkron = client.get(url, {"ekspor": format_})
    assert sinkron.status_code == 200 and not EksporBerkas.objects.exists()
    settings.EKSPOR_BATAS_SINKRON = 1
    with django_capture_on_commit_callbacks(execute=True):
        respons = client.get(url, {"ekspor": format_})
    berkas = EksporBerkas.objects.get()
    assert respons["Location"] == berkas.get_absolute_url()
    assert (berkas.jenis, berkas.pemilik, berkas.status) == (
        laporan.JENIS_EKSPOR,
        pelatih,
        EksporBerkas.Status.SIAP,
    )
    unduh = client.get(reverse("kursus:ekspor_unduh", args=[berkas.pk]))
    assert b"".join(unduh.streaming_content) == sinkron.content
    if format_ == "csv":
        assert b"'=SUM(1)" in sinkron.content
