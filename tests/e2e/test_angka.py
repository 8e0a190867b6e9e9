"""A decimal comma typed in a real browser reaches the engine as meant, in an English and in an
Indonesian browser locale: "96,7" is 96,7 on the appraisal page and in the evaluation PDF, in
the simulator's result, and as a quiz answer.

The fault this guards against: in an ``<input type="number">`` Chromium with an English locale
reads the comma of "96,7" as a thousands separator and sends 967.
"""

import subprocess
from decimal import Decimal

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import masuk, tulis_iki_paten
from tests.factories import SANDI, PenggunaFactory

LOKAL = ["en-US", "id-ID"]


@pytest.fixture(params=LOKAL)
def halaman(request, browser):
    context = browser.new_context(locale=request.param, timezone_id="Asia/Jakarta")
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def _sebagai(page, live_server, user):
    page.context.clear_cookies()
    masuk(page, live_server, user.username, SANDI)
    expect(page.get_by_role("banner")).to_contain_text(user.first_name)


def test_realisasi_96_koma_7_sampai_di_halaman_dan_pdf(halaman, live_server, situs_demo, tmp_path):
    from penilaian.models import SKP, IndikatorKinerja, RencanaHasilKerja
    from tests.penilaian import pabrik

    page = halaman
    pabrik.periode(2026)
    h = pabrik.hierarki()
    skp = SKP.objects.create(
        pegawai=h.staf, periode=pabrik.periode(2026), status=SKP.Status.DISETUJUI,
        penilai=h.lurah,
    )  # fmt: skip
    rhk = RencanaHasilKerja.objects.create(
        skp=skp, teks="Meningkatnya ketepatan waktu layanan surat pengantar di kelurahan"
    )
    IndikatorKinerja.objects.create(
        rhk=rhk,
        teks="Persentase surat pengantar yang selesai dalam 1 hari kerja per tahun",
        aspek="kuantitas",
        target=Decimal(95),
        satuan="%",
    )
    skp_url = f"{live_server.url}{skp.get_absolute_url()}"

    _sebagai(page, live_server, h.staf.user)
    page.goto(skp_url)
    isian = page.get_by_label("Realisasi", exact=True)
    expect(isian).to_have_attribute("type", "text")
    expect(isian).to_have_attribute("inputmode", "decimal")
    page.get_by_label("Periode").first.select_option("tahunan")
    isian.fill("96,7")
    page.get_by_role("button", name="Simpan realisasi").click()
    expect(page.locator("td", has_text="Tahunan: 96,7")).to_be_visible()
    iki = skp.rhk.get().indikator.get()
    assert iki.realisasi.get().nilai == Decimal("96.7")

    # A number that cannot be read is refused with the field's name, and nothing is saved.
    page.get_by_text("Isi realisasi dan unggah bukti").click()
    page.get_by_label("Periode").first.select_option("tw1")
    page.get_by_label("Realisasi", exact=True).fill("96.7.1")
    page.get_by_role("button", name="Simpan realisasi").click()
    galat = page.locator(f"#galat-realisasi-{iki.pk}")
    expect(galat).to_contain_text("Realisasi: '96.7.1' tidak dapat")
    expect(galat).to_contain_text("Belum ada yang disimpan")
    # What was typed stays in the form beside the error, the chosen period too.
    expect(page.get_by_label("Realisasi", exact=True)).to_have_value("96.7.1")
    expect(page.get_by_label("Periode").first).to_have_value("tw1")
    page.screenshot(path=str(tmp_path / "realisasi-galat.png"), full_page=True)
    assert iki.realisasi.count() == 1

    _sebagai(page, live_server, h.lurah.user)
    page.goto(skp_url.rstrip("/") + "/evaluasi/")
    # 96,7 / 95 × 100 = 101,79 %
    expect(page.locator(".langkah")).to_contain_text("96,7/95 × 100 = 101,79 %")
    page.get_by_label("Rating perilaku kerja").select_option("sesuai_ekspektasi")
    page.get_by_role("button", name="Simpan penilaian").click()
    page.get_by_label("Saya sudah memeriksa penilaian ini").check()
    page.get_by_role("button", name="Finalkan evaluasi").click()
    expect(page.locator("[data-status-evaluasi]")).to_have_text("Final")
    with page.expect_download() as unduhan:
        page.get_by_role("link", name="Unduh Dokumen Evaluasi (PDF)").click()
    pdf = tmp_path / "evaluasi.pdf"
    unduhan.value.save_as(pdf)
    teks = subprocess.run(  # noqa: S603 - a fixed Debian tool on a file this test wrote
        ["/usr/bin/pdftotext", "-layout", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "96,7 %" in teks
    assert "101,79" in teks
    assert "967" not in teks


def test_realisasi_simulator_dan_jawaban_kuis_koma_desimal(halaman, live_server, situs_demo):
    from kursus.kuis.models import KategoriSoal, Kuis, Soal, SoalKuis
    from penilaian import demo as demo_penilaian
    from simulasi import demo as demo_simulasi

    page = halaman
    demo_penilaian.muat_kebijakan_dan_periode()
    demo_simulasi.muat()
    user = PenggunaFactory(first_name="Rina", peran=("Peserta",))
    masuk(page, live_server, user.username, SANDI)

    # The simulator: realisation 96,7 against a target of 90 %.
    tulis_iki_paten(page, live_server)
    page.get_by_role("button", name="Lanjut ke realisasi").click()
    isian = page.get_by_label("Realisasi indikator 1")
    expect(isian).to_have_attribute("inputmode", "decimal")
    isian.fill("96,7")
    page.get_by_role("button", name="Hitung dan simpan percobaan").click()
    expect(page.locator("[data-predikat-tersimpan]")).to_be_visible()
    # 96,7 / 90 × 100 = 107,44 %; the what-if field is prefilled as people write it.
    expect(page.locator("main")).to_contain_text("107,44")
    expect(page.locator("[data-andaikan-isian]").first).to_have_value("96,7")

    # A numeric quiz answer with a decimal comma.
    kategori = KategoriSoal.objects.create(nama="Angka kredit")
    soal = Soal.objects.create(
        kode="ak-1", kategori=kategori, jenis="angka",
        teks="Koefisien 12,5 dan predikat Sangat Baik selama setahun: berapa angka kredit?",
        jawaban_angka=Decimal("18.75"), toleransi=Decimal(0), penjelasan="12,5 × 150 %.",
    )  # fmt: skip
    kuis = Kuis.objects.create(judul="Kuis angka", slug="kuis-angka", nilai_lulus=100)
    SoalKuis.objects.create(kuis=kuis, soal=soal, sort_order=0)
    page.goto(f"{live_server.url}/kuis/")
    page.get_by_role("link", name="Kuis angka").click()
    page.get_by_role("button", name="Mulai kuis").click()
    jawaban = page.get_by_label("Jawaban Anda")
    expect(jawaban).to_have_attribute("inputmode", "decimal")
    jawaban.fill("18,75")
    page.get_by_role("button", name="Simpan dan lihat ringkasan").click()
    page.get_by_role("button", name="Serahkan").click()
    page.on("dialog", lambda d: d.accept())
    expect(page.locator("[data-persen]")).to_have_text("100")
    expect(page.locator("main")).to_contain_text("18,75")
