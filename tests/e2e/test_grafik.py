"""Issue 17 item 3 in the browser: every chart page as the role that reads it, at 1366 and
390 px, with axe-core over the chart sections (serious or critical: none) and no chart wider
than the phone. Screenshots go to var/grafik-*.png for a person to look at."""

from pathlib import Path

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from tests.e2e import aksesibilitas
from tests.e2e.test_aksesibilitas import demo_lengkap  # noqa: F401 (fixture)

FOLDER = Path("var")

_AXE_GRAFIK = """async () => {
    const hasil = await axe.run({include: [".grafik-dan-tabel"]}, {resultTypes: ["violations"]});
    return hasil.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.help} ${v.nodes.slice(0, 3).map((n) => n.target.join(" "))}`);
}"""

_LEBAR_GRAFIK = """() => Math.max(...[...document.querySelectorAll('svg.grafik')]
    .map((e) => e.getBoundingClientRect().right))"""


def _isi_tes(pre, post) -> int:
    """Pre- and post-tests for the demo accounts, more right after the course than before, so
    the pre/post report has something to compare (the demo leaves that to participants)."""
    from django.contrib.auth import get_user_model

    from kursus.kuis import services
    from kursus.kuis.models import Soal

    def kerjakan(user, kuis, bagian):
        percobaan = services.percobaan_mulai(user=user, kuis=kuis)
        for i, soal_id in enumerate(percobaan.urutan_soal):
            if i < len(percobaan.urutan_soal) * bagian:
                soal = Soal.objects.get(pk=soal_id)
                benar = [p.pk for p in soal.pilihan.all() if p.benar]
                if benar:
                    services.jawaban_simpan(percobaan=percobaan, soal_id=soal_id, pilihan=benar)
        services.percobaan_serahkan(percobaan=percobaan)

    n = 0
    for username, sebelum, sesudah in (("peserta", 0.3, 0.8), ("pegawai", 0.5, 0.9)):
        user = get_user_model().objects.get(username=username)
        kerjakan(user, pre, sebelum)
        kerjakan(user, post, sesudah)
        n += 1
    return n


@pytest.fixture
def halaman_grafik(demo_lengkap):  # noqa: F811
    from kursus.kuis.models import PercobaanKuis
    from kursus.models import KursusPage
    from penilaian.models import CapaianOrganisasi, Evaluasi
    from simulasi.models import PercobaanSimulasi

    capaian = CapaianOrganisasi.objects.select_related("unit", "periode").order_by("unit__kode")
    unit = max(
        capaian,
        key=lambda c: Evaluasi.objects.filter(
            skp__pegawai__unit=c.unit, skp__periode=c.periode, status=Evaluasi.Status.FINAL
        ).count(),
    )
    kursus = KursusPage.objects.filter(pre_test__isnull=False, post_test__isnull=False).first()
    _isi_tes(kursus.pre_test, kursus.post_test)
    kuis = PercobaanKuis.objects.filter(status="selesai").values("kuis_id").first()["kuis_id"]
    kasus = PercobaanSimulasi.objects.values("kasus_id").first()["kasus_id"]
    return demo_lengkap, [
        ("transparansi", None, "/transparansi/"),
        ("unit", "kepegawaian", f"/penilaian/unit/{unit.unit.kode}/?tahun={unit.periode.tahun}"),
        ("kuis", "pelatih", reverse("kuis_laporan_kuis", args=[kuis])),
        ("kenaikan", "pelatih", reverse("kuis_laporan_kenaikan", args=[kursus.pk])),
        ("simulasi", "pelatih", reverse("simulasi_laporan_kasus", args=[kasus])),
    ]


def test_halaman_grafik_lolos_axe_dan_muat_di_ponsel(browser, live_server, halaman_grafik):
    sandi, halaman = halaman_grafik
    FOLDER.mkdir(exist_ok=True)
    masalah = []
    for lebar in (1366, aksesibilitas.LEBAR_PONSEL):
        for peran in (None, "kepegawaian", "pelatih"):
            konteks = browser.new_context(
                locale="id-ID",
                timezone_id="Asia/Jakarta",
                viewport={"width": lebar, "height": 900},
                bypass_csp=True,  # axe-core arrives as an inline script
            )
            page = konteks.new_page()
            page.set_default_timeout(15_000)
            if peran:
                aksesibilitas.masuk(page, live_server.url, peran, sandi[peran])
            for nama, untuk, path in halaman:
                if untuk != peran:
                    continue
                page.goto(live_server.url + path)
                grafik = page.locator('svg.grafik[role="img"]')
                expect(grafik.first).to_be_visible()
                page.screenshot(path=str(FOLDER / f"grafik-{nama}-{lebar}.png"), full_page=True)
                page.add_script_tag(path=str(aksesibilitas.AXE))
                masalah += [f"{nama} {lebar}: {m}" for m in page.evaluate(_AXE_GRAFIK)]
                kanan = page.evaluate(_LEBAR_GRAFIK)
                if kanan > lebar:
                    masalah.append(f"{nama} {lebar}: grafik melebar sampai {kanan} px")
                if untuk != "pelatih" and lebar == aksesibilitas.LEBAR_PONSEL:
                    # The site's own pages: the whole page fits the phone too.
                    lapor = aksesibilitas.Laporan()
                    aksesibilitas.periksa_halaman(page, peran or "anonim", path, lapor, None)
                    masalah += [f"{nama} {lebar}: {t.masalah}" for t in lapor.temuan]
            konteks.close()
    assert not masalah, "\n".join(masalah)
