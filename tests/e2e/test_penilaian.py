"""A live appraisal in a real browser, as new users would do it: the employee drafts and
submits, the atasan returns it, the employee fixes and resubmits, the atasan approves; the
employee reports realisation with a file; the atasan rates above the proposal (a reason is
required) and finalises; the PDF downloads; a colleague cannot open any of it."""

import io
import re

from playwright.sync_api import expect
from reportlab.pdfgen import canvas

from tests.e2e.conftest import masuk
from tests.factories import SANDI

RHK = "Tersusunnya laporan kependudukan kelurahan yang tepat waktu"
IKI = "Jumlah laporan kependudukan yang disampaikan tepat waktu per tahun"


def _pdf() -> bytes:
    keluaran = io.BytesIO()
    c = canvas.Canvas(keluaran)
    c.drawString(72, 720, "Rekap laporan kependudukan 2026")
    c.save()
    return keluaran.getvalue()


def _sebagai(page, live_server, user):
    page.context.clear_cookies()
    masuk(page, live_server, user.username, SANDI)
    expect(page.get_by_role("banner")).to_contain_text(user.first_name)


def test_alur_skp_sampai_dokumen_evaluasi(page, live_server, situs_demo, tmp_path):
    from tests.penilaian import pabrik

    pabrik.periode(2026)
    h = pabrik.hierarki()
    url = live_server.url

    # The employee drafts the SKP: one RHK (the atasan has no SKP yet: left unlinked) and an IKI.
    _sebagai(page, live_server, h.staf.user)
    page.goto(f"{url}/penilaian/")
    page.get_by_role("button", name="Susun SKP 2026").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Sasaran Kinerja Pegawai 2026")
    # The RHK is checked live: an activity gets a finding and a result-shaped rewrite.
    page.get_by_role("textbox", name="Rencana hasil kerja").fill("Meningkatkan pelayanan PATEN")
    langsung = page.locator("[data-periksa-langsung]")
    expect(langsung).to_contain_text("Terselenggaranya pelayanan PATEN sesuai SOP")
    expect(langsung.locator("[data-kode='BUKAN_HASIL']")).to_be_visible()
    page.screenshot(path="var/tangkapan-penilaian-rhk-langsung.png", full_page=True)
    page.get_by_role("textbox", name="Rencana hasil kerja").fill(RHK)
    expect(langsung).to_contain_text("Lolos pemeriksa")
    page.get_by_role("button", name="Tambah RHK").click()
    expect(page.get_by_role("heading", name=re.compile(RHK))).to_be_visible()
    page.get_by_role("link", name="Tambah indikator").click()
    page.get_by_label("Indikator kinerja individu").fill("Melaksanakan pelaporan kependudukan")
    page.get_by_label("Target", exact=True).fill("12")
    page.get_by_label("Satuan").fill("laporan")
    # The live check suggests the polarity with its reason; the employee confirms it.
    expect(page.locator("[data-periksa-langsung]")).to_contain_text("Polaritas usulan: naik")
    expect(page.get_by_label("Polaritas")).to_have_value("naik")
    page.get_by_role("button", name="Simpan dan periksa").click()
    # The indicator checker's finding is shown inline, without blocking the draft.
    expect(page.locator(".temuan").first).to_contain_text("kegiatan")
    page.screenshot(path="var/tangkapan-penilaian-draf.png", full_page=True)
    # Submitting with a blocking finding asks for a confirmation, recorded in the history.
    page.get_by_role("button", name="Ajukan SKP ke atasan").click()
    expect(page.locator(".pesan")).to_contain_text("centang konfirmasi")
    page.get_by_label(re.compile("Saya tetap mengajukan")).check()
    page.get_by_role("button", name="Ajukan SKP ke atasan").click()
    expect(page.locator("[data-status]")).to_have_text("Diajukan")
    skp_url = page.url

    # The atasan returns it with a note.
    _sebagai(page, live_server, h.lurah.user)
    page.goto(f"{url}/penilaian/")
    page.get_by_role("link", name=re.compile("Tinjau dan setujui")).click()
    expect(page.locator(".temuan").first).to_contain_text("belum terukur")
    page.get_by_label("Catatan untuk pegawai").fill("Rumuskan indikator sebagai ukuran hasil.")
    page.get_by_role("button", name="Kembalikan dengan catatan").click()
    expect(page.locator("[data-status]")).to_have_text("Draf")

    # The employee sees the note, fixes the indicator and resubmits.
    _sebagai(page, live_server, h.staf.user)
    page.goto(skp_url)
    expect(page.get_by_role("status").last).to_contain_text("Rumuskan indikator")
    page.get_by_role("link", name="Ubah", exact=True).click()
    page.get_by_label("Indikator kinerja individu").fill(IKI)
    page.get_by_role("button", name="Simpan dan periksa").click()
    expect(page.get_by_text(IKI)).to_be_visible()
    page.get_by_role("button", name="Ajukan SKP ke atasan").click()
    expect(page.locator("[data-status]")).to_have_text("Diajukan")

    # The atasan approves.
    _sebagai(page, live_server, h.lurah.user)
    page.goto(skp_url)
    page.get_by_role("button", name="Setujui SKP").click()
    expect(page.locator("[data-status]")).to_have_text("Disetujui")

    # The employee reports the annual realisation with an evidence file.
    _sebagai(page, live_server, h.staf.user)
    page.goto(skp_url)
    bukti = tmp_path / "rekap-laporan.pdf"
    bukti.write_bytes(_pdf())
    page.get_by_label("Periode").first.select_option("tahunan")
    page.get_by_label("Realisasi", exact=True).fill("12")
    page.get_by_label("Bukti dukung").set_input_files(str(bukti))
    page.get_by_role("button", name="Simpan realisasi").click()
    expect(page.get_by_role("link", name="rekap-laporan.pdf")).to_be_visible()
    bukti_url = page.get_by_role("link", name="rekap-laporan.pdf").get_attribute("href")

    # The atasan rates above the proposal: the reason is required, then finalises.
    _sebagai(page, live_server, h.lurah.user)
    page.goto(skp_url)
    page.get_by_role("link", name="Evaluasi dan nilai").click()
    expect(page.locator(".langkah")).to_contain_text("Langkah perhitungan")
    page.get_by_label("Rating hasil kerja").select_option("di_atas_ekspektasi")
    page.get_by_label("Rating perilaku kerja").select_option("di_atas_ekspektasi")
    page.get_by_role("button", name="Simpan penilaian").click()
    expect(page.get_by_role("alert")).to_contain_text("alasan wajib diisi")
    page.get_by_label("Alasan bila berbeda dari usulan").fill(
        "Menyusun laporan tambahan untuk PATEN di luar target."
    )
    page.get_by_role("button", name="Simpan penilaian").click()
    expect(page.locator("[data-predikat]")).to_have_text("Sangat Baik")
    page.get_by_label("Saya sudah memeriksa penilaian ini").check()
    page.get_by_role("button", name="Finalkan evaluasi").click()
    expect(page.locator("[data-status-evaluasi]")).to_have_text("Final")
    page.screenshot(path="var/tangkapan-penilaian-evaluasi.png", full_page=True)
    with page.expect_download() as unduhan:
        page.get_by_role("link", name="Unduh Dokumen Evaluasi (PDF)").click()
    pdf = tmp_path / "dokumen.pdf"
    unduhan.value.save_as(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    evaluasi_url = page.url

    # A colleague under the same atasan cannot open any of it.
    _sebagai(page, live_server, h.staf_lain.user)
    for alamat in (
        skp_url,
        evaluasi_url,
        skp_url.rstrip("/") + "/dokumen-evaluasi.pdf",
        f"{url}{bukti_url}",
    ):
        respons = page.request.get(alamat)
        assert respons.status == 404, alamat
    page.goto(skp_url)
    expect(page.get_by_role("heading", level=1)).to_contain_text("tidak ditemukan")


def test_penilai_memfinalkan_triwulan_i_dan_pegawai_melihatnya(page, live_server, situs_demo):
    """A quarterly evaluation runs like the annual one: the engine reads the quarter's
    realisation, the atasan rates and finalises, the employee sees the final quarter."""
    from decimal import Decimal

    from penilaian import services
    from penilaian.models import SKP
    from tests.penilaian import pabrik

    pabrik.periode(2026)
    h = pabrik.hierarki()
    skp = pabrik.skp_lengkap(h.staf, status=SKP.Status.DISETUJUI)
    iki = skp.rhk.get().indikator.get()
    services.realisasi_simpan(
        oleh=h.staf.user, indikator=iki, periode_evaluasi="tw1", nilai=Decimal(12)
    )
    skp_url = f"{live_server.url}{skp.get_absolute_url()}"

    _sebagai(page, live_server, h.lurah.user)
    page.goto(skp_url)
    page.get_by_role("link", name="Triwulan I", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Evaluasi kinerja Triwulan I 2026")
    expect(page.locator("[data-status-evaluasi]")).to_have_text("Belum dinilai (usulan mesin)")
    expect(page.get_by_role("combobox", name="Periode evaluasi")).to_have_value("tw1")
    page.get_by_label("Rating perilaku kerja").select_option("di_atas_ekspektasi")
    page.get_by_label("Berorientasi Pelayanan").fill("Melayani warga di luar jam kerja.")
    page.get_by_role("button", name="Simpan penilaian").click()
    expect(page.locator("[data-predikat]")).to_have_text("Baik")
    page.get_by_label("Saya sudah memeriksa penilaian ini").check()
    page.get_by_role("button", name="Finalkan evaluasi").click()
    expect(page.locator("[data-status-evaluasi]")).to_have_text("Final")
    expect(page.get_by_role("heading", level=1)).to_have_text("Evaluasi kinerja Triwulan I 2026")
    evaluasi_url = page.url
    assert evaluasi_url.endswith("?periode_evaluasi=tw1")

    # The employee sees the final quarter on the SKP page and opens it; the SKP stays open
    # for the remaining quarters and the annual evaluation.
    _sebagai(page, live_server, h.staf.user)
    page.goto(skp_url)
    expect(page.locator("[data-status]")).to_have_text("Disetujui")
    baris = page.locator('[data-evaluasi-periode="tw1"]')
    expect(baris).to_contain_text("Final")
    expect(baris).to_contain_text("Baik")
    expect(page.locator('[data-evaluasi-periode="tw2"]')).to_contain_text("Belum dinilai")
    baris.get_by_role("link", name="Triwulan I").click()
    expect(page.locator("[data-status-evaluasi]")).to_have_text("Final")
    expect(page.locator("[data-predikat]")).to_have_text("Baik")
    expect(page.get_by_role("button", name="Simpan penilaian")).to_have_count(0)

    # A colleague cannot open it.
    _sebagai(page, live_server, h.staf_lain.user)
    assert page.request.get(evaluasi_url).status == 404
