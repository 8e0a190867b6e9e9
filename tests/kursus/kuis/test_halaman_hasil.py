"""What the participant reads during and after a quiz: partly right answers, the key in the
review, the way back to the lesson, a confirmation before submitting with questions left open,
and Enter that moves forward."""

import re

import pytest
from django.urls import reverse

from kursus.kuis.models import PercobaanKuis

from .conftest import benar, salah

pytestmark = pytest.mark.django_db


@pytest.fixture
def peserta(buat_pengguna, client):
    user = buat_pengguna("Peserta")
    client.force_login(user)
    return user


def _mulai(client, kuis) -> PercobaanKuis:
    client.post(reverse("kursus:kuis:mulai", args=[kuis.slug]))
    return PercobaanKuis.objects.get(kuis=kuis)


def _jawab_lalu_serahkan(client, percobaan, jawaban: dict, aksi: str = "ringkasan") -> str:
    """Answer question 1, submit the attempt, and return the result page's HTML."""
    client.post(reverse("kursus:kuis:soal", args=[percobaan.pk, 1]), {**jawaban, "aksi": aksi})
    respons = client.post(reverse("kursus:kuis:serahkan", args=[percobaan.pk]), follow=True)
    return respons.content.decode()


def test_jawaban_sebagian_benar_tidak_ditampilkan_sebagai_salah(
    client, peserta, buat_soal, buat_kuis
):
    ganda = buat_soal("ganda", bobot=3)  # A and B are right, C and D wrong
    kuis = buat_kuis([ganda], jawaban_di_akhir=False)
    percobaan = _mulai(client, kuis)
    url = reverse("kursus:kuis:soal", args=[percobaan.pk, 1])
    client.post(url, {"pilihan": [benar(ganda)[0]], "aksi": "periksa"})
    html = client.get(url).content.decode()
    assert "is-sebagian" in html and "Sebagian benar" in html
    assert "Belum tepat" not in html and "is-salah" not in html

    html = client.post(
        reverse("kursus:kuis:serahkan", args=[percobaan.pk]), follow=True
    ).content.decode()
    assert 'class="kuis-tinjauan__butir is-sebagian"' in html
    assert re.search(r"Sebagian benar: 1(,5)? dari 3 poin", html)


def test_pembahasan_memuat_kunci_juga_pada_kuis_umpan_balik_langsung(
    client, peserta, buat_soal, buat_kuis
):
    soal = buat_soal("tunggal", penjelasan="Karena RHK memuat hasil.")
    kuis = buat_kuis([soal], jawaban_di_akhir=False)
    percobaan = _mulai(client, kuis)
    html = _jawab_lalu_serahkan(client, percobaan, {"pilihan": salah(soal)[0]}, "periksa")
    assert "Jawaban yang benar" in html and "Karena RHK memuat hasil." in html
    assert 'class="kuis-tinjauan__butir is-salah"' in html


def test_serahkan_dengan_soal_kosong_meminta_konfirmasi(client, peserta, buat_soal, buat_kuis):
    a, b = buat_soal(), buat_soal()
    kuis = buat_kuis([a, b], sekali_coba=True)
    percobaan = _mulai(client, kuis)
    client.post(
        reverse("kursus:kuis:soal", args=[percobaan.pk, 1]),
        {"pilihan": benar(a)[0], "aksi": "ringkasan"},
    )
    ringkasan = client.get(reverse("kursus:kuis:ringkasan", args=[percobaan.pk])).content.decode()
    assert 'name="yakin"' in ringkasan and "1 soal belum dijawab" in ringkasan

    respons = client.post(reverse("kursus:kuis:serahkan", args=[percobaan.pk]), follow=True)
    percobaan.refresh_from_db()
    assert percobaan.status == PercobaanKuis.Status.BERJALAN
    assert "Centang pernyataan" in respons.content.decode()

    client.post(reverse("kursus:kuis:serahkan", args=[percobaan.pk]), {"yakin": "1"})
    percobaan.refresh_from_db()
    assert percobaan.status == PercobaanKuis.Status.SELESAI


