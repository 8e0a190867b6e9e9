"""Jenis data bersama semua aturan: enum istilah penilaian dan kebijakan instansi.

Jenis khusus satu aturan (dokumen dan hasilnya) tinggal di modul aturannya sendiri.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any, ClassVar

from .angka import angka_json

__all__ = [
    "KEBIJAKAN_BAWAAN",
    "Aspek",
    "CapaianOrganisasi",
    "JenisRHK",
    "KategoriPP46",
    "Kebijakan",
    "Kreativitas",
    "Pendekatan",
    "Polaritas",
    "Predikat",
    "Rating",
]


class Aspek(StrEnum):
    """Aspek indikator atau kegiatan."""

    KUANTITAS = "kuantitas"
    KUALITAS = "kualitas"
    WAKTU = "waktu"
    BIAYA = "biaya"


class Polaritas(StrEnum):
    """Arah indikator: ``naik`` makin tinggi makin baik, ``turun`` makin rendah makin baik."""

    NAIK = "naik"
    TURUN = "turun"


class Rating(StrEnum):
    """Rating hasil kerja atau perilaku kerja (PermenPANRB 6/2022)."""

    DI_ATAS = "di_atas_ekspektasi"
    SESUAI = "sesuai_ekspektasi"
    DI_BAWAH = "di_bawah_ekspektasi"

    @property
    def label(self) -> str:
        """Teks untuk kalimat langkah: ``di atas ekspektasi``."""
        return self.value.replace("_", " ")


class Predikat(StrEnum):
    """Predikat kinerja pegawai (PermenPANRB 6/2022)."""

    SANGAT_BAIK = "Sangat Baik"
    BAIK = "Baik"
    BUTUH_PERBAIKAN = "Butuh Perbaikan"
    KURANG = "Kurang/Misconduct"
    SANGAT_KURANG = "Sangat Kurang"


class KategoriPP46(StrEnum):
    """Kategori nilai SKP, perilaku dan prestasi kerja (PP 46/2011)."""

    SANGAT_BAIK = "Sangat Baik"
    BAIK = "Baik"
    CUKUP = "Cukup"
    KURANG = "Kurang"
    BURUK = "Buruk"


class CapaianOrganisasi(StrEnum):
    """Capaian kinerja organisasi (unit kerja), dasar distribusi predikat dan aturan pimpinan."""

    ISTIMEWA = "istimewa"
    BAIK = "baik"
    BUTUH_PERBAIKAN = "butuh_perbaikan"
    KURANG = "kurang"
    SANGAT_KURANG = "sangat_kurang"

    @property
    def label(self) -> str:
        """Teks untuk kalimat: ``butuh perbaikan``."""
        return self.value.replace("_", " ")


class Pendekatan(StrEnum):
    """Pendekatan SKP: target angka (kuantitatif) atau ekspektasi yang diuraikan (kualitatif)."""

    KUANTITATIF = "kuantitatif"
    KUALITATIF = "kualitatif"


class JenisRHK(StrEnum):
    """RHK utama dihitung dalam capaian hasil kerja; RHK tambahan hanya dilaporkan."""

    UTAMA = "utama"
    TAMBAHAN = "tambahan"


class Kreativitas(StrEnum):
    """Tingkat pemanfaatan kreativitas (PP 46/2011)."""

    UNIT_KERJA = "unit_kerja"
    ORGANISASI = "organisasi"
    NASIONAL = "nasional"


@dataclass(frozen=True, slots=True)
class Kebijakan:
    """Kebijakan instansi untuk mengusulkan rating hasil kerja dari capaian (%).

    PermenPANRB 6/2022 menyerahkan rating kepada pejabat penilai dan tidak menetapkan ambang
    angka nasional; ambang ini kebijakan lokal yang diatur administrator per periode, dan setiap
    hasil mencatat kebijakan yang dipakainya. Capaian ≥ ``ambang_di_atas`` → di atas ekspektasi;
    ≥ ``ambang_sesuai`` → sesuai ekspektasi; selain itu di bawah ekspektasi.
    """

    nama: str
    ambang_di_atas: Decimal
    ambang_sesuai: Decimal

    DEFAULT: ClassVar[Kebijakan]

    def ke_json(self) -> dict[str, Any]:
        """Kebijakan sebagai bagian ``kebijakan`` dokumen mesin: satu-satunya cara kebijakan
        ditulis ke dokumen, dipakai simulator, penilaian sungguhan, dan contoh pelajaran."""
        return {
            "nama": self.nama,
            "ambang_di_atas": angka_json(self.ambang_di_atas),
            "ambang_sesuai": angka_json(self.ambang_sesuai),
        }


#: Kebijakan bawaan: 110 % dan 90 %.
KEBIJAKAN_BAWAAN = Kebijakan("Kebijakan bawaan", Decimal(110), Decimal(90))
Kebijakan.DEFAULT = KEBIJAKAN_BAWAAN
