"""The adoption dashboard: numbers against a small fixture, and who may open it."""

from datetime import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from kursus.models import KursusIndexPage, KursusPage, Pendaftaran
from penilaian import demo as demo_penilaian
from penilaian.models import SKP, Pegawai, RiwayatPerubahan, UnitKerja
from sosialisasi import adopsi, services
from tests.factories import PenggunaFactory

pytestmark = pytest.mark.django_db


def _waktu(tahun, bulan, hari):
    return timezone.make_aware(datetime(tahun, bulan, hari, 10, 0))


def _pegawai(unit, nama, *, pimpinan=False, aktif=True, nip):
    user = PenggunaFactory(username=nama, peran=("Pegawai",))
    return Pegawai.objects.create(
        user=user,
        nip=nip,
        nama=nama,
        jabatan="Staf",
        jenis_jabatan="pelaksana",
        unit=unit,
        memimpin_unit=pimpinan,
        aktif=aktif,
    )


def _skp(pegawai, periode, *, dibuat, disetujui=None):
    skp = SKP.objects.create(pegawai=pegawai, periode=periode)
    for aksi, waktu in (("skp_buat", dibuat), ("skp_setujui", disetujui)):
        if waktu is not None:
            r = RiwayatPerubahan.objects.create(
                model="skp", objek_id=str(skp.pk), objek=str(skp), aksi=aksi
            )
            RiwayatPerubahan.objects.filter(pk=r.pk).update(waktu=waktu)


@pytest.fixture
def dunia(beranda, buat_acara):
    periode = demo_penilaian.muat_kebijakan_dan_periode()
    t = periode.tahun
    kec = UnitKerja.objects.create(kode="kec", nama="Kecamatan", jenis="kecamatan")
    kel = UnitKerja.objects.create(kode="kel", nama="Kelurahan", jenis="kelurahan", induk=kec)
    camat = _pegawai(kec, "camat", pimpinan=True, nip="197001011990011001")
    a = _pegawai(kec, "a", nip="198001012005011002")
    b = _pegawai(kec, "b", nip="198001012005011003")
    lurah = _pegawai(kel, "lurah", pimpinan=True, nip="197501012000011004")
    c = _pegawai(kel, "c", nip="198501012010011005")
    _pegawai(kel, "pensiun", aktif=False, nip="196001011980011006")
    indeks = beranda.add_child(instance=KursusIndexPage(title="Kursus", slug="kursus"))
    kursus = indeks.add_child(
        instance=KursusPage(title="Kursus", slug="k", ringkasan="R", durasi_jp=2)
    )
    Pendaftaran.objects.create(user=a.user, kursus=kursus, selesai_pada=timezone.now())
    Pendaftaran.objects.create(user=b.user, kursus=kursus)  # enrolled, not finished
    _skp(a, periode, dibuat=_waktu(t, 1, 15), disetujui=_waktu(t, 2, 10))  # both on time
    _skp(b, periode, dibuat=_waktu(t, 1, 31), disetujui=_waktu(t, 3, 1))  # approved late
    _skp(c, periode, dibuat=_waktu(t, 2, 1))  # drafted late, not approved
    acara = buat_acara(kapasitas=10)
    for p in (c, lurah):
        services.acara_daftar(user=p.user, acara=acara)
    kode = services.kode_hadir_pastikan(acara=acara).kode
    services.hadir_catat(user=c.user, acara=acara, kode=kode, sekarang=acara.mulai)
    return {"kec": kec, "kel": kel, "camat": camat, "lurah": lurah, "a": a, "c": c}


def test_angka_per_unit_sesuai_fixture(dunia):
    baris = {b.unit.kode: b for b in adopsi.dasbor(unit=[dunia["kec"], dunia["kel"]])["baris"]}
    kec, kel = baris["kec"], baris["kel"]
    assert (kec.pegawai, kec.selesai_kursus, kec.skp_disusun, kec.skp_disetujui) == (3, 1, 2, 1)
    assert (kec.persen_selesai, kec.persen_disusun, kec.persen_disetujui) == (33, 67, 33)
    assert (kel.pegawai, kel.selesai_kursus, kel.skp_disusun, kel.skp_disetujui) == (2, 0, 0, 0)
    assert (kel.hadir_orang, kel.hadir_total, kel.persen_hadir) == (1, 1, 50)
    assert (kec.hadir_orang, kec.hadir_total) == (0, 0)


def test_batas_tepat_waktu_adalah_akhir_januari_dan_akhir_februari():
    assert adopsi.batas_susun(2026).isoformat() == "2026-01-31"
    assert adopsi.batas_setuju(2028).isoformat() == "2028-02-29"


def test_camat_melihat_unitnya_dan_unit_di_bawahnya(client, dunia):
    client.force_login(dunia["camat"].user)
    html = client.get(reverse("sosialisasi:adopsi")).content.decode()
    assert "Kecamatan" in html and "Kelurahan" in html
    assert "kebijakan aplikasi ini, bukan ketentuan peraturan" in html
    assert html.count('role="img"') >= 3 and html.count("<table") >= 3


def test_lurah_hanya_melihat_kelurahannya(client, dunia):
    client.force_login(dunia["lurah"].user)
    respons = client.get(reverse("sosialisasi:adopsi"))
    baris = [b.unit.kode for b in respons.context["baris"]]
    assert baris == ["kel"]


@pytest.mark.parametrize("peran", ["Peserta", "Pegawai", "Penilai", "Pelatih", "Pelatih Senior"])
def test_selain_pimpinan_unit_dan_admin_mendapat_404(client, dunia, buat_pengguna, peran):
    client.force_login(buat_pengguna(peran))
    assert client.get(reverse("sosialisasi:adopsi")).status_code == 404


def test_staf_biasa_mendapat_404(client, dunia):
    client.force_login(dunia["a"].user)
    assert client.get(reverse("sosialisasi:adopsi")).status_code == 404


def test_admin_kepegawaian_melihat_semua_unit(client, dunia, buat_pengguna):
    client.force_login(buat_pengguna("Admin Kepegawaian"))
    respons = client.get(reverse("sosialisasi:adopsi"))
    assert {b.unit.kode for b in respons.context["baris"]} == {"kec", "kel"}
