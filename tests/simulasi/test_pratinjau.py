"""Trainers preview a draft case in the admin as a participant reads it; participants never see
a draft."""

import pytest
from django.urls import reverse

from simulasi.models import KasusSimulasi

from .test_admin_kasus import BAIK, KABUR, data_kasus

pytestmark = pytest.mark.django_db

NAMA = "wagtailsnippets_simulasi_kasussimulasi"


@pytest.fixture
def klien_pelatih(client, buat_pengguna):
    client.force_login(buat_pengguna("Pelatih"))
    return client


@pytest.fixture
def kasus_draf(klien_pelatih):
    assert klien_pelatih.post(reverse(f"{NAMA}:add"), data_kasus([BAIK])).status_code == 302
    kasus = KasusSimulasi.objects.get(slug="kasus-uji-pelatih")
    assert not kasus.live
    return kasus


def _pratinjau(klien, url, data, mode=""):
    jawab = klien.post(url, data).json()
    assert jawab == {"is_valid": True, "is_available": True}
    respons = klien.get(url, {"mode": mode})
    assert respons.status_code == 200
    return respons.content.decode()


def test_pratinjau_kasus_draf_menampilkan_skenario_seperti_peserta(klien_pelatih, kasus_draf):
    url = reverse(f"{NAMA}:preview_on_edit", args=[kasus_draf.pk])
    data = data_kasus([BAIK], narasi="Narasi yang baru diketik pelatih.")
    isi = _pratinjau(klien_pelatih, url, data)
    assert "<h1>Kasus uji pelatih</h1>" in isi
    assert "Narasi yang baru diketik pelatih." in isi
    assert "RHK atasan yang diintervensi" in isi
    assert 'aria-current="step">1. Baca kasus' in isi
    assert "kasus ini masih draf: peserta belum dapat membukanya" in isi
    # the draft has no participant page yet: the start button does not link anywhere
    assert reverse("simulasi:indikator", args=[kasus_draf.slug]) not in isi


def test_pratinjau_mode_realisasi_menampilkan_fakta_dan_jawaban_model(klien_pelatih, kasus_draf):
    url = reverse(f"{NAMA}:preview_on_edit", args=[kasus_draf.pk])
    isi = _pratinjau(klien_pelatih, url, data_kasus([BAIK]), mode="realisasi")
    assert "realisasi akhir periode" in isi
    assert "96 % berkas selesai dalam 1 hari kerja." in isi
    assert f"{BAIK['teks']}: target 90 %, realisasi 96 %" in isi
    assert "Jawaban model pelatih" in isi


def test_pratinjau_kasus_baru_sebelum_disimpan(klien_pelatih):
    isi = _pratinjau(klien_pelatih, reverse(f"{NAMA}:preview_on_add"), data_kasus([BAIK]))
    assert "<h1>Kasus uji pelatih</h1>" in isi
    assert not KasusSimulasi.objects.exists()


def test_pratinjau_tetap_tampil_saat_indikator_model_belum_lolos(klien_pelatih, kasus_draf):
    url = reverse(f"{NAMA}:preview_on_edit", args=[kasus_draf.pk])
    isi = _pratinjau(klien_pelatih, url, data_kasus([KABUR]), mode="realisasi")
    assert KABUR["teks"] in isi
    # looking is not saving: the stored case keeps its sound indicator
    assert list(kasus_draf.indikator_model.values_list("teks", flat=True)) == [BAIK["teks"]]


def test_pratinjau_kasus_terbit_menyebut_sudah_terbit(klien_pelatih, kasus_draf):
    data = data_kasus([BAIK], **{"action-publish": "Terbitkan"})
    assert (
        klien_pelatih.post(reverse(f"{NAMA}:edit", args=[kasus_draf.pk]), data).status_code == 302
    )
    kasus_draf.refresh_from_db()
    assert kasus_draf.live
    url = reverse(f"{NAMA}:preview_on_edit", args=[kasus_draf.pk])
    isi = _pratinjau(klien_pelatih, url, data_kasus([BAIK]))
    assert "kasus ini sudah terbit" in isi


@pytest.mark.parametrize("langkah", ["kasus", "indikator", "realisasi"])
def test_peserta_mendapat_404_untuk_kasus_draf(client, kasus_draf, buat_pengguna, langkah):
    client.force_login(buat_pengguna("Peserta"))
    respons = client.get(reverse(f"simulasi:{langkah}", args=[kasus_draf.slug]))
    assert respons.status_code == 404
