"""Role × URL matrix for learning: every ``kursus:*``, ``kursus:kuis:*`` and ``simulasi:*`` URL
and the trainers' admin views of quizzes and the simulator.

Each cell is one test: one role requests one URL and must answer exactly as the table says.
Real objects are built once per module (inside a transaction rolled back at the end); every
cell runs in its own savepoint, so a POST in one cell never changes what another cell sees.

Rules the table encodes (see docs/arsitektur.md, Peran):

- catalogue pages and the certificate verification page are public;
- everything a participant does needs a login (anonymous → ``/akun/masuk/``);
- a participant's own objects (quiz attempt, result, certificate PDF, simulator attempt and
  its what-if) answer 404 to everyone else, trainers included (trainers see attempts in the
  admin reports, not on the participant's pages) — exactly as for an id that does not exist;
- admin views: anonymous and users without admin access (Peserta, Pegawai) → the admin login;
  admin users without the view's permission (Admin Kepegawaian; Pelatih Senior for the
  simulator report) → Wagtail's "no permission" redirect to the dashboard (Wagtail turns the
  views' 403 into it); never the data, whatever the id or the export format;
- unit scope (``penilaian.models.LingkupUnit``): a trainer scoped to participant A's unit works
  as any trainer; one scoped to another unit gets 404 for A's enrolment, certificate and essay
  in the admin, and A's rows are missing from its reports and their exports (a participant
  without an employee record is seen by unscoped trainers only: docs/arsitektur.md).

A new URL name in those namespaces (or a new admin view of these apps) without a row here
fails ``test_tabel_memuat_tepat_semua_url``.
"""

import re
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.db import transaction
from django.test import Client
from django.urls import get_resolver, reverse
from django.utils import timezone

from tests.pola_url import semua_pola

PERAN = (
    "anonim",
    "pemilik",  # participant A, owner of the enrolment, certificate and attempts
    "peserta_lain",  # participant B
    "pegawai",  # an employee without admin access
    "pelatih",
    "pelatih_senior",
    "admin_kepegawaian",
    "pelatih_lingkup",  # Pelatih scoped to A's unit
    "pelatih_lingkup_luar",  # Pelatih scoped to another unit
)

L = "login"  # 302 to /akun/masuk/
AL = "login admin"  # 302 to /admin/login/
TOLAK = "ditolak wagtail"  # 302 to the admin dashboard (Wagtail's permission_denied)


def _baris(*hasil, lingkup=None, luar=None):
    """One row over the seven unscoped roles; the two scoped trainers answer as the trainer
    unless stated (``luar``: the one whose scope excludes A's unit)."""
    pelatih = hasil[PERAN.index("pelatih")]
    return dict(
        zip(
            PERAN,
            (*hasil, pelatih if lingkup is None else lingkup, pelatih if luar is None else luar),
            strict=True,
        )
    )


TERBUKA = _baris(200, 200, 200, 200, 200, 200, 200)
MASUK = _baris(L, 200, 200, 200, 200, 200, 200)
MASUK_POST = _baris(L, 302, 302, 302, 302, 302, 302)
MILIK = _baris(L, 200, 404, 404, 404, 404, 404)
MILIK_POST = _baris(L, 302, 404, 404, 404, 404, 404)
PELATIH = _baris(AL, AL, AL, AL, 200, 200, TOLAK)  # quiz admin: Pelatih and Pelatih Senior
PELATIH_SIMULASI = _baris(AL, AL, AL, AL, 200, TOLAK, TOLAK)  # simulator report: Pelatih
#: One participant's object in the quiz/course admin: 404 outside the trainer's unit scope.
PELATIH_OBJEK_A = _baris(AL, AL, AL, AL, 200, 200, TOLAK, luar=404)
#: enrolment by unit and the per-unit report: both trainer roles and Admin Kepegawaian
PENUGAS = _baris(AL, AL, AL, AL, 200, 200, 200)

