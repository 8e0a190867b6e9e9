"""Evidence uploads: type from content (not the name), size limit, private storage, access."""

import io
from decimal import Decimal

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook
from reportlab.pdfgen import canvas

from penilaian import services
from penilaian.models import SKP
from penilaian.services import KesalahanPenilaian
from tests.penilaian import pabrik

pytestmark = pytest.mark.django_db


def _pdf() -> bytes:
    keluaran = io.BytesIO()
    c = canvas.Canvas(keluaran)
    c.drawString(72, 720, "Laporan kependudukan Januari")
    c.save()
    return keluaran.getvalue()


def _xlsx() -> bytes:
    keluaran = io.BytesIO()
    Workbook().save(keluaran)
    return keluaran.getvalue()


@pytest.fixture
def realisasi():
    h = pabrik.hierarki()
    skp = pabrik.skp_lengkap(h.staf, status=SKP.Status.DISETUJUI)
    iki = skp.rhk.get().indikator.get()
    r = services.realisasi_simpan(
        oleh=h.staf.user, indikator=iki, periode_evaluasi="tw1", nilai=Decimal(3)
    )
    return h, r


@pytest.mark.parametrize(
    ("nama", "isi", "jenis"),
    [
        ("laporan.pdf", _pdf(), "application/pdf"),
        (
            "rekap.xlsx",
            _xlsx(),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
        ("foto.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "image/png"),
        ("foto.jpg", b"\xff\xd8\xff\xe0\0\x10JFIF\0" + b"\0" * 64, "image/jpeg"),
    ],
)
def test_bukti_yang_diizinkan_disimpan_di_luar_web_root(realisasi, nama, isi, jenis):
    h, r = realisasi
    bukti = services.bukti_unggah(
        oleh=h.staf.user, realisasi=r, berkas=SimpleUploadedFile(nama, isi)
    )
    assert bukti.jenis_konten == jenis
    assert bukti.berkas.path.startswith(str(settings.PRIVATE_MEDIA_ROOT))
    assert not bukti.berkas.path.startswith(str(settings.MEDIA_ROOT))


@pytest.mark.parametrize(
    "isi",
    [
        b"MZ\x90\x00\x03\x00\x00\x00" + b"\0" * 64,  # program Windows
        b"<html><script>alert(1)</script></html>",
        b"GIF89a" + b"\0" * 64,  # GIF: gambar, tetapi tidak diizinkan
        b"teks biasa, bukan PDF",
    ],
)
def test_jenis_lain_yang_dinamai_pdf_ditolak(realisasi, isi):
    h, r = realisasi
    with pytest.raises(KesalahanPenilaian, match="diperiksa dari isinya"):
        services.bukti_unggah(
            oleh=h.staf.user, realisasi=r, berkas=SimpleUploadedFile("bukti.pdf", isi)
        )
    assert not r.bukti.exists()


def test_bukti_lebih_dari_10_mb_ditolak(realisasi):
    h, r = realisasi
    besar = _pdf() + b"\0" * (10 * 1024 * 1024)
    with pytest.raises(KesalahanPenilaian, match="paling besar 10 MB"):
        services.bukti_unggah(
            oleh=h.staf.user, realisasi=r, berkas=SimpleUploadedFile("besar.pdf", besar)
        )


def test_hanya_pemilik_yang_mengunggah(realisasi):
    h, r = realisasi
    with pytest.raises(KesalahanPenilaian, match="pemilik"):
        services.bukti_unggah(
            oleh=h.lurah.user, realisasi=r, berkas=SimpleUploadedFile("a.pdf", _pdf())
        )


def test_unduh_bukti_untuk_atasan_dan_404_untuk_rekan(realisasi, client):
    h, r = realisasi
    bukti = services.bukti_unggah(
        oleh=h.staf.user, realisasi=r, berkas=SimpleUploadedFile("laporan.pdf", _pdf())
    )
    client.force_login(h.camat.user)
    respons = client.get(f"/penilaian/bukti/{bukti.pk}/")
    assert respons.status_code == 200
    assert respons["Content-Type"] == "application/pdf"
    assert b"".join(respons.streaming_content).startswith(b"%PDF")
    client.force_login(h.staf_lain.user)
    assert client.get(f"/penilaian/bukti/{bukti.pk}/").status_code == 404


def test_unggah_lewat_halaman_menolak_exe_berganti_nama(realisasi, client):
    h, r = realisasi
    skp = r.indikator.rhk.skp
    client.force_login(h.staf.user)
    respons = client.post(
        f"/penilaian/skp/{skp.pk}/iki/{r.indikator_id}/realisasi/",
        {
            "periode_evaluasi": "tw2",
            "nilai": "6",
            "versi_tw2": "0",
            "berkas": SimpleUploadedFile("bukti.pdf", b"MZ\x90\x00" + b"\0" * 64),
        },
        follow=True,
    )
    assert "Jenis berkas tidak diterima" in respons.content.decode()
    # Realisation and evidence are one transaction: a rejected file saves neither.
    assert not r.indikator.realisasi.filter(periode_evaluasi="tw2").exists()
