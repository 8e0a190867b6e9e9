"""``manage.py jalankan_jadwal``: each step's effect, and a second run that does nothing."""

import io
from datetime import date, timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from kursus.kuis import services as kuis_services
from kursus.kuis.models import PercobaanKuis
from kursus.models import EksporBerkas, KursusIndexPage, Pendaftaran, PengingatTenggat
from situs.models import JejakPengingat, JenisNotifikasi, Notifikasi, SurelKeluar
from situs.notifikasi import pengingat
from tests.kursus.conftest import beranda, buat_kursus, indeks  # noqa: F401 - fixtures by name
from tests.kursus.kuis.conftest import buat_kuis, buat_soal  # noqa: F401
from tests.penilaian import pabrik

pytestmark = pytest.mark.django_db


def _jalankan() -> dict[str, int]:
    keluaran = io.StringIO()
    call_command("jalankan_jadwal", stdout=keluaran)
    return {
        k: int(v)
        for k, v in (baris.split(": ") for baris in keluaran.getvalue().split("\n") if baris)
    }


@pytest.fixture
def keadaan(beranda, buat_kursus, buat_soal, buat_kuis, buat_pengguna, monkeypatch):  # noqa: F811
    lalu = timezone.now() - timedelta(hours=1)
    # A page scheduled to go live an hour ago.
    halaman = KursusIndexPage(title="Kursus terjadwal", slug="kursus-terjadwal", live=False)
    beranda.add_child(instance=halaman)
    halaman.save_revision(approved_go_live_at=lalu)
    # A quiz attempt whose time ran out.
    peserta = buat_pengguna("Peserta")
    percobaan = kuis_services.percobaan_mulai(user=peserta, kuis=buat_kuis([buat_soal()]))
    PercobaanKuis.objects.filter(pk=percobaan.pk).update(tenggat=lalu)
    # The running period ends in 20 days; one employee has a draft SKP, one submitted.
    per = pabrik.periode(tahun=2026)
    h = pabrik.hierarki()
    pabrik.skp_lengkap(h.staf)
    pabrik.skp_lengkap(h.staf_lain, status="diajukan")
    pabrik.skp_lengkap(h.lurah, status="disetujui")
    pabrik.skp_lengkap(h.camat, status="disetujui")
    monkeypatch.setattr(pengingat.timezone, "localdate", lambda *a: date(2026, 12, 11))
    # An email that failed two hours ago (past its 5-minute back-off).
    gagal = SurelKeluar.objects.create(
        kepada="x@example.go.id",
        subjek="S",
        teks="T",
        status=SurelKeluar.Status.GAGAL,
        percobaan=1,
        dicoba_pada=timezone.now() - timedelta(hours=2),
    )
    # A course due in 7 days for the participant, and an export kept past its expiry.
    Pendaftaran.objects.create(
        user=peserta, kursus=buat_kursus(1), tenggat=timezone.localdate() + timedelta(days=7)
    )
    EksporBerkas.objects.create(
        pemilik=peserta, jenis="laporan_unit", judul="Lama", kedaluwarsa_pada=lalu
    )
    return halaman, percobaan, per, h, gagal


def test_setiap_langkah_berjalan_lalu_jalan_kedua_tidak_berbuat_apa_pun(keadaan):
    halaman, percobaan, per, h, gagal = keadaan
    laporan = _jalankan()
    assert laporan == {
        "terbit_terjadwal": 1,
        "tutup_kuis_kedaluwarsa": 1,
        "pengingat_skp": 1,
        "pengingat_tenggat_kursus": 1,
        "kirim_ulang_surel": 1,
        "hapus_ekspor_kedaluwarsa": 1,
    }
    halaman.refresh_from_db()
    assert halaman.live
    percobaan.refresh_from_db()
    assert percobaan.status != PercobaanKuis.Status.BERJALAN
    [n] = Notifikasi.objects.filter(jenis=JenisNotifikasi.PENGINGAT_SKP)
    assert n.penerima == h.staf.user  # draft only; submitted and approved SKP are not reminded
    assert "20 hari" in n.isi
    assert set(JejakPengingat.objects.values_list("kunci", flat=True)) == {
        f"pengingat-skp:{per.pk}:30"
    }
    assert list(PengingatTenggat.objects.values_list("ambang_hari", flat=True)) == [7]
    assert not EksporBerkas.objects.exists()
    gagal.refresh_from_db()
    assert gagal.status == SurelKeluar.Status.TERKIRIM
    terkirim = len(mail.outbox)

    assert set(_jalankan().values()) == {0}
    assert Notifikasi.objects.filter(jenis=JenisNotifikasi.PENGINGAT_SKP).count() == 1
    assert len(mail.outbox) == terkirim


def test_pengingat_ambang_berikutnya_dikirim_sekali(keadaan, monkeypatch):
    _jalankan()
    monkeypatch.setattr(pengingat.timezone, "localdate", lambda *a: date(2026, 12, 26))
    assert _jalankan()["pengingat_skp"] == 1
    assert _jalankan()["pengingat_skp"] == 0
    assert Notifikasi.objects.filter(jenis=JenisNotifikasi.PENGINGAT_SKP).count() == 2


def test_pengingat_pertama_yang_terlambat_hanya_ambang_terdekat(db):
    per = pabrik.periode(tahun=2026)
    pabrik.pegawai("Tanpa SKP")
    assert pengingat.kirim_pengingat_skp(hari_ini=date(2026, 12, 28)) == 1
    assert pengingat.kirim_pengingat_skp(hari_ini=date(2026, 12, 29)) == 0
    assert set(JejakPengingat.objects.values_list("kunci", flat=True)) == {
        f"pengingat-skp:{per.pk}:7",
        f"pengingat-skp:{per.pk}:30",
    }
    # Before the first threshold and after the period's end: nothing.
    JejakPengingat.objects.all().delete()
    assert pengingat.kirim_pengingat_skp(hari_ini=date(2026, 11, 1)) == 0
    assert pengingat.kirim_pengingat_skp(hari_ini=date(2027, 1, 1)) == 0


def test_jalan_yang_tumpang_tindih_dilewati(settings, tmp_path):
    import fcntl

    settings.VAR_DIR = tmp_path
    with open(tmp_path / "jalankan_jadwal.lock", "a+") as kunci:
        fcntl.flock(kunci, fcntl.LOCK_EX | fcntl.LOCK_NB)
        keluaran = io.StringIO()
        call_command("jalankan_jadwal", stdout=keluaran)
    assert "sedang berjalan" in keluaran.getvalue()


def test_langkah_yang_gagal_dilaporkan_dan_langkah_lain_tetap_jalan(monkeypatch):
    from django.core.management.base import CommandError

    from situs.management.commands import jalankan_jadwal

    def rusak():
        raise RuntimeError("basis data sibuk")

    langkah = (("rusak", rusak), *jalankan_jadwal.LANGKAH[1:])
    monkeypatch.setattr(jalankan_jadwal, "LANGKAH", langkah)
    keluaran, galat = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError, match="rusak"):
        call_command("jalankan_jadwal", stdout=keluaran, stderr=galat)
    assert "kirim_ulang_surel: 0" in keluaran.getvalue()
    assert "basis data sibuk" in galat.getvalue()
