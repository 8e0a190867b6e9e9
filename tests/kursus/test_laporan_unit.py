"""Per-unit completion report: tree-aware totals, drill-down, scope, export (Ya/Tidak, formula
injection), the admin pages and the assignment form."""

import csv
import io
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from kursus import laporan_unit
from kursus.models import KemajuanPelajaran, Pendaftaran
from penilaian.models import LingkupUnit, UnitKerja
from tests.factories import PenggunaFactory
from tests.kursus.conftest import pelajaran_dari
from tests.penilaian import pabrik

pytestmark = pytest.mark.django_db


@pytest.fixture
def data(buat_kursus):
    kursus = buat_kursus(2)
    kec = pabrik.unit("kec-uji", "Kecamatan Uji")
    a = UnitKerja.objects.create(kode="kel-a", nama="Kelurahan A", jenis="kelurahan", induk=kec)
    a1 = UnitKerja.objects.create(kode="seksi-a1", nama="Seksi A1", jenis="seksi", induk=a)
    b = UnitKerja.objects.create(kode="kel-b", nama="Kelurahan B", jenis="kelurahan", induk=kec)
    kemarin = timezone.localdate() - timedelta(days=1)
    ani = pabrik.pegawai("Ani A", unit_kerja=a)
    budi = pabrik.pegawai("=HYPERLINK(1)", unit_kerja=a1)
    eka = pabrik.pegawai("Eka B", unit_kerja=b)
    # Ani: started (one lesson), overdue. Budi: completed. Eka: enrolled, not started.
    p_ani = Pendaftaran.objects.create(user=ani.user, kursus=kursus, tenggat=kemarin)
    KemajuanPelajaran.objects.create(pendaftaran=p_ani, pelajaran=pelajaran_dari(kursus)[0])
    Pendaftaran.objects.create(
        user=budi.user, kursus=kursus, tenggat=kemarin, selesai_pada=timezone.now()
    )
    Pendaftaran.objects.create(user=eka.user, kursus=kursus)
    return {"kursus": kursus, "kec": kec, "a": a, "a1": a1, "b": b}


def _angka(baris, nama):
    b = next(b for b in baris if b.nama == nama)
    return (b.terdaftar, b.mulai, b.selesai, b.terlambat, b.persen_selesai)


def test_total_per_unit_mencakup_subunit(data):
    pelatih = PenggunaFactory(peran=("Pelatih",))
    baris = laporan_unit.laporan_unit(user=pelatih, kursus=data["kursus"])
    assert [b.nama for b in baris] == ["Kecamatan Uji", "Kelurahan A", "Seksi A1", "Kelurahan B"]
    assert [b.kedalaman for b in baris] == [0, 1, 2, 1]
    assert _angka(baris, "Kecamatan Uji")[:4] == (3, 2, 1, 1)
    assert str(_angka(baris, "Kecamatan Uji")[4]) == "33.3"
    assert _angka(baris, "Kelurahan A")[:4] == (2, 2, 1, 1)
    assert _angka(baris, "Seksi A1")[:4] == (1, 1, 1, 0)
    assert _angka(baris, "Kelurahan B")[:4] == (1, 0, 0, 0)


def test_lingkup_hanya_unitnya_dan_unit_lain_404(client, data):
    admin_a = PenggunaFactory(peran=("Admin Kepegawaian",))
    LingkupUnit.objects.create(user=admin_a, unit=data["a"])
    baris = laporan_unit.laporan_unit(user=admin_a, kursus=data["kursus"])
    assert [b.nama for b in baris] == ["Kelurahan A", "Seksi A1"]
    peserta = laporan_unit.peserta_kursus(user=admin_a, kursus=data["kursus"])
    assert {p.nama for p in peserta} == {"Ani A", "=HYPERLINK(1)"}
    client.force_login(admin_a)
    url = reverse("kursus_laporan_unit", args=[data["kursus"].pk])
    assert client.get(url, {"unit": data["b"].pk}).status_code == 404
    assert client.get(url, {"unit": data["kec"].pk}).status_code == 404
    assert client.get(url, {"unit": "x"}).status_code == 404
    html = client.get(url).content.decode()
    assert "Kelurahan B" not in html and "Eka B" not in html


def test_halaman_laporan_dan_rincian_unit(client, data):
    client.force_login(PenggunaFactory(peran=("Pelatih",)))
    url = reverse("kursus_laporan_unit", args=[data["kursus"].pk])
    html = client.get(url).content.decode()
    assert "33,3" in html  # Indonesian decimal comma
    html = client.get(url, {"unit": data["a"].pk}).content.decode()
    assert "Ani A" in html and "Lewat tenggat" in html and "Eka B" not in html


