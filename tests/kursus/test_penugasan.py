"""Enrolment assigned by unit, jabatan or NIP list: preview, confirmation, idempotence, due
dates, scope, audit and the event sent after commit."""

from datetime import date, timedelta

import pytest
from django.utils import timezone
from wagtail.models import ModelLogEntry, PageLogEntry

from kursus import penugasan
from kursus.models import Pendaftaran
from kursus.penugasan import CocokJabatan, Sasaran, SasaranPenugasan
from kursus.peristiwa import pendaftaran_ditugaskan
from penilaian.models import LingkupUnit, UnitKerja
from tests.factories import PenggunaFactory
from tests.penilaian import pabrik

pytestmark = pytest.mark.django_db


@pytest.fixture
def pohon():
    kec = pabrik.unit("kec-uji", "Kecamatan Uji")
    a = UnitKerja.objects.create(kode="kel-a", nama="Kelurahan A", jenis="kelurahan", induk=kec)
    a1 = UnitKerja.objects.create(kode="seksi-a1", nama="Seksi A1", jenis="seksi", induk=a)
    b = UnitKerja.objects.create(kode="kel-b", nama="Kelurahan B", jenis="kelurahan", induk=kec)
    return {"kec": kec, "a": a, "a1": a1, "b": b}


@pytest.fixture
def pegawai(pohon):
    return {
        "a_1": pabrik.pegawai("Ani A", unit_kerja=pohon["a"], jabatan="Lurah"),
        "a_2": pabrik.pegawai("Budi A", unit_kerja=pohon["a"], jabatan="Sekretaris Lurah"),
        "a1_1": pabrik.pegawai("Citra A1", unit_kerja=pohon["a1"], jabatan="Kepala Seksi"),
        "a_tanpa_akun": pabrik.pegawai("Dodi A", unit_kerja=pohon["a"], akun=False),
        "b_1": pabrik.pegawai("Eka B", unit_kerja=pohon["b"], jabatan="Lurah"),
    }


@pytest.fixture
def pelatih(buat_pengguna):
    return buat_pengguna("Pelatih")


def _unit(unit, subunit=True):
    return SasaranPenugasan(jenis=Sasaran.UNIT, unit_id=unit.pk, dengan_subunit=subunit)


def test_pratinjau_unit_dengan_subunit_menghitung_baru_dan_tanpa_akun(
    buat_kursus, pohon, pegawai, pelatih
):
    kursus = buat_kursus(1)
    p = penugasan.pratinjau_penugasan(user=pelatih, kursus=kursus, sasaran=_unit(pohon["a"]))
    assert {x.nama for x in p.baru} == {"Ani A", "Budi A", "Citra A1"}
    assert p.jumlah_sudah == 0
    assert [m.pesan for m in p.masalah] == ["belum memiliki akun masuk."]
    assert not Pendaftaran.objects.exists()


def test_pratinjau_unit_tanpa_subunit(buat_kursus, pohon, pegawai, pelatih):
    kursus = buat_kursus(1)
    p = penugasan.pratinjau_penugasan(
        user=pelatih, kursus=kursus, sasaran=_unit(pohon["a"], subunit=False)
    )
    assert {x.nama for x in p.baru} == {"Ani A", "Budi A"}


def test_jabatan_persis_dan_memuat(buat_kursus, pegawai, pelatih):
    kursus = buat_kursus(1)
    persis = penugasan.pratinjau_penugasan(
        user=pelatih,
        kursus=kursus,
        sasaran=SasaranPenugasan(jenis=Sasaran.JABATAN, jabatan="lurah"),
    )
    assert {x.nama for x in persis.baru} == {"Ani A", "Eka B"}
    memuat = penugasan.pratinjau_penugasan(
        user=pelatih,
        kursus=kursus,
        sasaran=SasaranPenugasan(
            jenis=Sasaran.JABATAN, jabatan="Lurah", cocok_jabatan=CocokJabatan.MEMUAT
        ),
    )
    assert {x.nama for x in memuat.baru} == {"Ani A", "Budi A", "Eka B"}


def test_daftar_nip_melaporkan_baris_bermasalah(buat_kursus, pegawai, pelatih):
    kursus = buat_kursus(1)
    nip_a = pegawai["a_1"].nip
    teks = "\n".join(
        [
            nip_a,
            "",
            "12345",
            f"{nip_a[:8]} {nip_a[8:14]} {nip_a[14]} {nip_a[15:]}",
            "199001012020011999",
            pegawai["a_tanpa_akun"].nip,
        ]
    )
    p = penugasan.pratinjau_penugasan(
        user=pelatih, kursus=kursus, sasaran=SasaranPenugasan(jenis=Sasaran.NIP, daftar_nip=teks)
    )
    assert [x.nama for x in p.baru] == ["Ani A"]
    pesan = {(m.baris, m.pesan) for m in p.masalah}
    assert (3, "bukan NIP 18 digit angka.") in pesan
    assert (4, "NIP ini sudah ada di baris 1.") in pesan
    assert (5, "NIP tidak ditemukan di unit dalam lingkup Anda.") in pesan
    assert (None, "belum memiliki akun masuk.") in pesan


def test_konfirmasi_mendaftarkan_dengan_tenggat_dan_penugas(buat_kursus, pohon, pegawai, pelatih):
    kursus = buat_kursus(1)
    tenggat = timezone.localdate() + timedelta(days=30)
    hasil = penugasan.penugasan_simpan(
        user=pelatih, kursus=kursus, sasaran=_unit(pohon["kec"]), tenggat=tenggat
    )
    assert (hasil.baru, hasil.tenggat_diubah, hasil.tetap, hasil.masalah) == (4, 0, 0, 1)
    semua = Pendaftaran.objects.filter(kursus=kursus)
    assert semua.count() == 4
    assert {(p.tenggat, p.ditugaskan_oleh_id) for p in semua} == {(tenggat, pelatih.pk)}
    assert all(p.ditugaskan_pada is not None for p in semua)


