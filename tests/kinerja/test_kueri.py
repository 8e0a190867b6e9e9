"""SQL queries per page are constant in data size: each page is measured over data of one size
and over ten times as much (lessons, participants, attempts, employees, units), and the two
counts must be equal and within the page's budget."""

import pytest
from django.urls import NoReverseMatch, reverse

from bench import _umum
from tests.penilaian import pabrik

pytestmark = pytest.mark.django_db

#: Query budget per page (session and user included where the page needs a login; sessions
#: read through the cache as in production with Redis): the counts measured on 28 November
#: 2026, after the course routes started reading the site root and the participant-independent
#: page parts from the cache (kursus/kerangka.py). A change that adds a query must say why here.
ANGGARAN = {
    # 4 for the page itself, plus one each for the latest announcements, the upcoming events
    # (with their seats taken) and the FAQ's top questions (sosialisasi, issue 15).
    "beranda": 7,
    "kursus": 5,
    "pelajaran": 5,
    # A lesson of the demo courses: the full content, its quiz block and often a case block
    # (tests/kursus/test_kueri.py measures the same page shape at 7).
    "pelajaran_demo": 7,
    "kasus": 3,
    "periksa": 1,
    # +1 since issue 18: the user's unit scope (LingkupUnit), read once per request.
    "dasbor_unit": 15,
    "transparansi": 4,
}


def _url_ada(nama: str, *args) -> str:
    try:
        return reverse(nama, args=args)
    except NoReverseMatch:
        pytest.skip(f"URL {nama} belum ada")


def _sama(halaman: str, kecil: int, besar: int) -> None:
    print(f"{halaman}: {kecil} kueri pada 1×, {besar} pada 10×")  # noqa: T201
    assert kecil == besar, f"{halaman}: {kecil} kueri pada 1×, {besar} pada 10×"


def test_beranda_tetap(client, beranda, buat_kursus, ukur_kueri):
    buat_kursus(1, peserta_lain=1, slug="satu")
    kecil = ukur_kueri(client, "/", ANGGARAN["beranda"])
    for i in range(9):
        buat_kursus(10, peserta_lain=2, slug=f"lain-{i}")
    besar = ukur_kueri(client, "/", ANGGARAN["beranda"])
    _sama("beranda", kecil, besar)


def _isi_sosialisasi(beranda, n: int) -> None:
    """``n`` announcements (one pinned), ``n`` upcoming events with registrations, and an FAQ
    of ``n`` questions (every other one marked for the home page)."""
    from datetime import timedelta

    from django.utils import timezone

    from sosialisasi import services
    from sosialisasi.models import AcaraPage, BeritaPage, SosialisasiIndexPage, TanyaJawabPage
    from tests.factories import PenggunaFactory

    indeks = SosialisasiIndexPage.objects.first() or beranda.add_child(
        instance=SosialisasiIndexPage(title="Sosialisasi", slug="sosialisasi")
    )
    awal = BeritaPage.objects.count()
    for i in range(awal, awal + n):
        indeks.add_child(
            instance=BeritaPage(
                title=f"Berita {i}",
                slug=f"berita-{i}",
                ringkasan="R",
                isi="<p>I</p>",
                disematkan=i == awal,
            )
        )
        mulai = timezone.now() + timedelta(days=i + 1)
        acara = indeks.add_child(
            instance=AcaraPage(
                title=f"Acara {i}",
                slug=f"acara-{i}",
                jenis="bimtek",
                ringkasan="R",
                mulai=mulai,
                selesai=mulai + timedelta(hours=1),
                tempat="kantor_kecamatan",
                kapasitas=5,
            )
        )
        for j in range(3):
            user = PenggunaFactory(username=f"sos-{i}-{j}")
            services.acara_daftar(user=user, acara=acara)
    TanyaJawabPage.objects.all().delete()
    daftar = [
        {"pertanyaan": f"Tanya {k}?", "jawaban": "<p>J</p>", "unggulan": k % 2 == 0}
        for k in range(n * 3)
    ]
    indeks.add_child(
        instance=TanyaJawabPage(
            title="Tanya jawab",
            slug="tanya-jawab",
            isi=[{"type": "tema", "value": {"judul": "T", "daftar": daftar}}],
        )
    )


def test_beranda_dengan_sosialisasi_tetap(client, beranda, ukur_kueri):
    _isi_sosialisasi(beranda, 2)
    kecil = ukur_kueri(client, "/", ANGGARAN["beranda"])
    _isi_sosialisasi(beranda, 20)
    besar = ukur_kueri(client, "/", ANGGARAN["beranda"])
    _sama("beranda dengan sosialisasi", kecil, besar)


