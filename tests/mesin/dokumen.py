"""Pembangun dokumen JSON kecil untuk uji mesin (nilai bawaan yang sah, ubah seperlunya)."""

from __future__ import annotations

import copy
from typing import Any


def kegiatan(
    to: Any = 1,
    ro: Any = 1,
    tk: Any = 100,
    rk: Any = 100,
    tw: Any = 12,
    rw: Any = 12,
    biaya: tuple[Any, Any] | None = None,
    **lain: Any,
) -> dict[str, Any]:
    """Satu kegiatan PP 46/2011."""
    k = {
        "kuantitas": {"target": to, "realisasi": ro},
        "kualitas": {"target": tk, "realisasi": rk},
        "waktu": {"target": tw, "realisasi": rw},
    }
    if biaya is not None:
        k["biaya"] = {"target": biaya[0], "realisasi": biaya[1]}
    k.update(lain)
    return k


def pp46(*daftar: dict[str, Any], **lain: Any) -> dict[str, Any]:
    """Dokumen PP 46/2011; tanpa kegiatan diberi satu kegiatan bawaan."""
    return {"aturan": "pp46-2011", "kegiatan": list(daftar) or [kegiatan()], **lain}


PERILAKU = {
    "orientasi_pelayanan": 80,
    "integritas": 85,
    "komitmen": 80,
    "disiplin": 90,
    "kerja_sama": 80,
}


def iki(target: Any = 100, realisasi: Any = 100, aspek: str = "kuantitas", **lain: Any) -> dict:
    """Satu IKI kuantitatif."""
    return {"teks": "Persentase layanan selesai", "aspek": aspek, "target": target,
            "realisasi": realisasi, **lain}  # fmt: skip


def rhk(*indikator: dict[str, Any], **lain: Any) -> dict[str, Any]:
    """Satu RHK; tanpa indikator diberi satu IKI bawaan."""
    return {"teks": "Meningkatnya layanan", "indikator": list(indikator) or [iki()], **lain}


def permen(*daftar: dict[str, Any], **lain: Any) -> dict[str, Any]:
    """Dokumen PermenPANRB 6/2022; tanpa RHK diberi satu RHK bawaan."""
    d = {
        "aturan": "permenpanrb-6-2022",
        "rhk": list(daftar) or [rhk()],
        "rating_perilaku": "sesuai_ekspektasi",
    }
    d.update(lain)
    return d


def distribusi(capaian: Any, predikat: list[Any]) -> dict[str, Any]:
    """Dokumen pemeriksaan sebaran predikat."""
    return {
        "aturan": "permenpanrb-6-2022",
        "distribusi": {"capaian_kinerja_organisasi": capaian, "predikat": predikat},
    }


def salin(d: dict[str, Any]) -> dict[str, Any]:
    """Salinan dalam, untuk mengubah satu bagian dokumen contoh."""
    return copy.deepcopy(d)
