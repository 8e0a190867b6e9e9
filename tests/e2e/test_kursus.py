import re

from playwright.sync_api import expect

from tests.factories import SANDI, PenggunaFactory


def test_peserta_menyelesaikan_kursus_dan_sertifikatnya_terverifikasi(
    page, live_server, situs_demo
):
    from kursus import demo as demo_kursus
    from kursus.models import PelajaranPage, Sertifikat
    from situs.models import HomePage

    kursus = demo_kursus.muat(beranda=HomePage.objects.get())[0]
    jumlah = PelajaranPage.objects.child_of(kursus).live().count()
    user = PenggunaFactory(
        username="198203152009012004", first_name="Budi", last_name="Santoso", peran=("Peserta",)
    )

    page.goto(live_server.url + "/")
    page.get_by_role("navigation", name="Navigasi utama").get_by_role("link", name="Kursus").click()
    page.screenshot(path="var/tangkapan-kursus-indeks.png", full_page=True)
    page.get_by_role("link", name=kursus.title).click()
    page.get_by_role("link", name="Masuk untuk mendaftar").click()
    page.get_by_label("NIP atau nama pengguna").fill(user.username)
    page.get_by_label("Kata sandi").fill(SANDI)
    page.get_by_role("button", name="Masuk").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(kursus.title)
    page.get_by_role("button", name="Daftar ke kursus ini").click()

    for i in range(jumlah):
        expect(page.get_by_role("heading", level=1)).to_contain_text(f"Pelajaran {i + 1}")
        expect(page.locator(".kemajuan__label")).to_contain_text(
            f"{i} dari {jumlah} pelajaran selesai"
        )
        if i == 1:
            # The next lesson is still locked, with a message instead of its content.
            page.get_by_role("link", name=re.compile("→$")).click()
            expect(page.get_by_role("note")).to_contain_text("Pelajaran ini masih terkunci.")
            page.screenshot(path="var/tangkapan-pelajaran-terkunci.png", full_page=True)
            page.go_back()
        if i in (2, 6):
            page.screenshot(path=f"var/tangkapan-pelajaran-{i + 1}.png", full_page=True)
        page.get_by_role("button", name="Tandai selesai dan lanjutkan").click()

    expect(page.get_by_text("Selamat, Anda telah menyelesaikan kursus ini!")).to_be_visible()
    expect(page.locator(".kemajuan__label")).to_contain_text(
        f"{jumlah} dari {jumlah} pelajaran selesai (100%)"
    )
    page.screenshot(path="var/tangkapan-kursus-selesai.png", full_page=True)
    with page.expect_download() as unduhan:
        page.get_by_role("link", name="Unduh sertifikat (PDF)").click()
    isi = open(unduhan.value.path(), "rb").read()  # noqa: SIM115
    assert isi.startswith(b"%PDF")
    assert b"Budi Santoso" in isi

    kode = Sertifikat.objects.get(pendaftaran__user=user).kode
    assert kode.encode() in isi
    page.goto(f"{live_server.url}/sertifikat/verifikasi/{kode}/")
    expect(page.get_by_role("status")).to_contain_text("Sertifikat sah")
    expect(page.get_by_role("status")).to_contain_text("Budi Santoso")
    page.screenshot(path="var/tangkapan-verifikasi.png", full_page=True)
    respons = page.goto(f"{live_server.url}/sertifikat/verifikasi/BUKANKODE234/")
    assert respons.status == 404
    expect(page.get_by_role("alert")).to_contain_text("Sertifikat tidak ditemukan")
