"""Background exports (EksporBerkas): queued above the row threshold, the same content as the
synchronous download, private storage, owner-only download, failure recorded, expiry."""

import io
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings as pengaturan
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from kursus import ekspor, laporan_unit
from kursus.models import EksporBerkas, Pendaftaran
from penilaian.models import UnitKerja
from tests.factories import PenggunaFactory
from tests.penilaian import pabrik

pytestmark = pytest.mark.django_db


@pytest.fixture
def kursus_berpeserta(buat_kursus):
    kursus = buat_kursus(1)
    unit = UnitKerja.objects.create(kode="kel-x", nama="Kelurahan X", jenis="kelurahan")
    for i in range(3):
        p = pabrik.pegawai(f"Peserta {i}", unit_kerja=unit)
        Pendaftaran.objects.create(user=p.user, kursus=kursus)
    return kursus


@pytest.fixture
def pelatih():
    return PenggunaFactory(peran=("Pelatih",))


def _nilai_xlsx(isi: bytes) -> dict:
    buku = load_workbook(io.BytesIO(isi))
    return {ws.title: [[c.value for c in r] for r in ws.iter_rows()] for ws in buku}


def _minta(client, kursus, format_, django_capture_on_commit_callbacks):
    url = reverse("kursus_laporan_unit", args=[kursus.pk])
    with django_capture_on_commit_callbacks(execute=True):
        return client.get(url, {"ekspor": format_})


@pytest.mark.parametrize("format_", ["xlsx", "csv"])
def test_di_atas_batas_disiapkan_di_latar_dengan_isi_sama(
    client, settings, kursus_berpeserta, pelatih, format_, django_capture_on_commit_callbacks
):
    client.force_login(pelatih)
    sinkron = _minta(client, kursus_berpeserta, format_, django_capture_on_commit_callbacks)
    assert sinkron.status_code == 200 and not EksporBerkas.objects.exists()
    settings.EKSPOR_BATAS_SINKRON = 2
    respons = _minta(client, kursus_berpeserta, format_, django_capture_on_commit_callbacks)
    berkas = EksporBerkas.objects.get()
    assert respons.status_code == 302 and respons["Location"] == berkas.get_absolute_url()
    assert berkas.pemilik == pelatih and berkas.jenis == laporan_unit.JENIS_EKSPOR
    assert berkas.status == EksporBerkas.Status.SIAP
    assert Path(berkas.berkas.path).is_relative_to(Path(pengaturan.PRIVATE_MEDIA_ROOT))
    halaman = client.get(berkas.get_absolute_url()).content.decode()
    assert "Berkas siap." in halaman
    unduh = client.get(reverse("kursus:ekspor_unduh", args=[berkas.pk]))
    isi = b"".join(unduh.streaming_content)
    assert unduh["Content-Disposition"].startswith("attachment")
    if format_ == "csv":
        assert isi == sinkron.content
    else:
        assert _nilai_xlsx(isi) == _nilai_xlsx(sinkron.content)


def test_halaman_menunggu_menyegarkan_diri(client, pelatih):
    berkas = ekspor.ekspor_minta(
        user=pelatih, jenis=laporan_unit.JENIS_EKSPOR, judul="Uji", parameter={"kursus": 0}
    )
    client.force_login(pelatih)
    html = client.get(berkas.get_absolute_url()).content.decode()
    assert "Sedang disiapkan…" in html and 'http-equiv="refresh"' in html
    assert client.get(reverse("kursus:ekspor_unduh", args=[berkas.pk])).status_code == 404


def test_hanya_pemilik_yang_mengunduh(
    client, settings, kursus_berpeserta, pelatih, django_capture_on_commit_callbacks
):
    settings.EKSPOR_BATAS_SINKRON = 0
    client.force_login(pelatih)
    _minta(client, kursus_berpeserta, "csv", django_capture_on_commit_callbacks)
    berkas = EksporBerkas.objects.get()
    client.force_login(PenggunaFactory(peran=("Pelatih",)))
    assert client.get(berkas.get_absolute_url()).status_code == 404
    assert client.get(reverse("kursus:ekspor_unduh", args=[berkas.pk])).status_code == 404
    client.logout()
    respons = client.get(reverse("kursus:ekspor_unduh", args=[berkas.pk]))
    assert respons.status_code == 302 and "/akun/masuk/" in respons["Location"]


def test_pemilik_yang_kehilangan_izin_mendapat_ekspor_gagal(
    kursus_berpeserta, django_capture_on_commit_callbacks
):
    peserta = PenggunaFactory(peran=("Peserta",))
    with django_capture_on_commit_callbacks(execute=True):
        berkas = ekspor.ekspor_minta(
            user=peserta,
            jenis=laporan_unit.JENIS_EKSPOR,
            judul="Uji",
            parameter={"kursus": kursus_berpeserta.pk, "format": "csv"},
        )
    berkas.refresh_from_db()
    assert berkas.status == EksporBerkas.Status.GAGAL
    assert berkas.galat == "Anda tidak lagi berhak atas data ini."
    assert not berkas.berkas


def test_jenis_tak_dikenal_ditolak_saat_diminta(pelatih):
    with pytest.raises(KeyError):
        ekspor.ekspor_minta(user=pelatih, jenis="tidak-ada", judul="x", parameter={})
    assert not EksporBerkas.objects.exists()


def test_kedaluwarsa_dihapus_beserta_berkasnya(
    client, settings, kursus_berpeserta, pelatih, django_capture_on_commit_callbacks
):
    settings.EKSPOR_BATAS_SINKRON = 0
    client.force_login(pelatih)
    _minta(client, kursus_berpeserta, "xlsx", django_capture_on_commit_callbacks)
    berkas = EksporBerkas.objects.get()
    jalur = Path(berkas.berkas.path)
    assert jalur.exists()
    assert ekspor.hapus_ekspor_kedaluwarsa() == 0
    nanti = timezone.now() + ekspor.MASA_SIMPAN + timedelta(minutes=1)
    # Past its expiry the file is no longer served, even before the clean-up runs.
    EksporBerkas.objects.filter(pk=berkas.pk).update(kedaluwarsa_pada=timezone.now())
    assert client.get(reverse("kursus:ekspor_unduh", args=[berkas.pk])).status_code == 404
    assert ekspor.hapus_ekspor_kedaluwarsa(sekarang=nanti) == 1
    assert not jalur.exists() and not EksporBerkas.objects.exists()
