"""PDF "Dokumen Evaluasi Kinerja Pegawai" (reportlab), laid out like Anak Lampiran 4 of
PermenPANRB 6/2022, with a verification code and QR code instead of a wet signature, in the
official look every PDF of the site shares (:mod:`penilaian.pdf_resmi`: embedded fonts, the
kop with the emblem from the settings)."""

from io import BytesIO

from django.utils import formats, timezone
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from . import pdf_resmi
from .models import Evaluasi, Pegawai, Rating
from .pdf_aman import teks_pdf
from .templatetags.angka import angka
from .templatetags.angka import ringkas as ringkas_angka
from .validasi import format_nip


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


LEBAR_HALAMAN = landscape(A4)[0] - 24 * mm


def _p(teks, gaya=None) -> Paragraph:
    """A paragraph of literal text: whatever was typed is shown, never obeyed."""
    return Paragraph(teks_pdf(teks), gaya or pdf_resmi.gaya("sel", ukuran=8, leading=10))


def _tata(susunan: str, gaya, **isian) -> Paragraph:
    """A paragraph of the document's own markup, every inserted value escaped."""
    return Paragraph(susunan.format(**{k: teks_pdf(v) for k, v in isian.items()}), gaya)


def _kepala(evaluasi: Evaluasi) -> list[Flowable]:
    periode = f"{evaluasi.get_periode_evaluasi_display().upper()} {evaluasi.skp.periode.tahun}"
    return [
        pdf_resmi.kop(LEBAR_HALAMAN),
        Spacer(1, 4 * mm),
        Paragraph(
            "DOKUMEN EVALUASI KINERJA PEGAWAI",
            pdf_resmi.gaya("judul", ukuran=14, tebal=True, judul=True, alignment=TA_CENTER),
        ),
        _p(f"PERIODE: {periode}", pdf_resmi.gaya("periode", ukuran=10, alignment=TA_CENTER)),
        Spacer(1, 4 * mm),
    ]


def _identitas(pegawai: Pegawai, penilai: Pegawai | None) -> Table:
    def nilai(orang: Pegawai | None, medan: str) -> str:
        if orang is None:
            return "—"
        return format_nip(orang.nip) if medan == "nip" else str(getattr(orang, medan))

    baris = [["PEGAWAI YANG DINILAI", "", "PEJABAT PENILAI KINERJA", ""]]
    for label, medan in (
        ("Nama", "nama"),
        ("NIP", "nip"),
        ("Jabatan", "jabatan"),
        ("Unit kerja", "unit"),
    ):
        baris.append([label, nilai(pegawai, medan), label, nilai(penilai, medan)])
    t = Table([[_p(c) for c in b] for b in baris], colWidths=[30 * mm, 106.5 * mm] * 2)
    t.setStyle(_gaya_tabel(kepala=True, span=[((0, 0), (1, 0)), ((2, 0), (3, 0))]))
    return t


def _tabel_hasil(evaluasi: Evaluasi) -> Table:
    """One row per IKI, from what the engine was given and returned (stored with the
    evaluation), so the document reproduces the final result even if the SKP's rows were
    reordered later."""
    baris = [
        [
            _p("No"),
            _p("Rencana Hasil Kerja"),
            _p("Indikator Kinerja Individu"),
            _p("Target"),
            _p("Realisasi berdasarkan bukti dukung"),
            _p("Capaian (%)"),
            _p("Umpan balik berkelanjutan berdasarkan bukti dukung"),
        ]
    ]
    hasil_rhk = evaluasi.hasil_mesin.get("rhk", [])
    umpan_per_rhk: dict[str, list[str]] = {}
    for rhk in evaluasi.skp.rhk.prefetch_related("umpan_balik"):
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
                    _p(n if i == 0 else ""),
                    _p(f"{rhk['teks']} ({jenis})" if i == 0 else ""),
                    _p(iki["teks"]),
                    _p(_target(iki.get("target"), satuan)),
                    _p(f"{ringkas_angka(iki.get('realisasi'))} {satuan}".strip()),
                    _p(_angka(capaian)),
                    _p(umpan if i == 0 else ""),
                ]
            )
    t = Table(
        baris,
        colWidths=[10 * mm, 55 * mm, 60 * mm, 25 * mm, 30 * mm, 20 * mm, 73 * mm],
        repeatRows=1,
    )
    t.setStyle(_gaya_tabel(kepala=True))
    return t


