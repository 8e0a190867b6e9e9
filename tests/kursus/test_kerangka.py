"""The parts of course and lesson pages cached per content version (kursus.kerangka): every
published change shows on the next request, previews never reach the cache, and nothing
personal is cached."""

import pytest
from django.core.cache import cache
from wagtail.models import Page, Site

from kursus import services
from kursus.kuis.models import Kuis, PercobaanKuis
from kursus.models import PelajaranPage, VersiKonten
from tests.kursus.conftest import pelajaran_dari
from tests.tembolok import kunci_tembolok

pytestmark = pytest.mark.django_db


@pytest.fixture
def peserta(client, buat_kursus, buat_pengguna):
    """A participant enrolled in a three-lesson course, logged in."""
    kursus = buat_kursus(3, urutan_wajib=False)
    user = buat_pengguna()
    services.pendaftaran_buat(user=user, kursus=kursus)
    client.force_login(user)
    return kursus, user


def _terbitkan(halaman, capture, **ubah):
    with capture(execute=True):
        for nama, nilai in ubah.items():
            setattr(halaman, nama, nilai)
        halaman.save_revision().publish()


def _isi_cache() -> str:
    """Every value the course pages put in the cache (local memory, or Redis in the Redis pass
    of .ci/run), as text."""
    entri = list(cache.get_many(kunci_tembolok("kursus:")).values())
    assert entri
    return " ".join(map(repr, entri))


def test_versi_naik_setelah_commit_penerbitan(buat_kursus, django_capture_on_commit_callbacks):
    kursus = buat_kursus(1)
    awal = VersiKonten.objects.get(pk=1).nomor
    pelajaran = pelajaran_dari(kursus)[0]
    with django_capture_on_commit_callbacks(execute=False) as tertunda:
        pelajaran.save_revision().publish()
    # Nothing moves until the transaction commits.
    assert VersiKonten.objects.get(pk=1).nomor == awal
    assert tertunda
    for fungsi in tertunda:
        fungsi()
    assert VersiKonten.objects.get(pk=1).nomor > awal


def test_judul_pelajaran_yang_diterbitkan_langsung_tampil_di_kursus_dan_navigasi(
    client, peserta, django_capture_on_commit_callbacks
):
    kursus, _ = peserta
    pertama, kedua, _ = pelajaran_dari(kursus)
    assert "Pelajaran 2" in client.get(kursus.url).content.decode()
    assert "Pelajaran 2" in client.get(pertama.url).content.decode()

    _terbitkan(kedua, django_capture_on_commit_callbacks, title="Menulis target")

    assert "Menulis target" in client.get(kursus.url).content.decode()
    assert "Menulis target" in client.get(pertama.url).content.decode()  # "next" link


def test_isi_pelajaran_baru_dan_pelajaran_ditarik(
    client, peserta, django_capture_on_commit_callbacks
):
    kursus, _ = peserta
    pertama, kedua, _ = pelajaran_dari(kursus)
    assert "Isi pelajaran 1" in client.get(pertama.url).content.decode()

    _terbitkan(
        pertama,
        django_capture_on_commit_callbacks,
        body=[{"type": "teks", "value": "<p>Isi yang diperbarui</p>"}],
    )
    html = client.get(pertama.url).content.decode()
    assert "Isi yang diperbarui" in html and "Isi pelajaran 1" not in html

    with django_capture_on_commit_callbacks(execute=True):
        kedua.unpublish()
    html = client.get(kursus.url).content.decode()
    assert "Pelajaran 2" not in html
    assert "dari 2 pelajaran selesai" in html

    with django_capture_on_commit_callbacks(execute=True):
        kursus.add_child(
            instance=PelajaranPage(
                title="Pelajaran tambahan", slug="tambahan", body=[{"type": "teks", "value": "x"}]
            )
        )
    assert "Pelajaran tambahan" in client.get(kursus.url).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=pelajaran_dari(kursus)[-1].pk).delete()
    assert "Pelajaran tambahan" not in client.get(kursus.url).content.decode()


