"""Quizzes in a real browser, tried as a new user would: every question type, reload and
resume, an expiring time limit, and a trainer marking an essay."""

import re
from datetime import timedelta
from decimal import Decimal

from playwright.sync_api import expect

from tests.e2e.conftest import masuk
from tests.factories import SANDI, PenggunaFactory


def _soal_semua_jenis():
    from kursus.kuis.models import KategoriSoal, PilihanJawaban, Soal

    kategori = KategoriSoal.objects.create(nama="Perhitungan capaian")

    def soal(kode, jenis, teks, pilihan=(), **kunci):
        s = Soal.objects.create(
            kode=kode,
            kategori=kategori,
            jenis=jenis,
            teks=teks,
            penjelasan=f"Pembahasan {kode}.",
            **kunci,
        )
        for i, (t, b) in enumerate(pilihan):
            PilihanJawaban.objects.create(soal=s, teks=t, benar=b, sort_order=i)
        return s

    return [
        soal("e-1", "tunggal", "Apa kepanjangan RHK?",
             [("Rencana Hasil Kerja", True), ("Rekap Harian Kerja", False)]),
        soal("e-2", "ganda", "Mana yang termasuk BerAKHLAK?",
             [("Akuntabel", True), ("Disiplin", False), ("Adaptif", True)]),
        soal("e-3", "benar_salah", "Waktu dan biaya berpolaritas turun.", jawaban_benar_salah=True),
        soal("e-4", "isian", "Predikat untuk di atas/di atas?", jawaban_isian="Sangat Baik"),
        soal("e-5", "angka", "Capaian 97 terhadap target 95 (%)?",
             jawaban_angka=Decimal("102.11"), toleransi=Decimal("0.01")),
        soal("e-6", "esai", "Perbaiki IKI 'Melaksanakan pelayanan dengan baik'.", bobot=Decimal(2),
             rubrik="1 | Ukuran hasil\n1 | Target dan satuan"),
    ]  # fmt: skip


def _kuis(soal, **opsi):
    from kursus.kuis.models import Kuis, SoalKuis

    opsi.setdefault("judul", "Kuis uji coba")
    opsi.setdefault("slug", "kuis-uji-coba")
    kuis = Kuis.objects.create(nilai_lulus=70, **opsi)
    for i, s in enumerate(soal):
        SoalKuis.objects.create(kuis=kuis, soal=s, sort_order=i)
    return kuis


def _lanjut(page):
    page.get_by_role("button", name="Simpan dan lanjut →").click()


def test_peserta_mengerjakan_kuis_dengan_setiap_jenis_soal(page, live_server, situs_demo):
    kuis = _kuis(_soal_semua_jenis(), teks_gagal="Pelajari lagi pembahasannya.")
    user = PenggunaFactory(username="197901012005011001", peran=("Peserta",))
    masuk(page, live_server, user.username, SANDI)
    page.goto(f"{live_server.url}/kuis/")
    page.get_by_role("link", name=kuis.judul).click()
    page.get_by_role("button", name="Mulai kuis").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Soal 1 dari 6")
    page.get_by_label("Rencana Hasil Kerja").check()
    page.screenshot(path="var/tangkapan-kuis-soal.png", full_page=True)
    _lanjut(page)
    page.get_by_label("Akuntabel").check()
    page.get_by_label("Adaptif").check()
    _lanjut(page)
    page.get_by_label("Benar", exact=True).check()
    _lanjut(page)
    # Enter in a text answer saves and moves forward (it once went back a question).
    page.get_by_label("Jawaban Anda").fill("  sangat   BAIK ")
    page.get_by_label("Jawaban Anda").press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Soal 5 dari 6")
    page.get_by_label("Jawaban Anda").fill("102,11")
    _lanjut(page)
    page.get_by_label("Jawaban Anda").fill(
        "Persentase surat pengantar selesai dalam 1 hari kerja, target 90 %."
    )
    page.get_by_role("button", name="Simpan dan lihat ringkasan").click()
    expect(page.locator(".kuis-ringkasan")).not_to_contain_text("belum dijawab")
    page.get_by_role("button", name="Serahkan kuis").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Hasil percobaan ke-1")
    expect(page.locator("[data-skor]")).to_have_text("5")
    expect(page.locator("[data-hasil]")).to_contain_text("Menunggu penilaian esai")
    expect(page.locator(".kuis-tinjauan__butir.is-benar")).to_have_count(5)
    expect(page.get_by_text("Pembahasan e-5.")).to_be_visible()
    page.screenshot(path="var/tangkapan-kuis-hasil.png", full_page=True)


