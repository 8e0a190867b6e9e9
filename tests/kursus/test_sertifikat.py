import pytest

from kursus import services
from kursus.models import Sertifikat
from tests import pdf_alat
from tests.kursus.conftest import pelajaran_dari

pytestmark = pytest.mark.django_db


@pytest.fixture
def selesai(buat_kursus, buat_pengguna):
    kursus = buat_kursus(1)
    user = buat_pengguna(first_name="Budi", last_name="Santoso", username="198001012005011001")
    services.pendaftaran_buat(user=user, kursus=kursus)
    pendaftaran = services.kemajuan_tandai_selesai(user=user, pelajaran=pelajaran_dari(kursus)[0])
    return pendaftaran


def test_sertifikat_terbit_sekali_saja(selesai):
    pertama = selesai.sertifikat
    kedua = services.sertifikat_terbitkan(pendaftaran=selesai)
    assert pertama.pk == kedua.pk and pertama.kode == kedua.kode
    assert Sertifikat.objects.count() == 1


def test_sertifikat_menyalin_nama_kursus_dan_jp_tanpa_nip_bila_bukan_pegawai(selesai):
    sertifikat = selesai.sertifikat
    assert sertifikat.nama_peserta == "Budi Santoso"
    # The account has no employee record: its user name is not taken for a NIP.
    assert sertifikat.nip == ""
    assert (sertifikat.judul_kursus, sertifikat.durasi_jp) == ("Kursus uji", 4)
    assert len(sertifikat.kode) == 12


def test_sertifikat_memakai_nama_dan_nip_dari_data_pegawai(buat_kursus):
    from tests.penilaian import pabrik

    pegawai = pabrik.pegawai("Yuli Astuti", jabatan="Pengadministrasi Umum")
    kursus = buat_kursus(1)
    services.pendaftaran_buat(user=pegawai.user, kursus=kursus)
    pendaftaran = services.kemajuan_tandai_selesai(
        user=pegawai.user, pelajaran=pelajaran_dari(kursus)[0]
    )
    assert (pendaftaran.sertifikat.nama_peserta, pendaftaran.sertifikat.nip) == (
        "Yuli Astuti",
        pegawai.nip,
    )


def test_verifikasi_kode_sah_menampilkan_nama_dan_kursus_saja(client, selesai):
    sertifikat = selesai.sertifikat
    response = client.get(f"/sertifikat/verifikasi/{sertifikat.kode}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Sertifikat sah" in html and "Budi Santoso" in html and "Kursus uji" in html
    assert "198001012005011001" not in html


def test_verifikasi_kode_huruf_kecil_tetap_dikenali(client, selesai):
    kode = selesai.sertifikat.kode.lower()
    assert client.get(f"/sertifikat/verifikasi/{kode}/").status_code == 200


def test_verifikasi_kode_tidak_sah_memberi_404_berbahasa_indonesia(client, db):
    response = client.get("/sertifikat/verifikasi/TIDAKADA1234/")
    assert response.status_code == 404
    assert "Sertifikat tidak ditemukan" in response.content.decode()


def test_pdf_sertifikat_berisi_nama_dan_kode(client, selesai, tmp_path):
    client.force_login(selesai.user)
    sertifikat = selesai.sertifikat
    response = client.get(f"/sertifikat/{sertifikat.kode}/unduh/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    teks = pdf_alat.teks(response.content, tmp_path)
    assert "Budi Santoso" in teks and sertifikat.kode in teks
    assert "NIP" not in teks and "198001012005011001" not in teks


def test_pdf_sertifikat_hanya_untuk_pemiliknya(client, selesai, buat_pengguna):
    client.force_login(buat_pengguna())
    assert client.get(f"/sertifikat/{selesai.sertifikat.kode}/unduh/").status_code == 404


def test_halaman_kursus_selesai_menawarkan_unduhan_sertifikat(client, selesai):
    client.force_login(selesai.user)
    html = client.get(selesai.kursus.url).content.decode()
    assert f"/sertifikat/{selesai.sertifikat.kode}/unduh/" in html


def test_pelatih_melihat_daftar_sertifikat_dan_pendaftaran_di_admin(client, selesai, buat_pengguna):
    client.force_login(buat_pengguna("Pelatih"))
    response = client.get("/admin/sertifikat/")
    assert response.status_code == 200
    assert selesai.sertifikat.kode in response.content.decode()
    assert client.get("/admin/pendaftaran/").status_code == 200
