"""An imported employee without email activates their login from the printed letter on a
phone-sized screen, logs in with the new password and drafts an SKP (issue 18, items 1–2)."""

import re

from playwright.sync_api import expect

from tests.e2e.conftest import masuk
from tests.factories import SANDI, PenggunaFactory
from tests.situs.pdf import gambar_pdf, teks_pdf

NIP = "199203032020121004"
SANDI_BARU = "Kinerja-Cipocok-2026"
BERKAS = (
    "nip;nama;email;jabatan;jenis_jabatan;unit_kode;unit_nama;unit_jenis;nip_atasan\n"
    "197801012005011001;Hendra Gunawan;;Lurah Dalung;struktural;kel-dalung;"
    "Kelurahan Dalung;kelurahan;\n"
    f"{NIP};Dewi Lestari;;Pengadministrasi Umum;pelaksana;kel-dalung;;;197801012005011001\n"
)


def test_pegawai_impor_mengaktifkan_akun_dari_surat_lalu_menyusun_skp(
    page, browser, live_server, situs_demo, tmp_path
):
    from penilaian.models import Pegawai
    from tests.penilaian import pabrik

    pabrik.periode(2026)
    url = live_server.url
    admin = PenggunaFactory(username="admin.kepeg", peran=("Admin Kepegawaian",))

    # Admin Kepegawaian imports the staff file: both employees get a login awaiting activation.
    masuk(page, live_server, admin.username, SANDI)
    page.goto(f"{url}/admin/impor-pegawai/")
    berkas = tmp_path / "pegawai.csv"
    berkas.write_text(BERKAS, encoding="utf-8")
    page.locator("input[type=file]").set_input_files(str(berkas))
    page.get_by_role("button", name="Impor").click()
    expect(page.get_by_text(re.compile(r"2 pegawai baru.*2 akun dibuat"))).to_be_visible()

    # The employee's account page: print a letter (confirmed first), the PDF downloads.
    dewi = Pegawai.objects.get(nip=NIP)
    page.goto(f"{url}/admin/akun-pegawai/{dewi.pk}/")
    expect(page.locator("[data-keadaan-akun]")).to_contain_text("Menunggu aktivasi")
    page.get_by_role("link", name="Cetak surat aktivasi baru").click()
    expect(page.get_by_role("alert")).to_contain_text("Terbitkan aktivasi baru untuk Dewi")
    page.screenshot(path="var/tangkapan-aktivasi-admin-konfirmasi.png", full_page=True)
    with page.expect_download() as unduhan:
        page.get_by_role("button", name="Terbitkan aktivasi baru").click()
    pdf = tmp_path / "surat.pdf"
    unduhan.value.save_as(pdf)
    teks = teks_pdf(pdf, tmp_path)
    assert "Dewi Lestari" in teks
    assert NIP in teks
    assert "Kelurahan Dalung" in teks
    kode = re.search(r"\b([2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5})\b", teks).group(1)
    gambar_pdf(pdf, "var/tangkapan-surat-aktivasi")

    # On a phone: the activation page with NIP and code, then a new password.
    ponsel = browser.new_context(
        locale="id-ID", timezone_id="Asia/Jakarta", viewport={"width": 390, "height": 844}
    )
    hp = ponsel.new_page()
    hp.set_default_timeout(15_000)
    hp.goto(f"{url}/akun/masuk/")
    hp.get_by_role("link", name="Aktivasi akun baru").click()
    hp.get_by_label("NIP").fill(NIP)
    # A wrong code first: the Indonesian message, nothing changes.
    hp.get_by_label("Kode aktivasi").fill("AAAAA-BBBBB")
    hp.get_by_role("button", name="Lanjut").click()
    expect(hp.get_by_role("alert")).to_contain_text("tidak cocok")
    hp.get_by_label("Kode aktivasi").fill(kode.lower())
    hp.screenshot(path="var/tangkapan-aktivasi-kode-390.png", full_page=True)
    hp.get_by_role("button", name="Lanjut").click()
    expect(hp.get_by_role("heading", level=1)).to_have_text("Buat kata sandi")
    hp.locator("#id_new_password1").fill("12345678")
    hp.locator("#id_new_password2").fill("12345678")
    hp.get_by_role("button", name="Simpan kata sandi dan masuk").click()
    expect(hp.locator(".isian__galat").first).to_be_visible()
    hp.screenshot(path="var/tangkapan-aktivasi-sandi-lemah-390.png", full_page=True)
    hp.locator("#id_new_password1").fill(SANDI_BARU)
    hp.locator("#id_new_password2").fill(SANDI_BARU)
    hp.get_by_role("button", name="Simpan kata sandi dan masuk").click()
    expect(hp).to_have_url(f"{url}/penilaian/")
    expect(hp.get_by_text("Akun Anda aktif")).to_be_visible()

    # Log out, log in again with the NIP and the new password, draft the SKP.
    hp.context.clear_cookies()
    masuk(hp, live_server, NIP, SANDI_BARU)
    hp.goto(f"{url}/penilaian/")
    hp.get_by_role("button", name="Susun SKP 2026").click()
    expect(hp.get_by_role("heading", level=1)).to_have_text("Sasaran Kinerja Pegawai 2026")
    hp.get_by_role("textbox", name="Rencana hasil kerja").fill(
        "Tersusunnya laporan kependudukan kelurahan yang tepat waktu"
    )
    hp.get_by_role("button", name="Tambah RHK").click()
    expect(hp.get_by_role("heading", name=re.compile("Tersusunnya laporan"))).to_be_visible()
    hp.screenshot(path="var/tangkapan-aktivasi-skp-390.png", full_page=True)

    # The letter's code cannot be used again.
    hp.context.clear_cookies()
    hp.goto(f"{url}/akun/aktivasi/?nip={NIP}")
    hp.get_by_label("Kode aktivasi").fill(kode)
    hp.get_by_role("button", name="Lanjut").click()
    expect(hp.get_by_role("alert")).to_contain_text("sudah pernah dipakai")
    ponsel.close()