#: URL name → (method, argument key, expected per role). The argument key names an entry of
#: the world's ``argumen``; the matching URL is reversed with real objects.
MATRIKS = {
    # courses and lessons: the catalogue is public, the lesson body is for enrolled
    # participants (checked in tests/kursus), enrolling and progress need a login
    "kursus:indeks": ("get", None, TERBUKA),
    "kursus:kursus": ("get", "kursus_slug", TERBUKA),
    "kursus:pelajaran": ("get", "pelajaran", TERBUKA),
    "kursus:cari": ("get", None, TERBUKA),
    "kursus:saya": ("get", None, MASUK),
    "kursus:daftar": ("post", "kursus", MASUK_POST),
    # tandai_selesai answers every logged-in user with a redirect back to the lesson; only an
    # enrolled participant's progress changes (tests/kursus/test_pendaftaran.py).
    "kursus:tandai_selesai": ("post", "pelajaran_id", MASUK_POST),
    "kursus:sertifikat_unduh": ("get", "sertifikat", MILIK),
    "kursus:verifikasi": ("get", "sertifikat", TERBUKA),
    "kursus:verifikasi_cari": ("get", None, TERBUKA),
    # a background export: its page and its file are the owner's
    "kursus:ekspor": ("get", "ekspor", MILIK),
    "kursus:ekspor_unduh": ("get", "ekspor", MILIK),
    # quizzes: a published quiz is open to every logged-in user; attempts are the owner's
    "kursus:kuis:daftar": ("get", None, MASUK),
    "kursus:kuis:kemajuan": ("get", None, MASUK),
    "kursus:kuis:detail": ("get", "kuis", MASUK),
    "kursus:kuis:mulai": ("post", "kuis", MASUK_POST),
    "kursus:kuis:soal": ("get", "percobaan_kuis_berjalan", MILIK),
    "kursus:kuis:ringkasan": ("get", "percobaan_kuis_berjalan_pk", MILIK),
    "kursus:kuis:serahkan": ("post", "percobaan_kuis_berjalan_pk", MILIK_POST),
    "kursus:kuis:hasil": ("get", "percobaan_kuis_selesai", MILIK),
    # simulator: published cases for every logged-in user; attempts are the owner's
    "simulasi:daftar": ("get", None, MASUK),
    "simulasi:riwayat": ("get", None, MASUK),
    "simulasi:periksa": ("get", None, MASUK),
    "simulasi:kasus": ("get", "kasus", MASUK),
    "simulasi:indikator": ("get", "kasus", MASUK),
    # without a draft in the session step 3 sends back to step 2
    "simulasi:realisasi": ("get", "kasus", MASUK_POST),
    "simulasi:percobaan": ("get", "percobaan_simulasi", MILIK),
    "simulasi:andaikan": ("post", "percobaan_simulasi", MILIK),
    # admin views of these apps (register_admin_urls; the enrolment and certificate viewsets)
    "kuis_penilaian": ("get", None, PELATIH),
    "kuis_nilai_esai": ("get", "jawaban_esai", PELATIH_OBJEK_A),
    "kuis_laporan": ("get", None, PELATIH),
    "kuis_laporan_kuis": ("get", "kuis_pk", PELATIH),
    "kuis_laporan_kenaikan": ("get", "kursus_id", PELATIH),
    "kuis_impor_soal": ("get", None, PELATIH),
    "kuis_ekspor_soal": ("get", None, PELATIH),
    # trainer tools: one participant's pages are 404 outside the trainer's unit scope
    "kuis_peserta": ("get", None, PELATIH),
    "kuis_buku_nilai": ("get", "peserta_pk", PELATIH_OBJEK_A),
    "kuis_percobaan": ("get", "percobaan_kuis_selesai", PELATIH_OBJEK_A),
    "kuis_batalkan_percobaan": ("get", "percobaan_kuis_selesai", PELATIH_OBJEK_A),
    "kuis_perpanjangan": ("get", "kuis_peserta", PELATIH_OBJEK_A),
    "kuis_nilai_ulang_soal": ("get", "soal_pk", PELATIH),
    "kuis_nilai_ulang": ("get", "kuis_pk", PELATIH),
    "kursus_penugasan": ("get", None, PENUGAS),
    "kursus_laporan_unit_indeks": ("get", None, PENUGAS),
    "kursus_laporan_unit": ("get", "kursus_id", PENUGAS),
    "simulasi_laporan": ("get", None, PELATIH_SIMULASI),
    "simulasi_laporan_kasus": ("get", "kasus_pk", PELATIH_SIMULASI),
    "pendaftaran:index": ("get", None, PELATIH),
    "pendaftaran:inspect": ("get", "pendaftaran_pk", PELATIH_OBJEK_A),
    "sertifikat:index": ("get", None, PELATIH),
    "sertifikat:inspect": ("get", "sertifikat_pk", PELATIH_OBJEK_A),
    # snippets (Wagtail's model permissions): quizzes and questions for both trainer roles,
    # cases (and the trainer's preview of a case) for Pelatih
    "wagtailsnippets_kursus_kuis:list": ("get", None, PELATIH),
    "wagtailsnippets_kursus_kuis:edit": ("get", "kuis_pk", PELATIH),
    "wagtailsnippets_kursus_soal:list": ("get", None, PELATIH),
    "wagtailsnippets_simulasi_kasussimulasi:list": ("get", None, PELATIH_SIMULASI),
    "wagtailsnippets_simulasi_kasussimulasi:edit": ("get", "kasus_pk", PELATIH_SIMULASI),
    "wagtailsnippets_simulasi_kasussimulasi:preview_on_edit": (
        "get",
        "kasus_pk",
        PELATIH_SIMULASI,
    ),
}

