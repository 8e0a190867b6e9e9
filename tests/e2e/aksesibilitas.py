"""The walk behind tests/e2e/test_aksesibilitas.py: every front-end page for every demo role,
checked by axe-core (from npm, node_modules/axe-core, injected with Playwright's
``add_script_tag``) and for horizontal overflow on a 390 px wide phone.

The pages come from the URL conf (every named pattern outside the admin, the API and Wagtail's
own utilities) with their arguments read from the demo data, plus one live Wagtail page of each
page type. A URL a role may not open (login, 404) is simply not a page for that role; the test
then checks that each pattern was a page for at least one role, or a download, or POST only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from django.conf import settings
from django.db.models import Q
from django.urls import get_resolver, reverse

from tests.pola_url import semua_pola

AXE = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
LEBAR_PONSEL = 390
DAMPAK_DILARANG = ("serious", "critical")

#: The demo accounts, one per role (situs.demo.AKUN); ``None`` is the anonymous visitor.
PERAN = {
    "anonim": None,
    "peserta": "peserta",
    "pegawai": "pegawai",
    "penilai": "penilai",
    "pelatih": "pelatih",
    "kepegawaian": "kepegawaian",
}

#: Route prefixes that are not the public site: the Wagtail admin (its own tests), the JSON
#: API, Wagtail's document serving and utilities.
BUKAN_SITUS = ("admin/", "api/", "dokumen/", "_util/")

#: Named patterns that answer a GET with something else than a page.
BUKAN_HALAMAN = {
    "notifikasi:buka": "menandai dibaca lalu mengalihkan ke tautan notifikasi; tidak ada halaman",
    "simulasi:periksa": "potongan HTML pemeriksaan langsung yang disisipkan ke formulir simulasi",
}

#: Named patterns that only act (a GET would log out, answer 405 or redirect): no page to check.
HANYA_AKSI = {
    "notifikasi:tandai_semua": "POST menandai semua notifikasi dibaca",
    "logout": "keluar memakai POST; tidak ada halaman",
    "kursus:daftar": "POST mendaftar kursus",
    "kursus:tandai_selesai": "POST menandai pelajaran selesai",
    "kursus:kuis:mulai": "POST memulai percobaan kuis",
    "kursus:kuis:serahkan": "POST menyerahkan percobaan kuis",
    "simulasi:andaikan": "POST menghitung andaian realisasi",
    "penilaian:skp_buat": "POST membuat draf SKP",
    "sosialisasi:acara_daftar": "POST mendaftar acara",
    "sosialisasi:acara_batal": "POST membatalkan pendaftaran acara",
    "sosialisasi:tanya": "POST mengirim pertanyaan pengunjung",
    # The appraisal actions (require_POST); tests/penilaian/test_matriks_akses.py posts to each.
    **{
        f"penilaian:{n}": "POST tindakan penilaian"
        for n in (
            "rhk_tambah",
            "rhk_hapus",
            "rhk_tautkan",
            "iki_tambah",
            "iki_hapus",
            "umpan_balik",
            "skp_ajukan",
            "skp_setujui",
            "skp_kembalikan",
            "realisasi",
            "evaluasi_finalkan",
            "evaluasi_koreksi",
        )
    },
}


@dataclass
class Temuan:
    peran: str
    url: str
    masalah: str


@dataclass
class Laporan:
    dikunjungi: dict[str, set[str]] = field(default_factory=dict)  # pattern name → roles
    unduhan: set[str] = field(default_factory=set)
    temuan: list[Temuan] = field(default_factory=list)
    halaman: int = 0


def pola_situs() -> list[tuple[str, str]]:
    """(route, name) of every named pattern of the public site, from the URL conf."""

    return [
        (rute, nama)
        for rute, nama in semua_pola(get_resolver().url_patterns)
        if nama and not rute.startswith(BUKAN_SITUS) and nama != "wagtail_serve"
    ]


def halaman_wagtail() -> list[tuple[str, str]]:
    """(label, path) of the first live page of each Wagtail page type (``wagtail_serve``)."""
    from wagtail.models import Page

    hasil, terlihat = [], set()
    for halaman in Page.objects.live().filter(depth__gt=1).specific().order_by("path"):
        jenis = type(halaman).__name__
        if jenis in terlihat or not halaman.url:
            continue
        terlihat.add(jenis)
        hasil.append((f"wagtail:{jenis}", halaman.url))
    return hasil


def siapkan_percobaan() -> None:
    """What the demo leaves to people: for every logged-in role a submitted quiz (its result
    page), a quiz left open (question and summary pages), a simulator attempt (its result
    page, the one that overflowed on phones) and, for the participant, a certificate."""
    from django.contrib.auth import get_user_model

    from kursus import laporan_unit
    from kursus import services as layanan_kursus
    from kursus.ekspor import ekspor_minta
    from kursus.kuis import services as layanan_kuis
    from kursus.kuis.models import Kuis
    from kursus.kuis.selectors import alasan_tidak_bisa_mulai
    from kursus.models import KursusPage
    from simulasi import services as layanan_simulasi
    from simulasi.mappers import jawaban_model
    from simulasi.models import KasusSimulasi

    kasus = KasusSimulasi.objects.order_by("pk").first()
    kuis = list(Kuis.objects.filter(live=True, soal_kuis__isnull=False).distinct().order_by("pk"))
    kursus = KursusPage.objects.live().order_by("path").first()
    for username in filter(None, PERAN.values()):
        user = get_user_model().objects.get(username=username)
        dapat = (k for k in kuis if not alasan_tidak_bisa_mulai(kuis=k, user=user))
        selesai = layanan_kuis.percobaan_mulai(user=user, kuis=next(dapat))
        layanan_kuis.percobaan_serahkan(percobaan=selesai)
        layanan_kuis.percobaan_mulai(user=user, kuis=next(dapat))
        layanan_simulasi.percobaan_simpan(kasus=kasus, pengguna=user, jawaban=jawaban_model(kasus))
        if username == "peserta":
            pendaftaran = layanan_kursus.pendaftaran_buat(user=user, kursus=kursus)
            layanan_kursus.sertifikat_terbitkan(pendaftaran=pendaftaran)
        if username == "pelatih":
            # A background export of the per-unit report (its page and its download).
            ekspor_minta(
                user=user,
                jenis=laporan_unit.JENIS_EKSPOR,
                judul="Laporan unit",
                parameter={"kursus": kursus.pk, "format": "csv"},
            )
    _draf_skp_pegawai()


def _draf_skp_pegawai() -> None:
    """The demo employee's draft SKP in the running period with one RHK and IKI (the edit
    pages exist only for a draft), unless the demo already gives them one."""
    from django.contrib.auth import get_user_model

    from penilaian import selectors, services
    from penilaian.models import SKP

    user = get_user_model().objects.get(username="pegawai")
    periode = selectors.periode_aktif()
    if SKP.objects.filter(pegawai__user=user, periode=periode).exists():
        return
    skp = services.skp_buat(oleh=user, periode=periode)
    rhk = services.rhk_simpan(
        oleh=user,
        skp=skp,
        versi=skp.versi,
        teks="Meningkatnya ketepatan waktu penyelesaian dokumen kependudukan di loket PATEN",
    )
    skp.refresh_from_db()
    services.iki_simpan(
        oleh=user,
        rhk=rhk,
        versi=skp.versi,
        teks="Persentase dokumen kependudukan yang selesai dalam 1 hari kerja",
        aspek="kuantitas",
        satuan="%",
        target=Decimal(90),
        polaritas="naik",
    )


def argumen(username: str | None) -> dict[str, dict]:
    """The URL arguments for one role: that person's own objects where they have them (their
    attempts, their SKP or a subordinate's, their unit), otherwise the demo's first ones."""
    from django.contrib.auth import get_user_model

    from kursus.kuis.models import Kuis, PercobaanKuis
    from kursus.models import EksporBerkas, KursusPage, PelajaranPage, Sertifikat
    from penilaian.models import SKP, BuktiDukung, Evaluasi, Pegawai, UnitKerja
    from simulasi.models import KasusSimulasi, PercobaanSimulasi
    from sosialisasi.models import AcaraPage

    user = get_user_model().objects.filter(username=username or "kepegawaian").first()
    pegawai = Pegawai.objects.filter(user=user).first()
    skp = (
        SKP.objects.filter(pegawai__atasan=pegawai, status=SKP.Status.DISETUJUI).first()
        if pegawai
        else None
    )
    skp = (
        skp
        or SKP.objects.filter(pegawai=pegawai).order_by("-periode__tahun").first()
        or SKP.objects.filter(status=SKP.Status.DISETUJUI).order_by("pk").first()
    )
    rhk = skp.rhk.order_by("pk").first()
    iki = rhk.indikator.order_by("pk").first()
    bukti = BuktiDukung.objects.filter(realisasi__indikator__rhk__skp=skp).first() or (
        BuktiDukung.objects.order_by("pk").first()
    )
    unit = (pegawai.unit if pegawai else None) or UnitKerja.objects.order_by("pk").first()
    kursus = KursusPage.objects.live().order_by("path").first()
    pelajaran = PelajaranPage.objects.live().child_of(kursus).order_by("path").first()
    percobaan = PercobaanKuis.objects.filter(user=user)
    selesai = percobaan.exclude(status=PercobaanKuis.Status.BERJALAN).first()
    berjalan = percobaan.filter(status=PercobaanKuis.Status.BERJALAN).first()
    simulasi = PercobaanSimulasi.objects.filter(pengguna=user).first()
    acara = AcaraPage.objects.live().order_by("path").first()
    final = Evaluasi.objects.filter(status=Evaluasi.Status.FINAL, periode_evaluasi="tahunan")
    final = (
        final.filter(Q(skp__pegawai=pegawai) | Q(skp__pegawai__atasan=pegawai)).first()
        if pegawai
        else None
    ) or final.order_by("pk").first()
    kuis = Kuis.objects.order_by("pk").first()
    kasus = KasusSimulasi.objects.order_by("pk").first()
    sertifikat = Sertifikat.objects.order_by("pk").first()
    a = {
        "kursus:kursus": {"kursus": kursus.slug},
        "kursus:pelajaran": {"kursus": kursus.slug, "pelajaran": pelajaran.slug},
        "kursus:sertifikat_unduh": {"kode": sertifikat.kode},
        "kursus:verifikasi": {"kode": sertifikat.kode},
        "kursus:kuis:detail": {"slug": kuis.slug},
        "simulasi:kasus": {"slug": kasus.slug},
        "simulasi:indikator": {"slug": kasus.slug},
        "simulasi:realisasi": {"slug": kasus.slug},
        "penilaian:skp_detail": {"pk": skp.pk},
        "penilaian:evaluasi": {"pk": skp.pk},
        "penilaian:dokumen_pdf": {"pk": final.skp_id},
        "penilaian:rhk_ubah": {"pk": skp.pk, "rhk_pk": rhk.pk},
        "penilaian:iki_ubah": {"pk": skp.pk, "rhk_pk": rhk.pk, "iki_pk": iki.pk},
        "penilaian:bukti": {"pk": bukti.pk},
        "penilaian:unit": {"kode": unit.kode},
        "penilaian:unit_ekspor": {"kode": unit.kode},
        "penilaian:verifikasi": {"kode": final.kode_verifikasi},
    }
    for nama in ("acara_ics", "hadir", "kode_hadir", "kehadiran_xlsx", "kehadiran_csv"):
        a[f"sosialisasi:{nama}"] = {"pk": acara.pk}
    if selesai:
        a["kursus:kuis:hasil"] = {"pk": selesai.pk}
    if berjalan:
        a["kursus:kuis:soal"] = {"pk": berjalan.pk, "nomor": 1}
        a["kursus:kuis:ringkasan"] = {"pk": berjalan.pk}
    ekspor = EksporBerkas.objects.filter(pemilik=user).first()
    if ekspor:
        a["kursus:ekspor"] = a["kursus:ekspor_unduh"] = {"pk": ekspor.pk}
    if simulasi:
        a["simulasi:percobaan"] = {"pk": simulasi.pk}
        a["simulasi:andaikan"] = {"pk": simulasi.pk}
    return a


def alamat(username: str | None) -> list[tuple[str, str]]:
    """(pattern name, path) of every page to try for one role."""
    daftar = argumen(username)
    hasil = []
    for rute, nama in pola_situs():
        if nama in HANYA_AKSI or nama in BUKAN_HALAMAN:
            continue
        if "<" in rute:
            if nama not in daftar:
                # Not an error here: the coverage check names the pattern nobody could open.
                continue
            hasil.append((nama, reverse(nama, kwargs=daftar[nama])))
        else:
            hasil.append((nama, reverse(nama)))
    return hasil + halaman_wagtail()


_JALANKAN_AXE = """async () => {
    const hasil = await axe.run(document, {resultTypes: ["violations"]});
    return hasil.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
        }));
}"""


def periksa_halaman(page, peran: str, url: str, laporan: Laporan, folder: Path | None) -> None:
    """axe-core's serious and critical violations and the page's width at 390 px."""
    sebelum = len(laporan.temuan)
    page.add_script_tag(path=str(AXE))
    for v in page.evaluate(_JALANKAN_AXE):
        laporan.temuan.append(
            Temuan(peran, url, f"axe {v['impact']} {v['id']}: {v['help']} {v['nodes']}")
        )
    lebar = page.evaluate("document.documentElement.scrollWidth")
    if lebar > LEBAR_PONSEL:
        lebih = page.evaluate(
            """(batas) => [...document.querySelectorAll('body *')]
                .filter((e) => e.getBoundingClientRect().right > batas + 1)
                .filter((e) => !e.closest('.tabel-gulir')
                    || getComputedStyle(e).position === 'absolute')
                .slice(0, 3)
                .map((e) => e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''))""",
            LEBAR_PONSEL,
        )
        laporan.temuan.append(Temuan(peran, url, f"lebar {lebar} px > 390: {lebih}"))
    if folder is not None and len(laporan.temuan) > sebelum:
        nama = url.strip("/").replace("/", "_").replace("?", "_") or "beranda"
        page.screenshot(path=str(folder / f"{peran}-{nama[:80]}.png"), full_page=True)


def masuk(page, url_dasar: str, username: str, sandi: str) -> None:
    page.goto(f"{url_dasar}/akun/masuk/")
    page.get_by_label("NIP atau nama pengguna").fill(username)
    page.get_by_label("Kata sandi").fill(sandi)
    page.get_by_role("button", name="Masuk").click()
    page.wait_for_url(lambda u: "/akun/masuk/" not in u)


def jelajahi(
    browser, url_dasar: str, sandi: dict[str, str], *, folder: Path | None = None
) -> Laporan:
    """Every page for every role in one browser: one context (one login) per role."""
    laporan = Laporan()
    for peran, username in PERAN.items():
        konteks = browser.new_context(
            locale="id-ID",
            timezone_id="Asia/Jakarta",
            viewport={"width": LEBAR_PONSEL, "height": 844},
            # axe-core arrives as an inline script, which the site's CSP rightly refuses.
            bypass_csp=True,
        )
        page = konteks.new_page()
        page.set_default_timeout(15_000)
        if username:
            masuk(page, url_dasar, username, sandi[username])
        if username == "peserta":
            _langkah_realisasi_simulasi(page, url_dasar, laporan)
        if username is None:
            _halaman_bertoken(page, url_dasar, laporan, folder)
        for nama, path in alamat(username):
            url = url_dasar + path
            # A request first: downloads and refusals are not pages to render.
            respons = konteks.request.get(url, max_redirects=0)
            if respons.status != 200:
                continue
            if "text/html" not in respons.headers.get("content-type", ""):
                laporan.unduhan.add(nama)
                continue
            page.goto(url)
            laporan.dikunjungi.setdefault(nama, set()).add(peran)
            laporan.halaman += 1
            periksa_halaman(page, peran, path, laporan, folder)
        konteks.close()
    return laporan


def _langkah_realisasi_simulasi(page, url_dasar: str, laporan: Laporan) -> None:
    """Step 3 of a simulator case opens only after step 2 in the same session: written here
    as a participant would, then checked like every other page."""
    from types import SimpleNamespace

    from tests.e2e.conftest import tulis_iki_paten

    tulis_iki_paten(page, SimpleNamespace(url=url_dasar))
    page.get_by_role("button", name="Lanjut ke realisasi").click()
    page.wait_for_url("**/realisasi/")
    laporan.dikunjungi.setdefault("simulasi:realisasi", set()).add("peserta")
    laporan.halaman += 1
    periksa_halaman(page, "peserta", page.url.removeprefix(url_dasar), laporan, None)


def _halaman_bertoken(page, url_dasar: str, laporan: Laporan, folder: Path | None) -> None:
    """The pages behind a one-time secret, opened as the person holding it would: the emailed
    activation link (which leads to the password form) and the password-reset link (Django's
    confirmation form). The secrets are issued here for the demo employee; nothing is submitted."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.tokens import default_token_generator
    from django.utils.encoding import force_bytes
    from django.utils.http import urlsafe_base64_encode

    from situs import aktivasi
    from situs.models import AktivasiAkun

    user = get_user_model().objects.get(username=PERAN["pegawai"])
    _, token = aktivasi.aktivasi_terbitkan(user=user, jalur=AktivasiAkun.Jalur.SUREL)
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    tautan = (
        ("aktivasi_tautan", "aktivasi_sandi", reverse("aktivasi_tautan", args=[token])),
        (
            "password_reset_confirm",
            "password_reset_confirm",
            reverse("password_reset_confirm", args=[uid, default_token_generator.make_token(user)]),
        ),
    )
    for nama_tautan, nama_halaman, path in tautan:
        page.goto(url_dasar + path)
        assert page.locator("input[type=password]").count() == 2, (nama_tautan, page.url)
        for nama in {nama_tautan, nama_halaman}:
            laporan.dikunjungi.setdefault(nama, set()).add("anonim")
        laporan.halaman += 1
        periksa_halaman(page, "anonim", page.url.removeprefix(url_dasar), laporan, folder)
    aktivasi.aktivasi_batalkan(user=user)


def pola_tanpa_kunjungan(laporan: Laporan) -> list[str]:
    """Patterns of the URL conf that were neither a page for some role, nor a download, nor
    an action: the demo data (or ``argumen``) gave nobody a way to open them."""
    return sorted(
        nama
        for _rute, nama in pola_situs()
        if nama not in laporan.dikunjungi
        and nama not in laporan.unduhan
        and nama not in HANYA_AKSI
        and nama not in BUKAN_HALAMAN
    )
