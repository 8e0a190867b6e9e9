"""Dokumen dan hasil PermenPANRB 6/2022 sebagai dataclass beku.

Lapisan Django membangun dokumen lewat konstruktor publik ini (``DokumenPermen(...)``,
``RHK(...)``, ``IKI(...)``); angka selalu ``Decimal``. Dokumen yang dibangun dari kode tetap
diperiksa aturan maknanya oleh ``hitung`` publik sebelum dinilai.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from ...tipe import (
    KEBIJAKAN_BAWAAN,
    Aspek,
    CapaianOrganisasi,
    JenisRHK,
    Kebijakan,
    Pendekatan,
    Polaritas,
    Predikat,
    Rating,
)

__all__ = [
    "IKI",
    "POLARITAS_BAWAAN",
    "RHK",
    "DokumenDistribusi",
    "DokumenPermen",
    "HasilDistribusi",
    "HasilIKI",
    "HasilPermen",
    "HasilRHK",
    "JabatanFungsional",
    "Rentang",
]

#: Polaritas bila tidak diisi: kuantitas dan kualitas naik, waktu dan biaya turun.
POLARITAS_BAWAAN = {
    Aspek.KUANTITAS: Polaritas.NAIK,
    Aspek.KUALITAS: Polaritas.NAIK,
    Aspek.WAKTU: Polaritas.TURUN,
    Aspek.BIAYA: Polaritas.TURUN,
}


@dataclass(frozen=True, slots=True)
class Rentang:
    """Target berupa rentang ``{"min": a, "maks": b}``."""

    min: Decimal | None
    maks: Decimal | None


@dataclass(frozen=True, slots=True)
class IKI:
    """Indikator Kinerja Individu.

    Dalam pendekatan kualitatif ``target``/``realisasi`` boleh berupa teks uraian ekspektasi
    dan tidak dihitung.
    """

    teks: str | None
    aspek: Aspek | None
    target: Decimal | Rentang | str | None = None
    realisasi: Decimal | str | None = None
    polaritas: Polaritas | None = None
    satuan: str | None = None

    @property
    def polaritas_dipakai(self) -> Polaritas:
        """Polaritas yang diisi, atau bawaan aspeknya."""
        return self.polaritas or POLARITAS_BAWAAN.get(self.aspek, Polaritas.NAIK)


@dataclass(frozen=True, slots=True)
class RHK:
    """Rencana Hasil Kerja dengan indikatornya. ``rating``: penilaian pejabat penilai per RHK."""

    teks: str | None
    indikator: tuple[IKI, ...]
    jenis: JenisRHK = JenisRHK.UTAMA
    rhk_atasan: str | None = None
    rating: Rating | None = None


@dataclass(frozen=True, slots=True)
class JabatanFungsional:
    """Dasar angka kredit: koefisien tahunan dan jumlah bulan yang dinilai (1–12)."""

    koefisien: Decimal | None
    bulan: int | None


@dataclass(frozen=True, slots=True)
class DokumenPermen:
    """SKP PermenPANRB 6/2022 yang akan dinilai."""

    rhk: tuple[RHK, ...]
    rating_perilaku: Rating | None
    pendekatan: Pendekatan = Pendekatan.KUANTITATIF
    rating_hasil_kerja: Rating | None = None
    kebijakan: Kebijakan = field(default=KEBIJAKAN_BAWAAN)
    capaian_kinerja_organisasi: CapaianOrganisasi | None = None
    jabatan_fungsional: JabatanFungsional | None = None


@dataclass(frozen=True, slots=True)
class DokumenDistribusi:
    """Daftar predikat satu unit kerja untuk diperiksa sebarannya (SE MenPANRB 3/2023)."""

    capaian_kinerja_organisasi: CapaianOrganisasi | None
    predikat: tuple[Predikat, ...]


@dataclass(frozen=True, slots=True)
class HasilIKI:
    """Capaian satu IKI (%), belum dibatasi 120 dan belum dibulatkan; ``None`` bila kualitatif."""

    teks: str
    aspek: Aspek
    polaritas: Polaritas
    target_dipakai: Decimal | None
    capaian: Decimal | None
    #: True when the document omitted ``polaritas`` and the aspect's default was used.
    polaritas_bawaan: bool = False


@dataclass(frozen=True, slots=True)
class HasilRHK:
    """Capaian RHK (rata-rata capaian IKI yang dibatasi 120) dan usulan ratingnya."""

    teks: str
    jenis: JenisRHK
    rhk_atasan: str | None
    rating: Rating | None
    capaian: Decimal | None
    rating_usulan: Rating | None
    indikator: tuple[HasilIKI, ...]


@dataclass(frozen=True, slots=True)
class HasilPermen:
    """Hasil penilaian PermenPANRB 6/2022 (angka belum dibulatkan)."""

    pendekatan: Pendekatan
    kebijakan: Kebijakan
    rhk: tuple[HasilRHK, ...]
    capaian_hasil_kerja: Decimal | None
    rating_hasil_kerja_usulan: Rating | None
    rating_hasil_kerja: Rating
    rating_berbeda_dari_usulan: bool
    rating_perilaku: Rating
    predikat: Predikat
    angka_kredit: Decimal | None
    langkah: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class HasilDistribusi:
    """Sebaran predikat satu unit: jumlah, persen (belum dibulatkan) dan peringatan."""

    capaian_kinerja_organisasi: CapaianOrganisasi
    jumlah: dict[Predikat, int]
    persen: dict[Predikat, Decimal]
    peringatan: tuple[str, ...]