#: Admin URL names of these apps (prefixes), compared with the table like the site URLs.
AWALAN_ADMIN = ("kuis_", "kursus_", "simulasi_", "pendaftaran:", "sertifikat:")


def test_tabel_memuat_tepat_semua_url():
    nama_situs, nama_admin = set(), set()
    for rute, nama in semua_pola(get_resolver().url_patterns):
        if nama.startswith(("kursus:", "simulasi:")):
            nama_situs.add(nama)
        elif rute.startswith("admin/") and nama.startswith(AWALAN_ADMIN):
            nama_admin.add(nama)
    # Wagtail viewsets bring more views than the table needs (add/edit/delete/history…);
    # they share one permission policy, so the index and inspect views stand for them.
    # Snippet views likewise: the table samples them (list, edit, the case preview).
    nama_admin = {n for n in nama_admin if not n.startswith(("pendaftaran:", "sertifikat:"))}
    tabel = set(MATRIKS)
    tabel_situs = {n for n in tabel if n.startswith(("kursus:", "simulasi:"))}
    tabel_admin = {
        n for n in tabel - tabel_situs if n.startswith(("kuis_", "kursus_", "simulasi_"))
    }
    assert nama_situs == tabel_situs, (
        "Tambahkan URL baru kursus/simulasi ke MATRIKS di tests/test_matriks_akses_belajar.py: "
        f"{sorted(nama_situs ^ tabel_situs)}"
    )
    assert nama_admin == tabel_admin, f"URL admin tanpa aturan: {sorted(nama_admin ^ tabel_admin)}"


# --- the world ----------------------------------------------------------------------------


