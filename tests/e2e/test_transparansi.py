"""The public transparency page in a real browser, with the demo's published 2025 period: the
published date, counts and means per unit at evaluation time, no names."""

from playwright.sync_api import expect


def test_transparansi_demo_menampilkan_potret_2025(page, live_server, situs_demo):
    from penilaian import demo

    demo.muat_unit_kerja()
    demo.muat_kebijakan_dan_periode()
    situs_demo.muat_akun()
    demo.muat_pegawai()
    demo.muat_skp()
    assert demo.terbitkan_transparansi().diterbitkan

    page.goto(f"{live_server.url}/transparansi/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Transparansi kinerja unit kerja")
    expect(page.get_by_label("Periode")).to_have_value("2025")
    expect(page.get_by_text("Diterbitkan").first).to_be_visible()
    expect(page.get_by_text("pegawai dinilai.").first).to_be_visible()
    expect(page.get_by_text("Yuli")).to_have_count(0)
    page.screenshot(path="var/tangkapan-transparansi.png", full_page=True)
