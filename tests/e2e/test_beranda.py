import re

from playwright.sync_api import expect

from tests.e2e.conftest import masuk
from tests.factories import SANDI, PenggunaFactory


def test_beranda_dapat_dibaca_dan_dinavigasi_dengan_papan_ketik(page, live_server, situs_demo):
    page.goto(live_server.url + "/")
    expect(page).to_have_title(re.compile("Beranda"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Kinerja ASN Cipocok Jaya")
    page.screenshot(path="var/tangkapan-beranda.png", full_page=True)
    expect(page.get_by_role("contentinfo")).to_contain_text("Kecamatan Cipocok Jaya")
    # The first Tab reaches the skip link, which becomes visible and moves focus to the content.
    page.keyboard.press("Tab")
    lompat = page.get_by_role("link", name="Langsung ke konten utama")
    expect(lompat).to_be_focused()
    expect(lompat).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page.locator("main#konten")).to_be_focused()


def test_masuk_lalu_keluar(page, live_server, situs_demo):
    user = PenggunaFactory(first_name="Yuli", last_name="Astuti")
    page.goto(live_server.url + "/")
    page.get_by_role("link", name="Masuk").click()
    masuk(page, live_server, user.username, "salah-sandi")
    expect(page.get_by_role("alert")).to_contain_text("kata sandi salah")
    masuk(page, live_server, user.username, SANDI)
    expect(page.get_by_role("banner")).to_contain_text("Yuli Astuti")
    page.get_by_role("button", name="Keluar").click()
    expect(page.get_by_role("banner").get_by_role("link", name="Masuk")).to_be_visible()
    expect(page.get_by_role("banner")).not_to_contain_text("Yuli Astuti")