@pytest.mark.parametrize("halaman", ["kursus", "pelajaran"])
def test_kursus_dan_pelajaran_peserta_tetap(
    client, buat_kursus, buat_pengguna, ukur_kueri, halaman
):
    from kursus import services
    from kursus.models import PelajaranPage

    user = buat_pengguna("Peserta")
    client.force_login(user)
    counts = []
    for n, lain, slug in ((3, 2, "kecil"), (30, 20, "besar")):
        kursus = buat_kursus(n, peserta_lain=lain, slug=slug)
        pelajaran = list(PelajaranPage.objects.child_of(kursus).order_by("path"))
        services.pendaftaran_buat(user=user, kursus=kursus)
        for p in pelajaran[:-1]:
            services.kemajuan_tandai_selesai(user=user, pelajaran=p)
        url = kursus.url if halaman == "kursus" else pelajaran[-1].url
        counts.append(ukur_kueri(client, url, ANGGARAN[halaman]))
    _sama(halaman, *counts)


def test_pelajaran_terbesar_setiap_kursus_demo_dalam_anggaran(
    client, beranda, buat_pengguna, ukur_kueri
):
    """The lesson with the most blocks in each demo course, for an enrolled participant who
    has done the lessons before it, stays within the budget of a lesson with quiz and case."""
    from kursus import demo, services
    from kursus.models import PelajaranPage

    user = buat_pengguna("Peserta")
    client.force_login(user)
    for kursus in demo.muat(beranda=beranda):
        pelajaran = list(PelajaranPage.objects.child_of(kursus).order_by("path"))
        terbesar = max(pelajaran, key=lambda p: len(p.body))
        services.pendaftaran_buat(user=user, kursus=kursus)
        for p in pelajaran[: pelajaran.index(terbesar)]:
            services.kemajuan_tandai_selesai(user=user, pelajaran=p)
        kueri = ukur_kueri(client, terbesar.url, ANGGARAN["pelajaran_demo"])
        print(f"{kursus.slug}/{terbesar.slug}: {len(terbesar.body)} blok, {kueri} kueri")  # noqa: T201


def _percobaan(kasus, pengguna, n: int) -> None:
    from simulasi import services

    jawaban = dict(services.jawaban_model(kasus), prediksi="")
    for _ in range(n):
        services.percobaan_simpan(kasus=kasus, pengguna=pengguna, jawaban=jawaban)


def test_kasus_simulasi_dan_pemeriksaan_tetap(client, periode, buat_pengguna, ukur_kueri):
    from simulasi import demo

    kasus = demo.muat()[0]
    user = buat_pengguna("Peserta")
    client.force_login(user)
    url_kasus = _url_ada("simulasi:kasus", kasus.slug)
    url_periksa = _url_ada("simulasi:periksa") + (
        "?iki-teks=Jumlah+kegiatan+posyandu+yang+terlaksana&iki-target=12"
        "&iki-satuan=kegiatan&iki-aspek=kuantitas&rhk=Meningkatnya+pelayanan"
    )
    lain = buat_pengguna("Peserta", username="peserta-lain")
    _percobaan(kasus, user, 1)
    _percobaan(kasus, lain, 1)
    kecil = (
        ukur_kueri(client, url_kasus, ANGGARAN["kasus"]),
        ukur_kueri(client, url_periksa, ANGGARAN["periksa"]),
    )
    _percobaan(kasus, user, 9)
    _percobaan(kasus, lain, 9)
    besar = (
        ukur_kueri(client, url_kasus, ANGGARAN["kasus"]),
        ukur_kueri(client, url_periksa, ANGGARAN["periksa"]),
    )
    _sama("kasus", kecil[0], besar[0])
    _sama("periksa", kecil[1], besar[1])


@pytest.mark.parametrize("saringan", ["", "?status=final&cari=pegawai&halaman=1"])
def test_dasbor_unit_tetap(client, periode, buat_pengguna, ukur_kueri, saringan):
    """A page of the table (50 rows; 60 employees fill more than one), filtered or not."""
    kecil_unit, besar_unit = (
        _umum.buat_pegawai(jumlah=6, jumlah_unit=1, periode=periode, awal=0)[0],
        _umum.buat_pegawai(jumlah=60, jumlah_unit=1, periode=periode, awal=100)[0],
    )
    client.force_login(buat_pengguna("Admin Kepegawaian"))
    kecil, besar = (
        ukur_kueri(client, _url_ada("penilaian:unit", u.kode) + saringan, ANGGARAN["dasbor_unit"])
        for u in (kecil_unit, besar_unit)
    )
    _sama("dasbor_unit", kecil, besar)


def test_transparansi_tetap(client, periode, ukur_kueri):
    url = _url_ada("penilaian:transparansi")
    _umum.buat_pegawai(jumlah=6, jumlah_unit=1, periode=periode, awal=0)
    pabrik.terbitkan_transparansi(periode)
    kecil = ukur_kueri(client, url, ANGGARAN["transparansi"])
    _umum.buat_pegawai(jumlah=54, jumlah_unit=9, periode=periode, awal=1000)
    pabrik.terbitkan_transparansi(periode)
    besar = ukur_kueri(client, url, ANGGARAN["transparansi"])
    response = client.get(url)
    assert response.content.decode().count("Unit Bench") == 10
    _sama("transparansi", kecil, besar)
