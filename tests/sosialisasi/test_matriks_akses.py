"""Role × URL matrix for the socialisation side: every ``sosialisasi:*`` URL and its admin
views. One test per cell; the world is built once per module and rolled back at its end.

Rules (docs/arsitektur.md, Sosialisasi): the section's pages, feeds and calendar files are
public; signing up, cancelling and checking in need a login; the check-in code and the
attendance exports are for trainers and Admin Kepegawaian only (404 for everyone else, as
for an event that does not exist); the adoption dashboard is for Admin Kepegawaian and unit
leaders (404 for other logged-in users). Unit scope: an Admin Kepegawaian scoped to a unit
sees the adoption figures of its units only, and organisers scoped elsewhere find the
participants of other units missing from the attendance lists and registrations (tests
below the matrix). A new ``sosialisasi:`` URL without a row fails
``test_tabel_memuat_tepat_semua_url``."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.db import transaction
from django.urls import reverse

from tests.pola_url import semua_pola
from tests.test_matriks_akses_belajar import AL, TOLAK, L, _cocok, _tanpa_variasi

PERAN = (
    "anonim",
    "peserta",
    "pegawai",
    "penilai",
    "pelatih",
    "pelatih_senior",
    "admin_kepegawaian",
    "pimpinan_unit",
    "admin_lingkup_luar",  # Admin Kepegawaian scoped to another unit
    "pelatih_lingkup_luar",  # Pelatih scoped to another unit
)


def _baris(*hasil):
    return dict(zip(PERAN, hasil, strict=True))


TERBUKA = _baris(200, 200, 200, 200, 200, 200, 200, 200, 200, 200)
TERBUKA_POST = _baris(302, 302, 302, 302, 302, 302, 302, 302, 302, 302)
MASUK = _baris(L, 200, 200, 200, 200, 200, 200, 200, 200, 200)
MASUK_POST = _baris(L, 302, 302, 302, 302, 302, 302, 302, 302, 302)
#: Organisers' pages of an event (not of a unit): open to scoped organisers too, whose lists
#: then hold their units' participants only.
PENYELENGGARA = _baris(404, 404, 404, 404, 200, 200, 200, 404, 200, 200)
#: A scoped administrator has its own units' figures to see.
ADOPSI = _baris(L, 404, 404, 404, 404, 404, 200, 200, 200, 404)
ADMIN_PELATIH = _baris(AL, AL, AL, AL, 200, 200, TOLAK, AL, TOLAK, 200)
ADMIN_PENDAFTARAN = _baris(AL, AL, AL, AL, 200, 200, 200, AL, 200, 200)

PERTANYAAN = {"pertanyaan": "Bagaimana dengan TPP saya tahun ini?", "nama": "", "email": ""}

MATRIKS = {
    "sosialisasi:indeks": ("get", None, TERBUKA),
    "sosialisasi:rss": ("get", None, TERBUKA),
    "sosialisasi:atom": ("get", None, TERBUKA),
    "sosialisasi:acara_ics": ("get", "acara", TERBUKA),
    "sosialisasi:acara_daftar": ("post", "acara", MASUK_POST),
    "sosialisasi:acara_batal": ("post", "acara", MASUK_POST),
    "sosialisasi:hadir": ("get", "acara", MASUK),
    "sosialisasi:kode_hadir": ("get", "acara", PENYELENGGARA),
    "sosialisasi:kehadiran_xlsx": ("get", "acara", PENYELENGGARA),
    "sosialisasi:kehadiran_csv": ("get", "acara", PENYELENGGARA),
    "sosialisasi:tanya": ("post", "tanya", TERBUKA_POST),
    "sosialisasi:adopsi": ("get", None, ADOPSI),
    # admin: visitors' questions, registrations, the regulation snippets
    "pertanyaan:index": ("get", None, ADMIN_PELATIH),
    "pertanyaan:edit": ("get", "pertanyaan_pk", ADMIN_PELATIH),
    "pendaftaran_acara:index": ("get", None, ADMIN_PENDAFTARAN),
    "wagtailsnippets_sosialisasi_regulasi:list": ("get", None, ADMIN_PELATIH),
    "wagtailsnippets_sosialisasi_regulasi:edit": ("get", "regulasi_pk", ADMIN_PELATIH),
}


def test_tabel_memuat_tepat_semua_url():
    from django.urls import get_resolver

    situs = {n for _r, n in semua_pola(get_resolver().url_patterns) if n.startswith("sosialisasi:")}
    assert situs == {n for n in MATRIKS if n.startswith("sosialisasi:")}, sorted(
        situs ^ {n for n in MATRIKS if n.startswith("sosialisasi:")}
    )


def _bangun():
    from penilaian.models import LingkupUnit, Pegawai, UnitKerja
    from situs import demo as demo_situs
    from sosialisasi import services
    from sosialisasi.models import (
        PertanyaanPengunjung,
        Regulasi,
        SosialisasiIndexPage,
        TanyaJawabPage,
    )
    from tests.factories import PenggunaFactory
    from tests.sosialisasi.factories import acara_di

    pengguna = {"anonim": None}
    for kunci, peran in (
        ("peserta", "Peserta"),
        ("pegawai", "Pegawai"),
        ("penilai", "Penilai"),
        ("pelatih", "Pelatih"),
        ("pelatih_senior", "Pelatih Senior"),
        ("admin_kepegawaian", "Admin Kepegawaian"),
        ("pimpinan_unit", "Pegawai"),
        ("admin_lingkup_luar", "Admin Kepegawaian"),
        ("pelatih_lingkup_luar", "Pelatih"),
    ):
        pengguna[kunci] = PenggunaFactory(username=f"matriks-{kunci}", peran=(peran,))
    unit = UnitKerja.objects.create(kode="kel-matriks", nama="Kelurahan", jenis="kelurahan")
    lain = UnitKerja.objects.create(kode="kel-lain", nama="Kelurahan Lain", jenis="kelurahan")
    for kunci in ("admin_lingkup_luar", "pelatih_lingkup_luar"):
        LingkupUnit.objects.create(user=pengguna[kunci], unit=lain)
    Pegawai.objects.create(
        user=pengguna["peserta"],
        nip="199001012015011001",
        nama="Peserta Terdaftar",
        jabatan="Staf",
        unit=unit,
    )
    Pegawai.objects.create(
        user=pengguna["pimpinan_unit"],
        nip="197501012000011099",
        nama="Lurah",
        jabatan="Lurah",
        jenis_jabatan="struktural",
        unit=unit,
        memimpin_unit=True,
    )
    beranda = demo_situs.muat_beranda()
    indeks = beranda.add_child(
        instance=SosialisasiIndexPage(title="Sosialisasi", slug="sosialisasi")
    )
    acara = acara_di(indeks, "acara", kapasitas=50, mulai_dalam=timedelta(days=2))
    tanya = indeks.add_child(instance=TanyaJawabPage(title="Tanya", slug="tanya", isi=[]))
    pertanyaan = PertanyaanPengunjung.objects.create(halaman=tanya, pertanyaan="Rahasia?")
    regulasi = Regulasi.objects.create(
        jenis="pp", nomor="17", tahun=2018, tentang="Kecamatan", ringkasan="R"
    )
    services.acara_daftar(user=pengguna["peserta"], acara=acara)
    return {
        "pengguna": pengguna,
        "argumen": {
            "acara": {"pk": acara.pk},
            "tanya": {"pk": tanya.pk},
            "pertanyaan_pk": {"pk": pertanyaan.pk},
            "regulasi_pk": {"pk": regulasi.pk},
        },
    }


@pytest.fixture(scope="module")
def dunia(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        with transaction.atomic():
            try:
                yield _bangun()
            finally:
                transaction.set_rollback(True)
        cache.clear()


@pytest.mark.django_db
@pytest.mark.parametrize("peran", PERAN)
@pytest.mark.parametrize("nama", sorted(MATRIKS))
def test_matriks_peran_url(client, dunia, nama, peran):
    metode, kunci, harapan = MATRIKS[nama]
    url = reverse(nama, kwargs=dunia["argumen"][kunci] if kunci else None)
    user = dunia["pengguna"][peran]
    if user is not None:
        client.force_login(user)
    data = PERTANYAAN if nama == "sosialisasi:tanya" else {}
    respons = getattr(client, metode)(url, data) if metode == "post" else client.get(url)
    assert _cocok(respons, harapan[peran]), (
        f"{peran} {metode.upper()} {url}: {respons.status_code} "
        f"{respons.get('Location', '')} ≠ {harapan[peran]}"
    )


@pytest.mark.django_db
def test_kode_hadir_acara_lain_sama_dengan_yang_tidak_ada(client, dunia):
    """A participant asking for the organiser's page gets the same 404 as for no event."""
    client.force_login(dunia["pengguna"]["peserta"])
    url_ada = reverse("sosialisasi:kode_hadir", kwargs=dunia["argumen"]["acara"])
    url_tidak = reverse("sosialisasi:kode_hadir", kwargs={"pk": 987654})
    ada, tidak = client.get(url_ada), client.get(url_tidak)
    assert ada.status_code == tidak.status_code == 404
    assert _tanpa_variasi(ada, url_ada) == _tanpa_variasi(tidak, url_tidak)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("nama", "jejak"),
    [
        ("sosialisasi:kode_hadir", "<td>Kelurahan</td>"),  # the count per unit
        ("sosialisasi:kehadiran_csv", "Peserta Terdaftar"),
    ],
)
def test_daftar_hadir_penyelenggara_berlingkup_tanpa_peserta_unit_lain(client, dunia, nama, jejak):
    url = reverse(nama, kwargs=dunia["argumen"]["acara"])
    for peran, harus_ada in (
        ("pelatih", True),
        ("admin_kepegawaian", True),
        ("pelatih_lingkup_luar", False),
        ("admin_lingkup_luar", False),
    ):
        client.force_login(dunia["pengguna"][peran])
        teks = client.get(url).content.decode()
        assert (jejak in teks) is harus_ada, (peran, nama)


@pytest.mark.django_db
def test_pendaftaran_acara_di_admin_tanpa_peserta_unit_lain(client, dunia):
    url = reverse("pendaftaran_acara:index")
    for peran, harus_ada in (("pelatih", True), ("pelatih_lingkup_luar", False)):
        client.force_login(dunia["pengguna"][peran])
        teks = client.get(url).content.decode()
        assert ("matriks-peserta" in teks or "Peserta Terdaftar" in teks) is harus_ada, peran


@pytest.mark.django_db
def test_dasbor_adopsi_admin_berlingkup_hanya_unitnya(client, dunia):
    url = reverse("sosialisasi:adopsi")
    client.force_login(dunia["pengguna"]["admin_kepegawaian"])
    unit, lain = '<th scope="row">Kelurahan</th>', '<th scope="row">Kelurahan Lain</th>'
    semua = client.get(url).content.decode()
    assert unit in semua and lain in semua
    client.force_login(dunia["pengguna"]["admin_lingkup_luar"])
    html = client.get(url).content.decode()
    assert lain in html and unit not in html
