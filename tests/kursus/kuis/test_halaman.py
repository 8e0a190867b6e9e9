"""The participant's pages, driven as a browser without JavaScript would (plain forms)."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from kursus.kuis.models import PercobaanKuis

from .conftest import benar, salah

pytestmark = pytest.mark.django_db


@pytest.fixture
def peserta(buat_pengguna, client):
    user = buat_pengguna("Peserta")
    client.force_login(user)
    return user


def _mulai(client, kuis) -> PercobaanKuis:
    respons = client.post(reverse("kursus:kuis:mulai", args=[kuis.slug]))
    percobaan = PercobaanKuis.objects.get(kuis=kuis)
    assert respons.url == reverse("kursus:kuis:soal", args=[percobaan.pk, 1])
    return percobaan


def test_halaman_kuis_memerlukan_masuk(client, buat_soal, buat_kuis):
    kuis = buat_kuis([buat_soal()])
    respons = client.get(reverse("kursus:kuis:detail", args=[kuis.slug]))
    assert respons.status_code == 302 and "/akun/masuk/" in respons.url


def test_daftar_dan_detail_kuis(client, peserta, buat_soal, buat_kuis):
    kuis = buat_kuis([buat_soal()], batas_waktu=timedelta(minutes=10), nilai_lulus=75)
    buat_kuis([buat_soal()], judul="Kuis draf", live=False)
    html = client.get(reverse("kursus:kuis:daftar")).content.decode()
    assert kuis.judul in html and "Kuis draf" not in html
    html = client.get(reverse("kursus:kuis:detail", args=[kuis.slug])).content.decode()
    assert "Nilai lulus 75%" in html and "Mulai kuis" in html


def test_kuis_draf_404_bagi_peserta(client, peserta, buat_soal, buat_kuis):
    kuis = buat_kuis([buat_soal()], live=False)
    assert client.get(reverse("kursus:kuis:detail", args=[kuis.slug])).status_code == 404


def test_alur_tanpa_javascript_jawab_lanjut_serahkan_pembahasan(
    client, peserta, buat_soal, buat_kuis
):
    a, b = buat_soal("tunggal", penjelasan="Karena RHK."), buat_soal("isian")
    kuis = buat_kuis([a, b], teks_berhasil="Hebat, lulus!")
    percobaan = _mulai(client, kuis)
    url = reverse("kursus:kuis:soal", args=[percobaan.pk, 1])
    respons = client.post(url, {"pilihan": benar(a)[0], "aksi": "berikutnya"})
    assert respons.url == reverse("kursus:kuis:soal", args=[percobaan.pk, 2])
    respons = client.post(
        reverse("kursus:kuis:soal", args=[percobaan.pk, 2]),
        {"teks": "berakhlak", "aksi": "ringkasan"},
    )
    assert respons.url == reverse("kursus:kuis:ringkasan", args=[percobaan.pk])
    assert "Serahkan kuis" in client.get(respons.url).content.decode()
    respons = client.post(reverse("kursus:kuis:serahkan", args=[percobaan.pk]), follow=True)
    html = respons.content.decode()
    assert "Lulus" in html and "Hebat, lulus!" in html
    assert "Karena RHK." in html and "Jawaban yang benar" in html


def test_muat_ulang_di_tengah_percobaan_jawaban_tetap(client, peserta, buat_soal, buat_kuis):
    a, b = buat_soal("ganda"), buat_soal("angka")
    kuis = buat_kuis([a, b])
    percobaan = _mulai(client, kuis)
    client.post(
        reverse("kursus:kuis:soal", args=[percobaan.pk, 1]),
        {"pilihan": benar(a), "aksi": "berikutnya"},
    )
    client.post(
        reverse("kursus:kuis:soal", args=[percobaan.pk, 2]), {"teks": "102,11", "aksi": "x"}
    )
    html = client.get(reverse("kursus:kuis:soal", args=[percobaan.pk, 1])).content.decode()
    for pk in benar(a):
        assert f'value="{pk}"' in html
    assert html.count("checked") == len(benar(a))
    html = client.get(reverse("kursus:kuis:soal", args=[percobaan.pk, 2])).content.decode()
    assert 'value="102,11"' in html
    # Starting again resumes the same attempt.
    client.post(reverse("kursus:kuis:mulai", args=[kuis.slug]))
    assert PercobaanKuis.objects.filter(kuis=kuis).count() == 1


def test_angka_yang_bukan_angka_ditolak_dengan_pesan(client, peserta, buat_soal, buat_kuis):
    kuis = buat_kuis([buat_soal("angka")])
    percobaan = _mulai(client, kuis)
    respons = client.post(
        reverse("kursus:kuis:soal", args=[percobaan.pk, 1]), {"teks": "tujuh", "aksi": "x"}
    )
    assert "Tulis angka" in respons.content.decode()
    assert not percobaan.jawaban.exists()


def test_umpan_balik_setelah_setiap_soal_ditampilkan(client, peserta, buat_soal, buat_kuis):
    a = buat_soal("tunggal", penjelasan="Penjelasan soal A.")
    kuis = buat_kuis([a, buat_soal()], jawaban_di_akhir=False)
    percobaan = _mulai(client, kuis)
    url = reverse("kursus:kuis:soal", args=[percobaan.pk, 1])
    respons = client.post(url, {"pilihan": salah(a)[0], "aksi": "periksa"}, follow=True)
    html = respons.content.decode()
    assert "Belum tepat." in html and "Penjelasan soal A." in html
    assert 'name="pilihan"' not in html  # locked: no form any more


def test_waktu_habis_mengarahkan_ke_hasil(client, peserta, buat_soal, buat_kuis):
    a = buat_soal("tunggal")
    kuis = buat_kuis([a, buat_soal()], batas_waktu=timedelta(minutes=1))
    percobaan = _mulai(client, kuis)
    client.post(
        reverse("kursus:kuis:soal", args=[percobaan.pk, 1]),
        {"pilihan": benar(a)[0], "aksi": "berikutnya"},
    )
    PercobaanKuis.objects.filter(pk=percobaan.pk).update(
        tenggat=timezone.now() - timedelta(seconds=1)
    )
    respons = client.post(
        reverse("kursus:kuis:soal", args=[percobaan.pk, 2]), {"pilihan": "", "aksi": "x"}
    )
    assert respons.url == reverse("kursus:kuis:hasil", args=[percobaan.pk])
    percobaan.refresh_from_db()
    assert percobaan.habis_waktu and percobaan.skor == 1
    assert "Waktu habis" in client.get(respons.url).content.decode()


def test_percobaan_orang_lain_404(client, peserta, buat_pengguna, buat_soal, buat_kuis):
    from kursus.kuis import services

    kuis = buat_kuis([buat_soal()])
    lain = services.percobaan_mulai(user=buat_pengguna("Peserta"), kuis=kuis)
    assert client.get(reverse("kursus:kuis:soal", args=[lain.pk, 1])).status_code == 404
    assert client.get(reverse("kursus:kuis:hasil", args=[lain.pk])).status_code == 404


def test_halaman_kemajuan_per_kategori(client, peserta, buat_soal, buat_kuis):
    a = buat_soal("tunggal", kategori="Struktur SKP")
    b = buat_soal("tunggal", kategori="Perhitungan capaian")
    kuis = buat_kuis([a, b])
    percobaan = _mulai(client, kuis)
    client.post(
        reverse("kursus:kuis:soal", args=[percobaan.pk, 1]),
        {"pilihan": benar(a)[0], "aksi": "ringkasan"},
    )
    client.post(reverse("kursus:kuis:serahkan", args=[percobaan.pk]), {"yakin": "1"})
    html = client.get(reverse("kursus:kuis:kemajuan")).content.decode()
    assert "Struktur SKP" in html and "Perhitungan capaian" in html
    # Numbers as people write them (format_ringkas): 100 and 0, not 100,00.
    assert "<td>100</td>" in html and "<td>0</td>" in html


def test_blok_kuis_di_pelajaran_menautkan_kuis(client, peserta, buat_soal, buat_kuis, buat_kursus):
    from kursus import services as kursus_services
    from tests.kursus.conftest import pelajaran_dari

    kuis = buat_kuis([buat_soal()], judul="Kuis pelajaran satu")
    kursus = buat_kursus(1)
    pelajaran = pelajaran_dari(kursus)[0]
    pelajaran.body = [{"type": "kuis", "value": {"kuis": kuis.pk, "pengantar": "Coba!"}}]
    pelajaran.save_revision().publish()
    kursus_services.pendaftaran_buat(user=peserta, kursus=kursus)
    html = client.get(pelajaran.url).content.decode()
    assert "Kuis pelajaran satu" in html
    assert reverse("kursus:kuis:detail", args=[kuis.slug]) in html


def test_halaman_kursus_menautkan_pre_test_dan_post_test(
    client, peserta, buat_soal, buat_kuis, buat_kursus
):
    from kursus import services as kursus_services

    kursus = buat_kursus(1)
    kursus.pre_test = buat_kuis([buat_soal()], judul="Pre-test uji")
    kursus.post_test = buat_kuis([buat_soal()], judul="Post-test uji", nilai_lulus=80)
    kursus.save_revision().publish()
    kursus_services.pendaftaran_buat(user=peserta, kursus=kursus)
    html = client.get(kursus.url).content.decode()
    assert reverse("kursus:kuis:detail", args=[kursus.pre_test.slug]) in html
    assert "Post-test uji" in html and "nilai paling rendah 80" in html


def test_pre_test_tampil_sebelum_mendaftar_dengan_judul_sekali(
    client, peserta, buat_soal, buat_kuis, buat_kursus
):
    kursus = buat_kursus(1)
    kursus.pre_test = buat_kuis([buat_soal()], judul="Pre-test: Dasar-dasar")
    kursus.save_revision().publish()
    html = client.get(kursus.url).content.decode()
    assert "Daftar ke kursus ini" in html
    assert reverse("kursus:kuis:detail", args=[kursus.pre_test.slug]) in html
    assert "Sebelum belajar" in html and "Pre-test: Pre-test" not in html


def test_kuis_tanpa_nilai_lulus_menampilkan_selesai_bukan_lulus(
    client, peserta, buat_soal, buat_kuis
):
    kuis = buat_kuis([buat_soal()], nilai_lulus=0, teks_berhasil="Terima kasih.")
    percobaan = _mulai(client, kuis)
    html = client.post(
        reverse("kursus:kuis:serahkan", args=[percobaan.pk]), {"yakin": "1"}, follow=True
    ).content.decode()
    assert 'data-hasil="selesai"' in html and "Terima kasih." in html
