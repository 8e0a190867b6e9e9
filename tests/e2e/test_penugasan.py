"""A trainer assigns a course to a kelurahan with a due date; a participant of that kelurahan
sees the course and its due date on "Kursus saya"; the per-unit report shows them and its
export is prepared in the background and downloaded."""

import io
from datetime import timedelta

from django.utils import formats, timezone, translation
from openpyxl import load_workbook
from playwright.sync_api import expect

from tests.e2e.conftest import masuk
from tests.factories import SANDI, PenggunaFactory

LEBAR = ((1366, 900), (390, 844))


def _kursus(indeks, judul, slug):
    from kursus.models import KursusPage, PelajaranPage

    kursus = indeks.add_child(
        instance=KursusPage(title=judul, slug=slug, ringkasan="Ringkasan", durasi_jp=2)
    )
    kursus.add_child(
        instance=PelajaranPage(
            title=f"{judul}: pengantar",
            slug="pengantar",
            body=[{"type": "teks", "value": "<p>Isi pelajaran</p>"}],
        )
    )
    return kursus


def _tangkap(page, nama):
    for lebar, tinggi in LEBAR:
        page.set_viewport_size({"width": lebar, "height": tinggi})
        page.screenshot(path=f"var/tangkapan-{nama}-{lebar}.png", full_page=True)
    page.set_viewport_size({"width": 1366, "height": 900})


def test_pelatih_menugaskan_kursus_ke_kelurahan_dan_mengunduh_laporan(
    page, browser, live_server, situs_demo, settings
):
    from kursus.models import KursusIndexPage, Pendaftaran
    from penilaian.models import UnitKerja
    from situs.models import HomePage
    from tests.penilaian import pabrik

    # Every export of this test goes through the queue (immediate backend: ready at once).
    settings.EKSPOR_BATAS_SINKRON = 0
    beranda = HomePage.objects.get()
    indeks = beranda.add_child(instance=KursusIndexPage(title="Kursus", slug="kursus"))
    kursus = _kursus(indeks, "Menyusun SKP berbasis kinerja", "menyusun-skp")
    kursus_lama = _kursus(indeks, "Dasar-dasar BerAKHLAK", "dasar-berakhlak")
    kec = UnitKerja.objects.create(kode="kec-cj", nama="Kecamatan Cipocok Jaya", jenis="kecamatan")
    kel = UnitKerja.objects.create(
        kode="kel-banjar", nama="Kelurahan Banjarsari", jenis="kelurahan", induk=kec
    )
    lain = UnitKerja.objects.create(
        kode="kel-dalung", nama="Kelurahan Dalung", jenis="kelurahan", induk=kec
    )
    siti = pabrik.pegawai("Siti Aminah", unit_kerja=kel, jabatan="Sekretaris Kelurahan")
    pabrik.pegawai("Rudi Dalung", unit_kerja=lain)
    # An earlier assignment whose due date has passed: shown as overdue.
    Pendaftaran.objects.create(
        user=siti.user, kursus=kursus_lama, tenggat=timezone.localdate() - timedelta(days=3)
    )
    pelatih = PenggunaFactory(first_name="Dedi", last_name="Pelatih", peran=("Pelatih",))
    tenggat = timezone.localdate() + timedelta(days=40)
    with translation.override("id"):
        tenggat_teks = formats.date_format(tenggat, "j F Y")

    # 1. The trainer assigns the course to the kelurahan, previews, confirms.
    masuk(page, live_server, pelatih.username, SANDI)
    page.goto(f"{live_server.url}/admin/kursus/tugaskan/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Tugaskan kursus")
    page.locator("#id_kursus").select_option(label=kursus.title)
    page.locator('input[name="jenis"][value="unit"]').check()
    page.locator("#id_unit").select_option(label=kel.nama)
    page.locator("#id_tenggat").fill(tenggat.isoformat())
    page.get_by_role("button", name="Pratinjau").click()
    expect(page.locator("[data-jumlah-baru]")).to_have_text("1")
    expect(page.locator("[data-jumlah-sudah]")).to_have_text("0")
    _tangkap(page, "penugasan-pratinjau")
    assert not Pendaftaran.objects.filter(kursus=kursus).exists()
    page.get_by_role("button", name="Konfirmasi dan tugaskan").click()
    expect(page.get_by_text("1 peserta baru")).to_be_visible()
    baris = page.locator(f'tr[data-unit="{kel.pk}"]')
    expect(baris.locator("td").first).to_have_text("1")
    _tangkap(page, "laporan-unit")

    # 2. The participant sees the course and its due date on "Kursus saya".
    konteks = browser.new_context(locale="id-ID", timezone_id="Asia/Jakarta")
    peserta = konteks.new_page()
    masuk(peserta, live_server, siti.user.username, SANDI)
    peserta.goto(f"{live_server.url}/kursus-saya/")
    kartu = peserta.locator(".kartu-kursus", has_text=kursus.title)
    expect(kartu.locator(".tenggat")).to_have_text(f"Tenggat {tenggat_teks}")
    expect(peserta.locator(".kartu-kursus", has_text=kursus_lama.title).locator(".tenggat--lewat"))
    expect(peserta.locator(".tenggat--lewat")).to_contain_text("Lewat tenggat")
    _tangkap(peserta, "kursus-saya-tenggat")
    peserta.get_by_role("link", name=kursus.title).click()
    expect(peserta.locator(".panel-peserta .tenggat")).to_have_text(f"Tenggat {tenggat_teks}")
    konteks.close()

    # 3. The per-unit report: drill down, then the XLSX export prepared in the background.
    page.get_by_role("link", name=kel.nama).click()
    expect(page.locator("[data-peserta-unit]")).to_contain_text("Siti Aminah")
    expect(page.locator("[data-peserta-unit]")).not_to_contain_text("Rudi Dalung")
    page.get_by_role("link", name="Unduh XLSX").click()
    expect(page.get_by_role("status")).to_contain_text("Berkas siap.")
    _tangkap(page, "ekspor-siap")
    with page.expect_download() as unduhan:
        page.get_by_role("link", name="Unduh laporan-unit-menyusun-skp.xlsx").click()
    buku = load_workbook(io.BytesIO(open(unduhan.value.path(), "rb").read()))  # noqa: SIM115
    nama = [r[1] for r in buku["Peserta"].iter_rows(values_only=True)]
    assert "Siti Aminah" in nama and "Rudi Dalung" not in nama
