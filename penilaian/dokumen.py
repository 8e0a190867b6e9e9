"""PDF "Dokumen Evaluasi Kinerja Pegawai" (reportlab), laid out like Anak Lampiran 4 of
PermenPANRB 6/2022, with a verification code and QR code instead of a wet signature."""

from io import BytesIO

from django.utils import formats, timezone
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from .models import Evaluasi, Rating
from .pdf_aman import teks_pdf
from .templatetags.angka import angka
from .templatetags.angka import ringkas as ringkas_angka


def _qr(url: str, ukuran: float = 30 * mm) -> Drawing:
    widget = QrCodeWidget(url)
    x1, y1, x2, y2 = widget.getBounds()
    gambar = Drawing(ukuran, ukuran, transform=[ukuran / (x2 - x1), 0, 0, ukuran / (y2 - y1), 0, 0])
    gambar.add(widget)
    return gambar


def _label(nilai: str) -> str:
    try:
        return str(Rating(nilai).label)
    except ValueError:
        return nilai or "—"


def _target(target, satuan: str) -> str:
    return f"{ringkas_angka(target)} {satuan}".strip()


def _angka(nilai) -> str:
    """A computed result with two decimals, as on the pages (the ``angka`` filter)."""
    return angka(nilai)


def dokumen_evaluasi_pdf(evaluasi: Evaluasi, *, url_verifikasi: str) -> bytes:
    """The PDF bytes of a final evaluation, from the stored engine result."""
    skp = evaluasi.skp
    pegawai = skp.pegawai
    penilai = skp.penilai or pegawai.atasan
    hasil = evaluasi.hasil_mesin
    gaya = getSampleStyleSheet()
    kecil = gaya["BodyText"].clone("kecil", fontSize=8, leading=10)
    judul = gaya["Title"].clone("judul", fontSize=14)

    def p(teks, g=kecil) -> Paragraph:
        """A paragraph of literal text: whatever was typed is shown, never obeyed."""
        return Paragraph(teks_pdf(teks), g)

    def tata(susunan: str, g, **isian) -> Paragraph:
        """A paragraph of the document's own markup, every inserted value escaped."""
        return Paragraph(susunan.format(**{k: teks_pdf(v) for k, v in isian.items()}), g)

    isi = [
        Paragraph("DOKUMEN EVALUASI KINERJA PEGAWAI", judul),
        p(
            f"PERIODE: {evaluasi.get_periode_evaluasi_display().upper()} {skp.periode.tahun} · "
            "PEMERINTAH KOTA SERANG · KECAMATAN CIPOCOK JAYA",
            gaya["Normal"],
        ),
        Spacer(1, 4 * mm),
    ]
    identitas = [
        ["PEGAWAI YANG DINILAI", "", "PEJABAT PENILAI KINERJA", ""],
        ["Nama", pegawai.nama, "Nama", penilai.nama if penilai else "—"],
        ["NIP", pegawai.nip, "NIP", penilai.nip if penilai else "—"],
        ["Jabatan", pegawai.jabatan, "Jabatan", penilai.jabatan if penilai else "—"],
        ["Unit kerja", str(pegawai.unit), "Unit kerja", str(penilai.unit) if penilai else "—"],
    ]
    t = Table([[p(c) for c in baris] for baris in identitas], colWidths=[30 * mm, 100 * mm] * 2)
    t.setStyle(_gaya_tabel(kepala=True, span=[((0, 0), (1, 0)), ((2, 0), (3, 0))]))
    isi += [t, Spacer(1, 4 * mm)]

    baris = [
        [
            p("No"),
            p("Rencana Hasil Kerja"),
            p("Indikator Kinerja Individu"),
            p("Target"),
            p("Realisasi berdasarkan bukti dukung"),
            p("Capaian (%)"),
            p("Umpan balik berkelanjutan berdasarkan bukti dukung"),
        ]
    ]
    # Rows come from what the engine was given and returned (stored with the evaluation), so
    # the document reproduces the final result even if the SKP's rows were reordered later.
    hasil_rhk = hasil.get("rhk", [])
    umpan_per_rhk: dict[str, list[str]] = {}
    for rhk in skp.rhk.prefetch_related("umpan_balik"):
        umpan_per_rhk.setdefault(rhk.teks, []).extend(u.teks for u in rhk.umpan_balik.all())
    for n, rhk in enumerate(evaluasi.masukan_mesin.get("rhk", []), 1):
        umpan = "; ".join(umpan_per_rhk.get(rhk["teks"], [])) or "—"
        iki_hasil = hasil_rhk[n - 1]["indikator"] if n - 1 < len(hasil_rhk) else []
        jenis = "Utama" if rhk.get("jenis", "utama") == "utama" else "Tambahan"
        for i, iki in enumerate(rhk.get("indikator", [])):
            capaian = iki_hasil[i]["capaian"] if i < len(iki_hasil) else None
            satuan = iki.get("satuan") or ""
            baris.append(
                [
                    p(n if i == 0 else ""),
                    p(f"{rhk['teks']} ({jenis})" if i == 0 else ""),
                    p(iki["teks"]),
                    p(_target(iki.get("target"), satuan)),
                    p(f"{ringkas_angka(iki.get('realisasi'))} {satuan}".strip()),
                    p(_angka(capaian)),
                    p(umpan if i == 0 else ""),
                ]
            )
    t = Table(
        baris,
        colWidths=[8 * mm, 55 * mm, 60 * mm, 25 * mm, 30 * mm, 20 * mm, 62 * mm],
        repeatRows=1,
    )
    t.setStyle(_gaya_tabel(kepala=True))
    isi += [t, Spacer(1, 4 * mm)]

    perilaku = "; ".join(
        f"{k.replace('_', ' ').title()}: {v}" for k, v in evaluasi.catatan_perilaku.items()
    )
    ringkas = [
        ["Capaian hasil kerja", f"{_angka(hasil.get('capaian_hasil_kerja'))} %"],
        [
            "Rating hasil kerja",
            _label(evaluasi.rating_hasil_kerja)
            + (
                f" (usulan: {_label(evaluasi.rating_hasil_kerja_usulan)}; alasan: {evaluasi.alasan_rating})"
                if evaluasi.alasan_rating
                else ""
            ),
        ],
        ["Rating perilaku kerja", _label(evaluasi.rating_perilaku)],
        ["Catatan perilaku (BerAKHLAK)", perilaku or "—"],
        ["PREDIKAT KINERJA PEGAWAI", evaluasi.predikat],
    ]
    if evaluasi.angka_kredit is not None:
        ringkas.append(["Angka kredit", _angka(evaluasi.angka_kredit)])
    kebijakan = hasil.get("kebijakan") or {}
    ringkas.append(
        [
            "Kebijakan dan versi mesin",
            f"{kebijakan.get('nama', '—')} · mesin {evaluasi.versi_mesin}",
        ]
    )
    t = Table([[p(a), p(b)] for a, b in ringkas], colWidths=[60 * mm, 200 * mm])
    t.setStyle(_gaya_tabel())
    isi += [t, Spacer(1, 6 * mm)]

    tanggal = formats.date_format(
        timezone.localtime(evaluasi.difinalkan or timezone.now()), "j F Y"
    )
    tanda = Table(
        [
            [
                _qr(url_verifikasi),
                tata(
                    "Kode verifikasi: <b>{kode}</b><br/>Periksa keaslian dokumen di {url}<br/>"
                    "Perlu tidaknya tanda tangan basah pada cetakan mengikuti ketentuan instansi.",
                    gaya["Normal"],
                    kode=evaluasi.kode_verifikasi,
                    url=url_verifikasi,
                ),
                tata(
                    "Serang, {tanggal}<br/>Pejabat Penilai Kinerja,<br/><br/><br/>"
                    "<b>{nama}</b><br/>NIP {nip}",
                    gaya["Normal"],
                    tanggal=tanggal,
                    nama=penilai.nama if penilai else "—",
                    nip=penilai.nip if penilai else "—",
                ),
            ]
        ],
        colWidths=[35 * mm, 130 * mm, 95 * mm],
    )
    tanda.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    isi.append(tanda)

    keluaran = BytesIO()
    doc = SimpleDocTemplate(
        keluaran,
        pagesize=landscape(A4),
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=12 * mm,
        bottomMargin=12 * mm,
        title="Dokumen Evaluasi Kinerja Pegawai",
        author="Kecamatan Cipocok Jaya",
    )
    doc.build(isi)
    return keluaran.getvalue()


def _gaya_tabel(*, kepala: bool = False, span=()) -> TableStyle:
    perintah = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if kepala:
        perintah.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ef")))
    for awal, akhir in span:
        perintah.append(("SPAN", awal, akhir))
    return TableStyle(perintah)