def test_semua_terjawab_diserahkan_tanpa_konfirmasi(client, peserta, buat_soal, buat_kuis):
    soal = buat_soal()
    kuis = buat_kuis([soal])
    percobaan = _mulai(client, kuis)
    client.post(
        reverse("kursus:kuis:soal", args=[percobaan.pk, 1]),
        {"pilihan": benar(soal)[0], "aksi": "ringkasan"},
    )
    ringkasan = client.get(reverse("kursus:kuis:ringkasan", args=[percobaan.pk])).content.decode()
    assert 'name="yakin"' not in ringkasan
    client.post(reverse("kursus:kuis:serahkan", args=[percobaan.pk]))
    percobaan.refresh_from_db()
    assert percobaan.status == PercobaanKuis.Status.SELESAI


def test_tombol_pertama_formulir_soal_adalah_maju(client, peserta, buat_soal, buat_kuis):
    """Enter in a text answer presses the form's first submit button: it must move forward."""
    soal = [buat_soal("isian") for _ in range(3)]
    kuis = buat_kuis(soal, jawaban_di_akhir=True)
    percobaan = _mulai(client, kuis)
    for nomor, harapan in ((2, "berikutnya"), (3, "ringkasan")):
        html = client.get(reverse("kursus:kuis:soal", args=[percobaan.pk, nomor])).content.decode()
        pertama = re.search(r'<button type="submit" name="aksi" value="(\w+)"', html)
        assert pertama.group(1) == harapan
        assert 'value="sebelumnya"' in html


def test_hasil_dan_detail_kuis_menautkan_kembali_ke_pelajaran(
    client, peserta, buat_soal, buat_kuis, buat_kursus
):
    from kursus import services as kursus_services
    from tests.kursus.conftest import pelajaran_dari

    soal = buat_soal()
    kuis = buat_kuis([soal], judul="Kuis pelajaran satu")
    kursus = buat_kursus(1)
    pelajaran = pelajaran_dari(kursus)[0]
    pelajaran.body = [{"type": "kuis", "value": {"kuis": kuis.pk, "pengantar": "Coba!"}}]
    pelajaran.save_revision().publish()
    kursus_services.pendaftaran_buat(user=peserta, kursus=kursus)

    detail = client.get(reverse("kursus:kuis:detail", args=[kuis.slug])).content.decode()
    assert f'href="{pelajaran.url}" data-kembali-ke-halaman' in detail
    percobaan = _mulai(client, kuis)
    html = _jawab_lalu_serahkan(client, percobaan, {"pilihan": benar(soal)[0]}, "ringkasan")
    assert f'href="{pelajaran.url}" data-kembali-ke-halaman' in html
    assert f"Kembali ke {pelajaran.title}" in html


def test_lulus_post_test_menyelesaikan_kursus_dan_menawarkan_sertifikat(
    client, peserta, buat_soal, buat_kuis, buat_kursus
):
    from kursus import services as kursus_services
    from kursus.models import Pendaftaran
    from tests.kursus.conftest import pelajaran_dari

    soal = buat_soal()
    kursus = buat_kursus(1)
    kursus.post_test = buat_kuis([soal], judul="Post-test uji", nilai_lulus=70)
    kursus.save_revision().publish()
    kursus_services.pendaftaran_buat(user=peserta, kursus=kursus)
    kursus_services.kemajuan_tandai_selesai(user=peserta, pelajaran=pelajaran_dari(kursus)[0])
    assert Pendaftaran.objects.get(user=peserta).selesai_pada is None  # the post-test is due

    percobaan = _mulai(client, kursus.post_test)
    html = _jawab_lalu_serahkan(client, percobaan, {"pilihan": benar(soal)[0]}, "ringkasan")
    pendaftaran = Pendaftaran.objects.select_related("sertifikat").get(user=peserta)
    assert pendaftaran.selesai_pada is not None
    assert "data-sertifikat-terbit" in html and "Sertifikat Anda sudah terbit." in html
    assert reverse("kursus:sertifikat_unduh", args=[pendaftaran.sertifikat.kode]) in html
