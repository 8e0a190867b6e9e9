"""The cases that carry appraisal settings (jabatan fungsional, pendekatan kualitatif), worked
through in a real browser: the settings are shown before writing and in the result."""

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import masuk
from tests.factories import SANDI, PenggunaFactory


@pytest.fixture
def kasus_simulasi(situs_demo):
    from penilaian import demo as demo_penilaian
    from simulasi import demo

    demo_penilaian.muat_kebijakan_dan_periode()
    return demo.muat()


def _isi_iki(page, i: int, *, teks, aspek, target, satuan, polaritas="naik"):
    page.locator(f"#id_iki-{i}-teks").fill(teks)
    page.locator(f"#id_iki-{i}-aspek").select_option(aspek)
    page.locator(f"#id_iki-{i}-target").fill(target)
    page.locator(f"#id_iki-{i}-satuan").fill(satuan)
    # The polarity is the person's confirmed choice (the checker only suggests it).
    page.locator(f"#id_iki-{i}-polaritas").select_option(polaritas)


def test_kasus_jabatan_fungsional_menampilkan_angka_kredit(page, live_server, kasus_simulasi):
    user = PenggunaFactory(peran=("Peserta",))
    masuk(page, live_server, user.username, SANDI)
    page.goto(live_server.url + "/simulasi/")
    page.get_by_role(
        "link", name="Jabatan fungsional: Pranata Komputer dan angka kreditnya"
    ).click()
    expect(page.locator("[data-pengaturan-kasus]")).to_contain_text("12,5")
    page.screenshot(path="var/tangkapan-simulasi-jf-kasus.png", full_page=True)
    page.get_by_role("link", name="Mulai: tulis RHK dan indikator").click()

    page.get_by_label("Rencana Hasil Kerja (RHK) Anda").fill(
        "Tersedianya aplikasi antrean dan jaringan layanan PATEN yang andal"
    )
    _isi_iki(
        page, 0, teks="Persentase waktu aktif aplikasi antrean PATEN pada jam layanan per bulan",
        aspek="kualitas", target="98", satuan="%",
    )  # fmt: skip
    _isi_iki(
        page, 1, teks="Jumlah jenis layanan PATEN yang terlayani aplikasi antrean daring tahun 2026",
        aspek="kuantitas", target="8", satuan="layanan",
    )  # fmt: skip
    _isi_iki(
        page, 2, teks="Rata-rata waktu pemulihan gangguan jaringan layanan PATEN",
        aspek="waktu", target="4", satuan="jam", polaritas="turun",
    )  # fmt: skip
    page.get_by_role("button", name="Lanjut ke realisasi").click()

    expect(page.get_by_role("heading", level=1)).to_contain_text("realisasi akhir periode")
    page.get_by_label("Realisasi indikator 1").fill("99,5")
    page.get_by_label("Realisasi indikator 2").fill("10")
    page.get_by_label("Realisasi indikator 3").fill("2")
    page.get_by_label("Tebakan Anda: predikat kinerja yang akan keluar").select_option(
        "Sangat Baik"
    )
    page.get_by_role("button", name="Hitung dan simpan percobaan").click()

    # (101,53 + 120 + 120) / 3 = 113,84 % → di atas × perilaku di atas → Sangat Baik;
    # angka kredit 150 % × 12,5 = 18,75
    expect(page.locator("[data-predikat-tersimpan]")).to_have_text("Sangat Baik")
    expect(page.locator("[data-angka-kredit]")).to_have_text("18,75")
    page.screenshot(path="var/tangkapan-simulasi-jf-hasil.png", full_page=True)


def test_kasus_kualitatif_tanpa_capaian_dengan_rating_penilai(page, live_server, kasus_simulasi):
    user = PenggunaFactory(peran=("Peserta",))
    masuk(page, live_server, user.username, SANDI)
    page.goto(live_server.url + "/simulasi/kualitatif-batas-wilayah/")
    expect(page.locator("[data-pengaturan-kasus]")).to_contain_text("kualitatif")
    page.get_by_role("link", name="Mulai: tulis RHK dan indikator").click()
    page.get_by_label("Rencana Hasil Kerja (RHK) Anda").fill(
        "Tersepakatinya batas wilayah Kelurahan Dalung dan Kelurahan Gelam"
    )
    _isi_iki(
        page, 0,
        teks="Jumlah berita acara kesepakatan batas wilayah yang ditandatangani kedua lurah "
        "tahun 2026",
        aspek="kuantitas", target="1", satuan="berita acara",
    )  # fmt: skip
    page.get_by_role("button", name="Lanjut ke realisasi").click()
    page.get_by_label("Realisasi indikator 1").fill("1")
    page.get_by_label("Tebakan Anda: predikat kinerja yang akan keluar").select_option("Baik")
    page.get_by_role("button", name="Hitung dan simpan percobaan").click()

    # No capaian; the appraiser's di atas × perilaku sesuai → Baik
    expect(page.locator("[data-predikat-tersimpan]")).to_have_text("Baik")
    expect(page.get_by_text("tidak dihitung (pendekatan kualitatif)")).to_be_visible()
    expect(page.locator("[data-rating-hasil-kerja]")).to_contain_text("dari pejabat penilai")
    expect(page.locator("[data-andaikan-isian]")).to_have_count(0)
    page.screenshot(path="var/tangkapan-simulasi-kualitatif-hasil.png", full_page=True)
