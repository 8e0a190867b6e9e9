"""An essay marked → the participant is told, with a link to the attempt's result."""

from decimal import Decimal

import pytest
from django.urls import reverse

from kursus.kuis import services
from situs.models import JenisNotifikasi, Notifikasi

from .conftest import benar

pytestmark = pytest.mark.django_db


def test_esai_dinilai_memberi_tahu_peserta(
    buat_pengguna, buat_soal, buat_kuis, django_capture_on_commit_callbacks
):
    peserta, pelatih = buat_pengguna("Peserta"), buat_pengguna("Pelatih")
    tunggal, esai = buat_soal("tunggal"), buat_soal("esai", bobot=Decimal(3))
    kuis = buat_kuis([tunggal, esai], nilai_lulus=70)
    percobaan = services.percobaan_mulai(user=peserta, kuis=kuis)
    services.jawaban_simpan(percobaan=percobaan, soal_id=tunggal.pk, pilihan=benar(tunggal))
    services.jawaban_simpan(percobaan=percobaan, soal_id=esai.pk, teks="Jawaban esai")
    services.percobaan_serahkan(percobaan=percobaan)
    with django_capture_on_commit_callbacks(execute=True):
        services.jawaban_nilai_esai(
            jawaban=percobaan.jawaban.get(soal=esai),
            nilai_rubrik=[Decimal(2), Decimal(1)],
            komentar="Bagus",
            penilai=pelatih,
        )
    n = Notifikasi.objects.get(penerima=peserta)
    assert n.jenis == JenisNotifikasi.ESAI_DINILAI
    assert n.tautan == reverse("kursus:kuis:hasil", args=[percobaan.pk])
    assert not Notifikasi.objects.filter(penerima=pelatih).exists()
