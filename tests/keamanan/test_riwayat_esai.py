"""Re-marking an essay keeps its history: who, when, the old and the new mark."""

from decimal import Decimal

import pytest
from django.urls import reverse

from kursus.kuis import services
from kursus.kuis.models import RiwayatNilaiEsai
from tests.kursus.kuis.conftest import benar, buat_kuis, buat_soal  # noqa: F401 (fixtures)

pytestmark = pytest.mark.django_db


@pytest.fixture
def jawaban_esai(buat_pengguna, buat_soal, buat_kuis):  # noqa: F811
    tunggal, esai = buat_soal("tunggal"), buat_soal("esai", bobot=Decimal(3))
    kuis = buat_kuis([tunggal, esai], nilai_lulus=70)
    percobaan = services.percobaan_mulai(user=buat_pengguna("Peserta"), kuis=kuis)
    services.jawaban_simpan(percobaan=percobaan, soal_id=tunggal.pk, pilihan=benar(tunggal))
    services.jawaban_simpan(percobaan=percobaan, soal_id=esai.pk, teks="IKI saya terukur.")
    percobaan = services.percobaan_serahkan(percobaan=percobaan)
    return percobaan.jawaban.get(soal=esai)


def test_setiap_penilaian_ulang_tercatat_dan_tampil_bagi_pelatih(
    client, buat_pengguna, jawaban_esai
):
    pertama = buat_pengguna("Pelatih", first_name="Pelatih Satu")
    kedua = buat_pengguna("Pelatih", first_name="Pelatih Dua")
    url = reverse("kuis_nilai_esai", args=[jawaban_esai.pk])
    client.force_login(pertama)
    data = {"kriteria_0": "2", "kriteria_1": "0,5", "komentar": "Tambahkan target."}
    assert client.post(url, data).status_code == 302
    client.force_login(kedua)
    data = {"kriteria_0": "1", "kriteria_1": "0", "komentar": "Target belum terukur."}
    assert client.post(url, data).status_code == 302

    jawaban_esai.refresh_from_db()
    riwayat = list(RiwayatNilaiEsai.objects.filter(jawaban=jawaban_esai))
    assert len(riwayat) == 2
    awal, ulang = riwayat
    assert (awal.penilai, awal.nilai_lama, awal.komentar_lama) == (pertama, None, "")
    assert awal.rubrik_baru == ["2", "0.5"]
    assert ulang.penilai == kedua
    assert ulang.nilai_lama == awal.nilai_baru
    assert ulang.rubrik_lama == ["2", "0.5"] and ulang.rubrik_baru == ["1", "0"]
    assert ulang.komentar_lama == "Tambahkan target."
    assert ulang.nilai_baru == jawaban_esai.nilai < awal.nilai_baru
    assert ulang.waktu >= awal.waktu

    html = client.get(url).content.decode()
    assert "Riwayat penilaian" in html
    assert "Pelatih Satu" in html and "Pelatih Dua" in html
    assert "2; 0,5 → 1; 0" in html
    assert "Tambahkan target. → Target belum terukur." in html
    assert "belum dinilai" in html
