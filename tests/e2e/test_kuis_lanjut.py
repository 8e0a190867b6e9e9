"""Issue 18 item 8 in a real browser, at a phone's width and a laptop's: a quiz with shuffled
options, a matching question with an image, and a random question drawn from a category."""

import io
import mimetypes
import re
from decimal import Decimal
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import masuk
from tests.factories import SANDI, PenggunaFactory

PILIHAN = ["Rencana Hasil Kerja", "Rekap Harian Kerja", "Rapat Hasil Kinerja", "Ringkasan Harian"]


_LEBAR_SETELAH_DIMUAT = """img => img.complete ? img.naturalWidth : new Promise(selesai => {
    img.addEventListener("load", () => selesai(img.naturalWidth), {once: true});
    img.addEventListener("error", () => selesai(0), {once: true});
})"""


def _kuis():
    from django.core.files.images import ImageFile
    from PIL import Image, ImageDraw
    from wagtail.images import get_image_model

    from kursus.kuis.models import (
        KategoriSoal,
        Kuis,
        PasanganJodoh,
        PilihanJawaban,
        SlotAcak,
        Soal,
        SoalKuis,
    )

    kategori = KategoriSoal.objects.create(nama="Dasar SKP")
    bank = KategoriSoal.objects.create(nama="Polaritas indikator")
    isi = io.BytesIO()
    gambar = Image.new("RGB", (1200, 600), (236, 242, 250))
    garis = ImageDraw.Draw(gambar)
    garis.line((600, 40, 600, 560), fill=(20, 60, 120), width=6)
    garis.line((60, 300, 1140, 300), fill=(20, 60, 120), width=6)
    gambar.save(isi, "PNG")
    gambar = get_image_model().objects.create(
        title="Kuadran", file=ImageFile(isi, name="kuadran-e2e.png")
    )
    tunggal = Soal.objects.create(
        kode="l-1", kategori=kategori, jenis="tunggal", teks="Apa kepanjangan RHK?"
    )
    for i, teks in enumerate(PILIHAN):
        PilihanJawaban.objects.create(soal=tunggal, teks=teks, benar=i == 0, sort_order=i)
    jodoh = Soal.objects.create(
        kode="l-2",
        kategori=kategori,
        jenis="menjodohkan",
        bobot=Decimal(2),
        teks="Pasangkan gabungan rating dengan predikat kinerjanya.",
        gambar=gambar,
        gambar_alt="Kuadran: sumbu mendatar perilaku kerja, sumbu tegak hasil kerja",
    )
    for i, (premis, jawaban) in enumerate(
        [
            ("Hasil kerja di atas ekspektasi, perilaku kerja di atas ekspektasi", "Sangat Baik"),
            ("Hasil kerja sesuai ekspektasi, perilaku kerja sesuai ekspektasi", "Baik"),
            (
                "Hasil kerja di bawah ekspektasi, perilaku kerja di bawah ekspektasi",
                "Sangat Kurang",
            ),
            ("", "Istimewa"),
        ]
    ):
        PasanganJodoh.objects.create(soal=jodoh, premis=premis, jawaban=jawaban, sort_order=i)
    for i, teks in enumerate(
        [
            "Indikator waktu penyelesaian berpolaritas turun.",
            "Indikator jumlah dokumen yang diselesaikan berpolaritas naik.",
            "Indikator biaya per layanan berpolaritas turun.",
        ]
    ):
        Soal.objects.create(
            kode=f"l-acak-{i}", kategori=bank, jenis="benar_salah", teks=teks,
            jawaban_benar_salah=True,
        )  # fmt: skip
    kuis = Kuis.objects.create(
        judul="Kuis lanjutan", slug="kuis-lanjutan", nilai_lulus=70, acak_pilihan=True, live=True
    )
    SoalKuis.objects.create(kuis=kuis, soal=tunggal, sort_order=0)
    SoalKuis.objects.create(kuis=kuis, soal=jodoh, sort_order=1)
    SlotAcak.objects.create(kuis=kuis, kategori=bank, jumlah=1, bobot=Decimal(1))
    return kuis, jodoh


def _layani_media(page):
    """The test server does not serve uploads (DEBUG is off); the browser gets the rendition
    files from MEDIA_ROOT so the screenshots show the real image."""
    from django.conf import settings

    def layani(route):
        path = route.request.url.split("/media/", 1)[1].split("?")[0]
        berkas = Path(settings.MEDIA_ROOT) / path
        if not berkas.is_file():
            route.fulfill(status=404)
            return
        jenis = mimetypes.guess_type(berkas.name)[0] or "application/octet-stream"
        route.fulfill(status=200, body=berkas.read_bytes(), content_type=jenis)

    page.route("**/media/**", layani)


def _tidak_meluap(page, lebar):
    assert page.evaluate("document.documentElement.scrollWidth") <= lebar


