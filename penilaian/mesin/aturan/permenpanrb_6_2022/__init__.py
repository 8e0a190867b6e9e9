"""Aturan ``permenpanrb-6-2022``: PermenPANRB No. 6 Tahun 2022 (Pengelolaan Kinerja Pegawai ASN).

Bersama SE MenPANRB No. 3 Tahun 2023 (sebaran predikat) dan PermenPANRB No. 1 Tahun 2023 /
PerBKN No. 3 Tahun 2023 (konversi angka kredit). Modul-modul:

* ``tipe``: dokumen dan hasil (dataclass beku);
* ``masukan``: membaca JSON dan aturan makna (validasi);
* ``skor``: capaian IKI/RHK/hasil kerja dan langkah penjelasannya;
* ``predikat``: usulan rating, matriks predikat, aturan pimpinan unit, angka kredit;
* ``distribusi``: pemeriksaan sebaran predikat satu unit;
* ``cepat``: jalan cepat JSON → JSON tanpa langkah untuk penilaian massal.
"""

from __future__ import annotations

from ...angka import keluaran
from . import skor
from .cepat import nilai_cepat
from .distribusi import cek_distribusi
from .masukan import parse, validasi
from .tipe import DokumenDistribusi, DokumenPermen, HasilDistribusi, HasilPermen

__all__ = [
    "JENIS_DOKUMEN",
    "JENIS_HASIL",
    "KUNCI",
    "hitung",
    "ke_json",
    "nilai_cepat",
    "parse",
    "validasi",
]

KUNCI = "permenpanrb-6-2022"
JENIS_DOKUMEN = (DokumenPermen, DokumenDistribusi)
JENIS_HASIL = (HasilPermen, HasilDistribusi)


def hitung(
    dokumen: DokumenPermen | DokumenDistribusi, *, langkah: bool
) -> HasilPermen | HasilDistribusi:
    """Nilai dokumen yang sudah lolos :func:`validasi`."""
    if type(dokumen) is DokumenDistribusi:
        return cek_distribusi(dokumen.capaian_kinerja_organisasi, dokumen.predikat)
    return skor.hitung(dokumen, langkah=langkah)


def ke_json(hasil: HasilPermen | HasilDistribusi) -> dict:
    """Hasil sebagai nilai JSON (angka dibulatkan 2 desimal)."""
    if type(hasil) is HasilDistribusi:
        return {
            "distribusi": {
                "capaian_kinerja_organisasi": hasil.capaian_kinerja_organisasi.value,
                "jumlah": {p.value: n for p, n in hasil.jumlah.items()},
                "persen": {p.value: keluaran(n) for p, n in hasil.persen.items()},
                "peringatan": list(hasil.peringatan),
            }
        }
    return skor.ke_json(hasil)
