"""Keluaran ``manage.py nilai`` tetap sama byte demi byte untuk masukan yang sama.

Kontrak mesin (spesifikasi mesin-penilaian): masukan yang sama memberi keluaran yang sama.
Percepatan (penulisan angka, penulis JSON) tidak boleh mengubah satu byte pun. Sidik jari
SHA-256 tiap baris keluaran untuk korpus berbenih tetap (``korpus.py``) direkam dari kode
sebelum percepatan di ``data/keluaran_korpus.json``; perubahan aturan hitung yang disengaja
menaikkan ``VERSI_MESIN`` dan merekam ulang dengan ``python -m tests.mesin.test_keluaran_tetap``.
"""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

from penilaian.mesin import VERSI_MESIN
from penilaian.mesin.aliran import nilai_aliran

from .korpus import korpus

REKAMAN = Path(__file__).parent / "data" / "keluaran_korpus.json"
JUMLAH = 600
SATU = 20


def _sidik(teks: str) -> str:
    return hashlib.sha256(teks.encode("utf-8")).hexdigest()[:16]


def _keluaran(masukan: str, langkah: bool, **opsi) -> str:
    keluar = io.StringIO()
    assert nilai_aliran(io.StringIO(masukan), keluar, langkah=langkah, **opsi) == []
    return keluar.getvalue()


def sidik_korpus(**opsi) -> dict[str, object]:
    """Sidik jari tiap baris keluaran daftar (dengan/tanpa langkah) dan tiap dokumen tunggal."""
    dokumen = korpus(JUMLAH)
    daftar = json.dumps(dokumen, ensure_ascii=False)
    hasil: dict[str, object] = {"versi_mesin": VERSI_MESIN}
    for nama, langkah in (("langkah", True), ("tanpa_langkah", False)):
        teks = _keluaran(daftar, langkah, **opsi)
        assert teks.startswith("[\n") and teks.endswith("\n]\n")
        hasil[nama] = {"semua": _sidik(teks), "baris": [_sidik(b) for b in teks.splitlines()]}
    hasil["satu"] = [_sidik(_keluaran(json.dumps(d), True, **opsi)) for d in dokumen[:SATU]]
    return hasil


def _bandingkan(sekarang: dict[str, object]) -> None:
    rekaman = json.loads(REKAMAN.read_text(encoding="utf-8"))
    assert sekarang["versi_mesin"] == rekaman["versi_mesin"]
    for nama in ("langkah", "tanpa_langkah"):
        baris_beda = [
            i
            for i, (a, b) in enumerate(
                zip(sekarang[nama]["baris"], rekaman[nama]["baris"], strict=True)
            )
            if a != b
        ]
        assert baris_beda == [], f"{nama}: baris keluaran berubah: {baris_beda[:10]}"
        assert sekarang[nama]["semua"] == rekaman[nama]["semua"]
    assert sekarang["satu"] == rekaman["satu"]


def test_keluaran_korpus_sama_byte_demi_byte():
    _bandingkan(sidik_korpus())


if __name__ == "__main__":
    REKAMAN.write_text(json.dumps(sidik_korpus(), indent=1) + "\n", encoding="utf-8")
