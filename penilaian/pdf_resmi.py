"""The official look every PDF of the site shares: embedded fonts, the kop (header), the QR
code with its verification code, and the signature block.

Fonts. reportlab's standard Helvetica is not embedded: each viewer substitutes its own font
with other widths, which is how "KINERJA" came out as "KINERJ A" in text extraction. Every PDF
therefore uses DejaVu Sans and DejaVu Serif from the Debian package ``fonts-dejavu-core``
(``scripts/pasang-sistem.sh`` installs it), registered once and embedded as subsets. A missing
font file is a configuration error with the path and the package named, never a silent
fallback to a font that is not embedded.

Header. The institution lines and the emblem come from the Wagtail setting
:class:`penilaian.models.PengaturanDokumen`; without an emblem the kop has no image.

Every value that came from what people typed passes :func:`penilaian.pdf_aman.teks_pdf`
before it enters a ``Paragraph``.
"""

import logging
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

import segno
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Image, Paragraph, Table, TableStyle

from .models import PengaturanDokumen
from .pdf_aman import teks_pdf
from .validasi import format_nip

log = logging.getLogger(__name__)

HURUF_TEKS = "DejaVuSans"
HURUF_TEKS_TEBAL = "DejaVuSans-Bold"
HURUF_JUDUL = "DejaVuSerif"
HURUF_JUDUL_TEBAL = "DejaVuSerif-Bold"
#: One-time codes (activation letters): a monospaced face, each character in its own cell.
HURUF_KODE = "DejaVuSansMono-Bold"

#: reportlab font name → file name in ``PDF_FOLDER_HURUF``. All five are in fonts-dejavu-core
#: (the oblique faces are in fonts-dejavu-extra, so italics are mapped to the upright faces).
BERKAS_HURUF = {
    HURUF_TEKS: "DejaVuSans.ttf",
    HURUF_TEKS_TEBAL: "DejaVuSans-Bold.ttf",
    HURUF_JUDUL: "DejaVuSerif.ttf",
    HURUF_JUDUL_TEBAL: "DejaVuSerif-Bold.ttf",
    HURUF_KODE: "DejaVuSansMono-Bold.ttf",
}

WARNA_TEKS = colors.HexColor("#1f2933")


class HurufPdfTidakAda(ImproperlyConfigured):
    """A font file every PDF needs is missing from the machine."""


def berkas_huruf(folder: Path) -> dict[str, Path]:
    """The path of every font file in ``folder``; :class:`HurufPdfTidakAda` naming the first
    one missing, the package that brings it and the setting that moves the folder."""
    jalur = {nama: Path(folder) / berkas for nama, berkas in BERKAS_HURUF.items()}
    for j in jalur.values():
        if not j.is_file():
            raise HurufPdfTidakAda(
                f"Berkas huruf PDF {j} tidak ditemukan. Pasang paket Debian fonts-dejavu-core "
                "(scripts/pasang-sistem.sh) atau arahkan PDF_FOLDER_HURUF ke folder yang berisi "
                + ", ".join(BERKAS_HURUF.values())
                + "."
            )
    return jalur


def daftarkan_huruf() -> None:
    """Register the embedded fonts with reportlab (once per process; cheap afterwards)."""
    if set(pdfmetrics.getRegisteredFontNames()).issuperset(BERKAS_HURUF):
        return
    for nama, jalur in berkas_huruf(settings.PDF_FOLDER_HURUF).items():
        pdfmetrics.registerFont(TTFont(nama, str(jalur)))
    for biasa, tebal in ((HURUF_TEKS, HURUF_TEKS_TEBAL), (HURUF_JUDUL, HURUF_JUDUL_TEBAL)):
        pdfmetrics.registerFontFamily(
            biasa, normal=biasa, bold=tebal, italic=biasa, boldItalic=tebal
        )


def _memuat(nama_huruf: str, teks: str) -> bool:
    """Whether the font has a glyph for every visible character of ``teks``."""
    peta = pdfmetrics.getFont(nama_huruf).face.charToGlyph
    return all(ord(ch) in peta for ch in teks if not ch.isspace())


