"""A trainer's tools in a real browser at 1366 px: find a participant, open the gradebook and
one attempt's answers, give an extension through its confirmation page, then fix a wrong key
and regrade with the preview of who changes."""

import re
from datetime import timedelta

from django.utils import timezone
from playwright.sync_api import expect

from tests.e2e.conftest import masuk
from tests.factories import SANDI, PenggunaFactory

LEBAR = {"width": 1366, "height": 900}


def _dunia():
    from kursus.kuis import services
    from kursus.kuis.models import KategoriSoal, Kuis, PilihanJawaban, Soal, SoalKuis

    kategori = KategoriSoal.objects.create(nama="Perhitungan capaian")
    soal = []
    for kode, teks, pilihan in (
        ("p-1", "Apa kepanjangan RHK?", [("Rencana Hasil Kerja", True), ("Rekap Harian", False)]),
        ("p-2", "Polaritas IKI waktu layanan?", [("Naik", True), ("Turun", False)]),
    ):
        s = Soal.objects.create(kode=kode, kategori=kategori, jenis="tunggal", teks=teks)
        for i, (t, b) in enumerate(pilihan):
            PilihanJawaban.objects.create(soal=s, teks=t, benar=b, sort_order=i)
        soal.append(s)
    kuis = Kuis.objects.create(
        judul="Post-test penilaian kinerja",
        slug="post-test-kinerja",
        nilai_lulus=75,
        sekali_coba=True,
        live=True,
    )
    for i, s in enumerate(soal):
        SoalKuis.objects.create(kuis=kuis, soal=s, sort_order=i)
    peserta = PenggunaFactory(
        username="199003032015032005", first_name="Rina", last_name="Lestari", peran=("Peserta",)
    )
    percobaan = services.percobaan_mulai(user=peserta, kuis=kuis)
    for s, pilih in zip(soal, ("Rencana Hasil Kerja", "Turun"), strict=True):
        services.jawaban_simpan(
            percobaan=percobaan, soal_id=s.pk, pilihan=[s.pilihan.get(teks=pilih).pk]
        )
    services.percobaan_serahkan(percobaan=percobaan)
    kuis.ditutup_pada = timezone.now() - timedelta(hours=2)  # closed since
    kuis.save()
    pelatih = PenggunaFactory(
        username="pelatih.walk", first_name="Siti", last_name="Pelatih", peran=("Pelatih",)
    )
    return kuis, soal, peserta, pelatih


def test_pelatih_buku_nilai_perpanjangan_dan_nilai_ulang(browser, live_server, situs_demo):
    from kursus.kuis import selectors
    from kursus.kuis.models import PercobaanKuis, PilihanJawaban

    kuis, soal, peserta, pelatih = _dunia()
    konteks = browser.new_context(locale="id-ID", timezone_id="Asia/Jakarta", viewport=LEBAR)
    page = konteks.new_page()
    page.set_default_timeout(15_000)
    masuk(page, live_server, pelatih.username, SANDI)

    # the gradebook: from the admin menu, search by NIP
    page.goto(f"{live_server.url}/admin/")
    page.get_by_role("link", name="Buku nilai peserta").click()
    page.get_by_label("Cari nama, NIP, atau nama pengguna").fill("2015032005")
    page.get_by_role("button", name="Cari peserta").click()
    page.get_by_role("link", name="Rina Lestari").click()
    kotak = page.locator(f'[data-buku-kuis="{kuis.slug}"]')
    expect(kotak.locator("[data-nilai-akhir]")).to_have_text("50")
    page.screenshot(path="var/tangkapan-pelatih-buku-nilai.png", full_page=True)

    # one attempt's answers, question by question
    kotak.get_by_role("link", name="Lihat jawaban").click()
    expect(page.locator("[data-jawaban-percobaan]")).to_contain_text("Polaritas IKI waktu")
    expect(page.locator('[data-butir="salah"]')).to_contain_text("Turun")
    page.screenshot(path="var/tangkapan-pelatih-percobaan.png", full_page=True)

    # an extension: the quiz closed two hours ago and allows one attempt
    page.get_by_role("link", name="Beri perpanjangan").click()
    tutup = timezone.localtime(timezone.now() + timedelta(days=3)).strftime("%Y-%m-%d 16:00")
    page.get_by_label("Waktu tutup baru untuk peserta ini").fill(tutup)
    page.keyboard.press("Escape")  # close the date picker over the next fields
    page.get_by_label("Batas percobaan baru untuk peserta ini").fill("2")
    page.get_by_label("Alasan perpanjangan").fill("Dinas luar saat jadwal post-test.")
    page.get_by_role("button", name="Lanjut ke konfirmasi").click()
    expect(page.locator("[data-konfirmasi-perpanjangan]")).to_contain_text("Dinas luar")
    page.screenshot(path="var/tangkapan-pelatih-perpanjangan.png", full_page=True)
    page.get_by_role("button", name="Ya, simpan perpanjangan").click()
    expect(page.locator("[data-perpanjangan]")).to_contain_text("Dinas luar saat jadwal")
    assert selectors.alasan_tidak_bisa_mulai(kuis=kuis, user=peserta) is None

    # the key of question 2 was wrong ("Turun" is right for a service time): fix it, regrade
    PilihanJawaban.objects.filter(soal=soal[1]).update(benar=False)
    PilihanJawaban.objects.filter(soal=soal[1], teks="Turun").update(benar=True)
    page.goto(f"{live_server.url}/admin/kuis/laporan/{kuis.pk}/")
    page.get_by_role("row", name=re.compile("p-2")).get_by_role("link", name="Nilai ulang").click()
    expect(page.locator("[data-pratinjau-percobaan] [data-persen]")).to_have_text("50 → 100")
    expect(page.locator("[data-pratinjau-percobaan] [data-lulus]")).to_have_text("tidak → ya")
    page.screenshot(path="var/tangkapan-pelatih-nilai-ulang.png", full_page=True)
    page.get_by_role("button", name=re.compile("Konfirmasi: nilai ulang 1 percobaan")).click()
    expect(page.get_by_text("Nilai ulang selesai: 1 percobaan berubah")).to_be_visible()
    expect(page.locator("[data-tidak-ada-perubahan]")).to_be_visible()
    percobaan = PercobaanKuis.objects.get(user=peserta, kuis=kuis)
    assert (percobaan.persen, percobaan.lulus) == (100, True)

    # the quiz's history shows both actions
    page.goto(f"{live_server.url}/admin/snippets/kursus/kuis/history/{kuis.pk}/")
    expect(page.get_by_text(re.compile("Perpanjangan untuk Rina Lestari"))).to_be_visible()
    page.screenshot(path="var/tangkapan-pelatih-riwayat.png", full_page=True)
    konteks.close()