def _bangun():
    from django.core.files.base import ContentFile

    from kursus import services as layanan_kursus
    from kursus.kuis import services as layanan_kuis
    from kursus.kuis.models import (
        JawabanPeserta,
        KategoriSoal,
        Kuis,
        PilihanJawaban,
        Soal,
        SoalKuis,
    )
    from kursus.models import EksporBerkas, KursusIndexPage, KursusPage, PelajaranPage
    from penilaian import demo as demo_penilaian
    from penilaian.models import LingkupUnit, Pegawai
    from simulasi import demo as demo_simulasi
    from simulasi import services as layanan_simulasi
    from situs import demo as demo_situs
    from tests.factories import PenggunaFactory
    from tests.penilaian import pabrik
    from tests.simulasi.conftest import jawaban_baik

    pengguna = {
        "anonim": None,
        "pemilik": PenggunaFactory(
            username="198001012005011001",
            first_name="Budi",
            last_name="Santoso",
            peran=("Peserta",),
        ),
        "peserta_lain": PenggunaFactory(username="peserta-b", peran=("Peserta",)),
        "pegawai": PenggunaFactory(username="pegawai-c", peran=("Pegawai",)),
        "pelatih": PenggunaFactory(username="pelatih-d", peran=("Pelatih",)),
        "pelatih_senior": PenggunaFactory(username="pelatih-e", peran=("Pelatih Senior",)),
        "admin_kepegawaian": PenggunaFactory(username="admin-f", peran=("Admin Kepegawaian",)),
        "pelatih_lingkup": PenggunaFactory(username="pelatih-g", peran=("Pelatih",)),
        "pelatih_lingkup_luar": PenggunaFactory(username="pelatih-h", peran=("Pelatih",)),
    }
    a, b = pengguna["pemilik"], pengguna["peserta_lain"]

    # a course with one lesson; A enrols, finishes it and gets the certificate
    beranda = demo_situs.muat_beranda()
    indeks = beranda.add_child(instance=KursusIndexPage(title="Kursus", slug="kursus"))
    kursus = indeks.add_child(
        instance=KursusPage(title="Kursus uji", slug="kursus-uji", ringkasan="R", durasi_jp=4)
    )
    pelajaran = kursus.add_child(
        instance=PelajaranPage(
            title="Pelajaran satu",
            slug="pelajaran-1",
            body=[{"type": "teks", "value": "<p>Isi rahasia pelajaran</p>"}],
        )
    )
    layanan_kursus.pendaftaran_buat(user=a, kursus=kursus)
    pendaftaran = layanan_kursus.kemajuan_tandai_selesai(user=a, pelajaran=pelajaran)
    sertifikat = pendaftaran.sertifikat

    # quizzes: A has a finished and an open attempt in ``kuis``, an essay awaiting marking
    kategori = KategoriSoal.objects.create(nama="Struktur SKP")
    soal = Soal.objects.create(
        jenis="tunggal", kategori=kategori, kode="m-1", teks="Apa isi SKP milik A?"
    )
    benar = PilihanJawaban.objects.create(soal=soal, teks="RHK", benar=True, sort_order=0)
    PilihanJawaban.objects.create(soal=soal, teks="Absensi", benar=False, sort_order=1)
    esai = Soal.objects.create(
        jenis="esai", kategori=kategori, kode="m-2", teks="Jelaskan IKI.", rubrik="2 | Satuan"
    )

    def kuis_baru(slug, *daftar, **opsi):
        k = Kuis.objects.create(judul=f"Kuis {slug}", slug=slug, **opsi)
        for i, s in enumerate(daftar):
            SoalKuis.objects.create(kuis=k, soal=s, sort_order=i)
        return k

    kuis = kuis_baru("kuis-terbit", soal)
    kuis_esai = kuis_baru("kuis-esai", esai)
    selesai = layanan_kuis.percobaan_mulai(user=a, kuis=kuis)
    layanan_kuis.jawaban_simpan(percobaan=selesai, soal_id=soal.pk, pilihan=[benar.pk])
    selesai = layanan_kuis.percobaan_serahkan(percobaan=selesai)
    berjalan = layanan_kuis.percobaan_mulai(user=a, kuis=kuis)
    menunggu = layanan_kuis.percobaan_mulai(user=a, kuis=kuis_esai)
    layanan_kuis.jawaban_simpan(percobaan=menunggu, soal_id=esai.pk, teks="Rahasia esai A")
    layanan_kuis.percobaan_serahkan(percobaan=menunggu)
    jawaban_esai = JawabanPeserta.objects.get(percobaan=menunggu)
    # the pre/post-test pair of the course's report (set after A's certificate was issued)
    kursus.pre_test, kursus.post_test = kuis, kuis_esai
    kursus.save()

    # simulator: the demo cases, an attempt of A and one of B
    demo_penilaian.muat_kebijakan_dan_periode()
    kasus = demo_simulasi.muat()[0]
    jawaban = jawaban_baik(rhk="RHK rahasia milik peserta A tentang layanan PATEN")
    percobaan_simulasi = layanan_simulasi.percobaan_simpan(kasus=kasus, pengguna=a, jawaban=jawaban)
    layanan_simulasi.percobaan_simpan(kasus=kasus, pengguna=b, jawaban=jawaban_baik())

    # A is an employee of one kelurahan; the scoped trainers administer it or another one
    unit_a = pabrik.unit("kel-peserta-a", "Kelurahan Peserta A")
    Pegawai.objects.create(nip=a.username, nama="Budi Santoso", jabatan="Staf", unit=unit_a, user=a)
    LingkupUnit.objects.create(user=pengguna["pelatih_lingkup"], unit=unit_a)
    LingkupUnit.objects.create(
        user=pengguna["pelatih_lingkup_luar"], unit=pabrik.unit("kel-lain", "Kelurahan Lain")
    )
    # a prepared export of A's (the file is a stand-in: the matrix checks who may fetch it)
    ekspor = EksporBerkas.objects.create(
        pemilik=a,
        jenis="laporan_unit",
        judul="Ekspor milik A",
        status=EksporBerkas.Status.SIAP,
        nama_berkas="ekspor-a.csv",
        jenis_mime="text/csv",
        kedaluwarsa_pada=timezone.now() + timedelta(days=1),
    )
    ekspor.berkas.save("ekspor-a.csv", ContentFile(b"Rahasia ekspor A\n"))

    argumen = {
        "ekspor": {"pk": ekspor.pk},
        "pelajaran": {"kursus": kursus.slug, "pelajaran": pelajaran.slug},
        "pelajaran_id": {"pelajaran_id": pelajaran.pk},
        "kursus_slug": {"kursus": kursus.slug},
        "kursus": {"kursus_id": kursus.pk},
        "kursus_id": {"kursus_id": kursus.pk},
        "sertifikat": {"kode": sertifikat.kode},
        "kuis": {"slug": kuis.slug},
        "kuis_pk": {"pk": kuis.pk},
        "percobaan_kuis_berjalan": {"pk": berjalan.pk, "nomor": 1},
        "percobaan_kuis_berjalan_pk": {"pk": berjalan.pk},
        "percobaan_kuis_selesai": {"pk": selesai.pk},
        "jawaban_esai": {"pk": jawaban_esai.pk},
        "kasus": {"slug": kasus.slug},
        "kasus_pk": {"pk": kasus.pk},
        "percobaan_simulasi": {"pk": percobaan_simulasi.pk},
        "pendaftaran_pk": {"pk": pendaftaran.pk},
        "sertifikat_pk": {"pk": sertifikat.pk},
        "peserta_pk": {"pk": a.pk},
        "kuis_peserta": {"kuis_pk": kuis.pk, "user_pk": a.pk},
        "soal_pk": {"pk": soal.pk},
    }
    return {
        "pengguna": pengguna,
        "argumen": argumen,
        "kursus": kursus,
        "pelajaran": pelajaran,
        "sertifikat": sertifikat,
        "kuis": kuis,
        "soal": soal,
        "benar": benar,
        "berjalan": berjalan,
        "selesai": selesai,
        "kasus": kasus,
        "percobaan_simulasi": percobaan_simulasi,
    }