def gaya(
    nama: str,
    *,
    ukuran: float = 9,
    tebal: bool = False,
    judul: bool = False,
    untuk: str = "",
    **lain,
):
    """A paragraph style in the embedded fonts (sans for text, serif for headings). A heading
    whose text ``untuk`` has letters DejaVu Serif lacks (Arabic script, for one) is set in
    DejaVu Sans, which has them, rather than printing empty boxes."""
    daftarkan_huruf()
    if judul and untuk and not _memuat(HURUF_JUDUL_TEBAL if tebal else HURUF_JUDUL, untuk):
        judul = False
    if judul:
        huruf = HURUF_JUDUL_TEBAL if tebal else HURUF_JUDUL
    else:
        huruf = HURUF_TEKS_TEBAL if tebal else HURUF_TEKS
    lain.setdefault("leading", ukuran * 1.25)
    lain.setdefault("textColor", WARNA_TEKS)
    return ParagraphStyle(nama, fontName=huruf, fontSize=ukuran, **lain)


def gaya_tabel(*perintah) -> TableStyle:
    """A table style whose cells draw plain strings in the embedded font (reportlab's cell
    default is Helvetica, which would be referenced, unembedded, even for an empty cell)."""
    daftarkan_huruf()
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), HURUF_TEKS), *perintah])


def pengaturan() -> PengaturanDokumen:
    """The document settings (created with their defaults on first use)."""
    return PengaturanDokumen.load()


def _lambang(p: PengaturanDokumen, tinggi: float) -> Image | None:
    """The emblem as a flowable ``tinggi`` high, or None when none is chosen. A rendition
    (at most 600 px, PNG) is embedded rather than the original upload, whatever its size.
    An emblem whose file is gone from storage is logged and left out: the document is still
    issued, with a header of text only."""
    if p.lambang is None:
        return None
    try:
        rendisi = p.lambang.get_rendition("max-600x600|format-png")
        with rendisi.file.open("rb") as berkas:
            isi = BytesIO(berkas.read())
        lebar_px, tinggi_px = ImageReader(isi).getSize()
    except Exception:
        log.exception("Lambang dokumen (gambar %s) tidak dapat dibaca", p.lambang_id)
        return None
    isi.seek(0)
    return Image(isi, width=tinggi * lebar_px / tinggi_px, height=tinggi, mask="auto")


def kop(lebar: float, *, p: PengaturanDokumen | None = None) -> Table:
    """The official header ``lebar`` wide: the emblem (when set) left of the centred lines
    PEMERINTAH KOTA …, KECAMATAN …, the address, and the double rule under them."""
    p = p or pengaturan()
    tinggi_lambang = 22 * mm
    baris = [
        Paragraph(
            teks_pdf(p.nama_pemerintah.upper()),
            gaya("kop-pemerintah", ukuran=13, tebal=True, judul=True, alignment=TA_CENTER),
        ),
        Paragraph(
            teks_pdf(p.nama_instansi.upper()),
            gaya("kop-instansi", ukuran=16, tebal=True, judul=True, alignment=TA_CENTER),
        ),
    ]
    if p.alamat.strip():
        baris.append(
            Paragraph(teks_pdf(p.alamat), gaya("kop-alamat", ukuran=8, alignment=TA_CENTER))
        )
    lambang = _lambang(p, tinggi_lambang)
    # The text stays centred on the page: an emblem column on the left is balanced by an
    # empty one of the same width on the right.
    sisi = tinggi_lambang * 1.3
    tabel = Table(
        [[lambang or "", baris, ""]],
        colWidths=[sisi, lebar - 2 * sisi, sisi],
        style=gaya_tabel(
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (0, 0), (0, 0), "CENTER"),
            ("LINEBELOW", (0, 0), (-1, 0), 2, WARNA_TEKS),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 5),
        ),
    )
    return Table(
        [[tabel]],
        colWidths=[lebar],
        style=gaya_tabel(
            ("LINEBELOW", (0, 0), (-1, -1), 0.6, WARNA_TEKS),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ),
    )


