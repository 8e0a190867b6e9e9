"""Dokumen dan hasil PP 46/2011 sebagai dataclass beku (angka selalu ``Decimal``)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ...tipe import KategoriPP46, Kreativitas

__all__ = ["DokumenPP46", "HasilKegiatan", "HasilPP46", "Kegiatan", "PerilakuPP46", "Ukuran"]


@dataclass(frozen=True, slots=True)
class Ukuran:
    """Target dan realisasi satu aspek kegiatan."""

    target: Decimal | None
    realisasi: Decimal | None
    satuan: str | None = None


@dataclass(frozen=True, slots=True)
class Kegiatan:
    """Satu kegiatan tugas jabatan. ``biaya`` ``None``: kegiatan tanpa anggaran."""

    kuantitas: Ukuran | None
    kualitas: Ukuran | None
    waktu: Ukuran | None
    biaya: Ukuran | None = None
    nama: str | None = None


@dataclass(frozen=True, slots=True)
class PerilakuPP46:
    """Nilai perilaku kerja 0–100; ``kepemimpinan`` hanya untuk jabatan struktural."""

    orientasi_pelayanan: Decimal | None
    integritas: Decimal | None
    komitmen: Decimal | None
    disiplin: Decimal | None
    kerja_sama: Decimal | None
    kepemimpinan: Decimal | None = None


@dataclass(frozen=True, slots=True)
class DokumenPP46:
    """SKP PP 46/2011 yang akan dinilai."""

    kegiatan: tuple[Kegiatan, ...]
    tugas_tambahan: int = 0
    kreativitas: Kreativitas | None = None
    perilaku: PerilakuPP46 | None = None


@dataclass(frozen=True, slots=True)
class HasilKegiatan:
    """Nilai satu kegiatan (belum dibulatkan). ``biaya`` ``None``: tidak dinilai."""

    nama: str | None
    kuantitas: Decimal
    kualitas: Decimal
    waktu: Decimal
    biaya: Decimal | None
    penghitungan: Decimal
    nilai: Decimal


@dataclass(frozen=True, slots=True)
class HasilPP46:
    """Hasil penilaian PP 46/2011 (belum dibulatkan; ``ke_json`` membulatkan)."""

    kegiatan: tuple[HasilKegiatan, ...]
    nilai_capaian_skp: Decimal
    nilai_tugas_tambahan: Decimal
    nilai_kreativitas: Decimal
    nilai_skp: Decimal
    kategori_skp: KategoriPP46
    nilai_perilaku: Decimal | None
    kategori_perilaku: KategoriPP46 | None
    nilai_prestasi_kerja: Decimal | None
    kategori: KategoriPP46 | None
    langkah: tuple[str, ...]