def test_muat_ulang_dan_kembali_lain_kali_jawaban_tetap_ada(page, live_server, situs_demo):
    soal = _soal_semua_jenis()
    kuis = _kuis(soal)
    user = PenggunaFactory(username="198501012010011002", peran=("Peserta",))
    masuk(page, live_server, user.username, SANDI)
    page.goto(f"{live_server.url}/kuis/{kuis.slug}/")
    page.get_by_role("button", name="Mulai kuis").click()
    page.get_by_label("Rencana Hasil Kerja").check()
    _lanjut(page)
    page.get_by_label("Akuntabel").check()
    _lanjut(page)
    # Reload only once the answer's POST has landed on the next question (a reload racing
    # the navigation would reload question 2).
    page.wait_for_url("**/soal/3/")
    page.reload()
    expect(page.get_by_role("heading", level=1)).to_have_text("Soal 3 dari 6")
    page.get_by_role("navigation", name="Daftar soal").get_by_role("link", name="2").click()
    expect(page.get_by_label("Akuntabel")).to_be_checked()
    expect(page.get_by_label("Adaptif")).not_to_be_checked()

    # The browser is closed; another session later resumes the same attempt.
    page.context.clear_cookies()
    masuk(page, live_server, user.username, SANDI)
    page.goto(f"{live_server.url}/kuis/{kuis.slug}/")
    page.get_by_role("link", name="Lanjutkan percobaan").click()
    expect(page.get_by_label("Rencana Hasil Kerja")).to_be_checked()
    from kursus.kuis.models import PercobaanKuis

    assert PercobaanKuis.objects.filter(kuis=kuis).count() == 1


def test_batas_waktu_habis_menyerahkan_jawaban_yang_sudah_diisi(page, live_server, situs_demo):
    soal = _soal_semua_jenis()[:3]
    kuis = _kuis(soal, batas_waktu=timedelta(seconds=4))
    user = PenggunaFactory(username="199001012015011003", peran=("Peserta",))
    masuk(page, live_server, user.username, SANDI)
    page.goto(f"{live_server.url}/kuis/{kuis.slug}/")
    page.get_by_role("button", name="Mulai kuis").click()
    expect(page.get_by_role("timer")).to_contain_text("Sisa waktu")
    page.get_by_label("Rencana Hasil Kerja").check()
    _lanjut(page)
    page.get_by_label("Akuntabel").check()
    # No click: the countdown reaches zero, reloads, and the server submits.
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Hasil percobaan ke-1", timeout=15_000
    )
    expect(page.get_by_role("note").first).to_contain_text("Waktu habis")
    expect(page.locator("[data-skor]")).to_have_text("1")
    page.screenshot(path="var/tangkapan-kuis-waktu-habis.png", full_page=True)


def test_pelatih_menilai_esai_dan_hasil_peserta_berubah(browser, page, live_server, situs_demo):
    from kursus.kuis import services

    soal = _soal_semua_jenis()
    tunggal, esai = soal[0], soal[5]
    kuis = _kuis([tunggal, esai], teks_berhasil="Selamat, Anda lulus.")
    peserta = PenggunaFactory(username="199202022018012004", peran=("Peserta",))
    pelatih = PenggunaFactory(
        username="pelatih.uji", first_name="Siti", last_name="Pelatih", peran=("Pelatih",)
    )
    percobaan = services.percobaan_mulai(user=peserta, kuis=kuis)
    benar = tunggal.pilihan.get(benar=True).pk
    services.jawaban_simpan(percobaan=percobaan, soal_id=tunggal.pk, pilihan=[benar])
    services.jawaban_simpan(
        percobaan=percobaan, soal_id=esai.pk, teks="Persentase layanan selesai 1 hari, 90 %."
    )
    services.percobaan_serahkan(percobaan=percobaan)
    hasil_url = f"{live_server.url}/kuis/percobaan/{percobaan.pk}/hasil/"

    masuk(page, live_server, peserta.username, SANDI)
    page.goto(hasil_url)
    expect(page.locator("[data-hasil]")).to_contain_text("Menunggu penilaian esai")

    konteks = browser.new_context(locale="id-ID", timezone_id="Asia/Jakarta")
    admin = konteks.new_page()
    masuk(admin, live_server, pelatih.username, SANDI)
    admin.goto(f"{live_server.url}/admin/")
    admin.get_by_role("link", name="Penilaian esai").click()
    admin.get_by_role("link", name="Nilai", exact=True).click()
    expect(admin.locator("[data-jawaban-esai]")).to_contain_text("Persentase layanan")
    admin.get_by_label(re.compile("Ukuran hasil")).fill("1")
    admin.get_by_label(re.compile("Target dan satuan")).fill("1")
    admin.get_by_label("Komentar untuk peserta").fill("Sudah terukur dan bertarget.")
    admin.screenshot(path="var/tangkapan-kuis-penilaian-esai.png", full_page=True)
    admin.get_by_role("button", name="Simpan nilai").click()
    expect(admin.get_by_text("Tidak ada esai yang menunggu penilaian.")).to_be_visible()
    konteks.close()

    page.reload()
    expect(page.locator("[data-hasil]")).to_have_text("Lulus")
    expect(page.get_by_text("Selamat, Anda lulus.")).to_be_visible()
    expect(page.get_by_text("Sudah terukur dan bertarget.")).to_be_visible()
    expect(page.locator("[data-persen]")).to_have_text("100")