@pytest.fixture(scope="module")
def dunia(django_db_setup, django_db_blocker):
    """The world above, built once per module and rolled back at its end."""
    with django_db_blocker.unblock():
        with transaction.atomic():
            try:
                yield _bangun()
            finally:
                transaction.set_rollback(True)
        cache.clear()


def _url(nama: str, dunia) -> str:
    _metode, kunci, _harapan = MATRIKS[nama]
    return reverse(nama, kwargs=dunia["argumen"][kunci] if kunci else None)


def _cocok(respons, harapan) -> bool:
    lokasi = respons.get("Location", "")
    if harapan == L:
        return respons.status_code == 302 and lokasi.startswith("/akun/masuk/")
    if harapan == AL:
        return respons.status_code == 302 and lokasi.startswith("/admin/login/")
    if harapan == TOLAK:
        return respons.status_code == 302 and lokasi == "/admin/"
    return respons.status_code == harapan


def _sebagai(client, dunia, peran):
    user = dunia["pengguna"][peran]
    if user is not None:
        client.force_login(user)
    return client


@pytest.mark.django_db
@pytest.mark.parametrize("peran", PERAN)
@pytest.mark.parametrize("nama", sorted(MATRIKS))
def test_matriks_peran_url(client, dunia, nama, peran):
    metode, _kunci, harapan = MATRIKS[nama]
    url = _url(nama, dunia)
    respons = getattr(_sebagai(client, dunia, peran), metode)(url)
    assert _cocok(respons, harapan[peran]), (
        f"{peran} {metode.upper()} {url}: {respons.status_code} "
        f"{respons.get('Location', '')} ≠ {harapan[peran]}"
    )


# --- what the matrix cannot say in one status code ----------------------------------------

TIDAK_ADA = 987654


def _tanpa_variasi(respons, url) -> str:
    """The body without what differs between two requests (CSRF token, the requested path)."""
    html = respons.content.decode().replace(url, "URL")
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)


#: Owner-only URLs: name, method, the argument key of A's object.
MILIK_SENDIRI = [(n, m, k) for n, (m, k, h) in sorted(MATRIKS.items()) if h in (MILIK, MILIK_POST)]


@pytest.mark.django_db
@pytest.mark.parametrize(("nama", "metode", "kunci"), MILIK_SENDIRI)
def test_objek_peserta_lain_sama_dengan_yang_tidak_ada(client, dunia, nama, metode, kunci):
    """B asking for A's object gets the very page B gets for an id that does not exist: no
    hint that it exists, nothing of A's in it."""
    _sebagai(client, dunia, "peserta_lain")
    argumen = dict(dunia["argumen"][kunci])
    url_a = reverse(nama, kwargs=argumen)
    argumen[next(iter(argumen))] = "ZZZZZZZZZZZZ" if kunci == "sertifikat" else TIDAK_ADA
    url_tidak_ada = reverse(nama, kwargs=argumen)
    punya_a = getattr(client, metode)(url_a)
    tidak_ada = getattr(client, metode)(url_tidak_ada)
    assert punya_a.status_code == tidak_ada.status_code == 404
    assert _tanpa_variasi(punya_a, url_a) == _tanpa_variasi(tidak_ada, url_tidak_ada)


