"""Sebaran predikat satu unit (SE MenPANRB 3/2023): pelanggaran hanya peringatan."""

from __future__ import annotations

from decimal import Decimal

import pytest

from penilaian.mesin import CapaianOrganisasi, Predikat, cek_distribusi, nilai_json

from .dokumen import distribusi

SB, B, BP, K, SK = (
    Predikat.SANGAT_BAIK,
    Predikat.BAIK,
    Predikat.BUTUH_PERBAIKAN,
    Predikat.KURANG,
    Predikat.SANGAT_KURANG,
)


def _peringatan(capaian: str, predikat: list[Predikat]) -> tuple[str, ...]:
    return cek_distribusi(CapaianOrganisasi(capaian), predikat).peringatan


@pytest.mark.parametrize(
    ("capaian", "predikat", "jumlah_peringatan", "kata"),
    [
        ("istimewa", [SB] * 7 + [B] * 3, 0, None),  # tepat 70 %
        (
            "istimewa",
            [SB] * 8 + [B] * 2,
            1,
            "Sangat Baik 80,00 % melebihi batas paling banyak 70 %",
        ),
        ("baik", [B] * 7 + [BP] + [SB] * 2, 0, None),
        ("baik", [B] * 8 + [K] * 2, 1, "Baik 80,00 % melebihi"),
        ("baik", [B] * 5 + [SB] * 5, 1, "Tidak ada pegawai dengan predikat Butuh Perbaikan atau"),
        ("butuh_perbaikan", [SB] + [BP] * 6 + [B] * 3, 0, None),
        ("butuh_perbaikan", [SB] * 2 + [BP] * 6 + [B] * 2, 1, "Sangat Baik 20,00 % melebihi"),
        ("butuh_perbaikan", [BP] * 5 + [B] * 5, 1, "Butuh Perbaikan 50,00 % kurang dari batas"),
        ("kurang", [SB] + [BP] + [K] * 6 + [B] * 2, 0, None),
        ("kurang", [K] * 10, 1, "Butuh Perbaikan 0,00 % kurang dari batas paling sedikit 10 %"),
        ("kurang", [SB] * 2 + [BP] * 3 + [K] * 5, 2, "Kurang/Misconduct 50,00 % kurang dari"),
        ("sangat_kurang", [BP] + [SK] * 9, 0, None),
        ("sangat_kurang", [K] + [SK] * 9, 0, None),  # BP + K bersama-sama
        ("sangat_kurang", [SB] + [BP] + [SK] * 8, 1, "Ada predikat Sangat Baik (1 pegawai)"),
        ("sangat_kurang", [SK] * 10, 1, "Butuh Perbaikan dan Kurang/Misconduct 0,00 %"),
        ("sangat_kurang", [BP] * 5 + [SK] * 5, 1, "Sangat Kurang 50,00 % kurang dari"),
    ],
)
def test_batas_sebaran_per_capaian_organisasi(capaian, predikat, jumlah_peringatan, kata):
    peringatan = _peringatan(capaian, predikat)
    assert len(peringatan) == jumlah_peringatan
    if kata:
        assert any(kata in p for p in peringatan), peringatan


def test_jumlah_dan_persen_semua_predikat():
    hasil = cek_distribusi(CapaianOrganisasi.BAIK, [B, B, SB])
    assert hasil.jumlah == {SB: 1, B: 2, BP: 0, K: 0, SK: 0}
    assert hasil.persen[B] == Decimal(200) / 3


def test_daftar_kosong_persen_nol():
    hasil = cek_distribusi(CapaianOrganisasi.ISTIMEWA, [])
    assert set(hasil.persen.values()) == {0}
    assert hasil.peringatan == ()


def test_distribusi_lewat_json():
    hasil = nilai_json(distribusi("baik", ["Baik", "Sangat Baik", "Butuh Perbaikan", "Baik"]))
    d = hasil["distribusi"]
    assert d["jumlah"]["Baik"] == 2
    assert d["persen"] == {"Sangat Baik": 25.0, "Baik": 50.0, "Butuh Perbaikan": 25.0,
                           "Kurang/Misconduct": 0.0, "Sangat Kurang": 0.0}  # fmt: skip
    assert d["peringatan"] == []
    assert d["capaian_kinerja_organisasi"] == "baik"
    assert nilai_json(distribusi("baik", ["Baik"]), langkah=False) == nilai_json(
        distribusi("baik", ["Baik"])
    )
