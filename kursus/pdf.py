"""The certificate as a PDF, drawn with reportlab (pure Python, from PyPI; no system packages).
The QR code is reportlab's own widget and encodes the public verification URL. Canvas strings
are not parsed as markup; typed text still passes ``penilaian.pdf_aman`` to lose control and
bidi characters."""

from io import BytesIO

from django.utils import formats, timezone
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from penilaian.pdf_aman import teks_pdf_polos

from .models import Sertifikat

WARNA = HexColor("#0b4f6c")


def sertifikat_pdf(sertifikat: Sertifikat, *, url_verifikasi: str) -> bytes:
    """Return the certificate PDF as bytes."""
    buffer = BytesIO()
    lebar, tinggi = landscape(A4)
    # Uncompressed page streams keep the text greppable for checks and archives.
    c = canvas.Canvas(buffer, pagesize=(lebar, tinggi), pageCompression=0)
    c.setTitle(f"Sertifikat {sertifikat.kode}")
    c.setAuthor("Kecamatan Cipocok Jaya")
    c.setStrokeColor(WARNA)
    c.setLineWidth(3)
    c.rect(12 * mm, 12 * mm, lebar - 24 * mm, tinggi - 24 * mm)

    tengah = lebar / 2
    c.setFillColor(WARNA)
    c.setFont("Helvetica-Bold", 14)
    c.drawCentredString(tengah, tinggi - 35 * mm, "PEMERINTAH KOTA SERANG — KECAMATAN CIPOCOK JAYA")
    c.setFont("Helvetica-Bold", 32)
    c.drawCentredString(tengah, tinggi - 55 * mm, "SERTIFIKAT")
    c.setFillColor(HexColor("#1f2933"))
    c.setFont("Helvetica", 13)
    c.drawCentredString(tengah, tinggi - 70 * mm, "diberikan kepada")
    c.setFont("Helvetica-Bold", 24)
    c.drawCentredString(tengah, tinggi - 85 * mm, teks_pdf_polos(sertifikat.nama_peserta))
    c.setFont("Helvetica", 13)
    c.drawCentredString(tengah, tinggi - 95 * mm, f"NIP {teks_pdf_polos(sertifikat.nip)}")
    c.drawCentredString(tengah, tinggi - 110 * mm, "yang telah menyelesaikan kursus")
    c.setFont("Helvetica-Bold", 17)
    c.drawCentredString(tengah, tinggi - 122 * mm, teks_pdf_polos(sertifikat.judul_kursus))
    c.setFont("Helvetica", 13)
    tanggal = formats.date_format(timezone.localtime(sertifikat.diterbitkan_pada), "j F Y")
    c.drawCentredString(
        tengah,
        tinggi - 134 * mm,
        f"dengan beban {sertifikat.durasi_jp} jam pelajaran (JP), pada {tanggal}",
    )

    ukuran = 38 * mm
    qr = QrCodeWidget(url_verifikasi)
    x0, y0, x1, y1 = qr.getBounds()
    gambar = Drawing(ukuran, ukuran, transform=[ukuran / (x1 - x0), 0, 0, ukuran / (y1 - y0), 0, 0])
    gambar.add(qr)
    renderPDF.draw(gambar, c, 22 * mm, 20 * mm)
    c.setFont("Helvetica", 10)
    c.drawString(64 * mm, 36 * mm, f"Kode verifikasi: {sertifikat.kode}")
    c.drawString(64 * mm, 30 * mm, f"Periksa keaslian: {url_verifikasi}")
    c.showPage()
    c.save()
    return buffer.getvalue()
