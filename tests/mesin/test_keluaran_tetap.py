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
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from penilaian.json_cepat import baca_daftar, tulis_hasil
from penilaian.mesin import VERSI_MESIN
from penilaian.mesin.aliran import nilai_aliran, tulis_json
from penilaian.mesin.cli import nilai_berkas

from .korpus import korpus

REKAMAN = Path(__file__).parent / "data" / "keluaran_korpus.json"
JUMLAH = 600
SATU = 20


def _sidik(teks: str) -> str:
    return hashlib.sha256(teks.encode("utf-8")).hexdigest()[:16]


def _keluaran(masukan: str, langkah: bool, baca=None, **opsi) -> str:
    keluar = io.StringIO()
    if baca is None:
        assert nilai_aliran(io.StringIO(masukan), keluar, langkah=langkah, **opsi) == []
        return keluar.getvalue()
    # Seperti manage.py nilai: dari berkas, lewat pembaca cepat.
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".json") as berkas:
        berkas.write(masukan)
        berkas.flush()
        masalah = nilai_berkas(berkas.name, None, keluar, langkah=langkah, baca=baca, **opsi)
    assert masalah == []
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


@pytest.mark.parametrize(
    ("tulis", "baca"),
    [(tulis_json, None), (tulis_hasil, None), (tulis_hasil, baca_daftar)],
    ids=["json", "msgspec", "msgspec-baca-msgspec"],
)
def test_keluaran_korpus_sama_byte_demi_byte(tulis, baca):
    _bandingkan(sidik_korpus(tulis=tulis, baca=baca))


# Pohon seperti hasil mesin: teks apa saja (kendali, non-ASCII, surrogate tunggal), angka
# 2 desimal (hasil mesin selalu dibulatkan) dari kecil sampai berpangkat, bulat, bool, null.
_daun = (
    st.text()
    | st.decimals(min_value=-(10**30), max_value=10**30, places=2).map(float)
    | st.integers()
    | st.booleans()
    | st.none()
)
_pohon = st.recursive(
    _daun, lambda anak: st.lists(anak) | st.dictionaries(st.text(), anak), max_leaves=30
)


@given(_pohon)
def test_penulis_msgspec_sama_dengan_json(hasil):
    try:
        harapan = tulis_json(hasil)
    except UnicodeEncodeError:
        with pytest.raises(UnicodeEncodeError):
            tulis_hasil(hasil)
        return
    assert tulis_hasil(hasil) == harapan


def test_penulis_msgspec_menyerahkan_pangkat_dan_surrogate_ke_json():
    assert tulis_hasil({"a": [1e16, 85.5]}) == b'{"a": [1e+16, 85.5]}'
    assert tulis_hasil({"t": "ke-2 e1 é\n\x01"}) == tulis_json({"t": "ke-2 e1 é\n\x01"})
    with pytest.raises(UnicodeEncodeError):
        tulis_hasil(["\ud800"])


if __name__ == "__main__":
    REKAMAN.write_text(json.dumps(sidik_korpus(), indent=1) + "\n", encoding="utf-8")
