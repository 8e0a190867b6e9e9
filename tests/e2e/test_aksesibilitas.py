"""Issue 17 item 5: axe-core on every front-end page for every role, and no horizontal
scrolling on a 390 px phone. The walk is in tests/e2e/aksesibilitas.py; this test loads the
demo as ``make demo`` does, adds what people would have done (attempts, a certificate, a draft
SKP), and fails on any serious or critical axe violation, any page wider than the phone, and
any URL pattern that no role could open."""

import time

import pytest
from django.db import connection

from tests.e2e import aksesibilitas

# The walk checks what the browser renders (axe, width), which does not depend on the database;
# it runs in the SQLite pass of .ci/run, and the PostgreSQL pass keeps its minutes for the tests
# whose outcome can differ between databases (CI must stay under 30 minutes).
pytestmark = pytest.mark.skipif(
    connection.vendor == "postgresql", reason="jalan aksesibilitas berjalan pada lintasan SQLite"
)


@pytest.fixture
def demo_lengkap(situs_demo):
    from kursus import demo as demo_kursus
    from kursus.kuis import demo as demo_kuis
    from penilaian import demo as demo_penilaian
    from sosialisasi import demo as demo_sosialisasi

    beranda = situs_demo.muat_beranda()
    demo_penilaian.muat_unit_kerja()
    demo_penilaian.muat_kebijakan_dan_periode()
    demo_kursus.muat(beranda=beranda)
    demo_kuis.pasang_tes_kursus()
    sandi = situs_demo.muat_akun()
    demo_penilaian.muat_pegawai()
    demo_penilaian.muat_skp()
    demo_penilaian.muat_pustaka()
    demo_penilaian.terbitkan_transparansi()
    demo_sosialisasi.muat(beranda=beranda)
    demo_sosialisasi.muat_kehadiran()
    aksesibilitas.siapkan_percobaan()
    return sandi


def test_semua_halaman_semua_peran_lolos_axe_dan_muat_di_390_px(
    browser, live_server, demo_lengkap, tmp_path
):
    assert aksesibilitas.AXE.exists(), "axe-core belum terpasang: jalankan `make pasang`"
    mulai = time.perf_counter()
    laporan = aksesibilitas.jelajahi(browser, live_server.url, demo_lengkap, folder=tmp_path)
    detik = time.perf_counter() - mulai
    print(f"{laporan.halaman} halaman diperiksa dalam {detik:.1f} detik")  # noqa: T201
    assert not laporan.temuan, "\n".join(f"{t.peran} {t.url}: {t.masalah}" for t in laporan.temuan)
    assert not aksesibilitas.pola_tanpa_kunjungan(laporan)
    # Every role had pages of its own, beyond the public ones.
    for peran in aksesibilitas.PERAN:
        assert any(peran in r for r in laporan.dikunjungi.values()), peran
    assert "kepegawaian" in laporan.dikunjungi["penilaian:unit"]
    assert "penilai" in laporan.dikunjungi["penilaian:evaluasi"]
    assert laporan.dikunjungi["simulasi:percobaan"] >= {"peserta", "pegawai"}