@pytest.mark.django_db
def test_peserta_lain_tidak_dapat_melanjutkan_atau_menyerahkan_percobaan(client, dunia):
    from kursus.kuis.models import JawabanPeserta, PercobaanKuis

    berjalan = dunia["berjalan"]
    _sebagai(client, dunia, "peserta_lain")
    respons = client.post(
        reverse("kursus:kuis:soal", args=[berjalan.pk, 1]),
        {"pilihan": dunia["benar"].pk, "aksi": "ringkasan"},
    )
    assert respons.status_code == 404
    assert client.post(reverse("kursus:kuis:serahkan", args=[berjalan.pk])).status_code == 404
    berjalan.refresh_from_db()
    assert berjalan.status == PercobaanKuis.Status.BERJALAN
    assert not JawabanPeserta.objects.filter(percobaan=berjalan).exists()


@pytest.mark.django_db
@pytest.mark.parametrize("json", [True, False])
def test_andaikan_dengan_id_percobaan_orang_lain_404(client, dunia, json):
    url = reverse("simulasi:andaikan", args=[dunia["percobaan_simulasi"].pk])
    kepala = {"HTTP_ACCEPT": "application/json"} if json else {}
    _sebagai(client, dunia, "peserta_lain")
    respons = client.post(url, {"realisasi_0": "50"}, **kepala)
    assert respons.status_code == 404
    assert "PATEN" not in respons.content.decode()
    _sebagai(client, dunia, "pemilik")
    assert client.post(url, {"realisasi_0": "50"}, **kepala).status_code == 200


@pytest.mark.django_db
def test_daftar_milik_sendiri_tidak_memuat_data_peserta_lain(client, dunia):
    """B's history, progress and courses hold nothing of A's; A's hold them (control)."""
    url_percobaan = reverse("simulasi:percobaan", args=[dunia["percobaan_simulasi"].pk])
    url_hasil = reverse("kursus:kuis:hasil", args=[dunia["selesai"].pk])
    kode = dunia["sertifikat"].kode
    halaman = {
        "simulasi:riwayat": url_percobaan,
        "kursus:kuis:kemajuan": dunia["kuis"].judul,
        "kursus:saya": kode,
    }
    for peran, harus_ada in (("pemilik", True), ("peserta_lain", False)):
        _sebagai(client, dunia, peran)
        for nama, jejak in halaman.items():
            html = client.get(reverse(nama)).content.decode()
            assert (jejak in html) is harus_ada, (peran, nama)
        html = client.get(reverse("kursus:kuis:detail", args=[dunia["kuis"].slug])).content
        assert (url_hasil in html.decode()) is harus_ada, peran


@pytest.mark.django_db
def test_isi_pelajaran_hanya_untuk_peserta_terdaftar(client, dunia):
    url = dunia["pelajaran"].url
    assert "Isi rahasia pelajaran" not in client.get(url).content.decode()
    _sebagai(client, dunia, "peserta_lain")
    assert "Isi rahasia pelajaran" not in client.get(url).content.decode()
    _sebagai(client, dunia, "pemilik")
    assert "Isi rahasia pelajaran" in client.get(url).content.decode()


@pytest.mark.django_db
def test_verifikasi_publik_hanya_nama_kursus_dan_kode(client, dunia):
    sertifikat = dunia["sertifikat"]
    # The owner has no employee record (so no NIP was copied); give the certificate one to
    # prove the public page never shows it.
    sertifikat.nip = "198001012005011001"
    sertifikat.save(update_fields=["nip"])
    a = dunia["pengguna"]["pemilik"]
    html = client.get(reverse("kursus:verifikasi", args=[sertifikat.kode.lower()])).content
    html = html.decode()
    assert "Sertifikat sah" in html
    assert "Budi Santoso" in html and "Kursus uji" in html and sertifikat.kode in html
    assert sertifikat.nip not in html and a.username not in html and a.email not in html
    assert reverse("kursus:sertifikat_unduh", args=[sertifikat.kode]) not in html
    respons = client.get(reverse("kursus:verifikasi", args=["ABCDEFGHJKLM"]))
    assert respons.status_code == 404 and "Budi" not in respons.content.decode()


@pytest.mark.django_db
def test_verifikasi_tanpa_kode_adalah_formulir(client, dunia):
    sertifikat = dunia["sertifikat"]
    url = reverse("kursus:verifikasi_cari")
    html = client.get(url).content.decode()
    assert 'name="kode"' in html and "Budi" not in html
    # Typed as people copy it from paper: lower case, spaces and a hyphen.
    ketik = f" {sertifikat.kode[:4].lower()}-{sertifikat.kode[4:]} "
    respons = client.get(url, {"kode": ketik})
    assert respons.url == reverse("kursus:verifikasi", args=[sertifikat.kode])
    kosong = client.get(url, {"kode": "  "})
    assert kosong.status_code == 200 and "Isi kode verifikasi." in kosong.content.decode()


