"""Optimistic locking without gaps: the version is required on every versioned form, the
first evaluation is guarded, realisations are versioned and saved with their evidence all or
nothing."""

from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from penilaian.models import SKP, Evaluasi, Realisasi, RencanaHasilKerja
from tests.penilaian import pabrik

pytestmark = pytest.mark.django_db

TANPA_VERSI = "tidak membawa versi"
KONFLIK = "muat ulang halaman"


@pytest.fixture
def draf():
    h = pabrik.hierarki()
    return h, pabrik.skp_lengkap(h.staf)


@pytest.mark.parametrize("versi", [None, "", "  ", "abc"])
def test_formulir_rhk_tanpa_versi_ditolak_tanpa_menyimpan(client, draf, versi):
    h, skp = draf
    client.force_login(h.staf.user)
    data = {"teks": "Tersusunnya laporan tanpa versi", "jenis": "utama"}
    if versi is not None:
        data["versi"] = versi
    respons = client.post(reverse("penilaian:rhk_tambah", args=[skp.pk]), data)
    assert respons.status_code == 200
    assert TANPA_VERSI in respons.content.decode()
    assert not RencanaHasilKerja.objects.filter(teks__contains="tanpa versi").exists()
    assert SKP.objects.get(pk=skp.pk).versi == skp.versi


@pytest.mark.parametrize("nama", ["skp_ajukan", "rhk_hapus", "iki_hapus"])
def test_aksi_tanpa_versi_ditolak_tanpa_menyimpan(client, draf, nama):
    h, skp = draf
    rhk = skp.rhk.get()
    argumen = {
        "skp_ajukan": [skp.pk],
        "rhk_hapus": [skp.pk, rhk.pk],
        "iki_hapus": [skp.pk, rhk.pk, rhk.indikator.get().pk],
    }[nama]
    client.force_login(h.staf.user)
    respons = client.post(reverse(f"penilaian:{nama}", args=argumen), {"versi": ""}, follow=True)
    assert TANPA_VERSI in respons.content.decode()
    skp.refresh_from_db()
    assert skp.status == SKP.Status.DRAFT
    assert skp.rhk.get().indikator.count() == 1


def test_evaluasi_pertama_dari_dua_tab_tidak_saling_menimpa(client):
    h = pabrik.hierarki()
    skp = pabrik.skp_lengkap(h.staf, status=SKP.Status.DISETUJUI, realisasi=Decimal(12))
    url = reverse("penilaian:evaluasi", args=[skp.pk])
    client.force_login(h.lurah.user)
    # Both tabs load the page before anything is stored: both carry version 0.
    for _tab in range(2):
        assert 'name="versi" value="0"' in client.get(url).content.decode()
    pertama = {"versi": "0", "rating_perilaku": "di_atas_ekspektasi"}
    assert client.post(url, pertama).status_code == 302
    kedua = {"versi": "0", "rating_perilaku": "di_bawah_ekspektasi"}
    respons = client.post(url, kedua)
    assert respons.status_code == 200
    assert KONFLIK in respons.content.decode()
    evaluasi = Evaluasi.objects.get(skp=skp)
    assert evaluasi.rating_perilaku == "di_atas_ekspektasi"
    assert evaluasi.versi == 1


def test_evaluasi_tanpa_versi_ditolak(client):
    h = pabrik.hierarki()
    skp = pabrik.skp_lengkap(h.staf, status=SKP.Status.DISETUJUI, realisasi=Decimal(12))
    client.force_login(h.lurah.user)
    url = reverse("penilaian:evaluasi", args=[skp.pk])
    respons = client.post(url, {"rating_perilaku": "di_atas_ekspektasi"})
    assert TANPA_VERSI in respons.content.decode()
    assert not Evaluasi.objects.filter(skp=skp).exists()


@pytest.fixture
def disetujui(client):
    h = pabrik.hierarki()
    skp = pabrik.skp_lengkap(h.staf, status=SKP.Status.DISETUJUI)
    iki = skp.rhk.get().indikator.get()
    client.force_login(h.staf.user)
    return skp, iki, reverse("penilaian:realisasi", args=[skp.pk, iki.pk])


def test_realisasi_berversi_dan_dijaga(client, disetujui):
    skp, iki, url = disetujui
    halaman = client.get(reverse("penilaian:skp_detail", args=[skp.pk])).content.decode()
    assert 'name="versi_tahunan" value="0"' in halaman
    data = {"periode_evaluasi": "tahunan", "nilai": "10", "versi_tahunan": "0"}
    assert client.post(url, data).status_code == 302
    realisasi = Realisasi.objects.get(indikator=iki)
    assert (realisasi.nilai, realisasi.versi) == (Decimal(10), 1)
    # A second tab loaded before that save still carries version 0.
    respons = client.post(url, data | {"nilai": "11"})
    assert respons.status_code == 200
    assert KONFLIK in respons.content.decode()
    assert Realisasi.objects.get(indikator=iki).nilai == Decimal(10)
    # Without the version nothing is saved either.
    respons = client.post(url, {"periode_evaluasi": "tahunan", "nilai": "12"})
    assert TANPA_VERSI in respons.content.decode()
    assert Realisasi.objects.get(indikator=iki).nilai == Decimal(10)
    assert client.post(url, data | {"nilai": "12", "versi_tahunan": "1"}).status_code == 302
    assert Realisasi.objects.get(indikator=iki).versi == 2


def test_realisasi_dengan_berkas_ditolak_tidak_menyimpan_apa_pun(client, disetujui):
    skp, iki, url = disetujui
    data = {
        "periode_evaluasi": "tahunan",
        "nilai": "96,7",
        "keterangan": "Laporan triwulan",
        "versi_tahunan": "0",
        "berkas": SimpleUploadedFile("bukti.pdf", b"MZ\x90\x00 bukan pdf"),
    }
    respons = client.post(url, data)
    assert respons.status_code == 200
    html = respons.content.decode()
    assert "Jenis berkas tidak diterima" in html
    assert "Belum ada yang disimpan" in html
    # What was typed is still in the form beside the error.
    assert 'value="96,7"' in html
    assert 'value="Laporan triwulan"' in html
    assert not Realisasi.objects.filter(indikator=iki).exists()
