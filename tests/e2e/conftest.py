"""Real-browser tests: Playwright drives Debian's Chromium (/usr/bin/chromium) headless.

Nothing downloads a browser: ``make test`` installs Debian's chromium through
scripts/pasang-sistem.sh. Playwright's sync API runs an event loop in the test thread, so
Django's async-safety guard is relaxed for these tests only (they touch the database from
that thread to arrange data).
"""

import os
import shutil

import pytest

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
ARGUMEN_CHROMIUM = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=ARGUMEN_CHROMIUM
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="id-ID", timezone_id="Asia/Jakarta")
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture
def situs_demo(live_server):
    """The home page as ``make demo`` builds it. The live server reads committed data, so these
    tests are transactional; the flush after each one removes what the migrations created,
    which ``muat_beranda`` puts back (locale, root page and collection, role groups)."""
    from situs import demo

    demo.muat_beranda()
    return demo


def masuk(page, live_server, username, password):
    """Log in through the site's login form, as a person would."""
    page.goto(f"{live_server.url}/akun/masuk/")
    page.get_by_label("NIP atau nama pengguna").fill(username)
    page.get_by_label("Kata sandi").fill(password)
    page.get_by_role("button", name="Masuk").click()


def tulis_iki_paten(page, live_server, *, target: str = "90"):
    """Step 2 of the PATEN case with a sound RHK and IKI (target in %), not yet submitted."""
    page.goto(live_server.url + "/simulasi/paten-adminduk/indikator/")
    page.get_by_label("Rencana Hasil Kerja (RHK) Anda").fill(
        "Meningkatnya ketepatan waktu penyelesaian dokumen kependudukan di loket PATEN"
    )
    page.locator("#id_iki-0-teks").fill(
        "Persentase dokumen kependudukan yang selesai dalam 1 hari kerja"
    )
    page.locator("#id_iki-0-target").fill(target)
    page.locator("#id_iki-0-satuan").fill("%")
    # The polarity is the person's confirmed choice (the checker only suggests it).
    page.locator("#id_iki-0-polaritas").select_option("naik")
