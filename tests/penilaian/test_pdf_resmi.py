"""The official look shared by every PDF (penilaian.pdf_resmi) and the evaluation document in
it: embedded fonts, the kop from the Wagtail settings (with and without an emblem), the QR
code, NIPs grouped 8-6-1-3, read back with poppler as a person's viewer would."""

from decimal import Decimal

import pytest
import segno
from django.core.exceptions import ValidationError
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from penilaian import pdf_resmi, services
from penilaian.dokumen import dokumen_evaluasi_pdf
from penilaian.models import SKP, PengaturanDokumen
from penilaian.validasi import format_nip
from tests import pdf_alat
from tests.penilaian import pabrik

URL = "https://kinerja.contoh.invalid/verifikasi/ABCDEF123456/"


@pytest.mark.parametrize(
    ("nip", "tercetak"),
    [
        ("197203141998031001", "19720314 199803 1 001"),
        (" 198501022010012003 ", "19850102 201001 2 003"),
        ("pegawai", "pegawai"),
        ("1972031419980310", "1972031419980310"),
        ("", ""),
    ],
)
def test_nip_dicetak_berkelompok_8_6_1_3_dan_nilai_lain_tidak_diubah(nip, tercetak):
    assert format_nip(nip) == tercetak


def test_berkas_huruf_yang_hilang_disebut_beserta_paketnya(tmp_path):
    (tmp_path / "DejaVuSans.ttf").write_bytes(b"")
    with pytest.raises(pdf_resmi.HurufPdfTidakAda) as galat:
        pdf_resmi.berkas_huruf(tmp_path)
    pesan = str(galat.value)
    assert str(tmp_path / "DejaVuSans-Bold.ttf") in pesan
    assert "fonts-dejavu-core" in pesan and "PDF_FOLDER_HURUF" in pesan


def test_huruf_dari_paket_debian_ada_di_mesin(settings):
    jalur = pdf_resmi.berkas_huruf(settings.PDF_FOLDER_HURUF)
    assert set(jalur) == set(pdf_resmi.BERKAS_HURUF)


def test_qr_vektor_sama_dengan_matriks_segno():
    """Every module segno marks dark is covered by a drawn square, and no light one is."""
    ukuran = 100.0
    qr = pdf_resmi.KodeQR(URL, ukuran)
    matriks = [list(b) for b in segno.make(URL, error="m").matrix_iter(scale=1, border=4)]
    n = len(matriks)
    modul = ukuran / n
    tergambar = [[0] * n for _ in range(n)]
    for x, y, lebar, _tinggi in qr.kotak():
        baris = n - 1 - round(y / modul)
        for k in range(round(x / modul), round((x + lebar) / modul)):
            tergambar[baris][k] = 1
    assert tergambar == [[1 if m else 0 for m in b] for b in matriks]
    assert qr.wrap(0, 0) == (ukuran, ukuran)


@pytest.mark.django_db
def test_pengaturan_menolak_nip_tidak_sah_dan_nama_tanpa_jabatan():
    p = PengaturanDokumen.load()
    p.penanda_tangan_nama = "Drs. Uji"
    p.penanda_tangan_nip = "1234"
    with pytest.raises(ValidationError) as galat:
        p.full_clean()
    assert set(galat.value.message_dict) == {"penanda_tangan_nip", "penanda_tangan_jabatan"}


@pytest.mark.django_db
def test_admin_kepegawaian_mengubah_pengaturan_dokumen_pelatih_tidak(client, buat_pengguna):
    alamat = "/admin/settings/penilaian/pengaturandokumen/"
    client.force_login(buat_pengguna("Admin Kepegawaian"))
    respons = client.get(alamat, follow=True)
    assert respons.status_code == 200
    assert 'name="penanda_tangan_nip"' in respons.content.decode()
    respons = client.post(
        respons.redirect_chain[-1][0] if respons.redirect_chain else alamat,
        {
            "nama_pemerintah": "Pemerintah Kota Serang",
            "nama_instansi": "Kecamatan Cipocok Jaya",
            "kota": "Serang",
            "penanda_tangan_nama": "Drs. Uji",
            "penanda_tangan_nip": "197203141998031001",
            "penanda_tangan_jabatan": "Camat Cipocok Jaya",
        },
    )
    assert respons.status_code == 302
    assert PengaturanDokumen.load().penanda_tangan_nama == "Drs. Uji"
    client.force_login(buat_pengguna("Pelatih"))
    respons = client.get(alamat, follow=True)
    assert 'name="penanda_tangan_nip"' not in respons.content.decode()


