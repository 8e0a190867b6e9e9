"""XLSX export of a unit's SKPs and evaluations (openpyxl), and the one guard every CSV/XLSX
cell the project writes goes through (:func:`sel_aman`): our own exports call it through
:func:`baris_aman`/:func:`tulis_csv`, and :func:`amankan_ekspor_wagtail` puts it under every
Wagtail listing export (``list_export`` of ModelViewSet/SnippetViewSet and Wagtail's reports).
The same guard writes yes/no values as "Ya"/"Tidak" (:func:`ya_tidak`), never Python's
``True``/``False``."""

import csv
from collections.abc import Iterable
from io import BytesIO, StringIO

from django.utils.translation import gettext
from openpyxl import Workbook
from openpyxl.styles import Font

from .models import Evaluasi, UnitKerja

KOLOM = (
    "NIP",
    "Nama",
    "Jabatan",
    "Jenis jabatan",
    "Periode",
    "Status SKP",
    "Capaian hasil kerja (%)",
    "Rating hasil kerja",
    "Rating perilaku",
    "Predikat",
    "Angka kredit",
    "Status evaluasi",
)


def ekspor_unit_xlsx(unit: UnitKerja, periode, skp_qs) -> bytes:
    buku = Workbook()
    lembar = buku.active
    lembar.title = "SKP"
    lembar.append(baris_aman([f"Rekap SKP {unit.nama} {periode.tahun if periode else ''}".strip()]))
    lembar["A1"].font = Font(bold=True, size=13)
    lembar.append(list(KOLOM))
    for sel in lembar[2]:
        sel.font = Font(bold=True)
    evaluasi = {
        e.skp_id: e for e in Evaluasi.objects.filter(skp__in=skp_qs, periode_evaluasi="tahunan")
    }
    for skp in skp_qs:
        e = evaluasi.get(skp.pk)
        capaian = (e.hasil_mesin or {}).get("capaian_hasil_kerja") if e else None
        lembar.append(
            baris_aman(
                [
                    skp.pegawai.nip,
                    skp.pegawai.nama,
                    skp.pegawai.jabatan,
                    skp.pegawai.get_jenis_jabatan_display(),
                    skp.periode.tahun,
                    skp.get_status_display(),
                    capaian,
                    e.get_rating_hasil_kerja_display() if e else "",
                    e.get_rating_perilaku_display() if e else "",
                    e.predikat if e else "",
                    float(e.angka_kredit) if e and e.angka_kredit is not None else None,
                    e.get_status_display() if e else "",
                ]
            )
        )
    for kolom, lebar in zip(
        "ABCDEFGHIJKL", (20, 30, 30, 14, 8, 12, 14, 20, 20, 18, 10, 12), strict=True
    ):
        lembar.column_dimensions[kolom].width = lebar
    keluaran = BytesIO()
    buku.save(keluaran)
    return keluaran.getvalue()


#: A cell that starts with one of these is read as a formula by spreadsheet programs.
AWALAN_RUMUS = ("=", "+", "-", "@", "\t", "\r")


def ya_tidak(nilai: bool | None) -> str:
    """A yes/no value as people read it in a list or a spreadsheet: "Ya" or "Tidak"; an
    unknown value (None) is empty. The one spelling of booleans in every export."""
    if nilai is None:
        return ""
    return gettext("Ya") if nilai else gettext("Tidak")


def sel_aman(nilai):
    """A value for an XLSX or CSV cell: text that a spreadsheet would read as a formula (it
    starts with = + - @, a tab or a carriage return) gets a leading apostrophe, so it shows
    as the text that was typed; a boolean is written "Ya"/"Tidak" (:func:`ya_tidak`).
    Numbers, dates and None pass unchanged."""
    if isinstance(nilai, bool):
        return ya_tidak(nilai)
    if isinstance(nilai, str) and nilai.startswith(AWALAN_RUMUS):
        return "'" + nilai
    return nilai


