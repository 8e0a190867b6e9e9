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
        info.append([kolom, "ya" if kolom in WAJIB else "", petunjuk[kolom]])
    info.column_dimensions["A"].width = 18
    info.column_dimensions["C"].width = 90
    keluaran = BytesIO()
    buku.save(keluaran)
    return keluaran.getvalue()