@pytest.fixture
def evaluasi(db):
    h = pabrik.hierarki()
    skp = pabrik.skp_lengkap(h.staf, status=SKP.Status.DISETUJUI, realisasi=Decimal(12))
    e = services.evaluasi_simpan(
        oleh=h.lurah.user, skp=skp, versi=None, rating_perilaku="sesuai_ekspektasi"
    )
    return services.evaluasi_finalkan(oleh=h.lurah.user, evaluasi=e, versi=e.versi)


def test_dokumen_evaluasi_berkop_dengan_huruf_tertanam_dan_qr(evaluasi, tmp_path):
    pdf = dokumen_evaluasi_pdf(evaluasi, url_verifikasi=URL)
    teks = pdf_alat.teks(pdf, tmp_path)
    for bagian in (
        "PEMERINTAH KOTA SERANG",
        "KECAMATAN CIPOCOK JAYA",
        "DOKUMEN EVALUASI KINERJA PEGAWAI",
        f"NIP {format_nip(evaluasi.skp.pegawai.nip)}",
        f"NIP {format_nip(evaluasi.skp.penilai.nip)}",
        "Pejabat Penilai Kinerja,",
        evaluasi.kode_verifikasi,
    ):
        assert bagian in teks
    huruf = pdf_alat.huruf(pdf, tmp_path)
    assert huruf and all(h["emb"] == "yes" for h in huruf), huruf
    assert not any("Helvetica" in h["nama"] for h in huruf)
    # No emblem set: the header holds no image (and the QR is vector squares, not an image).
    assert pdf_alat.jumlah_gambar(pdf, tmp_path) == 0


def test_dokumen_evaluasi_sebagai_gambar_berkop_di_atas(evaluasi, tmp_path):
    gambar = pdf_alat.halaman_png(dokumen_evaluasi_pdf(evaluasi, url_verifikasi=URL), tmp_path)
    assert gambar.size[0] > gambar.size[1] > 300  # landscape A4 at 50 dpi: 585 × 413
    assert pdf_alat.piksel_gelap(gambar, (0.3, 0.02, 0.7, 0.12)) > 200
    assert (
        pdf_alat.piksel_gelap(gambar, (0.0, 0.0, 1.0, 1.0)) < 0.5 * gambar.size[0] * gambar.size[1]
    )


def test_lambang_dari_pengaturan_tampil_di_kop(evaluasi, tmp_path):
    p = PengaturanDokumen.load()
    p.lambang = Image.objects.create(
        title="Lambang", file=get_test_image_file(colour="#c00000", size=(300, 360))
    )
    p.alamat = "Jl. Contoh No. 1, Serang"
    p.save()
    pdf = dokumen_evaluasi_pdf(evaluasi, url_verifikasi=URL)
    assert pdf_alat.jumlah_gambar(pdf, tmp_path) >= 1
    assert "Jl. Contoh No. 1, Serang" in pdf_alat.teks(pdf, tmp_path)
    gambar = pdf_alat.halaman_png(pdf, tmp_path)
    lebar, tinggi = gambar.size
    merah = [
        (r, g, b)
        for r, g, b in gambar.crop((0, 0, lebar // 4, tinggi // 7)).get_flattened_data()
        if r > 150 and g < 80 and b < 80
    ]
    assert len(merah) > 100


def test_lambang_yang_berkasnya_hilang_tidak_menggagalkan_dokumen(evaluasi, tmp_path):
    p = PengaturanDokumen.load()
    p.lambang = Image.objects.create(title="Lambang", file=get_test_image_file())
    p.save()
    p.lambang.file.storage.delete(p.lambang.file.name)
    pdf = dokumen_evaluasi_pdf(evaluasi, url_verifikasi=URL)
    assert pdf_alat.jumlah_gambar(pdf, tmp_path) == 0
    assert "KECAMATAN CIPOCOK JAYA" in pdf_alat.teks(pdf, tmp_path)


def test_dokumen_evaluasi_dengan_nama_panjang_rtl_dan_emoji_tetap_terbit(evaluasi, tmp_path):
    pegawai = evaluasi.skp.pegawai
    pegawai.nama = "محمد علي 👩‍💼 " + "Nama Sangat Panjang " * 6
    pegawai.save()
    p = PengaturanDokumen.load()
    p.nama_instansi = "<b>Kecamatan</b> & <i>Uji</i> " + "x" * 80  # within max_length 120
    p.save()
    teks = pdf_alat.teks(dokumen_evaluasi_pdf(evaluasi, url_verifikasi=URL), tmp_path)
    assert "محمد" in teks or "دمحم" in teks
    assert "<B>KECAMATAN</B> & <I>UJI</I>" in teks