def templat_impor_xlsx() -> bytes:
    """The staff import template: sheet "pegawai" with the header row the import reads (and no
    sample rows, which could be imported by mistake), sheet "petunjuk" describing each column."""
    from .impor import KOLOM as KOLOM_IMPOR
    from .impor import WAJIB
    from .models import Pegawai

    jenis_jabatan = ", ".join(Pegawai.JenisJabatan.values)
    jenis_unit = ", ".join(UnitKerja.Jenis.values)
    petunjuk = {
        "nip": "18 digit tanpa spasi; kunci pegawai (impor ulang mengubah, bukan menggandakan).",
        "nama": "Nama lengkap dengan gelar seperti di SK.",
        "email": "Boleh kosong. Bila diisi, tautan aktivasi akun dikirim ke alamat ini; "
        "bila kosong, admin kepegawaian mencetak surat aktivasi.",
        "jabatan": "Nama jabatan, misalnya Kepala Seksi Pemerintahan.",
        "jenis_jabatan": f"Salah satu dari: {jenis_jabatan}.",
        "koefisien_jf": "Hanya untuk jabatan fungsional: koefisien angka kredit tahunan, "
        "ditulis dengan koma (12,5).",
        "unit_kode": "Kode unit: huruf kecil, angka, tanda hubung (kel-dalung).",
        "unit_nama": "Wajib untuk unit yang belum ada.",
        "unit_jenis": f"Wajib untuk unit yang belum ada; salah satu dari: {jenis_unit}.",
        "unit_induk_kode": "Kode unit induk (boleh kosong untuk unit teratas).",
        "nip_atasan": "NIP atasan langsung (pejabat penilai); ada di berkas atau di data.",
        "memimpin_unit": "ya atau tidak: pegawai ini pimpinan unitnya.",
    }
    buku = Workbook()
    lembar = buku.active
    lembar.title = "pegawai"
    lembar.append(list(KOLOM_IMPOR))
    for sel in lembar[1]:
        sel.font = Font(bold=True)
    for i, kolom in enumerate(KOLOM_IMPOR, start=1):
        dimensi = lembar.column_dimensions[lembar.cell(1, i).column_letter]
        dimensi.width = max(14, len(kolom) + 4)
        # NIP columns as text, so a spreadsheet does not turn 18 digits into 1,97E+17.
        if kolom in ("nip", "nip_atasan"):
            dimensi.number_format = "@"
    lembar.freeze_panes = "A2"
    info = buku.create_sheet("petunjuk")
    info.append(["Kolom", "Wajib", "Isi"])
    for sel in info[1]:
        sel.font = Font(bold=True)
    for kolom in KOLOM_IMPOR:
        info.append([kolom, ya_tidak(kolom in WAJIB), petunjuk[kolom]])
    info.column_dimensions["A"].width = 18
    info.column_dimensions["C"].width = 90
    keluaran = BytesIO()
    buku.save(keluaran)
    return keluaran.getvalue()


def baris_aman(baris: Iterable) -> list:
    """One row of cells, each through :func:`sel_aman`."""
    return [sel_aman(nilai) for nilai in baris]


def tulis_csv(kolom: Iterable, baris: Iterable[Iterable]) -> str:
    """A CSV text whose every cell (headings included) went through :func:`sel_aman`."""
    keluaran = StringIO()
    penulis = csv.writer(keluaran)
    penulis.writerow(baris_aman(kolom))
    penulis.writerows(baris_aman(b) for b in baris)
    return keluaran.getvalue()


def amankan_ekspor_wagtail() -> None:
    """Every Wagtail spreadsheet export (CSV and XLSX of any listing with ``list_export``)
    passes each cell through :func:`sel_aman` after Wagtail's own preprocessing; a boolean is
    turned into "Ya"/"Tidak" before it, since Wagtail's CSV writer would print ``True``. Wagtail has
    no hook for export cells, so the one method all of its exports share is wrapped once, at
    start-up; a subclass that overrides it would escape, and a test walks the registered
    viewsets to prove none does."""
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    asli = SpreadsheetExportMixin.preprocess_field_value
    if getattr(asli, "sel_aman", False):
        return

    def preprocess_field_value(self, field, value, export_format):
        if isinstance(value, bool):
            return ya_tidak(value)
        return sel_aman(asli(self, field, value, export_format))

    preprocess_field_value.sel_aman = True
    preprocess_field_value.__doc__ = asli.__doc__
    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
