"""The page editor in a real browser: the strings Wagtail's JavaScript draws (StreamField chrome,
minimap, side panels, the unsaved-edits indicator) come from the admin's JavaScript catalogue,
which the server-side walk in tests/situs/test_admin_bahasa.py cannot see."""

from playwright.sync_api import expect

from tests.e2e.conftest import masuk
from tests.factories import SANDI, PenggunaFactory
from tests.situs.teks_inggris import pesan_inggris


def _pelajaran():
    from kursus import demo as demo_kursus
    from situs.models import HomePage
    from tests.kursus.factories import KursusPageFactory, PelajaranPageFactory

    indeks = demo_kursus.muat_indeks(beranda=HomePage.objects.get())
    demo_kursus.pastikan_moderasi(indeks=indeks)
    kursus = KursusPageFactory(parent=indeks, title="Kursus uji editor", slug="kursus-uji-editor")
    return PelajaranPageFactory(
        parent=kursus,
        title="Menulis indikator kinerja",
        slug="menulis-indikator",
        body=[
            {"type": "judul", "value": "Indikator yang terukur"},
            {"type": "teks", "value": "<p>Indikator menyatakan hasil, bukan kegiatan.</p>"},
            {
                "type": "catatan",
                "value": {
                    "jenis": "penting",
                    "judul": "Ingat",
                    "isi": "<p>Setiap indikator punya target dan satuan.</p>",
                },
            },
        ],
    )


def test_editor_halaman_pelatih_tanpa_pesan_berbahasa_inggris(page, live_server, situs_demo):
    from situs import peran

    pelajaran = _pelajaran()
    PenggunaFactory(username="pelatih-editor", peran=(peran.PELATIH,))
    masuk(page, live_server, "pelatih-editor", SANDI)
    page.goto(f"{live_server.url}/admin/pages/{pelajaran.pk}/edit/")
    # The StreamField is drawn by JavaScript: wait for its block chrome.
    expect(page.get_by_role("button", name="Sisipkan blok").first).to_be_visible()
    page.locator("#id_title").fill("Menulis indikator kinerja yang terukur")
    page.locator(
        "[data-contentpath='body'] [data-block-key], [data-contentpath='body'] [data-contentpath]"
    ).first.hover()
    page.wait_for_timeout(500)
    page.screenshot(path="var/tangkapan-admin-editor.png")
    assert pesan_inggris(page.content()) == [], page.locator("body").inner_text()[:2000]
    # The minimap's "collapse all" toggle (React): its label comes from the JavaScript catalogue.
    page.get_by_role("button", name="Tutup semua").click()
    expect(page.get_by_role("button", name="Buka semua")).to_be_visible()
    assert pesan_inggris(page.content()) == [], page.locator("body").inner_text()[:2000]


def test_editor_soal_hanya_menampilkan_kunci_jenis_yang_dipilih(page, live_server, situs_demo):
    from situs import peran

    PenggunaFactory(username="pelatih-soal", peran=(peran.PELATIH,))
    masuk(page, live_server, "pelatih-soal", SANDI)
    page.goto(f"{live_server.url}/admin/snippets/kursus/soal/add/")
    jenis = page.locator('select[name="jenis"]')
    expect(jenis).to_be_visible()

    jenis.select_option("angka")
    expect(page.locator("#id_jawaban_angka")).to_be_visible()
    expect(page.locator("#id_toleransi")).to_be_visible()
    for tersembunyi in ("#id_jawaban_isian", "#id_rubrik"):
        expect(page.locator(tersembunyi)).to_be_hidden()
    expect(page.get_by_text("Pilihan jawaban (pilihan tunggal/ganda)")).to_be_hidden()

    jenis.select_option("ganda")
    expect(page.get_by_text("Pilihan jawaban (pilihan tunggal/ganda)")).to_be_visible()
    expect(page.locator("#id_jawaban_angka")).to_be_hidden()
    page.screenshot(path="var/tangkapan-admin-soal.png", full_page=True)
