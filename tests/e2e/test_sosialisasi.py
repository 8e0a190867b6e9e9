from datetime import timedelta

from django.utils import timezone
from playwright.sync_api import expect

from tests.e2e.conftest import masuk
from tests.factories import SANDI, PenggunaFactory

LEBAR = (1366, 390)


def _tangkap(page, nama):
    """The page at desktop and phone widths (var/ is ignored by git)."""
    for lebar in LEBAR:
        page.set_viewport_size({"width": lebar, "height": 900})
        page.screenshot(path=f"var/tangkapan-sosialisasi-{nama}-{lebar}.png", full_page=True)
    page.set_viewport_size({"width": LEBAR[0], "height": 900})


def test_peserta_membaca_berita_mendaftar_hadir_dan_mengisi_survei(
    browser, page, live_server, situs_demo
):
    from situs.models import HomePage
    from sosialisasi import demo as demo_sosialisasi
    from sosialisasi.models import AcaraPage, JawabanSurvei, PendaftaranAcara

    indeks = demo_sosialisasi.muat(beranda=HomePage.objects.get())
    mulai = timezone.now() + timedelta(minutes=30)
    acara = indeks.add_child(
        instance=AcaraPage(
            title="Bimtek RHK pagi ini",
            slug="bimtek-pagi-ini",
            jenis="bimtek",
            ringkasan="Praktik menyusun RHK.",
            mulai=mulai,
            selesai=mulai + timedelta(hours=2),
            tempat="kantor_kecamatan",
            nama_tempat="Ruang rapat kantor kecamatan",
            kapasitas=20,
        )
    )
    peserta = PenggunaFactory(username="198203152009012004", first_name="Budi", peran=("Peserta",))
    PenggunaFactory(username="pelatih-e2e", peran=("Pelatih",))

    # 1. the participant reads the pinned announcement from the home page
    page.goto(live_server.url + "/")
    _tangkap(page, "beranda")
    page.get_by_role(
        "link", name="Jadwal sosialisasi dan bimtek penilaian kinerja tahun ini"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Jadwal sosialisasi dan bimtek penilaian kinerja tahun ini"
    )
    expect(page.get_by_text("Pengumuman penting")).to_be_visible()
    _tangkap(page, "berita")

    # 2. registers for today's session
    page.get_by_role("link", name="Sosialisasi", exact=True).first.click()
    _tangkap(page, "indeks")
    page.get_by_role("link", name="Bimtek RHK pagi ini").click()
    page.get_by_role("link", name="Masuk untuk mendaftar").click()
    page.get_by_label("NIP atau nama pengguna").fill(peserta.username)
    page.get_by_label("Kata sandi").fill(SANDI)
    page.get_by_role("button", name="Masuk").click()
    page.get_by_role("button", name="Daftar").click()
    expect(page.get_by_text("Anda terdaftar. Sampai jumpa di acara!")).to_be_visible()
    _tangkap(page, "acara")

    # 3. the trainer shows the code; the participant types it
    pelatih = browser.new_context(locale="id-ID", timezone_id="Asia/Jakarta").new_page()
    masuk(pelatih, live_server, "pelatih-e2e", SANDI)
    pelatih.goto(f"{live_server.url}/sosialisasi/acara/{acara.pk}/kode-hadir/")
    expect(pelatih.locator(".kode-hadir__qr svg")).to_be_visible()
    kode = pelatih.locator(".kode-hadir__kode").inner_text().strip()
    _tangkap(pelatih, "kode-hadir")
    pelatih.context.close()

    page.get_by_role("link", name="Isi kehadiran dengan kode").click()
    page.get_by_label("Kode hadir").fill("SALAH999")
    page.get_by_role("button", name="Catat kehadiran").click()
    expect(page.get_by_text("Kode hadir salah.")).to_be_visible()
    page.get_by_label("Kode hadir").fill(kode.lower())
    page.get_by_role("button", name="Catat kehadiran").click()
    expect(page.get_by_text("Kehadiran Anda tercatat. Terima kasih!")).to_be_visible()
    assert PendaftaranAcara.objects.get(user=peserta).hadir_pada is not None

    # 4. answers the survey (phase "before": no course finished)
    page.goto(f"{live_server.url}{indeks.url}survei-kesiapan/")
    expect(page.get_by_text("Sebelum pelatihan")).to_be_visible()
    kelompok = page.locator("fieldset.butir-likert")
    for i in range(kelompok.count()):
        kelompok.nth(i).get_by_label("Setuju", exact=True).check()
    _tangkap(page, "survei")
    page.get_by_role("button", name="Kirim jawaban").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Terima kasih")
    jawaban = JawabanSurvei.objects.get(user=peserta)
    assert jawaban.fase == "sebelum"
    assert {v for v in jawaban.form_data.values() if v} == {"4"}

    page.goto(f"{live_server.url}{indeks.url}survei-kesiapan/")
    expect(page.get_by_text("Anda sudah mengisi survei untuk fase ini.")).to_be_visible()
