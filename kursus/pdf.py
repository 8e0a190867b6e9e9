"""The certificate as a PDF (reportlab), in the official look every PDF of the site shares
(``penilaian.pdf_resmi``): embedded fonts, the kop with the emblem chosen in the Wagtail
settings, the signatory from those settings, and a QR code to the public verification page
with the code printed under it.

Name and course title are what people typed: they pass ``penilaian.pdf_aman`` (markup shown
literally, control and bidi characters dropped), and the middle of the page shrinks to fit
rather than running into the signature when they are long."""

from io import BytesIO

from django.utils import formats, timezone
from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable, Frame, KeepInFrame, Paragraph, Spacer

from penilaian import pdf_resmi
from penilaian.pdf_aman import teks_pdf
from penilaian.validasi import format_nip

from .models import Sertifikat

WARNA = HexColor("#0b4f6c")


def _paragraf_muat(teks: str, nama: str, *, maks: int, min_: int, lebar: float, baris: int):
    """``teks`` centred in the largest size from ``maks`` down to ``min_`` that needs at most
    ``baris`` lines in ``lebar`` (the smallest size when none does)."""
    ukuran = maks
    while True:
        p = Paragraph(
            teks_pdf(teks),
            pdf_resmi.gaya(
                nama, ukuran=ukuran, tebal=True, judul=True, untuk=teks, alignment=TA_CENTER
            ),
        )
        p.wrap(lebar, 1000 * mm)
        if len(p.blPara.lines) <= baris or ukuran - 2 < min_:
            return p
        ukuran -= 2


def _isi_tengah(sertifikat: Sertifikat, lebar: float) -> list[Flowable]:
    biasa = pdf_resmi.gaya("biasa", ukuran=13, alignment=TA_CENTER, leading=17)
    isi: list[Flowable] = [
        Paragraph(
            "SERTIFIKAT",
            pdf_resmi.gaya(
                "judul", ukuran=30, tebal=True, judul=True, alignment=TA_CENTER, textColor=WARNA
            ),
        ),
        Spacer(1, 6 * mm),
        Paragraph("diberikan kepada", biasa),
        Spacer(1, 2 * mm),
        _paragraf_muat(sertifikat.nama_peserta, "nama", maks=24, min_=14, lebar=lebar, baris=2),
    ]
    # A participant without an employee record has no NIP: the line is left out (a user name
    # is not a NIP).
    if (sertifikat.nip or "").strip():
        isi.append(Paragraph(teks_pdf(f"NIP {format_nip(sertifikat.nip)}"), biasa))
    isi += [
        Spacer(1, 4 * mm),
        Paragraph("telah menyelesaikan kursus", biasa),
        Spacer(1, 1 * mm),
        _paragraf_muat(sertifikat.judul_kursus, "kursus", maks=18, min_=12, lebar=lebar, baris=2),
        Spacer(1, 1 * mm),
        Paragraph(f"dengan beban {sertifikat.durasi_jp} jam pelajaran (JP)", biasa),
    ]
    return isi


def _taruh(c: canvas.Canvas, isi: list[Flowable], x: float, y: float, lebar: float, tinggi: float):
    """Lay ``isi`` out top-down in the box whose lower-left corner is (x, y), shrunk to fit."""
    bingkai = Frame(x, y, lebar, tinggi, 0, 0, 0, 0, showBoundary=0)
    bingkai.addFromList([KeepInFrame(lebar, tinggi, isi, mode="shrink")], c)


def sertifikat_pdf(sertifikat: Sertifikat, *, url_verifikasi: str) -> bytes:
    """Return the certificate PDF as bytes."""
    pengaturan = pdf_resmi.pengaturan()
    buffer = BytesIO()
    lebar, tinggi = landscape(A4)
    # Uncompressed page streams keep the layout inspectable; the text itself is in the
    # embedded fonts' glyph codes, read back with pdftotext (the fonts carry a ToUnicode map).
    pdf_resmi.daftarkan_huruf()
    c = canvas.Canvas(
        buffer,
        pagesize=(lebar, tinggi),
        pageCompression=0,
        initialFontName=pdf_resmi.HURUF_TEKS,
    )
    c.setTitle(f"Sertifikat {sertifikat.kode}")
    c.setAuthor(pengaturan.nama_instansi)
    c.setStrokeColor(WARNA)
    c.setLineWidth(3)
    c.rect(10 * mm, 10 * mm, lebar - 20 * mm, tinggi - 20 * mm)
    c.setLineWidth(0.8)
    c.rect(13 * mm, 13 * mm, lebar - 26 * mm, tinggi - 26 * mm)

    lebar_kop = 230 * mm
    _taruh(
        c,
        [pdf_resmi.kop(lebar_kop, p=pengaturan)],
        (lebar - lebar_kop) / 2,
        tinggi - 50 * mm,
        lebar_kop,
        33 * mm,
    )
    lebar_isi = 240 * mm
    _taruh(
        c, _isi_tengah(sertifikat, lebar_isi), (lebar - lebar_isi) / 2, 66 * mm, lebar_isi, 88 * mm
    )

    _taruh(
        c,
        [pdf_resmi.qr_dengan_kode(url_verifikasi, sertifikat.kode)],
        18 * mm,
        18 * mm,
        44 * mm,
        44 * mm,
    )
    kecil = pdf_resmi.gaya("kecil", ukuran=8.5, alignment=TA_LEFT, leading=11)
    periksa = [
        Paragraph(f"Kode verifikasi: <b>{teks_pdf(sertifikat.kode)}</b>", kecil),
        Paragraph(f"Periksa keaslian sertifikat ini di {teks_pdf(url_verifikasi)}", kecil),
    ]
    _taruh(c, periksa, 64 * mm, 30 * mm, 110 * mm, 20 * mm)

    tanggal = formats.date_format(timezone.localtime(sertifikat.diterbitkan_pada), "j F Y")
    tanda = pdf_resmi.blok_tanda_tangan(
        tanggal=tanggal, penanda=pdf_resmi.penanda_tangan_sertifikat(pengaturan), p=pengaturan
    )
    _taruh(c, tanda, lebar - 115 * mm, 18 * mm, 95 * mm, 46 * mm)
    c.showPage()
    c.save()
    return buffer.getvalue()
