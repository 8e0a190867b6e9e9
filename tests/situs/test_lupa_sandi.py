"""Password reset on the site: Django's views, Indonesian pages and email through the outbox,
throttled, no user enumeration (issue 18, item 4)."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from tests.penilaian import pabrik

pytestmark = pytest.mark.django_db

SANDI_BARU = "Kinerja-Cipocok-2026"


@pytest.fixture
def siti():
    p = pabrik.pegawai("Siti Aminah")
    p.user.email = "siti@serangkota.go.id"
    p.user.save()
    return p


@pytest.fixture
def minta(client, django_capture_on_commit_callbacks):
    """POST the reset form; the request's on-commit work (queueing the mail) runs, as it
    would outside a test."""

    def _minta(nilai, **extra):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(reverse("password_reset"), {"email": nilai}, **extra)

    return _minta


def test_halaman_masuk_menautkan_lupa_kata_sandi(client):
    teks = client.get(reverse("login")).content.decode()
    assert f'href="{reverse("password_reset")}"' in teks
    assert "Lupa kata sandi?" in teks


def test_jawaban_sama_untuk_alamat_terdaftar_dan_tidak(minta, client, siti, mailoutbox):
    ada = minta("siti@serangkota.go.id")
    tidak = minta("tidak.ada@serangkota.go.id")
    assert ada.status_code == tidak.status_code == 302
    assert ada["Location"] == tidak["Location"] == reverse("password_reset_done")
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["siti@serangkota.go.id"]
    halaman = client.get(reverse("password_reset_done")).content.decode()
    assert "Bila alamat surel atau NIP yang Anda tulis terdaftar" in halaman


def test_reset_lewat_pelayan_smtp_dan_tautannya_bekerja(minta, client, siti, pelayan_smtp):
    minta("SITI@serangkota.go.id")
    assert len(pelayan_smtp) == 1
    pesan = pelayan_smtp[0]
    assert pesan["To"] == "siti@serangkota.go.id"
    assert "kata sandi" in pesan["Subject"].lower()
    teks = pesan.get_body(("plain",)).get_content()
    tautan = re.search(r"http://testserver(/akun/atur-ulang/\S+/)", teks).group(1)
    assert tautan in pesan.get_body(("html",)).get_content()
    formulir = client.get(tautan, follow=True)
    assert "Buat kata sandi baru" in formulir.content.decode()
    selesai = client.post(
        formulir.redirect_chain[-1][0],
        {"new_password1": SANDI_BARU, "new_password2": SANDI_BARU},
    )
    assert selesai["Location"] == reverse("password_reset_complete")
    assert get_user_model().objects.get(pk=siti.user_id).check_password(SANDI_BARU)
    # Used once: the same link now shows the Indonesian "not valid" page and changes nothing.
    ulang = client.get(tautan, follow=True).content.decode()
    assert "Tautan tidak berlaku" in ulang


def test_nip_juga_diterima_dan_memakai_email_pegawai(minta, client, mailoutbox):
    p = pabrik.pegawai("Budi Santoso", email="budi@serangkota.go.id")
    p.user.email = ""
    p.user.save()
    minta(p.nip)
    assert [m.to for m in mailoutbox] == [["budi@serangkota.go.id"]]


def test_akun_menunggu_aktivasi_boleh_reset_akun_nonaktif_tidak(minta, client, siti, mailoutbox):
    siti.user.set_unusable_password()
    siti.user.save()
    minta("siti@serangkota.go.id")
    assert len(mailoutbox) == 1
    get_user_model().objects.filter(pk=siti.user_id).update(is_active=False)
    minta("siti@serangkota.go.id")
    assert len(mailoutbox) == 1


def test_dibatasi_per_alamat(minta, client, siti, mailoutbox):
    for _ in range(3):
        assert minta("siti@serangkota.go.id").status_code == 302
    respons = minta("siti@serangkota.go.id")
    assert respons.status_code == 200
    assert "Terlalu banyak permintaan" in respons.content.decode()
    assert len(mailoutbox) == 3


def test_dibatasi_per_alamat_klien(minta, client, siti, mailoutbox):
    for i in range(10):
        minta(f"orang{i}@contoh.go.id")
    respons = minta("siti@serangkota.go.id")
    assert "Terlalu banyak permintaan" in respons.content.decode()
    assert mailoutbox == []
    assert minta("siti@serangkota.go.id", REMOTE_ADDR="10.0.0.9").status_code == 302


def test_tautan_rusak_menampilkan_halaman_indonesia(client):
    respons = client.get("/akun/atur-ulang/MQ/bukan-token/", follow=True)
    assert respons.status_code == 200
    assert "Tautan tidak berlaku" in respons.content.decode()


def test_permintaan_tidak_mencari_akun_sehingga_waktunya_tidak_membocorkan(
    client, siti, django_capture_on_commit_callbacks
):
    """The request itself never looks the account up (the background task does): the same
    queries, none on the user table, for a known and an unknown address."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    kueri = []
    for nilai in ("siti@serangkota.go.id", "tidak.ada@serangkota.go.id"):
        with (
            CaptureQueriesContext(connection) as tangkap,
            django_capture_on_commit_callbacks(execute=False) as tugas,
        ):
            respons = client.post(reverse("password_reset"), {"email": nilai})
        assert respons.status_code == 302
        assert len(tugas) == 1
        kueri.append([q["sql"] for q in tangkap.captured_queries])
    assert kueri[0] == kueri[1]
    assert not any("auth_user" in q or "penilaian_pegawai" in q for q in kueri[0])


def test_sandi_dari_tautan_reset_membatalkan_kode_aktivasi_yang_belum_dipakai(
    minta, client, siti, mailoutbox
):
    from situs import aktivasi

    siti.user.set_unusable_password()
    siti.user.save()
    kode = aktivasi.surat_terbitkan(pegawai=[siti])[0].kode
    minta("siti@serangkota.go.id")
    tautan = re.search(r"http://testserver(/akun/atur-ulang/\S+/)", mailoutbox[0].body).group(1)
    formulir = client.get(tautan, follow=True)
    client.post(
        formulir.redirect_chain[-1][0], {"new_password1": SANDI_BARU, "new_password2": SANDI_BARU}
    )
    periksa = aktivasi.periksa_kode(nip=siti.user.username, kode=kode)
    assert periksa.status is aktivasi.Status.DIGANTI
