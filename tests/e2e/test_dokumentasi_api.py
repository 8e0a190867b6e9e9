"""Issue 19 item 12: Swagger UI at /api/dokumentasi renders the operations under the site's CSP
(assets from the installed django-ninja package, no CDN)."""

from playwright.sync_api import expect


def test_dokumentasi_menampilkan_operasi_di_bawah_csp(page, live_server):
    pelanggaran = []
    page.on(
        "console",
        lambda pesan: (
            pelanggaran.append(pesan.text) if "Content Security Policy" in pesan.text else None
        ),
    )
    page.goto(live_server.url + "/api/dokumentasi")
    expect(page.locator(".swagger-ui .title")).to_contain_text("API Kinerja ASN Cipocok Jaya")
    expect(page.locator(".opblock-summary-path", has_text="/api/nilai")).to_be_visible()
    expect(page.locator(".opblock-summary-path", has_text="/api/periksa-indikator")).to_be_visible()
    # Opening an operation shows its request schema, read from /api/openapi.json.
    page.locator(".opblock-summary-path", has_text="/api/periksa-indikator").click()
    expect(page.locator(".opblock-body").first).to_contain_text("application/json")
    page.screenshot(path="var/tangkapan-dokumentasi-api.png", full_page=True)
    assert pelanggaran == []
