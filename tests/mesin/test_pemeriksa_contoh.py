"""Pemeriksa indikator setuju dengan setiap label di shared/data/indikator-contoh.jsonl."""

import json
from pathlib import Path

import pytest

from penilaian.mesin.pemeriksa import KODE, memuat, pemicu_teks, periksa

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


def test_data_uji_berlabel_polaritas_dan_rumusan_model():
    """Setiap item berlabel polaritas; setiap item yang belum layak punya rumusan model."""
    data = _baca(UJI)
    assert sum(1 for d in data if d["polaritas_benar"] in ("naik", "turun")) >= 80
    for item in data:
        assert ("rumusan" in item) is (not item["layak"]), item["teks"]


def test_rumusan_model_pada_data_uji_layak():
    for item in _baca(UJI):
        if "rumusan" in item:
            hasil = periksa(item["rumusan"])
            assert hasil.layak, (item["rumusan"], hasil.kode)


def test_polaritas_pada_data_uji_memenuhi_ambang_mutu():
    """Polaritas usulan benar pada ≥ 95 % item yang dijawab, dan menjawab ≥ 85 % item."""
    data = _baca(UJI)
    dijawab = [(periksa(d).polaritas_usulan, d["polaritas_benar"]) for d in data]
    dijawab = [(u, b) for u, b in dijawab if u is not None]
    assert sum(u == b for u, b in dijawab) / len(dijawab) >= 0.95
    assert len(dijawab) / len(data) >= 0.85


def test_rumusan_usulan_data_uji_layak_dan_bebas_pemicu():
    for item in _baca(UJI):
        hasil = periksa(item)
        if hasil.layak:
            continue
        rumusan = hasil.rumusan_usulan
        for target in (1, 50, 100):
            uji = periksa({**rumusan, "target": target})
            assert uji.layak, (item["teks"], rumusan, uji.kode)
        pemicu = [p for t in hasil.temuan for p in pemicu_teks(t)]
        assert not any(memuat(rumusan["teks"], p) for p in pemicu), (item["teks"], rumusan)
