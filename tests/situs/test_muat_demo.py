import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page, Site

from penilaian.models import LingkupUnit, UnitKerja
from situs.demo import AKUN, SANDI_DEMO
from situs.models import HomePage


def potret():
    User = get_user_model()
    return {
        "halaman": sorted(Page.objects.values_list("url_path", "title")),
        "situs": list(Site.objects.values_list("hostname", "root_page__url_path")),
        "pengguna": sorted(
            (u.username, tuple(sorted(u.groups.values_list("name", flat=True))))
            for u in User.objects.all()
        ),
        "unit": sorted(UnitKerja.objects.values_list("kode", "nama", "jenis", "induk__kode")),
        "lingkup": sorted(LingkupUnit.objects.values_list("user__username", "unit__kode")),
    }


@pytest.mark.django_db(transaction=True)
def test_muat_demo_dua_kali_menghasilkan_keadaan_yang_sama():
    call_command("muat_demo", stdout=io.StringIO())
    pertama = potret()
    call_command("muat_demo", stdout=io.StringIO())
    assert potret() == pertama


@pytest.mark.django_db
def test_muat_demo_membangun_beranda_unit_dan_akun():
    keluaran = io.StringIO()
    call_command("muat_demo", stdout=keluaran)
    home = HomePage.objects.get()
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    assert home.live
    nama_unit = set(UnitKerja.objects.values_list("nama", flat=True))
    for kelurahan in ("Banjaragung", "Banjarsari", "Cipocok Jaya", "Dalung", "Gelam", "Karundang"):
        assert f"Kelurahan {kelurahan}" in nama_unit
    assert UnitKerja.objects.get(kode="kel-dalung").induk.nama == "Kecamatan Cipocok Jaya"
    User = get_user_model()
    for akun in AKUN:
        user = User.objects.get(username=akun.username)
        assert set(user.groups.values_list("name", flat=True)) == set(akun.peran)
        assert akun.username in keluaran.getvalue()
        lingkup = LingkupUnit.objects.filter(user=user).values_list("unit__kode", flat=True)
        assert sorted(lingkup) == sorted(akun.lingkup)
    assert "kepegawaian.kelurahan" in keluaran.getvalue()
    assert "(lingkup unit: kel-dalung)" in keluaran.getvalue()


@pytest.mark.django_db
def test_kata_sandi_demo_hanya_dicetak_saat_pengembangan(settings):
    settings.DEBUG = False
    keluaran = io.StringIO()
    call_command("muat_demo", stdout=keluaran)
    assert SANDI_DEMO not in keluaran.getvalue()
    assert not get_user_model().objects.get(username="peserta").check_password(SANDI_DEMO)


@pytest.mark.django_db
def test_kata_sandi_demo_dicetak_saat_pengembangan(settings):
    settings.DEBUG = True
    keluaran = io.StringIO()
    call_command("muat_demo", stdout=keluaran)
    assert SANDI_DEMO in keluaran.getvalue()
    assert get_user_model().objects.get(username="peserta").check_password(SANDI_DEMO)


@pytest.mark.django_db
def test_muat_demo_mencetak_alamat_yang_dilayani():
    keluaran = io.StringIO()
    call_command("muat_demo", "--alamat", "http://127.0.0.1:8123", stdout=keluaran)
    assert "Konten demo siap di http://127.0.0.1:8123/" in keluaran.getvalue()
    assert "http://127.0.0.1:8123/admin/" in keluaran.getvalue()
    assert ":8000" not in keluaran.getvalue()


@pytest.mark.django_db
def test_muat_demo_memberi_pelatih_aktivitas_belajar_untuk_dilihat():
    """The trainer's gradebook is not empty in the demo: ``peserta`` is enrolled with a due
    date, two lessons done, a submitted pre-test and one simulator attempt; the other demo
    accounts have no learning yet, and a second run adds nothing."""
    from kursus.kuis.models import PercobaanKuis
    from kursus.models import KemajuanPelajaran, Pendaftaran
    from simulasi.models import PercobaanSimulasi

    call_command("muat_demo", stdout=io.StringIO())
    (pendaftaran,) = Pendaftaran.objects.all()
    assert pendaftaran.user.username == "peserta" and pendaftaran.tenggat is not None
    assert KemajuanPelajaran.objects.filter(pendaftaran=pendaftaran).count() == 2
    (percobaan,) = PercobaanKuis.objects.all()
    assert percobaan.kuis == pendaftaran.kursus.specific.pre_test
    assert percobaan.status != PercobaanKuis.Status.BERJALAN
    assert 0 < percobaan.skor < percobaan.skor_maks
    assert PercobaanSimulasi.objects.get().pengguna == pendaftaran.user
    call_command("muat_demo", stdout=io.StringIO())
    assert PercobaanKuis.objects.count() == 1 and Pendaftaran.objects.count() == 1