def test_penugasan_ulang_tidak_menggandakan_dan_hanya_memperpanjang_tenggat(
    buat_kursus, pohon, pegawai, pelatih
):
    kursus = buat_kursus(1)
    hari_ini = timezone.localdate()
    sasaran = _unit(pohon["a"])
    penugasan.penugasan_simpan(user=pelatih, kursus=kursus, sasaran=sasaran, tenggat=None)
    # No due date yet: re-assigning with one sets it.
    hasil = penugasan.penugasan_simpan(
        user=pelatih, kursus=kursus, sasaran=sasaran, tenggat=hari_ini + timedelta(days=10)
    )
    assert (hasil.baru, hasil.tenggat_diubah, hasil.tetap) == (0, 3, 0)
    # An earlier date never shortens it.
    hasil = penugasan.penugasan_simpan(
        user=pelatih, kursus=kursus, sasaran=sasaran, tenggat=hari_ini + timedelta(days=5)
    )
    assert (hasil.baru, hasil.tenggat_diubah, hasil.tetap) == (0, 0, 3)
    # A later one extends it.
    hasil = penugasan.penugasan_simpan(
        user=pelatih, kursus=kursus, sasaran=sasaran, tenggat=hari_ini + timedelta(days=20)
    )
    assert hasil.tenggat_diubah == 3
    assert Pendaftaran.objects.filter(kursus=kursus).count() == 3
    assert set(Pendaftaran.objects.values_list("tenggat", flat=True)) == {
        hari_ini + timedelta(days=20)
    }


def test_pendaftaran_yang_selesai_tidak_diubah(buat_kursus, pohon, pegawai, pelatih):
    kursus = buat_kursus(1)
    selesai = Pendaftaran.objects.create(
        user=pegawai["a_1"].user, kursus=kursus, selesai_pada=timezone.now()
    )
    hasil = penugasan.penugasan_simpan(
        user=pelatih, kursus=kursus, sasaran=_unit(pohon["a"]), tenggat=date(2099, 1, 1)
    )
    selesai.refresh_from_db()
    assert selesai.tenggat is None
    assert (hasil.baru, hasil.tetap) == (2, 1)


def test_lingkup_membatasi_unit_dan_nip(buat_kursus, pohon, pegawai):
    kursus = buat_kursus(1)
    admin_a = PenggunaFactory(peran=("Admin Kepegawaian",))
    LingkupUnit.objects.create(user=admin_a, unit=pohon["a"])
    # The kecamatan is outside the scope; only A's subtree is reached through it.
    p = penugasan.pratinjau_penugasan(user=admin_a, kursus=kursus, sasaran=_unit(pohon["kec"]))
    assert {x.nama for x in p.baru} == {"Ani A", "Budi A", "Citra A1"}
    # A NIP of unit B reads as not found.
    p = penugasan.pratinjau_penugasan(
        user=admin_a,
        kursus=kursus,
        sasaran=SasaranPenugasan(jenis=Sasaran.NIP, daftar_nip=pegawai["b_1"].nip),
    )
    assert p.baru == []
    assert [m.pesan for m in p.masalah] == ["NIP tidak ditemukan di unit dalam lingkup Anda."]
    assert set(penugasan.unit_dalam_lingkup(admin_a)) == {pohon["a"], pohon["a1"]}


def test_penugasan_dicatat_di_log_wagtail(buat_kursus, pohon, pegawai, pelatih):
    kursus = buat_kursus(1)
    penugasan.penugasan_simpan(user=pelatih, kursus=kursus, sasaran=_unit(pohon["b"]), tenggat=None)
    entri = PageLogEntry.objects.get(action=penugasan.AKSI_LOG)
    assert entri.page_id == kursus.pk
    assert entri.user_id == pelatih.pk
    assert entri.data["baru"] == 1
    assert entri.data["sasaran"]["unit_id"] == pohon["b"].pk
    assert not ModelLogEntry.objects.filter(action=penugasan.AKSI_LOG).exists()


def test_peristiwa_dikirim_sesudah_commit_dengan_yang_baru_dan_yang_berubah(
    buat_kursus, pohon, pegawai, pelatih, django_capture_on_commit_callbacks
):
    kursus = buat_kursus(1)
    diterima = []

    def penerima(sender, pendaftaran, oleh, tenggat, **kwargs):
        diterima.append((len(pendaftaran), oleh, tenggat))

    pendaftaran_ditugaskan.connect(penerima)
    try:
        tenggat = timezone.localdate() + timedelta(days=9)
        with django_capture_on_commit_callbacks(execute=False) as tertunda:
            penugasan.penugasan_simpan(
                user=pelatih, kursus=kursus, sasaran=_unit(pohon["b"]), tenggat=tenggat
            )
        assert diterima == []  # nothing before the commit
        for fungsi in tertunda:
            fungsi()
        assert diterima == [(1, pelatih, tenggat)]
        with django_capture_on_commit_callbacks(execute=True):
            penugasan.penugasan_simpan(
                user=pelatih, kursus=kursus, sasaran=_unit(pohon["b"]), tenggat=tenggat
            )
        assert len(diterima) == 1  # nothing new, nothing sent
    finally:
        pendaftaran_ditugaskan.disconnect(penerima)