def test_peserta_tanpa_izin_tidak_melihat_laporan(client, data, buat_pengguna):
    client.force_login(buat_pengguna("Peserta"))
    respons = client.get(reverse("kursus_laporan_unit", args=[data["kursus"].pk]))
    assert respons.status_code in (302, 403)
    assert b"Kelurahan" not in respons.content


def test_ekspor_xlsx_ya_tidak_dan_aman_rumus(client, data):
    client.force_login(PenggunaFactory(peran=("Pelatih",)))
    respons = client.get(
        reverse("kursus_laporan_unit", args=[data["kursus"].pk]), {"ekspor": "xlsx"}
    )
    assert respons["Content-Disposition"].endswith('.xlsx"')
    buku = load_workbook(io.BytesIO(respons.content))
    per_unit = [[c.value for c in r] for r in buku["Per unit"].iter_rows()]
    assert per_unit[0] == list(laporan_unit.KOLOM_UNIT)
    assert per_unit[1][:5] == ["Kecamatan Uji", 3, 2, 1, 1]
    peserta = {r[1]: r for r in ([c.value for c in r] for r in buku["Peserta"].iter_rows())}
    assert "'=HYPERLINK(1)" in peserta
    assert peserta["'=HYPERLINK(1)"][6:8] == ["Ya", "Ya"]
    assert peserta["Ani A"][9] == "Ya"  # overdue
    assert peserta["Eka B"][6:8] == ["Tidak", "Tidak"]


def test_ekspor_csv_peserta(client, data):
    client.force_login(PenggunaFactory(peran=("Pelatih",)))
    respons = client.get(
        reverse("kursus_laporan_unit", args=[data["kursus"].pk]), {"ekspor": "csv"}
    )
    baris = list(csv.reader(io.StringIO(respons.content.decode())))
    assert baris[0] == list(laporan_unit.KOLOM_PESERTA)
    assert len(baris) == 4
    assert any(b[1] == "'=HYPERLINK(1)" for b in baris)


def test_form_penugasan_pratinjau_lalu_konfirmasi(client, data):
    pelatih = PenggunaFactory(peran=("Pelatih",))
    baru = pabrik.pegawai("Fajar B", unit_kerja=data["b"])
    client.force_login(pelatih)
    url = reverse("kursus_penugasan")
    tenggat = (timezone.localdate() + timedelta(days=14)).isoformat()
    form = {
        "kursus": data["kursus"].pk,
        "jenis": "unit",
        "unit": data["b"].pk,
        "dengan_subunit": "on",
        "tenggat": tenggat,
        "aksi": "pratinjau",
    }
    html = client.post(url, form).content.decode()
    assert "data-jumlah-baru>1<" in html and "data-jumlah-sudah>1<" in html
    assert not Pendaftaran.objects.filter(user=baru.user).exists()
    respons = client.post(url, form | {"aksi": "konfirmasi"})
    assert respons.status_code == 302
    p = Pendaftaran.objects.get(user=baru.user)
    assert p.tenggat.isoformat() == tenggat and p.ditugaskan_oleh == pelatih


def test_form_penugasan_menolak_masukan_buruk(client, data):
    client.force_login(PenggunaFactory(peran=("Pelatih",)))
    url = reverse("kursus_penugasan")
    html = client.post(
        url,
        {
            "kursus": data["kursus"].pk,
            "jenis": "nip",
            "daftar_nip": "   ",
            "tenggat": "2000-01-01",
            "aksi": "konfirmasi",
        },
    ).content.decode()
    assert "Tempel paling sedikit satu NIP." in html
    assert "Tenggat tidak boleh sebelum hari ini." in html


def test_unit_di_luar_lingkup_tidak_bisa_dipilih(client, data):
    admin_a = PenggunaFactory(peran=("Admin Kepegawaian",))
    LingkupUnit.objects.create(user=admin_a, unit=data["a"])
    client.force_login(admin_a)
    jumlah = Pendaftaran.objects.count()
    respons = client.post(
        reverse("kursus_penugasan"),
        {"kursus": data["kursus"].pk, "jenis": "unit", "unit": data["b"].pk, "aksi": "konfirmasi"},
    )
    assert respons.status_code == 200
    assert "unit" in respons.context["form"].errors
    assert Pendaftaran.objects.count() == jumlah


def test_peserta_tidak_boleh_menugaskan(client, data, buat_pengguna):
    client.force_login(buat_pengguna("Peserta", "Pegawai"))
    respons = client.get(reverse("kursus_penugasan"))
    assert respons.status_code in (302, 403)