@pytest.mark.django_db
def test_kuis_draf_tidak_tersedia_bagi_peserta(client, dunia):
    from kursus.kuis.models import Kuis, PercobaanKuis, SoalKuis

    draf = Kuis.objects.create(judul="Kuis draf", slug="kuis-draf", live=False)
    SoalKuis.objects.create(kuis=draf, soal=dunia["soal"], sort_order=0)
    for peran in ("pemilik", "peserta_lain", "pegawai", "admin_kepegawaian"):
        _sebagai(client, dunia, peran)
        assert client.get(reverse("kursus:kuis:detail", args=[draf.slug])).status_code == 404
        assert client.post(reverse("kursus:kuis:mulai", args=[draf.slug])).status_code == 404
        assert "Kuis draf" not in client.get(reverse("kursus:kuis:daftar")).content.decode()
    assert not PercobaanKuis.objects.filter(kuis=draf).exists()
    # the trainer may try it
    _sebagai(client, dunia, "pelatih")
    assert client.get(reverse("kursus:kuis:detail", args=[draf.slug])).status_code == 200
    respons = client.post(reverse("kursus:kuis:mulai", args=[draf.slug]))
    percobaan = PercobaanKuis.objects.get(kuis=draf)
    assert respons.url == reverse("kursus:kuis:soal", args=[percobaan.pk, 1])
    assert client.get(respons.url).status_code == 200


@pytest.mark.django_db
def test_percobaan_pada_kuis_yang_kembali_draf_tidak_dapat_dilanjutkan(client, dunia):
    """A quiz unpublished (to be corrected) is the trainers' only: the participant's open
    attempt can no longer be answered, submitted or reviewed until it is published again."""
    kuis, berjalan, selesai = dunia["kuis"], dunia["berjalan"], dunia["selesai"]
    kuis.unpublish()
    _sebagai(client, dunia, "pemilik")
    url = {
        "soal": reverse("kursus:kuis:soal", args=[berjalan.pk, 1]),
        "ringkasan": reverse("kursus:kuis:ringkasan", args=[berjalan.pk]),
        "hasil": reverse("kursus:kuis:hasil", args=[selesai.pk]),
    }
    for u in url.values():
        assert client.get(u).status_code == 404, u
    pilihan = {"pilihan": dunia["benar"].pk, "aksi": "ringkasan"}
    assert client.post(url["soal"], pilihan).status_code == 404
    assert client.post(reverse("kursus:kuis:serahkan", args=[berjalan.pk])).status_code == 404
    kuis.save_revision().publish()
    for u in url.values():
        assert client.get(u).status_code == 200, u


@pytest.mark.django_db
@pytest.mark.parametrize(
    "jadwal",
    [
        {"ditutup_pada": timedelta(minutes=-1)},
        {"dibuka_pada": timedelta(hours=1)},
    ],
    ids=["sudah-ditutup", "belum-dibuka"],
)
def test_kuis_di_luar_jadwal_menolak_percobaan_baru(client, dunia, jadwal):
    from kursus.kuis.models import Kuis, PercobaanKuis, SoalKuis

    sekarang = timezone.now()
    kuis = Kuis.objects.create(
        judul="Kuis berjadwal",
        slug="kuis-berjadwal",
        **{k: sekarang + v for k, v in jadwal.items()},
    )
    SoalKuis.objects.create(kuis=kuis, soal=dunia["soal"], sort_order=0)
    for peran in ("pemilik", "pelatih"):
        _sebagai(client, dunia, peran)
        respons = client.post(reverse("kursus:kuis:mulai", args=[kuis.slug]), follow=True)
        assert respons.redirect_chain == [(reverse("kursus:kuis:detail", args=[kuis.slug]), 302)]
        html = respons.content.decode()
        assert "sudah ditutup" in html or "baru dibuka" in html
    assert not PercobaanKuis.objects.filter(kuis=kuis).exists()


POST_SAJA = sorted(n for n, (m, _k, _h) in MATRIKS.items() if m == "post")