def _ringkasan(evaluasi: Evaluasi) -> Table:
    hasil = evaluasi.hasil_mesin
    perilaku = "; ".join(
        f"{k.replace('_', ' ').title()}: {v}" for k, v in evaluasi.catatan_perilaku.items()
    )
    rating_hasil = _label(evaluasi.rating_hasil_kerja)
    if evaluasi.alasan_rating:
        rating_hasil += (
            f" (usulan: {_label(evaluasi.rating_hasil_kerja_usulan)}; "
            f"alasan: {evaluasi.alasan_rating})"
        )
    ringkas = [
        ["Capaian hasil kerja", f"{_angka(hasil.get('capaian_hasil_kerja'))} %"],
        ["Rating hasil kerja", rating_hasil],
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
    t = Table([[_p(a), _p(b)] for a, b in ringkas], colWidths=[60 * mm, 213 * mm])
    t.setStyle(_gaya_tabel())
    return t


def _pengesahan(evaluasi: Evaluasi, penilai: Pegawai | None, url_verifikasi: str) -> Table:
    """QR code with the verification code under it, how to check the document, and the
    appraiser's signature block."""
    tanggal = formats.date_format(
        timezone.localtime(evaluasi.difinalkan or timezone.now()), "j F Y"
    )
    penanda = pdf_resmi.PenandaTangan(
        peran="Pejabat Penilai Kinerja",
        nama=penilai.nama if penilai else "—",
        nip=penilai.nip if penilai else "",
    )
    t = Table(
        [
            [
                pdf_resmi.qr_dengan_kode(url_verifikasi, evaluasi.kode_verifikasi),
                _tata(
                    "Kode verifikasi: <b>{kode}</b><br/>Periksa keaslian dokumen di {url}<br/>"
                    "Perlu tidaknya tanda tangan basah pada cetakan mengikuti ketentuan instansi.",
                    pdf_resmi.gaya("periksa", ukuran=9),
                    kode=evaluasi.kode_verifikasi,
                    url=url_verifikasi,
                ),
                pdf_resmi.blok_tanda_tangan(tanggal=tanggal, penanda=penanda),
            ]
        ],
        colWidths=[46 * mm, 132 * mm, 95 * mm],
    )
    t.setStyle(pdf_resmi.gaya_tabel(("VALIGN", (0, 0), (-1, -1), "TOP")))
    return t


def dokumen_evaluasi_pdf(evaluasi: Evaluasi, *, url_verifikasi: str) -> bytes:
    """The PDF bytes of a final evaluation, from the stored engine result."""
    skp = evaluasi.skp
    penilai = skp.penilai or skp.pegawai.atasan
    isi = [
        *_kepala(evaluasi),
        _identitas(skp.pegawai, penilai),
        Spacer(1, 4 * mm),
        _tabel_hasil(evaluasi),
        Spacer(1, 4 * mm),
        _ringkasan(evaluasi),
        Spacer(1, 6 * mm),
        _pengesahan(evaluasi, penilai, url_verifikasi),
    ]
    keluaran = BytesIO()
    doc = SimpleDocTemplate(
        keluaran,
        pagesize=landscape(A4),
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=12 * mm,
        bottomMargin=12 * mm,
        title="Dokumen Evaluasi Kinerja Pegawai",
        author=pdf_resmi.pengaturan().nama_instansi,
        initialFontName=pdf_resmi.HURUF_TEKS,
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
    return pdf_resmi.gaya_tabel(*perintah)
