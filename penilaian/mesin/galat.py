"""Kesalahan validasi: setiap masalah masukan dengan jalur JSON-nya, semuanya sekaligus."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["KesalahanValidasi", "Masalah"]


@dataclass(frozen=True, slots=True)
class Masalah:
    """Satu masalah masukan: jalur JSON (``kegiatan[0].waktu.realisasi``) dan pesannya."""

    path: str
    pesan: str

    def __str__(self) -> str:
        return f"{self.path}: {self.pesan}" if self.path else self.pesan


class KesalahanValidasi(Exception):
    """Masukan tidak sah. ``masalah`` memuat semua masalah yang ditemukan, urut seperti masukan."""

    def __init__(self, masalah: Iterable[Masalah]) -> None:
        self.masalah: tuple[Masalah, ...] = tuple(masalah)
        super().__init__("\n".join(map(str, self.masalah)))

    def dengan_awalan(self, awalan: str) -> KesalahanValidasi:
        """Salinan dengan jalur diawali ``awalan`` (``[3]`` untuk dokumen ke-4 dalam daftar)."""
        return KesalahanValidasi(
            Masalah(gabung_jalur(awalan, m.path), m.pesan) for m in self.masalah
        )


def gabung_jalur(induk: str, anak: str) -> str:
    """Gabungkan dua jalur JSON: ``gabung_jalur("[3]", "rhk[0]") == "[3].rhk[0]"``."""
    if not induk:
        return anak
    if not anak:
        return induk
    return f"{induk}{anak}" if anak[0] == "[" else f"{induk}.{anak}"