def test_daftar_post_saja():
    assert POST_SAJA == [
        "kursus:daftar",
        "kursus:kuis:mulai",
        "kursus:kuis:serahkan",
        "kursus:tandai_selesai",
        "simulasi:andaikan",
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("nama", POST_SAJA)
def test_endpoint_post_menolak_get(client, dunia, nama):
    _sebagai(client, dunia, "pemilik")
    assert client.get(_url(nama, dunia)).status_code == 405


@pytest.mark.django_db
def test_periksa_hanya_get(client, dunia):
    _sebagai(client, dunia, "pemilik")
    assert client.post(reverse("simulasi:periksa"), {"iki-teks": "x"}).status_code == 405


#: Every state-changing POST of the participant's pages (with the form data they take).
POST_BERCSRF = [
    *((n, None) for n in POST_SAJA),
    ("kursus:kuis:soal", {"aksi": "ringkasan"}),
    ("simulasi:indikator", {"rhk": "x"}),
    ("simulasi:realisasi", {}),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("nama", "data"), POST_BERCSRF, ids=[n for n, _ in POST_BERCSRF])
def test_post_memerlukan_token_csrf(dunia, nama, data):
    from kursus.kuis.models import PercobaanKuis

    klien = Client(enforce_csrf_checks=True)
    klien.force_login(dunia["pengguna"]["pemilik"])
    respons = klien.post(_url(nama, dunia), data or {})
    assert respons.status_code == 403
    assert PercobaanKuis.objects.get(pk=dunia["berjalan"].pk).status == "berjalan"


@pytest.mark.django_db
@pytest.mark.parametrize("peran", ["pemilik", "peserta_lain", "pegawai", "admin_kepegawaian"])
def test_admin_tidak_pernah_memberi_data_kepada_yang_tak_berizin(client, dunia, peran):
    """Every admin view of the table, with its exports, answers a user without the permission
    with a redirect and no body; an essay id that does not exist answers the same. (Admin
    Kepegawaian holds the assignment and per-unit report views: those rows say 200.)"""
    _sebagai(client, dunia, peran)
    for nama, (_metode, _kunci, harapan) in MATRIKS.items():
        if nama.startswith(("kursus:", "simulasi:")) or harapan[peran] == 200:
            continue
        url = _url(nama, dunia)
        for u in (url, f"{url}?ekspor=csv", f"{url}?ekspor=xlsx"):
            respons = client.get(u)
            assert respons.status_code == 302, u
            assert b"Rahasia esai A" not in respons.content and not respons.content.strip()
    url_ada, url_tidak_ada = (
        _url("kuis_nilai_esai", dunia),
        reverse("kuis_nilai_esai", args=[TIDAK_ADA]),
    )
    ada, tidak_ada = client.get(url_ada), client.get(url_tidak_ada)
    assert ada.status_code == tidak_ada.status_code == 302
    assert ada["Location"].replace(url_ada, "URL") == tidak_ada["Location"].replace(
        url_tidak_ada, "URL"
    )


#: Admin pages and exports listing participants, with A's trace in them (A's user name).
LAPORAN_PESERTA = [
    ("kuis_laporan_kuis", ""),
    ("kuis_laporan_kuis", "?ekspor=csv"),
    ("kuis_laporan_kuis", "?ekspor=xlsx"),
    ("kuis_laporan_kenaikan", ""),
    ("kuis_laporan_kenaikan", "?ekspor=csv"),
    ("simulasi_laporan_kasus", ""),
    ("simulasi_laporan_kasus", "?ekspor=csv"),
    ("pendaftaran:index", ""),
    ("sertifikat:index", ""),
]


def _memuat_a(respons, dunia) -> bool:
    import io

    a = dunia["pengguna"]["pemilik"]
    jejak = (a.username, a.get_full_name())
    if respons["Content-Type"].startswith("application/vnd.openxmlformats"):
        from openpyxl import load_workbook

        buku = load_workbook(io.BytesIO(respons.content), read_only=True)
        teks = " ".join(
            str(sel)
            for lembar in buku
            for baris in lembar.iter_rows(values_only=True)
            for sel in baris
        )
    else:
        teks = respons.content.decode()
    return any(j in teks for j in jejak)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("nama", "ekspor"), LAPORAN_PESERTA, ids=[f"{n}{e}" for n, e in LAPORAN_PESERTA]
)
def test_laporan_pelatih_berlingkup_hanya_memuat_peserta_di_lingkupnya(client, dunia, nama, ekspor):
    url = _url(nama, dunia) + ekspor
    for peran, harus_ada in (
        ("pelatih", True),
        ("pelatih_lingkup", True),
        ("pelatih_lingkup_luar", False),
    ):
        respons = _sebagai(client, dunia, peran).get(url)
        assert respons.status_code == 200, (peran, url)
        assert _memuat_a(respons, dunia) is harus_ada, (peran, url)
