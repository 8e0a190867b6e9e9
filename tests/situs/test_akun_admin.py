"""Admin Kepegawaian manages employees' logins within its unit scope (issue 18, item 3)."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import ModelLogEntry

from penilaian.models import LingkupUnit
from situs.models import AktivasiAkun, SurelKeluar
from tests.penilaian import pabrik
from tests.situs.pdf import teks_pdf

pytestmark = pytest.mark.django_db


@pytest.fixture
def dunia(buat_pengguna):
    """Two units; an administrator scoped to the first, employees in both."""
    dalung = pabrik.unit("kel-dalung", "Kelurahan Dalung")
    banjar = pabrik.unit("kel-banjar", "Kelurahan Banjarsari")
    admin = buat_pengguna("Admin Kepegawaian")
    LingkupUnit.objects.create(user=admin, unit=dalung)
    return {
        "admin": admin,
        "dalung": dalung,
        "banjar": banjar,
        "tanpa_akun": pabrik.pegawai("Agus Salim", akun=False, unit_kerja=dalung),
        "berakun": pabrik.pegawai("Rina Oktaviani", unit_kerja=dalung),
        "luar": pabrik.pegawai("Joko Susilo", akun=False, unit_kerja=banjar),
    }


def _url(p):
    return reverse("situs_akun_pegawai", args=[p.pk])


def test_buat_akun_dengan_konfirmasi_dan_tercatat(
    client, dunia, django_capture_on_commit_callbacks
):
    client.force_login(dunia["admin"])
    p = dunia["tanpa_akun"]
    konfirmasi = client.get(_url(p) + "?konfirmasi=buat").content.decode()
    assert "Buat akun untuk Agus Salim?" in konfirmasi
    with django_capture_on_commit_callbacks(execute=True):
        respons = client.post(_url(p), {"aksi": "buat"}, follow=True)
    assert "Akun Agus Salim dibuat." in respons.content.decode()
    p.refresh_from_db()
    assert p.user.username == p.nip
    assert ModelLogEntry.objects.filter(action="penilaian.akun_buat", object_id=str(p.pk)).exists()


def test_nonaktifkan_dan_aktifkan_kembali(client, dunia):
    client.force_login(dunia["admin"])
    p = dunia["berakun"]
    client.post(_url(p), {"aksi": "nonaktifkan"})
    assert not get_user_model().objects.get(pk=p.user_id).is_active
    client.post(_url(p), {"aksi": "aktifkan"})
    assert get_user_model().objects.get(pk=p.user_id).is_active
    aksi = set(ModelLogEntry.objects.filter(object_id=str(p.pk)).values_list("action", flat=True))
    assert {"situs.akun_nonaktifkan", "situs.akun_aktifkan"} <= aksi


def test_kirim_ulang_tanpa_email_memberi_surat_pdf_baru(client, dunia):
    client.force_login(dunia["admin"])
    p = dunia["berakun"]
    respons = client.post(_url(p), {"aksi": "kirim_ulang"})
    assert respons["Content-Type"] == "application/pdf"
    assert respons.content.startswith(b"%PDF")
    assert AktivasiAkun.objects.filter(user=p.user, jalur="surat").count() == 1
    client.post(_url(p), {"aksi": "kirim_ulang"})
    assert AktivasiAkun.objects.filter(user=p.user, dibatalkan_pada__isnull=True).count() == 1


def test_kirim_ulang_dengan_email_mengantrekan_surel(client, dunia):
    client.force_login(dunia["admin"])
    p = dunia["berakun"]
    p.email = "rina@serangkota.go.id"
    p.save()
    respons = client.post(_url(p), {"aksi": "kirim_ulang"}, follow=True)
    assert "masuk antrean surel" in respons.content.decode()
    assert SurelKeluar.objects.get(jenis="aktivasi").kepada == "rina@serangkota.go.id"


def test_pegawai_di_luar_lingkup_404_untuk_lihat_dan_semua_aksi(client, dunia):
    client.force_login(dunia["admin"])
    luar = dunia["luar"]
    assert client.get(_url(luar)).status_code == 404
    for aksi in ("buat", "nonaktifkan", "aktifkan", "kirim_ulang"):
        assert client.post(_url(luar), {"aksi": aksi}).status_code == 404
    luar.refresh_from_db()
    assert luar.user is None


def test_surat_unit_hanya_unit_dalam_lingkup(client, dunia):
    client.force_login(dunia["admin"])
    url = reverse("situs_surat_unit")
    halaman = client.get(url).content.decode()
    assert "Kelurahan Dalung" in halaman
    assert "Kelurahan Banjarsari" not in halaman
    ditolak = client.post(url, {"unit": dunia["banjar"].pk})
    assert ditolak.status_code == 200
    assert not AktivasiAkun.objects.exists()


def _halaman_pdf(isi: bytes, tmp_path) -> int:
    return teks_pdf(isi, tmp_path).count("\f")


def test_surat_unit_satu_halaman_per_pegawai_menunggu_aktivasi(
    client, dunia, django_capture_on_commit_callbacks, tmp_path
):
    client.force_login(dunia["admin"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(_url(dunia["tanpa_akun"]), {"aksi": "buat"})
    respons = client.post(reverse("situs_surat_unit"), {"unit": dunia["dalung"].pk})
    assert respons["Content-Type"] == "application/pdf"
    # Only Agus awaits activation; Rina already has a password.
    assert _halaman_pdf(respons.content, tmp_path) == 1
    assert AktivasiAkun.objects.filter(jalur="surat").count() == 1
    semua = client.post(reverse("situs_surat_unit"), {"unit": dunia["dalung"].pk, "semua": "on"})
    assert _halaman_pdf(semua.content, tmp_path) == 2
    assert AktivasiAkun.objects.filter(jalur="surat", dibatalkan_pada__isnull=True).count() == 2


def test_tanpa_izin_pegawai_ditolak(client, dunia, buat_pengguna):
    client.force_login(buat_pengguna("Pelatih"))
    assert client.get(_url(dunia["berakun"])).status_code in (302, 403)
    assert client.get(reverse("situs_surat_unit")).status_code in (302, 403)


def test_daftar_pegawai_menautkan_halaman_akun(client, dunia):
    client.force_login(dunia["admin"])
    teks = client.get(reverse("pegawai:index")).content.decode()
    assert _url(dunia["berakun"]) in teks


def test_aksi_untuk_pegawai_tanpa_akun_ditolak_dengan_pesan(client, dunia):
    client.force_login(dunia["admin"])
    p = dunia["tanpa_akun"]
    respons = client.post(_url(p), {"aksi": "kirim_ulang"}, follow=True)
    assert "Agus Salim belum punya akun." in respons.content.decode()
    assert not AktivasiAkun.objects.exists()
