"""Rumus PP 46/2011 atas angka ``Decimal``, dipakai jalan bertipe dan jalan cepat.

Semua fungsi mengharapkan konteks ``KONTEKS`` aktif (``localcontext``) dan masukan yang sah.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from ...angka import EKSAK, NOL, SERATUS
from ...tipe import KategoriPP46, Kreativitas

__all__ = [
    "NILAI_KREATIVITAS",
    "Cabang",
    "kategori",
    "nilai_dua_cabang",
    "nilai_prestasi_kerja",
    "nilai_tugas_tambahan",
    "rata_rata",
    "rincian_kegiatan",
]

_C76 = Decimal(76)
_C176 = Decimal(176)
_ENAM_PULUH = Decimal("0.6")
_EMPAT_PULUH = Decimal("0.4")
_tambah = EKSAK.add
_kali = EKSAK.multiply

NILAI_KREATIVITAS = {
    None: NOL,
    Kreativitas.UNIT_KERJA: Decimal(3),
    Kreativitas.ORGANISASI: Decimal(6),
    Kreativitas.NASIONAL: Decimal(12),
}

_KATEGORI = (
    (Decimal(91), KategoriPP46.SANGAT_BAIK),
    (Decimal(76), KategoriPP46.BAIK),
    (Decimal(61), KategoriPP46.CUKUP),
    (Decimal(51), KategoriPP46.KURANG),
)


def kategori(nilai: Decimal) -> KategoriPP46:
    """Kategori dari nilai yang BELUM dibulatkan; batas bawah inklusif (91, 76, 61, 51)."""
    for batas, hasil in _KATEGORI:
        if nilai >= batas:
            return hasil
    return KategoriPP46.BURUK


def nilai_tugas_tambahan(jumlah: int) -> Decimal:
    """0 tugas → 0; 1–3 → 1; 4–6 → 2; 7 atau lebih → 3."""
    if jumlah <= 0:
        return NOL
    return Decimal(min((jumlah + 2) // 3, 3))


def nilai_dua_cabang(target: Decimal, realisasi: Decimal) -> tuple[bool, Decimal, Decimal]:
    """Rumus waktu/biaya. Kembalikan (efisiensi ≤ 24 %?, efisiensi, nilai).

    efisiensi = 100 − (R/T × 100); bila ≤ 24: ((1,76 × T − R)/T) × 100, selain itu
    76 − ((((1,76 × T − R)/T) × 100) − 100). Cabang ditentukan dengan perbandingan eksak
    100 × R ≥ 76 × T (setara efisiensi ≤ 24) sehingga batas 24 % tepat apa pun pecahannya.
    """
    dasar = (_C176 * target - SERATUS * realisasi) / target  # ((1,76T − R)/T) × 100
    cabang_pertama = _kali(realisasi, SERATUS) >= _kali(target, _C76)
    return cabang_pertama, dasar - _C76, dasar if cabang_pertama else _C176 - dasar


#: Hasil :func:`nilai_dua_cabang`: (efisiensi ≤ 24 %?, efisiensi, nilai).
Cabang = tuple[bool, Decimal, Decimal]
_TIDAK_DINILAI: Cabang = (False, NOL, NOL)


def rincian_kegiatan(
    to: Decimal,
    ro: Decimal,
    tk: Decimal,
    rk: Decimal,
    tw: Decimal,
    rw: Decimal,
    tb: Decimal | None,
    rb: Decimal | None,
) -> tuple[Decimal, Decimal, Cabang, Cabang | None, Decimal, Decimal]:
    """(kuantitas, kualitas, cabang waktu, cabang biaya, penghitungan, nilai) satu kegiatan.

    Cabang waktu/biaya adalah hasil :func:`nilai_dua_cabang` (nilainya di indeks 2), sehingga
    kalimat langkah tidak menghitung rumus itu lagi. Biaya dinilai bila ``tb`` > 0 (``None``
    bila tidak). RO = 0: tidak dilaksanakan, semua 0.
    """
    dinilai_biaya = tb is not None and tb > 0
    if not ro:
        return NOL, NOL, _TIDAK_DINILAI, (_TIDAK_DINILAI if dinilai_biaya else None), NOL, NOL
    kuantitas = ro * SERATUS / to
    kualitas = rk * SERATUS / tk
    waktu = nilai_dua_cabang(tw, rw)
    penghitungan = _tambah(_tambah(kuantitas, kualitas), waktu[2])
    if not dinilai_biaya:
        return kuantitas, kualitas, waktu, None, penghitungan, penghitungan / 3
    biaya = nilai_dua_cabang(tb, rb)
    penghitungan = _tambah(penghitungan, biaya[2])
    return kuantitas, kualitas, waktu, biaya, penghitungan, penghitungan / 4


def rata_rata(nilai: Iterable[Decimal]) -> Decimal:
    """Rata-rata dengan jumlah eksak (tidak bergantung pada urutan). ``nilai`` tidak kosong."""
    jumlah = NOL
    n = 0
    for x in nilai:
        jumlah = _tambah(jumlah, x)
        n += 1
    return jumlah / n


def nilai_prestasi_kerja(skp: Decimal, perilaku: Decimal) -> Decimal:
    """60 % × nilai SKP + 40 % × nilai perilaku."""
    return _ENAM_PULUH * skp + _EMPAT_PULUH * perilaku
