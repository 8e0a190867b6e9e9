"""Admin Kepegawaian sets the certificate's signatory in the Wagtail settings, and the
certificate a participant downloads in the browser carries it, with the participant's NIP."""

import pytest
from playwright.sync_api import expect

from tests import pdf_alat
from tests.e2e.conftest import masuk
from tests.factories.pengguna import SANDI

pytestmark = pytest.mark.django_db(transaction=True)


def test_penanda_tangan_dari_pengaturan_sampai_ke_sertifikat(
    page, live_server, situs_demo, tmp_path
):
    from kursus import services
    from kursus.models import KursusIndexPage, KursusPage
    from tests.factories import PenggunaFactory
    from tests.penilaian import pabrik

    admin = PenggunaFactory(username="admin.dokumen", peran=("Admin Kepegawaian",))
    masuk(page, live_server, admin.username, SANDI)
    page.goto(f"{live_server.url}/admin/settings/penilaian/pengaturandokumen/")
    page.get_by_label("Nama penanda tangan sertifikat").fill("Drs. H. Tb. Rasyid Hidayat, M.Si.")
    page.get_by_label("NIP penanda tangan").fill("1972031419980310")
    page.get_by_label("Jabatan penanda tangan").fill("Camat Cipocok Jaya")
    page.get_by_role("button", name="Simpan", exact=True).click()
    # A NIP one digit short is refused with a message naming the field. (``expect`` waits for
    # the answer to the form's POST; ``is_visible()`` read the old page when it came late.)
    expect(page.get_by_text("NIP harus terdiri atas 18 angka")).to_be_visible()
    page.get_by_label("NIP penanda tangan").fill("197203141998031001")
    page.get_by_role("button", name="Simpan", exact=True).click()
    page.wait_for_load_state()
    page.screenshot(path=str(tmp_path / "pengaturan-dokumen.png"), full_page=True)
    assert not page.get_by_text("NIP harus terdiri atas 18 angka").count()

    beranda = situs_demo.muat_beranda()
    indeks = beranda.add_child(instance=KursusIndexPage(title="Kursus", slug="kursus"))
    kursus = indeks.add_child(
        instance=KursusPage(title="Kursus uji", slug="kursus-uji", ringkasan="R", durasi_jp=4)
    )
    pegawai = pabrik.pegawai("Yuli Astuti")
    pendaftaran = services.pendaftaran_buat(user=pegawai.user, kursus=kursus)
    sertifikat = services.sertifikat_terbitkan(pendaftaran=pendaftaran)

    page.context.clear_cookies()
    masuk(page, live_server, pegawai.user.username, SANDI)
    with page.expect_download() as unduhan:
        page.evaluate(
            "url => { const a = document.createElement('a'); a.href = url; "
            "document.body.appendChild(a); a.click(); }",
            f"/sertifikat/{sertifikat.kode}/unduh/",
        )
    pdf = open(unduhan.value.path(), "rb").read()  # noqa: SIM115 (Playwright's temporary file)
    teks = pdf_alat.teks(pdf, tmp_path)
    nip = pegawai.nip
    assert f"NIP {nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}" in teks
    assert "Drs. H. Tb. Rasyid Hidayat, M.Si." in teks
    assert "NIP 19720314 199803 1 001" in teks
    pdf_alat.halaman_png(pdf, tmp_path, resolusi=60).save(tmp_path / "sertifikat.png")
