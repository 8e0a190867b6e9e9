"""Writes of the live appraisal: every transition, with its rules, version check and audit.

Services are keyword-only and atomic; a forbidden transition raises :class:`KesalahanPenilaian`
with an Indonesian message the views show as is. Every change leaves a ``RiwayatPerubahan``.
The simulator computes live results through :func:`evaluasi_hitung_usulan`.
"""

from .dasar import (
    JENIS_BUKTI,
    RATING_PERILAKU_BAWAAN,
    UKURAN_BUKTI_MAKS,
    KesalahanPenilaian,
    KonflikVersi,
    catat_riwayat,
    keadaan_objek,
    wajib_bukan_diri_sendiri,
)
from .evaluasi import (
    evaluasi_finalkan,
    evaluasi_hitung,
    evaluasi_hitung_usulan,
    evaluasi_hitung_usulan_banyak,
    evaluasi_koreksi,
    evaluasi_simpan,
    kebijakan_untuk,
    skp_untuk_dinilai_ulang,
    terapkan_hasil,
)
from .pustaka import pustaka_simpan
from .realisasi import (
    bukti_unggah,
    jenis_berkas,
    nama_bukti,
    realisasi_simpan,
    umpan_balik_beri,
)
from .skp import (
    iki_hapus,
    iki_simpan,
    periksa_iki,
    periksa_indikator,
    rhk_hapus,
    rhk_simpan,
    rhk_tautkan,
    skp_ajukan,
    skp_buat,
    skp_kembalikan,
    skp_setujui,
    temuan_skp,
)
from .transparansi import AMBANG_PUBLIKASI_ULANG, HasilTerbit, transparansi_terbitkan

__all__ = [
    "AMBANG_PUBLIKASI_ULANG",
    "HasilTerbit",
    "JENIS_BUKTI",
    "RATING_PERILAKU_BAWAAN",
    "UKURAN_BUKTI_MAKS",
    "KesalahanPenilaian",
    "KonflikVersi",
    "bukti_unggah",
    "catat_riwayat",
    "evaluasi_finalkan",
    "evaluasi_hitung",
    "evaluasi_hitung_usulan",
    "evaluasi_hitung_usulan_banyak",
    "evaluasi_koreksi",
    "evaluasi_simpan",
    "iki_hapus",
    "iki_simpan",
    "jenis_berkas",
    "keadaan_objek",
    "nama_bukti",
    "kebijakan_untuk",
    "periksa_iki",
    "periksa_indikator",
    "pustaka_simpan",
    "realisasi_simpan",
    "rhk_hapus",
    "rhk_simpan",
    "rhk_tautkan",
    "skp_ajukan",
    "skp_buat",
    "skp_kembalikan",
    "skp_setujui",
    "skp_untuk_dinilai_ulang",
    "temuan_skp",
    "terapkan_hasil",
    "transparansi_terbitkan",
    "umpan_balik_beri",
    "wajib_bukan_diri_sendiri",
]
