"""The outbox in the Wagtail admin: who sees it, read-only, "kirim ulang", dashboard panel."""

import pytest
from django.urls import reverse

from penilaian.models import LingkupUnit
from situs.models import SurelKeluar
from tests.penilaian import pabrik

pytestmark = pytest.mark.django_db


@pytest.fixture
def gagal():
    return SurelKeluar.objects.create(
        kepada="siti@example.go.id",
        subjek="Aktivasi akun",
        teks="Tautan rahasia https://contoh/aktivasi/abc",
        status=SurelKeluar.Status.MENYERAH,
        percobaan=5,
        galat_terakhir="ConnectionRefusedError: [Errno 111]",
    )


@pytest.fixture
def admin_global(buat_pengguna):
    return buat_pengguna("Admin Kepegawaian")


def test_admin_kepegawaian_global_melihat_daftar_dan_tidak_melihat_isi(client, admin_global, gagal):
    client.force_login(admin_global)
    respons = client.get(reverse("surel_keluar:index"))
    assert respons.status_code == 200
    assert "siti@example.go.id" in respons.text
    periksa = client.get(reverse("surel_keluar:inspect", args=[gagal.pk]))
    assert periksa.status_code == 200
    assert "ConnectionRefusedError" in periksa.text
    assert "Tautan rahasia" not in periksa.text  # one-time links are never shown


def test_daftar_hanya_baca(client, admin_global, gagal):
    client.force_login(admin_global)
    assert client.get(reverse("surel_keluar:add")).status_code == 302
    assert client.get(reverse("surel_keluar:edit", args=[gagal.pk])).status_code == 302
    assert client.post(reverse("surel_keluar:delete", args=[gagal.pk])).status_code == 302
    assert SurelKeluar.objects.filter(pk=gagal.pk).exists()


def test_saring_menurut_status(client, admin_global, gagal):
    SurelKeluar.objects.create(
        kepada="budi@example.go.id", subjek="S", teks="T", status=SurelKeluar.Status.TERKIRIM
    )
    client.force_login(admin_global)
    html = client.get(reverse("surel_keluar:index") + "?status=menyerah").text
    assert "siti@example.go.id" in html and "budi@example.go.id" not in html


@pytest.mark.parametrize("peran", ["Pelatih", "Pegawai"])
def test_peran_lain_tidak_melihat_kotak_keluar(client, buat_pengguna, gagal, peran):
    client.force_login(buat_pengguna(peran))
    assert client.get(reverse("surel_keluar:index")).status_code == 302
    kirim = client.post(reverse("surel_keluar_kirim_ulang", args=[gagal.pk]))
    assert kirim.status_code in (302, 404)
    gagal.refresh_from_db()
    assert gagal.status == SurelKeluar.Status.MENYERAH


def test_admin_berlingkup_unit_tidak_melihat_kotak_keluar(client, admin_global, gagal):
    LingkupUnit.objects.create(user=admin_global, unit=pabrik.unit())
    client.force_login(admin_global)
    assert client.get(reverse("surel_keluar:index")).status_code == 302
    assert client.post(reverse("surel_keluar_kirim_ulang", args=[gagal.pk])).status_code == 404


def test_kirim_ulang_satu_surel_yang_gagal(
    client, admin_global, gagal, django_capture_on_commit_callbacks
):
    from django.core import mail

    client.force_login(admin_global)
    konfirmasi = client.get(reverse("surel_keluar_kirim_ulang", args=[gagal.pk]))
    assert "Kirim ulang “Aktivasi akun” ke siti@example.go.id?" in konfirmasi.text
    with django_capture_on_commit_callbacks(execute=True):
        respons = client.post(reverse("surel_keluar_kirim_ulang", args=[gagal.pk]))
    assert respons.status_code == 302
    gagal.refresh_from_db()
    assert gagal.status == SurelKeluar.Status.TERKIRIM
    assert [m.to for m in mail.outbox] == [["siti@example.go.id"]]
    # A sent email is not offered again.
    assert client.post(reverse("surel_keluar_kirim_ulang", args=[gagal.pk])).status_code == 404


def test_kirim_ulang_semua_dan_panel_dasbor(
    client, admin_global, gagal, django_capture_on_commit_callbacks
):
    SurelKeluar.objects.create(
        kepada="b@example.go.id", subjek="S", teks="T", status=SurelKeluar.Status.GAGAL
    )
    client.force_login(admin_global)
    dasbor = client.get(reverse("wagtailadmin_home")).text
    assert "2 surel gagal terkirim" in dasbor
    indeks = client.get(reverse("surel_keluar:index")).text
    assert reverse("surel_keluar_kirim_ulang_semua") in indeks
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("surel_keluar_kirim_ulang_semua"))
    assert not SurelKeluar.objects.exclude(status=SurelKeluar.Status.TERKIRIM).exists()
    assert "surel gagal terkirim" not in client.get(reverse("wagtailadmin_home")).text
