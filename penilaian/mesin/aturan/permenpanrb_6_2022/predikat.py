"""Rating usulan, matriks predikat, aturan pimpinan unit dan angka kredit (PermenPANRB 6/2022)."""

from __future__ import annotations

from decimal import Decimal

from ...angka import KONTEKS
from ...tipe import CapaianOrganisasi, Kebijakan, Predikat, Rating

__all__ = [
    "PERSENTASE_ANGKA_KREDIT",
    "angka_kredit",
    "predikat_dari_rating",
    "rating_dari_ambang",
    "rating_dari_capaian",
    "rating_pimpinan",
]

_A, _S, _B = Rating.DI_ATAS, Rating.SESUAI, Rating.DI_BAWAH

# (rating hasil kerja, rating perilaku) → predikat; baris dan kolom seperti lampiran peraturan.
_MATRIKS = {
    (_A, _B): Predikat.KURANG,
    (_A, _S): Predikat.BAIK,
    (_A, _A): Predikat.SANGAT_BAIK,
    (_S, _B): Predikat.KURANG,
    (_S, _S): Predikat.BAIK,
    (_S, _A): Predikat.BAIK,
    (_B, _B): Predikat.SANGAT_KURANG,
    (_B, _S): Predikat.BUTUH_PERBAIKAN,
    (_B, _A): Predikat.BUTUH_PERBAIKAN,
}

_RATING_PIMPINAN = {
    CapaianOrganisasi.ISTIMEWA: _A,
    CapaianOrganisasi.BAIK: _S,
    CapaianOrganisasi.BUTUH_PERBAIKAN: _B,
    CapaianOrganisasi.KURANG: _B,
    CapaianOrganisasi.SANGAT_KURANG: _B,
}

#: Persentase angka kredit tahunan per predikat (PermenPANRB 1/2023, PerBKN 3/2023).
PERSENTASE_ANGKA_KREDIT = {
    Predikat.SANGAT_BAIK: Decimal(150),
    Predikat.BAIK: Decimal(100),
    Predikat.BUTUH_PERBAIKAN: Decimal(75),
    Predikat.KURANG: Decimal(50),
    Predikat.SANGAT_KURANG: Decimal(25),
}
_SERIBU_DUA_RATUS = Decimal(1200)  # 100 % × 12 bulan


def predikat_dari_rating(hasil: Rating, perilaku: Rating) -> Predikat:
    """Predikat kinerja dari rating hasil kerja (baris) dan rating perilaku (kolom)."""
    return _MATRIKS[hasil, perilaku]


def rating_dari_capaian(capaian: Decimal, kebijakan: Kebijakan) -> Rating:
    """Usulan rating dari capaian (%) yang belum dibulatkan, menurut ambang kebijakan."""
    return rating_dari_ambang(capaian, kebijakan.ambang_di_atas, kebijakan.ambang_sesuai)


def rating_dari_ambang(capaian: Decimal, di_atas: Decimal, sesuai: Decimal) -> Rating:
    """:func:`rating_dari_capaian` dengan ambang kebijakan sebagai angka (jalan cepat)."""
    if capaian >= di_atas:
        return _A
    if capaian >= sesuai:
        return _S
    return _B


def rating_pimpinan(capaian_organisasi: CapaianOrganisasi) -> Rating:
    """Rating hasil kerja pimpinan unit mengikuti capaian kinerja organisasinya.

    istimewa → di atas; baik → sesuai; butuh perbaikan, kurang, sangat kurang → di bawah.
    """
    return _RATING_PIMPINAN[capaian_organisasi]


def angka_kredit(predikat: Predikat, koefisien: Decimal, bulan: int | Decimal) -> Decimal:
    """Angka kredit = persentase predikat × koefisien tahunan × bulan / 12 (belum dibulatkan).

    Contoh: Sangat Baik, koefisien 12,5, 12 bulan → 18,75; Baik, 2 bulan → 2,0833… (2,08).
    """
    # Metode konteks, bukan operator: tidak bergantung pada (dan tidak mengganti) konteks aktif.
    kali = KONTEKS.multiply
    return KONTEKS.divide(
        kali(kali(PERSENTASE_ANGKA_KREDIT[predikat], koefisien), bulan), _SERIBU_DUA_RATUS
    )
