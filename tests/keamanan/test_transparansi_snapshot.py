"""Issue 19 item 3: the public transparency page reads dated snapshots, so one person's
correction or move cannot be read off it by comparing the page before and after."""

from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command

from penilaian import services
from penilaian.models import SKP, Evaluasi, Pegawai, TransparansiTerbit
from tests.penilaian import pabrik

pytestmark = pytest.mark.django_db


def _final(pegawai, atasan, per=None):
    skp = pabrik.skp_lengkap(pegawai, status=SKP.Status.DISETUJUI, realisasi=Decimal(12), per=per)
    e = services.evaluasi_simpan(
        oleh=atasan.user, skp=skp, versi=None, rating_perilaku="sesuai_ekspektasi"
    )
    return services.evaluasi_finalkan(oleh=atasan.user, evaluasi=e, versi=e.versi)


def _unit(kode: str, nama: str, n: int, per=None):
    unit = pabrik.unit(kode, nama)
    kepala = pabrik.pegawai(f"Kepala {nama}", peran=("Pegawai", "Penilai"), unit_kerja=unit)
    for i in range(n):
        _final(pabrik.pegawai(f"Staf {nama} {i}", atasan=kepala, unit_kerja=unit), kepala, per)
    return unit


def _bagian(isi: str, nama_unit: str) -> str:
    """The section of the page about one unit."""
    return isi.split(f"<h2>{nama_unit}</h2>", 1)[1].split("</section>", 1)[0]


def _koreksi(evaluasi: Evaluasi, admin) -> Evaluasi:
    return services.evaluasi_koreksi(
        oleh=admin,
        evaluasi=evaluasi,
        versi=evaluasi.versi,
        alasan="Salah input rating",
        rating_hasil_kerja="di_atas_ekspektasi",
        rating_perilaku="di_atas_ekspektasi",
    )


def test_koreksi_sesudah_terbit_tidak_mengubah_angka_yang_terbit(client, buat_pengguna):
    unit = _unit("kel-gelam", "Kelurahan Gelam", 6)
    pabrik.terbitkan_transparansi()
    sebelum = _bagian(client.get("/transparansi/").content.decode(), unit.nama)
    assert "6 pegawai dinilai" in sebelum

    koreksi = _koreksi(
        Evaluasi.objects.filter(unit=unit).first(), buat_pengguna("Admin Kepegawaian")
    )
    assert koreksi.predikat == "Sangat Baik"
    assert _bagian(client.get("/transparansi/").content.decode(), unit.nama) == sebelum

    hasil = pabrik.terbitkan_transparansi()
    assert hasil.ditahan == [(unit.nama, 1)]
    assert hasil.diterbitkan == []
    assert _bagian(client.get("/transparansi/").content.decode(), unit.nama) == sebelum
    assert TransparansiTerbit.objects.filter(unit=unit).count() == 1


def test_pindah_unit_sesudah_terbit_tidak_mengubah_angka_dan_tetap_saat_terbit_ulang(client):
    gelam = _unit("kel-gelam", "Kelurahan Gelam", 5)
    banjar = _unit("kel-banjar", "Kelurahan Banjar", 5)
    pabrik.terbitkan_transparansi()
    sebelum = client.get("/transparansi/").content.decode()

    Pegawai.objects.filter(nama="Staf Kelurahan Gelam 0").update(unit=banjar)
    assert client.get("/transparansi/").content.decode() == sebelum
    hasil = pabrik.terbitkan_transparansi()
    # Grouped by the unit at evaluation time, nothing differs: nothing is written.
    assert hasil.diterbitkan == [] and hasil.ditahan == []
    assert sorted(hasil.tetap) == sorted([gelam.nama, banjar.nama])
    isi = client.get("/transparansi/").content.decode()
    assert isi == sebelum
    assert "5 pegawai dinilai" in _bagian(isi, gelam.nama)
    assert "5 pegawai dinilai" in _bagian(isi, banjar.nama)


