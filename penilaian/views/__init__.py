"""Site pages for Pegawai and Penilai. Views are thin: read through selectors (which return
only what the user may see, 404 otherwise), write through services, render."""

from .evaluasi import dokumen_pdf, evaluasi, evaluasi_finalkan, evaluasi_koreksi
from .laporan import pustaka, transparansi, unit_daftar, unit_dasbor, unit_ekspor, verifikasi
from .skp import (
    bukti_unduh,
    dasbor,
    iki_hapus,
    iki_simpan,
    realisasi_simpan,
    rhk_hapus,
    rhk_simpan,
    rhk_tautkan,
    skp_ajukan,
    skp_buat,
    skp_detail,
    skp_kembalikan,
    skp_setujui,
    umpan_balik_beri,
)

__all__ = [
    "bukti_unduh",
    "dasbor",
    "dokumen_pdf",
    "evaluasi",
    "evaluasi_finalkan",
    "evaluasi_koreksi",
    "iki_hapus",
    "iki_simpan",
    "pustaka",
    "realisasi_simpan",
    "rhk_hapus",
    "rhk_simpan",
    "rhk_tautkan",
    "skp_ajukan",
    "skp_buat",
    "skp_detail",
    "skp_kembalikan",
    "skp_setujui",
    "transparansi",
    "umpan_balik_beri",
    "unit_daftar",
    "unit_dasbor",
    "unit_ekspor",
    "verifikasi",
]
