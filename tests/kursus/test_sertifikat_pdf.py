"""The certificate PDF looks official: kop, embedded fonts, the participant's real NIP, the
signatory from the Wagtail settings and a QR code with the verification code under it."""

import pytest

from kursus import services
from kursus.pdf import sertifikat_pdf
from penilaian.models import PengaturanDokumen
from tests import pdf_alat
from tests.kursus.conftest import pelajaran_dari
from tests.penilaian import pabrik

pytestmark = pytest.mark.django_db


@pytest.fixture
def penanda_tangan():
    p = PengaturanDokumen.load()
    p.penanda_tangan_nama = "Drs. H. Tb. Rasyid Hidayat, M.Si."
    p.penanda_tangan_nip = "197203141998031001"
    p.penanda_tangan_jabatan = "Camat Cipocok Jaya"
    p.save()
    return p


def _selesaikan(kursus, user):
    services.pendaftaran_buat(user=user, kursus=kursus)
    return services.kemajuan_tandai_selesai(user=user, pelajaran=pelajaran_dari(kursus)[0])


@pytest.fixture
def unduhan(client, buat_kursus, penanda_tangan):
    pegawai = pabrik.pegawai("Yuli Astuti", jabatan="Pengadministrasi Umum")
    sertifikat = _selesaikan(buat_kursus(1), pegawai.user).sertifikat
    client.force_login(pegawai.user)
    respons = client.get(f"/sertifikat/{sertifikat.kode}/unduh/")
    assert respons.status_code == 200
    return pegawai, sertifikat, respons.content


def test_sertifikat_berkop_ber_nip_asli_dan_bertanda_tangan(unduhan, tmp_path):
    pegawai, sertifikat, pdf = unduhan
    teks = pdf_alat.teks(pdf, tmp_path)
    nip = pegawai.nip
    for bagian in (
        "PEMERINTAH KOTA SERANG",
        "KECAMATAN CIPOCOK JAYA",
        "SERTIFIKAT",
        "Yuli Astuti",
        f"NIP {nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}",
        "telah menyelesaikan kursus Kursus uji",
        "dengan beban 4 jam pelajaran (JP)",
        "Camat Cipocok Jaya,",
        "Drs. H. Tb. Rasyid Hidayat, M.Si.",
        "NIP 19720314 199803 1 001",
        sertifikat.kode,
    ):
        assert bagian in teks, bagian
    assert "Serang, " in teks
    assert pegawai.user.username not in teks


def test_sertifikat_semua_huruf_tertanam(unduhan, tmp_path):
    huruf = pdf_alat.huruf(unduhan[2], tmp_path)
    assert huruf and all(h["emb"] == "yes" for h in huruf), huruf
    assert not any("Helvetica" in h["nama"] for h in huruf)


def test_sertifikat_sebagai_gambar_berkop_qr_dan_tanda_tangan(unduhan, tmp_path):
    gambar = pdf_alat.halaman_png(unduhan[2], tmp_path)
    assert gambar.size[0] > gambar.size[1] > 300
    # Kop (top centre), QR code (lower left) and signature block (lower right) are drawn.
    assert pdf_alat.piksel_gelap(gambar, (0.3, 0.06, 0.7, 0.2)) > 200
    assert pdf_alat.piksel_gelap(gambar, (0.07, 0.68, 0.2, 0.88)) > 300
    assert pdf_alat.piksel_gelap(gambar, (0.6, 0.68, 0.95, 0.9)) > 100


def test_sertifikat_tanpa_penanda_tangan_hanya_tempat_dan_tanggal(client, buat_kursus, tmp_path):
    pegawai = pabrik.pegawai("Yuli Astuti")
    sertifikat = _selesaikan(buat_kursus(1), pegawai.user).sertifikat
    teks = pdf_alat.teks(sertifikat_pdf(sertifikat, url_verifikasi="https://x.invalid/"), tmp_path)
    assert "Serang, " in teks and "Camat" not in teks


def test_nip_yang_dulu_berupa_nama_akun_dikosongkan_oleh_migrasi(buat_kursus, buat_pengguna):
    from importlib import import_module

    from django.apps import apps

    migrasi = import_module("kursus.migrations.0008_sertifikat_nip_dari_pegawai")
    pegawai = pabrik.pegawai("Yuli Astuti")
    asli = _selesaikan(buat_kursus(1, slug="a"), pegawai.user).sertifikat
    lama = _selesaikan(buat_kursus(1, slug="b"), buat_pengguna(username="budi")).sertifikat
    lama.nip = "budi"
    lama.save()
    migrasi.kosongkan_nip_bukan_pegawai(apps, None)
    asli.refresh_from_db()
    lama.refresh_from_db()
    assert (asli.nip, lama.nip) == (pegawai.nip, "")


@pytest.mark.parametrize(
    "nama",
    [
        "<b>Bukan</b> tebal & <font color=red>merah</font>",
        "محمد علي ‏عبدالله 👩‍💼🎓",
        "Raden Ajeng " + "Kusumawardhani Setyaningrum " * 9,
    ],
)
def test_nama_bermusuhan_tetap_tercetak_utuh(nama, buat_kursus, buat_pengguna, tmp_path):
    user = buat_pengguna(first_name=nama[:150])
    sertifikat = _selesaikan(buat_kursus(1), user).sertifikat
    sertifikat.nama_peserta = nama
    sertifikat.judul_kursus = "Kursus " + "Penyusunan Indikator Kinerja Individu " * 6
    pdf = sertifikat_pdf(sertifikat, url_verifikasi="https://x.invalid/" + "v" * 300)
    teks = pdf_alat.teks(pdf, tmp_path)
    assert teks.count("Kusumawardhani") == nama.count("Kusumawardhani")
    assert ("<b>Bukan</b>" in teks) == ("<b>" in nama)
    assert teks.count("Penyusunan Indikator") == 6
    assert "\u200f" not in teks
