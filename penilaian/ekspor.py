"""XLSX export of a unit's SKPs and evaluations (openpyxl)."""

from io import BytesIO

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
    lembar.append([f"Rekap SKP {unit.nama} {periode.tahun if periode else ''}".strip()])
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
    for kolom, lebar in zip(
        "ABCDEFGHIJKL", (20, 30, 30, 14, 8, 12, 14, 20, 20, 18, 10, 12), strict=True
    ):
        lembar.column_dimensions[kolom].width = lebar
    keluaran = BytesIO()
    buku.save(keluaran)
    return keluaran.getvalue()


#: A cell that starts with one of these is read as a formula by spreadsheet programs.
AWALAN_RUMUS = ("=", "+", "-", "@", "\t", "\r")


def sel_aman(nilai):
    """A value for an XLSX or CSV cell: text that a spreadsheet would read as a formula (it
    starts with = + - @, a tab or a carriage return) gets a leading apostrophe, so it shows
    as the text that was typed. Numbers, dates and None pass unchanged."""
    if isinstance(nilai, str) and nilai.startswith(AWALAN_RUMUS):
        return "'" + nilai
    return nilai