class KodeQR(Flowable):
    """The QR code of ``url`` (segno, error correction M, quiet zone of 4 modules) as vector
    squares ``ukuran`` wide: sharp at any zoom, no raster image in the file, and no font
    (a reportlab ``Drawing`` would reference an unembedded Helvetica)."""

    def __init__(self, url: str, ukuran: float):
        super().__init__()
        self.ukuran = ukuran
        self.matriks = [list(b) for b in segno.make(url, error="m").matrix_iter(border=4)]

    def wrap(self, *_args):
        return self.ukuran, self.ukuran

    def kotak(self) -> list[tuple[float, float, float, float]]:
        """The dark squares as (x, y, width, height) from the lower-left corner; a run of dark
        modules in a row is one rectangle."""
        modul = self.ukuran / len(self.matriks)
        hasil = []
        for r, baris in enumerate(self.matriks):
            y = self.ukuran - (r + 1) * modul
            k = 0
            while k < len(baris):
                if not baris[k]:
                    k += 1
                    continue
                awal = k
                while k < len(baris) and baris[k]:
                    k += 1
                hasil.append((awal * modul, y, (k - awal) * modul, modul))
        return hasil

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(colors.black)
        for x, y, lebar, tinggi in self.kotak():
            c.rect(x, y, lebar, tinggi, stroke=0, fill=1)
        c.restoreState()


def qr_dengan_kode(url: str, kode: str, *, ukuran: float = 30 * mm) -> Table:
    """The QR code of the verification URL with the verification code printed under it (the
    column is wider than the code so a 12-character code stays on one line)."""
    return Table(
        [
            [KodeQR(url, ukuran)],
            [Paragraph(teks_pdf(kode), gaya("kode-qr", ukuran=9, tebal=True, alignment=TA_CENTER))],
        ],
        colWidths=[ukuran + 12 * mm],
        style=gaya_tabel(
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("LEFTPADDING", (0, 0), (-1, -1), 1),
            ("RIGHTPADDING", (0, 0), (-1, -1), 1),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ),
    )


@dataclass(frozen=True)
class PenandaTangan:
    """Who signs, as printed: the role line (``Camat Cipocok Jaya,``), name and NIP."""

    peran: str
    nama: str
    nip: str = ""


def penanda_tangan_sertifikat(p: PengaturanDokumen | None = None) -> PenandaTangan | None:
    """The certificate's signatory from the settings, or None when no name is set."""
    p = p or pengaturan()
    if not p.penanda_tangan_nama.strip():
        return None
    return PenandaTangan(
        peran=p.penanda_tangan_jabatan, nama=p.penanda_tangan_nama, nip=p.penanda_tangan_nip
    )


def blok_tanda_tangan(
    *, tanggal: str, penanda: PenandaTangan | None, p: PengaturanDokumen | None = None
) -> list[Flowable]:
    """The date line ("Serang, 3 Desember 2026") and, when someone signs, the role, room for
    the signature, the name in bold and the NIP grouped 8-6-1-3."""
    p = p or pengaturan()
    biasa = gaya("ttd", ukuran=10, leading=13)
    isi: list[Flowable] = [Paragraph(teks_pdf(f"{p.kota}, {tanggal}"), biasa)]
    if penanda is None:
        return isi
    isi.append(Paragraph(teks_pdf(f"{penanda.peran},"), biasa))
    isi.append(Paragraph("<br/><br/><br/>", biasa))
    isi.append(
        Paragraph(f"<u>{teks_pdf(penanda.nama)}</u>", gaya("ttd-nama", ukuran=10, tebal=True))
    )
    if penanda.nip.strip():
        isi.append(Paragraph(teks_pdf(f"NIP {format_nip(penanda.nip)}"), biasa))
    return isi
