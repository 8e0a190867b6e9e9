"""The activation letter PDF: one A4 page per employee, printed by Admin Kepegawaian.

Each page carries the employee's name, NIP and unit, the site's address, the one-time code in
large type and a QR code that opens the activation page with the NIP filled in. The drawing of
one page is :func:`gambar_surat` alone, so the official letterhead module can replace its
header later without touching the rest. Names and units come from the database and are hostile:
they go through ``penilaian.pdf_aman`` into paragraphs (which parse markup).
"""

from __future__ import annotations

import io

from django.utils import formats
from django.utils.translation import gettext as _
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph

from penilaian.pdf_aman import teks_pdf, teks_pdf_polos, tutup_akses_berkas
from penilaian.pdf_resmi import HURUF_KODE, HURUF_TEKS, HURUF_TEKS_TEBAL, KodeQR, daftarkan_huruf

from .aktivasi import IsiSurat

FON, FON_TEBAL, FON_KODE = HURUF_TEKS, HURUF_TEKS_TEBAL, HURUF_KODE


def _gaya(ukuran: float, fon: str = FON, **lain) -> ParagraphStyle:
    return ParagraphStyle(
        f"surat-{fon}-{ukuran}", fontName=fon, fontSize=ukuran, leading=ukuran * 1.35, **lain
    )


def _paragraf(c: canvas.Canvas, markup: str, gaya: ParagraphStyle, x: float, y: float, lebar):
    """Draw a paragraph with its top at ``y``; returns the y below it."""
    p = Paragraph(markup, gaya)
    _lebar, tinggi = p.wrap(lebar, 200 * mm)
    p.drawOn(c, x, y - tinggi)
    return y - tinggi


def gambar_surat(c: canvas.Canvas, isi: IsiSurat, *, alamat_situs: str) -> None:
    """Draw one letter on the current page of ``c``."""
    lebar, tinggi = A4
    kiri, kanan = 22 * mm, lebar - 22 * mm
    y = tinggi - 25 * mm
    c.setFont(FON_TEBAL, 13)
    c.drawString(kiri, y, _("Pemerintah Kota Serang · Kecamatan Cipocok Jaya"))
    y -= 6 * mm
    c.setFont(FON, 10)
    c.drawString(kiri, y, _("Modul Pembelajaran Penilaian Kinerja ASN"))
    y -= 4 * mm
    c.setLineWidth(1)
    c.line(kiri, y, kanan, y)
    y -= 12 * mm
    c.setFont(FON_TEBAL, 16)
    c.drawString(kiri, y, _("Surat Aktivasi Akun"))
    y -= 10 * mm
    lebar_isi = kanan - kiri
    baris_data = [
        (_("Nama"), isi.nama),
        (_("NIP"), isi.nip),
        (_("Unit kerja"), isi.unit),
    ]
    for label, nilai in baris_data:
        y = _paragraf(
            c,
            f"<b>{teks_pdf(label)}</b>: {teks_pdf(nilai)}",
            _gaya(11),
            kiri,
            y,
            lebar_isi,
        )
        y -= 2 * mm
    y -= 4 * mm
    y = _paragraf(
        c,
        teks_pdf(
            _(
                "Akun Anda untuk belajar dan menyusun SKP sudah dibuat. Nama pengguna Anda adalah "
                "NIP. Untuk mengaktifkannya dan membuat kata sandi sendiri:"
            )
        ),
        _gaya(11),
        kiri,
        y,
        lebar_isi,
    )
    y -= 3 * mm
    langkah = [
        _("Buka %(alamat)s/akun/aktivasi/ atau pindai kode QR di bawah.")
        % {"alamat": alamat_situs},
        _("Masukkan NIP dan kode aktivasi berikut."),
        _("Buat kata sandi baru; setelah itu Anda langsung masuk."),
    ]
    for nomor, teks in enumerate(langkah, start=1):
        y = _paragraf(c, f"{nomor}. {teks_pdf(teks)}", _gaya(11), kiri + 4 * mm, y, lebar_isi)
        y -= 1.5 * mm
    y -= 10 * mm
    c.setFont(FON, 10)
    c.drawString(kiri, y, _("Kode aktivasi"))
    y -= 13 * mm
    c.setFont(FON_KODE, 30)
    c.drawString(kiri, y, teks_pdf_polos(isi.kode))
    sisi_qr = 42 * mm
    KodeQR(isi.tautan, sisi_qr).drawOn(c, kanan - sisi_qr, y - 8 * mm)
    c.setFont(FON, 8)
    c.drawCentredString(
        kanan - sisi_qr / 2, y - 12 * mm, _("Pindai untuk membuka halaman aktivasi")
    )
    y -= 12 * mm
    berlaku = formats.date_format(isi.berlaku_sampai, "j F Y")
    y = _paragraf(
        c,
        teks_pdf(
            _(
                "Berlaku sampai %(tanggal)s dan hanya dapat dipakai sekali. Surat aktivasi yang "
                "lebih baru membatalkan surat ini. Jangan berikan kode ini kepada siapa pun, "
                "termasuk petugas."
            )
            % {"tanggal": berlaku}
        ),
        _gaya(10),
        kiri,
        y,
        lebar_isi - sisi_qr - 8 * mm,
    )
    c.setFont(FON, 8)
    c.drawString(
        kiri,
        18 * mm,
        _("Dokumen ini memuat kode rahasia. Simpan atau hancurkan setelah akun aktif."),
    )


def surat_aktivasi_pdf(daftar: list[IsiSurat], *, alamat_situs: str) -> bytes:
    """One PDF with a page per letter, in order."""
    daftarkan_huruf()
    tutup_akses_berkas()
    keluaran = io.BytesIO()
    c = canvas.Canvas(keluaran, pagesize=A4, pageCompression=1, initialFontName=FON)
    c.setTitle(_("Surat aktivasi akun"))
    c.setAuthor(_("Kecamatan Cipocok Jaya"))
    for isi in daftar:
        gambar_surat(c, isi, alamat_situs=alamat_situs)
        c.showPage()
    c.save()
    return keluaran.getvalue()