def test_terbit_ulang_ditahan_di_bawah_5_evaluasi_dan_terbit_mulai_5(client, buat_pengguna):
    unit = _unit("kel-gelam", "Kelurahan Gelam", 8)
    pabrik.terbitkan_transparansi()
    admin = buat_pengguna("Admin Kepegawaian")
    evaluasi = list(Evaluasi.objects.filter(unit=unit).order_by("pk"))
    for n, e in enumerate(evaluasi[:4], start=1):
        _koreksi(e, admin)
        assert pabrik.terbitkan_transparansi().ditahan == [(unit.nama, n)]
    isi = _bagian(client.get("/transparansi/").content.decode(), unit.nama)
    assert "Sangat Baik" in isi and "<td>0</td>" in isi.split("Sangat Baik", 1)[1]

    _koreksi(evaluasi[4], admin)
    assert pabrik.terbitkan_transparansi().diterbitkan == [unit.nama]
    isi = _bagian(client.get("/transparansi/").content.decode(), unit.nama)
    assert "<td>5</td>" in isi.split("Jumlah pegawai per predikat", 1)[1]
    assert TransparansiTerbit.objects.filter(unit=unit).count() == 2


def test_evaluasi_terlambat_di_bawah_ambang_ditahan(client):
    unit = _unit("kel-gelam", "Kelurahan Gelam", 5)
    pabrik.terbitkan_transparansi()
    kepala = unit.pegawai.get(nama="Kepala Kelurahan Gelam")
    _final(pabrik.pegawai("Staf Terlambat", atasan=kepala, unit_kerja=unit), kepala)
    assert pabrik.terbitkan_transparansi().ditahan == [(unit.nama, 1)]
    assert "5 pegawai dinilai" in client.get("/transparansi/").content.decode()


def test_periode_lampau_tetap_pada_unit_saat_dinilai(client):
    lama = pabrik.periode(2025, aktif=False)
    gelam = _unit("kel-gelam", "Kelurahan Gelam", 5, per=lama)
    banjar = pabrik.unit("kel-banjar", "Kelurahan Banjar")
    # Everyone moves to Banjar after the 2025 evaluations, before 2025 is published.
    Pegawai.objects.filter(unit=gelam).update(unit=banjar)
    pabrik.terbitkan_transparansi(lama)
    isi = client.get("/transparansi/?tahun=2025").content.decode()
    assert "5 pegawai dinilai" in _bagian(isi, gelam.nama)
    assert f"<h2>{banjar.nama}</h2>" not in isi


def test_terbitkan_idempoten_lewat_perintah(capsys):
    _unit("kel-gelam", "Kelurahan Gelam", 5)
    pabrik.terbitkan_transparansi()
    jumlah = TransparansiTerbit.objects.count()
    call_command("terbitkan_transparansi", str(pabrik.periode().tahun))
    assert "0 unit diterbitkan, 0 ditahan, 1 tidak berubah" in capsys.readouterr().out
    assert TransparansiTerbit.objects.count() == jumlah


def test_perintah_menolak_periode_berjalan_dan_tahun_tak_dikenal():
    _unit("kel-gelam", "Kelurahan Gelam", 5)
    with pytest.raises(CommandError, match="masih berjalan"):
        call_command("terbitkan_transparansi", str(pabrik.periode().tahun))
    with pytest.raises(CommandError, match="tidak ada"):
        call_command("terbitkan_transparansi", "1999")
    assert not TransparansiTerbit.objects.exists()


def test_hanya_admin_kepegawaian_yang_menerbitkan(buat_pengguna):
    _unit("kel-gelam", "Kelurahan Gelam", 5)
    per = pabrik.periode()
    per.aktif = False
    per.save()
    with pytest.raises(services.KesalahanPenilaian, match="Admin Kepegawaian"):
        services.transparansi_terbitkan(oleh=buat_pengguna("Penilai"), periode=per)
    assert not TransparansiTerbit.objects.exists()
    services.transparansi_terbitkan(oleh=buat_pengguna("Admin Kepegawaian"), periode=per)
    assert TransparansiTerbit.objects.count() == 1


def test_migrasi_mengisi_unit_evaluasi_final_lama():
    """Final evaluations made before ``Evaluasi.unit`` existed get the employee's unit."""
    from importlib import import_module

    from django.apps import apps

    migrasi = import_module("penilaian.migrations.0012_transparansi_terbit")
    unit = _unit("kel-gelam", "Kelurahan Gelam", 2)
    Evaluasi.objects.update(unit=None)
    migrasi.isi_unit_evaluasi_final(apps, None)
    assert set(Evaluasi.objects.values_list("unit", flat=True)) == {unit.pk}
