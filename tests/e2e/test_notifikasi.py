"""In a real browser: the employee submits an SKP, the appraiser logs in, sees the unread count
in the header, opens the inbox and the notification, and lands on the SKP."""

import re

from playwright.sync_api import expect

from tests.e2e.conftest import masuk
from tests.factories import SANDI


def _sebagai(page, live_server, user):
    page.context.clear_cookies()
    masuk(page, live_server, user.username, SANDI)
    expect(page.get_by_role("banner")).to_contain_text(user.first_name)


def test_penilai_diberi_tahu_skp_yang_diajukan(page, live_server, situs_demo):
    from tests.penilaian import pabrik

    pabrik.periode(2026)
    h = pabrik.hierarki()
    skp = pabrik.skp_lengkap(h.staf)
    skp_url = f"{live_server.url}/penilaian/skp/{skp.pk}/"

    _sebagai(page, live_server, h.staf.user)
    page.goto(skp_url)
    page.get_by_role("button", name="Ajukan SKP ke atasan").click()
    konfirmasi = page.get_by_label(re.compile("Saya tetap mengajukan"))
    if konfirmasi.count():
        konfirmasi.check()
        page.get_by_role("button", name="Ajukan SKP ke atasan").click()
    expect(page.locator("[data-status]")).to_have_text("Diajukan")
    # The employee is not told about their own submission.
    expect(page.locator(".akun__notifikasi")).to_have_text("Notifikasi")

    _sebagai(page, live_server, h.lurah.user)
    tautan = page.locator(".akun__notifikasi")
    expect(tautan).to_have_text("Notifikasi 1 belum dibaca")
    expect(tautan.locator(".lencana")).to_be_visible()
    for lebar, tinggi in ((1366, 900), (390, 844)):
        page.set_viewport_size({"width": lebar, "height": tinggi})
        page.screenshot(path=f"var/tangkapan-notifikasi-kepala-{lebar}.png")
    page.set_viewport_size({"width": 1366, "height": 900})
    tautan.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Notifikasi")
    item = page.get_by_role("link", name=re.compile("SKP Staf Uji menunggu persetujuan Anda"))
    expect(item).to_be_visible()
    for lebar, tinggi in ((1366, 900), (390, 844)):
        page.set_viewport_size({"width": lebar, "height": tinggi})
        page.screenshot(path=f"var/tangkapan-notifikasi-daftar-{lebar}.png", full_page=True)
    page.set_viewport_size({"width": 1366, "height": 900})
    item.click()
    expect(page).to_have_url(skp_url)
    expect(page.get_by_role("button", name="Setujui SKP")).to_be_visible()
    # Read now: the count is gone from the header.
    expect(page.locator(".akun__notifikasi")).to_have_text("Notifikasi")

    page.goto(f"{live_server.url}/akun/notifikasi/pengaturan/")
    for lebar, tinggi in ((1366, 900), (390, 844)):
        page.set_viewport_size({"width": lebar, "height": tinggi})
        page.screenshot(path=f"var/tangkapan-notifikasi-pengaturan-{lebar}.png", full_page=True)