def test_perubahan_kuis_dan_kasus_simulasi_tampil_di_pelajaran(
    client, peserta, django_capture_on_commit_callbacks
):
    from simulasi import demo as demo_simulasi

    kursus, _ = peserta
    pertama = pelajaran_dari(kursus)[0]
    kasus = demo_simulasi.muat()[0]
    kuis = Kuis.objects.create(judul="Kuis lama", slug="kuis-lama", nilai_lulus=60)
    _terbitkan(
        pertama,
        django_capture_on_commit_callbacks,
        body=[
            {"type": "kasus_simulasi", "value": {"kasus": kasus.pk, "pengantar": "Latihan"}},
            {"type": "kuis", "value": {"kuis": kuis.pk, "pengantar": "Uji"}},
        ],
    )
    html = client.get(pertama.url).content.decode()
    assert "Kuis lama" in html and kasus.judul in html

    with django_capture_on_commit_callbacks(execute=True):
        kuis.judul = "Kuis baru"
        kuis.save()
        kasus.judul = "Kasus dengan judul baru"
        kasus.save_revision().publish()
    html = client.get(pertama.url).content.decode()
    assert "Kuis baru" in html and "Kasus dengan judul baru" in html


def test_hasil_kuis_peserta_tidak_masuk_cache_dan_tidak_tampil_ke_peserta_lain(
    client, peserta, buat_pengguna, django_capture_on_commit_callbacks
):
    kursus, user = peserta
    pertama = pelajaran_dari(kursus)[0]
    kuis = Kuis.objects.create(judul="Kuis pelajaran", slug="kuis-pelajaran", nilai_lulus=60)
    _terbitkan(
        pertama,
        django_capture_on_commit_callbacks,
        body=[{"type": "kuis", "value": {"kuis": kuis.pk, "pengantar": "Uji"}}],
    )
    PercobaanKuis.objects.create(
        user=user,
        kuis=kuis,
        nomor=1,
        status=PercobaanKuis.Status.SELESAI,
        dimulai_pada="2026-11-27T08:00:00+07:00",
        diserahkan_pada="2026-11-27T08:10:00+07:00",
        persen=87,
        skor=87,
        skor_maks=100,
    )
    html = client.get(pertama.url).content.decode()
    assert "Nilai Anda: 87" in html and "lulus" in html
    assert "Nilai Anda" not in _isi_cache()
    assert user.get_username() not in _isi_cache()

    lain = buat_pengguna(username="peserta-lain")
    services.pendaftaran_buat(user=lain, kursus=kursus)
    client.force_login(lain)
    html = client.get(pertama.url).content.decode()
    assert "Kuis pelajaran" in html and "Nilai Anda" not in html


def test_pratinjau_draf_tidak_mengubah_halaman_terbit(
    client, peserta, django_capture_on_commit_callbacks
):
    kursus, _ = peserta
    pertama = pelajaran_dari(kursus)[0]
    client.get(pertama.url)  # the published body is now cached
    pertama.body = [{"type": "teks", "value": "<p>Draf belum terbit</p>"}]
    with django_capture_on_commit_callbacks(execute=True):
        pertama.save_revision()  # a draft: no publish
    draf = PelajaranPage.objects.get(pk=pertama.pk).get_latest_revision_as_object()
    assert "Draf belum terbit" in draf.make_preview_request().content.decode()
    html = client.get(pertama.url).content.decode()
    assert "Isi pelajaran 1" in html and "Draf belum terbit" not in html


def test_situs_baru_untuk_nama_host_diikuti_rute_kursus(
    client, settings, peserta, django_capture_on_commit_callbacks
):
    """The course route caches the site root per host, checked against Wagtail's site root
    paths: a site added for a host takes over that host on the next request."""
    settings.ALLOWED_HOSTS = ["*"]
    kursus, _ = peserta
    assert client.get(kursus.url, HTTP_HOST="lain.test").status_code == 200  # default site
    akar = Page.objects.get(depth=1)
    situs_lain = akar.add_child(instance=Page(title="Situs lain", slug="situs-lain"))
    with django_capture_on_commit_callbacks(execute=True):
        Site.objects.create(hostname="lain.test", port=80, root_page=situs_lain)
    assert client.get(kursus.url, HTTP_HOST="lain.test").status_code == 404
    assert client.get(kursus.url).status_code == 200


def test_url_pelajaran_di_kerangka_sama_dengan_url_wagtail(buat_kursus):
    from kursus.kerangka import kerangka_kursus

    kursus = buat_kursus(3)
    kerangka = kerangka_kursus(kursus)
    assert [(i.pk, i.url) for i in kerangka.pelajaran] == [
        (p.pk, p.url) for p in pelajaran_dari(kursus)
    ]
    assert kerangka.url == kursus.url
