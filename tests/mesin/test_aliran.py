"""Aliran JSON untuk baris perintah: daftar dibaca bertahap, tanpa keluaran setengah jadi."""

from __future__ import annotations

import io
import json
from decimal import Decimal

import pytest

from penilaian.mesin import nilai_json
from penilaian.mesin.aliran import JSONRusak, baca_bertahap, nilai_aliran

from .dokumen import distribusi, kegiatan, permen, pp46

DAFTAR = [pp46(kegiatan(tw=12, rw="9.12")), permen(), distribusi("baik", ["Baik"])]


@pytest.mark.parametrize("potongan", [1, 2, 3, 5, 17, 1 << 16])
def test_daftar_dibaca_utuh_berapa_pun_ukuran_potongan(potongan):
    teks = ' [ {"a": [1, 2.50]} ,\n 123 , -4.5e1, true, "x", null, [] ]  \n'
    adalah_daftar, dokumen = baca_bertahap(io.StringIO(teks), potongan=potongan)
    assert adalah_daftar
    assert list(dokumen) == [
        {"a": [1, Decimal("2.50")]}, Decimal(123), Decimal("-4.5e1"), True, "x", None, []
    ]  # fmt: skip


@pytest.mark.parametrize("potongan", [1, 4, 1 << 16])
def test_angka_terpotong_di_ujung_potongan_dibaca_lagi(potongan):
    _, dokumen = baca_bertahap(io.StringIO("[12345.678,9]"), potongan=potongan)
    assert list(dokumen) == [Decimal("12345.678"), Decimal(9)]


@pytest.mark.parametrize(
    ("teks", "pesan"),
    [
        ('[{"a": 1} {"b": 2}]', "diharapkan ',' atau ']' (baris 1, kolom 11)"),
        ('[{"a": 1},\n  {"b": }]', "(baris 2, kolom 9)"),
        ("[1, 2] x", "ada data sesudah akhir daftar"),
        ("[NaN]", "NaN bukan angka JSON yang sah"),
        ("[1,", "Expecting value"),
        ('{"a": 1', "Expecting ',' delimiter"),
        ("NaN", "NaN bukan angka JSON yang sah"),
        ("   ", "masukan kosong"),
    ],
)
def test_json_rusak_dengan_baris_dan_kolom(teks, pesan):
    with pytest.raises(JSONRusak) as e:
        list(baca_bertahap(io.StringIO(teks), potongan=3)[1])
    assert pesan in str(e.value)


def test_baris_kolom_benar_setelah_potongan_dibuang():
    teks = "[\n" + ",\n".join(["1"] * 50) + ",\n  x]"
    with pytest.raises(JSONRusak, match=r"baris 52, kolom 3"):
        list(baca_bertahap(io.StringIO(teks), potongan=4)[1])
    teks = "[" + "1," * 40 + " x]"
    with pytest.raises(JSONRusak, match=r"baris 1, kolom 83"):
        list(baca_bertahap(io.StringIO(teks), potongan=4)[1])


def test_daftar_kosong():
    keluar = io.StringIO()
    assert nilai_aliran(io.StringIO(" [ ] "), keluar) == []
    assert json.loads(keluar.getvalue()) == []


def test_satu_dokumen_hasil_sama_dengan_nilai_json():
    keluar = io.StringIO()
    assert nilai_aliran(io.StringIO(json.dumps(pp46())), keluar) == []
    assert json.loads(keluar.getvalue()) == nilai_json(pp46())


@pytest.mark.parametrize("langkah", [True, False])
def test_daftar_hasil_seurutan_sama_dengan_nilai_json(langkah):
    keluar = io.StringIO()
    assert nilai_aliran(io.StringIO(json.dumps(DAFTAR)), keluar, langkah=langkah) == []
    assert json.loads(keluar.getvalue()) == nilai_json(DAFTAR, langkah=langkah)


def test_satu_dokumen_tidak_sah_tidak_ada_keluaran_dan_semua_masalah():
    data = [pp46(), pp46(kegiatan(to=0)), 7, permen(rhk=[]), pp46()]
    keluar = io.StringIO()
    masalah = nilai_aliran(io.StringIO(json.dumps(data)), keluar)
    assert keluar.getvalue() == ""
    assert [str(m) for m in masalah] == [
        "[1].kegiatan[0].kuantitas.target: harus lebih besar dari 0",
        "[2]: harus berupa objek JSON",
        "[3].rhk: wajib berisi minimal satu RHK",
    ]


def test_json_rusak_di_tengah_daftar_melaporkan_masalah_sebelumnya():
    keluar = io.StringIO()
    masalah = nilai_aliran(io.StringIO('[{"aturan": "x"}, {'), keluar)
    assert keluar.getvalue() == ""
    assert [m.path for m in masalah] == ["[0].aturan", ""]
    assert masalah[1].pesan.startswith("JSON tidak valid")


def test_satu_dokumen_tidak_sah_atau_rusak():
    keluar = io.StringIO()
    assert [str(m) for m in nilai_aliran(io.StringIO("{}"), keluar)] == [
        "aturan: wajib diisi; pilihan: 'permenpanrb-6-2022', 'pp46-2011'"
    ]
    assert nilai_aliran(io.StringIO("{"), keluar)[0].pesan.startswith("JSON tidak valid")
    assert keluar.getvalue() == ""


def test_bukan_utf8():
    masuk = io.TextIOWrapper(io.BytesIO(b'[{"a": "\xff"}]'), encoding="utf-8")
    assert nilai_aliran(masuk, io.StringIO())[0].pesan == "masukan bukan teks UTF-8"


def test_keluaran_sama_ke_penyangga_utf8_ke_teks_dan_ke_pengodean_lain():
    """Daftar hasil disalin langsung ke penyangga byte keluaran standar (UTF-8), didekode untuk
    aliran teks lain (StringIO, perintah Django); teksnya sama di ketiga jalan."""
    masukan = json.dumps([pp46(kegiatan(nama="Rapat — ½ hari")), permen()])
    teks = io.StringIO()
    assert nilai_aliran(io.StringIO(masukan), teks) == []
    for pengodean in ("utf-8", "UTF8", "utf-16"):
        keluar = io.TextIOWrapper(io.BytesIO(), encoding=pengodean)
        assert nilai_aliran(io.StringIO(masukan), keluar) == []
        keluar.flush()
        assert keluar.buffer.getvalue().decode(pengodean) == teks.getvalue()
    assert "Rapat — ½ hari" in teks.getvalue()
