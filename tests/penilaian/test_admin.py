"""Wagtail admin for Admin Kepegawaian: the viewsets, read-only audit, import page."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from penilaian import akses
from penilaian.models import Pegawai, Periode
from situs import peran
from tests.penilaian import pabrik

pytestmark = pytest.mark.django_db


def test_nama_peran_admin_sama_dengan_tabel_peran():
    assert akses.ADMIN_KEPEGAWAIAN == peran.ADMIN_KEPEGAWAIAN


@pytest.mark.parametrize(
    "url",
    [
        "/admin/unit_kerja/",
        "/admin/pegawai/",
        "/admin/periode/",
        "/admin/kebijakan/",
        "/admin/capaian_organisasi/",
        "/admin/pustaka_indikator/",
        "/admin/riwayat_perubahan/",
        "/admin/impor-pegawai/",
        "/admin/pegawai/?export=xlsx",
    ],
)
def test_admin_kepegawaian_membuka_halaman_admin(client, buat_pengguna, url):
    client.force_login(buat_pengguna(peran.ADMIN_KEPEGAWAIAN))
    assert client.get(url).status_code == 200


def test_templat_impor_berisi_kolom_yang_dibaca_impor(client, buat_pengguna):
    from io import BytesIO

    from openpyxl import load_workbook

    from penilaian.impor import KOLOM

    client.force_login(buat_pengguna(peran.ADMIN_KEPEGAWAIAN))
    assert (
        "/admin/impor-pegawai/templat.xlsx" in client.get("/admin/impor-pegawai/").content.decode()
    )
    respons = client.get("/admin/impor-pegawai/templat.xlsx")
    assert respons.status_code == 200
    assert "templat-impor-pegawai.xlsx" in respons["Content-Disposition"]
    buku = load_workbook(BytesIO(respons.content))
    pegawai = buku["pegawai"]
    assert tuple(c.value for c in pegawai[1]) == KOLOM and pegawai.max_row == 1
    petunjuk = {baris[0]: baris[1:] for baris in buku["petunjuk"].iter_rows(values_only=True)}
    assert set(KOLOM) <= set(petunjuk) and petunjuk["nip"][0] == "Ya"
    assert petunjuk["koefisien_jf"][0] == "Tidak"


def test_pelatih_tidak_melihat_menu_impor(client, buat_pengguna):
    client.force_login(buat_pengguna(peran.PELATIH))
    beranda = client.get("/admin/")
    assert beranda.status_code == 200
    assert "/admin/impor-pegawai/" not in beranda.content.decode()
    assert client.get("/admin/impor-pegawai/templat.xlsx").status_code in (302, 403)
    client.force_login(buat_pengguna(peran.ADMIN_KEPEGAWAIAN))
    assert "/admin/impor-pegawai/" in client.get("/admin/").content.decode()


def test_riwayat_hanya_dibaca(client, buat_pengguna):
    client.force_login(buat_pengguna(peran.ADMIN_KEPEGAWAIAN))
    assert client.get("/admin/riwayat_perubahan/new/").status_code in (302, 403)


def test_pegawai_biasa_tidak_masuk_admin(client):
    h = pabrik.hierarki()
    client.force_login(h.staf.user)
    respons = client.get("/admin/pegawai/")
    assert respons.status_code in (302, 403)


def test_impor_lewat_admin_melaporkan_masalah_per_baris(client, buat_pengguna):
    client.force_login(buat_pengguna(peran.ADMIN_KEPEGAWAIAN))
    isi = b"nip,nama,jabatan,jenis_jabatan,unit_kode\n123,Ani,Staf,pelaksana,kel-x\n"
    respons = client.post("/admin/impor-pegawai/", {"berkas": SimpleUploadedFile("p.csv", isi)})
    teks = respons.content.decode()
    assert "Tidak ada yang diimpor" in teks
    assert "Baris 2, kolom nip" in teks
    assert not Pegawai.objects.exists()


def test_memilih_periode_berjalan_menonaktifkan_yang_lama(client, buat_pengguna):
    lama = pabrik.periode(2026)
    client.force_login(buat_pengguna(peran.ADMIN_KEPEGAWAIAN))
    respons = client.post(
        "/admin/periode/new/",
        {"tahun": 2027, "kadens": "triwulanan", "kebijakan": lama.kebijakan_id, "aktif": "on"},
    )
    assert respons.status_code == 302, respons.context["form"].errors
    lama.refresh_from_db()
    assert not lama.aktif
    assert Periode.objects.get(tahun=2027).aktif


def test_pustaka_indikator_harus_lolos_pemeriksa(client, buat_pengguna):
    client.force_login(buat_pengguna(peran.ADMIN_KEPEGAWAIAN))
    respons = client.post(
        "/admin/pustaka_indikator/new/",
        {"teks": "Melaksanakan pelayanan dengan optimal", "aspek": "kuantitas", "satuan": "kali"},
    )
    assert respons.status_code == 200
    from penilaian.models import PustakaIndikator

    assert not PustakaIndikator.objects.exists()
    respons = client.post(
        "/admin/pustaka_indikator/new/",
        {
            "teks": "Jumlah dokumen kependudukan yang selesai dalam 1 hari kerja per bulan",
            "aspek": "kuantitas",
            "target": "100",
            "satuan": "dokumen",
        },
    )
    assert respons.status_code == 302
    assert PustakaIndikator.objects.get().skor_pemeriksa > 0


def test_perubahan_lewat_admin_tercatat_dalam_riwayat(client, buat_pengguna):
    from penilaian.models import RiwayatPerubahan

    h = pabrik.hierarki()
    admin = buat_pengguna(peran.ADMIN_KEPEGAWAIAN)
    client.force_login(admin)
    p = h.staf
    respons = client.post(
        f"/admin/pegawai/edit/{p.pk}/",
        {
            "nip": p.nip,
            "nama": p.nama,
            "jabatan": "Pengadministrasi Umum",
            "jenis_jabatan": p.jenis_jabatan,
            "unit": p.unit_id,
            "atasan": h.camat.pk,
            "aktif": "on",
        },
    )
    assert respons.status_code == 302, respons.context["form"].errors
    riwayat = RiwayatPerubahan.objects.get(aksi="admin_ubah")
    assert riwayat.pengguna == admin
    assert riwayat.sebelum["atasan"] == h.lurah.pk
    assert riwayat.sesudah["atasan"] == h.camat.pk
    assert riwayat.sesudah["jabatan"] == "Pengadministrasi Umum"


def test_daftar_pegawai_menampilkan_ya_tidak_bukan_true_false(client, buat_pengguna):
    pabrik.pegawai("Ani Aktif")
    pabrik.pegawai("Budi Berhenti", aktif=False)
    client.force_login(buat_pengguna(peran.ADMIN_KEPEGAWAIAN))
    teks = client.get("/admin/pegawai/").content.decode()
    sel = re.findall(r"<td[^>]*>\s*(Ya|Tidak|True|False)\s*</td>", teks)
    assert sorted(sel) == ["Tidak", "Ya"]


def test_riwayat_menampilkan_label_aksi_bukan_kode(client, buat_pengguna):
    from penilaian.services import catat_riwayat

    admin = buat_pengguna(peran.ADMIN_KEPEGAWAIAN)
    p = pabrik.pegawai("Citra Impor")
    catat_riwayat(oleh=admin, objek=p, aksi="impor_buat", sebelum=None, sesudah={"nama": p.nama})
    catat_riwayat(oleh=admin, objek=p, aksi="pustaka_simpan", sebelum=None, sesudah=None)
    client.force_login(admin)
    teks = client.get("/admin/riwayat_perubahan/").content.decode()
    assert "Pegawai baru dari impor" in teks
    assert "Pustaka indikator disimpan" in teks
    assert not re.search(r">\s*(impor_buat|pustaka_simpan)\s*<", teks)


def test_dasbor_penilaian_admin_kepegawaian_tanpa_data_pegawai(client, buat_pengguna):
    client.force_login(buat_pengguna(peran.ADMIN_KEPEGAWAIAN))
    html = client.get("/penilaian/").content.decode()
    assert "data-dasbor-admin" in html and "Hubungi Admin Kepegawaian" not in html
    client.force_login(buat_pengguna(peran.PESERTA))
    assert "Hubungi Admin Kepegawaian" in client.get("/penilaian/").content.decode()
