"""The outbox: queued after commit, sent over real SMTP, failures kept and retried."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from situs import surel
from situs.models import SurelKeluar

pytestmark = pytest.mark.django_db


def test_surel_dikirim_lewat_smtp_sungguhan_setelah_commit(
    pelayan_smtp, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        baris = surel.antre_surel(
            kepada="siti@example.go.id",
            subjek="Aktivasi\r\nBcc: penyusup@example.com",
            teks="Halo Siti",
            html="<p>Halo Siti</p>",
            jenis="uji",
        )
        assert pelayan_smtp == []  # nothing leaves before the transaction commits
    baris.refresh_from_db()
    assert baris.status == SurelKeluar.Status.TERKIRIM
    assert baris.percobaan == 1
    assert len(pelayan_smtp) == 1
    pesan = pelayan_smtp[0]
    assert pesan["To"] == "siti@example.go.id"
    assert pesan["Subject"] == "Aktivasi Bcc: penyusup@example.com"
    assert pesan["Bcc"] is None
    assert "Halo Siti" in pesan.get_body(("plain",)).get_content()
    assert "<p>Halo Siti</p>" in pesan.get_body(("html",)).get_content()


def test_gagal_disimpan_lalu_dicoba_ulang_hingga_menyerah(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2
    settings.SUREL_MAKS_PERCOBAAN = 2
    baris = SurelKeluar.objects.create(kepada="a@example.go.id", subjek="S", teks="T")
    surel.kirim_surel.call(baris.pk)
    baris.refresh_from_db()
    assert baris.status == SurelKeluar.Status.GAGAL
    assert baris.percobaan == 1
    assert baris.galat_terakhir
    # Not retried before the back-off has passed; retried after it.
    assert surel.kirim_ulang_gagal(sekarang=baris.dicoba_pada + timedelta(minutes=1)) == 0
    assert surel.kirim_ulang_gagal(sekarang=baris.dicoba_pada + timedelta(minutes=6)) == 1
    baris.refresh_from_db()
    assert baris.status == SurelKeluar.Status.MENYERAH
    assert baris.percobaan == 2
    assert surel.kirim_ulang_gagal(sekarang=timezone.now() + timedelta(days=1)) == 0


def test_terkirim_tidak_dikirim_dua_kali():
    baris = SurelKeluar.objects.create(kepada="a@example.go.id", subjek="S", teks="T")
    surel.kirim_surel.call(baris.pk)
    surel.kirim_surel.call(baris.pk)
    assert len(mail.outbox) == 1
    baris.refresh_from_db()
    assert baris.status == SurelKeluar.Status.TERKIRIM


def test_antrean_macet_dikirim_ulang():
    baris = SurelKeluar.objects.create(kepada="a@example.go.id", subjek="S", teks="T")
    SurelKeluar.objects.filter(pk=baris.pk).update(dibuat_pada=timezone.now() - timedelta(hours=2))
    assert surel.kirim_ulang_gagal() == 1
    assert len(mail.outbox) == 1
