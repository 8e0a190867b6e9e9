"""python manage.py nilai FILE|-: hasil JSON di stdout; status 2, stdout kosong bila tidak sah."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from penilaian.mesin import loads_desimal, nilai_json

PP46 = {
    "aturan": "pp46-2011",
    "kegiatan": [
        {
            "kuantitas": {"target": 1, "realisasi": 1},
            "kualitas": {"target": 100, "realisasi": 90},
            "waktu": {"target": 12, "realisasi": 12},
            "biaya": {"target": 170395000, "realisasi": 170395000},
        }
    ],
}


def jalankan(*args, **kwargs):
    keluar, galat = io.StringIO(), io.StringIO()
    kode = 0
    try:
        call_command("nilai", *args, stdout=keluar, stderr=galat, **kwargs)
    except SystemExit as e:
        kode = e.code
    return kode, keluar.getvalue(), galat.getvalue()


def test_satu_dokumen_dari_berkas(tmp_path):
    berkas = tmp_path / "skp.json"
    berkas.write_text(json.dumps(PP46), encoding="utf-8")
    kode, keluar, galat = jalankan(str(berkas))
    assert (kode, galat) == (0, "")
    hasil = json.loads(keluar)
    assert hasil == nilai_json(loads_desimal(json.dumps(PP46)))
    assert hasil["kegiatan"][0]["nilai"] == 85.5


def test_daftar_dari_stdin_tanpa_langkah():
    kode, keluar, _ = jalankan("-", "--tanpa-langkah", stdin=io.StringIO(json.dumps([PP46, PP46])))
    assert kode == 0
    hasil = json.loads(keluar)
    assert len(hasil) == 2 and hasil[1]["langkah"] == []


def test_tidak_sah_status_2_stdout_kosong_satu_baris_per_masalah():
    rusak = json.loads(json.dumps(PP46))
    rusak["kegiatan"][0]["waktu"]["realisasi"] = 0
    rusak["kegiatan"][0]["kuantitas"]["target"] = "satu"
    kode, keluar, galat = jalankan("-", stdin=io.StringIO(json.dumps([PP46, rusak])))
    assert kode == 2
    assert keluar == ""
    assert galat.splitlines() == [
        "[1].kegiatan[0].kuantitas.target: harus berupa angka: 'satu' bukan angka; tulis "
        "angkanya saja, misalnya 96,7 atau 1.250 (satuan di kolomnya sendiri)",
        "[1].kegiatan[0].waktu.realisasi: harus lebih besar dari 0",
    ]


def test_teks_angka_cara_indonesia_dan_yang_ambigu():
    # Numbers sent as strings go through the one reader: "96,7" and "170.395.000" are read;
    # "1.250" is refused as ambiguous (the old contract read it 1,25), never guessed.
    dokumen = json.loads(json.dumps(PP46))
    dokumen["kegiatan"][0]["kualitas"]["realisasi"] = "90,0"
    kode, keluar, _ = jalankan("-", stdin=io.StringIO(json.dumps(dokumen)))
    assert kode == 0 and json.loads(keluar)["kegiatan"][0]["kualitas"] == 90.0
    dokumen["kegiatan"][0]["biaya"] = {"target": "170.395.000", "realisasi": "1.250"}
    kode, keluar, galat = jalankan("-", stdin=io.StringIO(json.dumps(dokumen)))
    assert (kode, keluar) == (2, "")
    assert galat.splitlines() == [
        "kegiatan[0].biaya.realisasi: harus berupa angka: '1.250' ambigu: bisa berarti 1250 "
        "atau 1,250; kirim sebagai angka JSON, atau tulis 1250 bila ribuan dan 1,250 bila desimal"
    ]


def test_json_rusak_status_2():
    kode, keluar, galat = jalankan("-", stdin=io.StringIO('[{"aturan": }'))
    assert (kode, keluar) == (2, "")
    assert galat.startswith("JSON tidak valid")


def test_berkas_tidak_ada(tmp_path):
    with pytest.raises(CommandError, match="tidak dapat membuka"):
        call_command("nilai", str(tmp_path / "tidak-ada.json"))