@pytest.mark.parametrize("lebar", [390, 1366])
def test_kuis_acak_pilihan_menjodohkan_dan_slot_acak(page, live_server, situs_demo, lebar):
    page.set_viewport_size({"width": lebar, "height": 900})
    _layani_media(page)
    kuis, jodoh = _kuis()
    user = PenggunaFactory(username=f"19900101201501{lebar:04d}", peran=("Peserta",))
    masuk(page, live_server, user.username, SANDI)
    page.goto(f"{live_server.url}/kuis/{kuis.slug}/")
    expect(page.get_by_text("3 soal")).to_be_visible()
    page.get_by_role("button", name="Mulai kuis").click()

    # 1. Shuffled options: drawn once, the same after a reload.
    expect(page.get_by_role("heading", level=1)).to_have_text("Soal 1 dari 3")
    pilihan = page.locator(".kuis-soal input[type=radio]")
    urutan = [page.locator(f"label[for='{i}']").inner_text().strip() for i in
              pilihan.evaluate_all("els => els.map(e => e.id)")]  # fmt: skip
    assert sorted(urutan) == sorted(PILIHAN)
    page.reload()
    urutan_lagi = [page.locator(f"label[for='{i}']").inner_text().strip() for i in
                   pilihan.evaluate_all("els => els.map(e => e.id)")]  # fmt: skip
    assert urutan_lagi == urutan
    page.get_by_label("Rencana Hasil Kerja").check()
    page.screenshot(path=f"var/tangkapan-kuis-acak-{lebar}.png", full_page=True)
    page.get_by_role("button", name="Simpan dan lanjut →").click()

    # 2. Matching: one labelled select per premise, with the image above.
    expect(page.get_by_role("heading", level=1)).to_have_text("Soal 2 dari 3")
    gambar = page.get_by_role("img", name="Kuadran: sumbu mendatar perilaku kerja")
    expect(gambar).to_be_visible()
    # Visible is not loaded: wait for the load (or error) event before reading its width.
    assert gambar.evaluate(_LEBAR_SETELAH_DIMUAT) > 0
    page.get_by_label(
        "Hasil kerja di atas ekspektasi, perilaku kerja di atas ekspektasi"
    ).select_option(label="Sangat Baik")
    page.get_by_label(
        "Hasil kerja sesuai ekspektasi, perilaku kerja sesuai ekspektasi"
    ).select_option(label="Baik")
    page.get_by_label(
        "Hasil kerja di bawah ekspektasi, perilaku kerja di bawah ekspektasi"
    ).select_option(label="Istimewa")
    _tidak_meluap(page, lebar)
    page.screenshot(path=f"var/tangkapan-kuis-jodoh-{lebar}.png", full_page=True)
    page.get_by_role("button", name="Simpan dan lanjut →").click()

    # 3. The random slot's question (every question of that category is true).
    expect(page.get_by_role("heading", level=1)).to_have_text("Soal 3 dari 3")
    expect(page.locator(".kuis-soal__teks")).to_contain_text("berpolaritas")
    page.get_by_label("Benar", exact=True).check()
    page.get_by_role("button", name="Simpan dan lihat ringkasan").click()
    page.get_by_role("button", name="Serahkan kuis").click()

    # Matching: 2 right, 1 wrong of 3 premises → (2 − 1) ÷ 3 of 2 points = 0,67.
    expect(page.get_by_role("heading", level=1)).to_have_text("Hasil percobaan ke-1")
    expect(page.locator("[data-skor]")).to_have_text("2,67")
    expect(page.locator(".kuis-tinjauan__butir.is-sebagian")).to_contain_text("0,67 dari 2 poin")
    ditinjau = page.locator(".kuis-tinjauan__pilihan").first.locator("li")
    assert [t.split(" (")[0].split(" ✓")[0].strip() for t in ditinjau.all_inner_texts()] == urutan
    _tidak_meluap(page, lebar)
    page.screenshot(path=f"var/tangkapan-kuis-lanjut-hasil-{lebar}.png", full_page=True)


def test_editor_soal_menjodohkan_hanya_menampilkan_pasangan(page, live_server, situs_demo):
    from kursus.kuis.models import KategoriSoal, Soal

    kategori = KategoriSoal.objects.create(nama="Kuadran kinerja")
    pelatih = PenggunaFactory(username="pelatih.jodoh", peran=("Pelatih",))
    masuk(page, live_server, pelatih.username, SANDI)
    page.goto(f"{live_server.url}/admin/snippets/kursus/soal/add/")
    pasangan = page.locator('[data-untuk-jenis="menjodohkan"]')
    pilihan = page.locator('[data-untuk-jenis="tunggal ganda"]')
    page.locator("#id_jenis").select_option("menjodohkan")
    expect(pasangan.first).to_be_visible()
    expect(pilihan.first).to_be_hidden()
    page.locator("#id_kode").fill("jodoh-editor")
    # The category is a snippet chooser (a modal); its hidden input holds the chosen id.
    page.locator("#id_kategori").evaluate("(el, v) => { el.value = v; }", str(kategori.pk))
    page.locator("#id_teks").fill("Pasangkan rating dengan predikatnya.")
    tambah = pasangan.first.get_by_role("button", name=re.compile("pasangan", re.I))
    for i, (premis, jawaban) in enumerate(
        [("Di atas / di atas", "Sangat Baik"), ("Sesuai / sesuai", "Baik"), ("", "Istimewa")]
    ):
        tambah.last.click()
        page.locator(f"#id_pasangan-{i}-premis").fill(premis)
        page.locator(f"#id_pasangan-{i}-jawaban").fill(jawaban)
    page.screenshot(path="var/tangkapan-kuis-editor-jodoh.png", full_page=True)
    page.get_by_role("button", name="Simpan").first.click()
    expect(page.get_by_role("link", name="jodoh-editor")).to_be_visible()
    soal = Soal.objects.get(kode="jodoh-editor")
    assert [(p.premis, p.jawaban) for p in soal.pasangan.all()] == [
        ("Di atas / di atas", "Sangat Baik"),
        ("Sesuai / sesuai", "Baik"),
        ("", "Istimewa"),
    ]
