"""A scoped Admin Kepegawaian in a real browser: the demo's ``kepegawaian.kelurahan`` (Kelurahan
Dalung) logs in to the Wagtail admin, sees the employees of its kelurahan only, gets the 404
page for an employee of another kelurahan, and finds its own scope read-only to itself."""

from playwright.sync_api import expect


def test_admin_kelurahan_hanya_melihat_pegawai_kelurahannya(page, live_server, situs_demo):
    from penilaian import demo
    from penilaian.models import LingkupUnit, Pegawai

    demo.muat_unit_kerja()
    demo.muat_kebijakan_dan_periode()
    sandi = situs_demo.muat_akun()
    demo.muat_pegawai()
    assert LingkupUnit.objects.filter(user__username="kepegawaian.kelurahan").exists()
    dalung = Pegawai.objects.filter(unit__kode="kel-dalung").first()
    luar = Pegawai.objects.exclude(unit__kode="kel-dalung").first()

    page.goto(f"{live_server.url}/admin/login/")
    page.locator("#id_username").fill("kepegawaian.kelurahan")
    page.locator("#id_password").fill(sandi["kepegawaian.kelurahan"])
    page.locator("button[type=submit]").click()
    expect(page).to_have_url(f"{live_server.url}/admin/")

    page.goto(f"{live_server.url}/admin/pegawai/")
    expect(page.get_by_role("link", name=dalung.nama)).to_be_visible()
    expect(page.get_by_text(luar.nama)).to_have_count(0)
    page.screenshot(path="var/tangkapan-lingkup-pegawai.png", full_page=True)

    respons = page.goto(f"{live_server.url}/admin/pegawai/edit/{luar.pk}/")
    assert respons.status == 404

    page.goto(f"{live_server.url}/admin/lingkup_unit/")
    expect(page.locator("table").get_by_text("Kelurahan Dalung")).to_be_visible()
    sendiri = LingkupUnit.objects.get(user__username="kepegawaian.kelurahan")
    page.goto(f"{live_server.url}/admin/lingkup_unit/delete/{sendiri.pk}/")
    expect(page.get_by_text("hanya dapat diubah oleh administrator tanpa lingkup")).to_be_visible()
    page.screenshot(path="var/tangkapan-lingkup-unit.png", full_page=True)
    assert LingkupUnit.objects.filter(pk=sendiri.pk).exists()
