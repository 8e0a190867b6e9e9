"""Pemeriksa indikator setuju dengan setiap label di shared/data/indikator-contoh.jsonl."""

import json
from pathlib import Path

import pytest

from penilaian.mesin.pemeriksa import KODE, periksa

CONTOH = Path(__file__).resolve().parents[3] / "shared" / "data" / "indikator-contoh.jsonl"
UJI = Path(__file__).resolve().parents[1] / "data" / "indikator-uji.jsonl"
BLOKIR = {kode for kode, _, blokir in KODE if blokir}


def _baca(berkas: Path) -> list[dict]:
    if not berkas.exists():
        return []
    return [json.loads(baris) for baris in berkas.read_text(encoding="utf-8").splitlines() if baris]


_CONTOH = _baca(CONTOH)


@pytest.mark.skipif(not _CONTOH, reason=f"berkas contoh tidak ada di {CONTOH}")
@pytest.mark.parametrize("contoh", _CONTOH, ids=[c["teks"][:60] for c in _CONTOH])
def test_contoh_berlabel_disetujui(contoh):
    hasil = periksa(contoh)
    kode = {t.kode for t in hasil.temuan}
    assert hasil.layak is contoh["layak"]
    assert kode & BLOKIR == set(contoh["kode"])
    assert set(contoh.get("nasihat", [])) <= kode


def test_data_uji_mandiri_cukup_banyak():
    assert len(_baca(UJI)) >= 80


def test_data_uji_mandiri_memenuhi_ambang_mutu():
    """Data uji yang ditulis terpisah dari contoh: ≥ 90 % kesepakatan layak, ≥ 85 % recall."""
    data = _baca(UJI)
    sepakat = diharapkan = ditemukan = 0
    for item in data:
        hasil = periksa(item)
        kode = {t.kode for t in hasil.temuan}
        sepakat += hasil.layak is item["layak"]
        diharapkan += len(item["kode"])
        ditemukan += len(set(item["kode"]) & kode)
    assert sepakat / len(data) >= 0.90
    assert ditemukan / diharapkan >= 0.85
