"""Pembaca cepat baris perintah (``penilaian.json_cepat.baca_daftar``, msgspec): elemen yang sama
dengan pembaca pustaka standar, atau ``BacaUlang`` lalu pembaca pustaka standar mengambil alih,
sehingga keluaran dan pesan ``manage.py nilai`` tidak berubah satu byte pun."""

from __future__ import annotations

import functools
import io
import json
import sys
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from penilaian.json_cepat import baca_daftar, tulis_hasil
from penilaian.mesin.angka import loads_desimal
from penilaian.mesin.cli import BacaUlang, jalan_langsung, nilai_berkas

from .dokumen import kegiatan, permen, pp46
from .korpus import korpus


def _desimal(x: Any) -> Any:
    """Pohon dengan setiap int (bukan bool) menjadi Decimal, seperti ``loads_desimal``."""
    if type(x) is int:
        return Decimal(x)
    if type(x) is list:
        return [_desimal(v) for v in x]
    if type(x) is dict:
        return {k: _desimal(v) for k, v in x.items()}
    return x


def _sama(a: Any, b: Any) -> None:
    # repr membedakan Decimal("2.5") dari Decimal("2.50") dan int dari Decimal.
    assert repr(_desimal(a)) == repr(b)


def _baca(teks: str | bytes, potongan: int) -> list[Any]:
    data = teks.encode("utf-8") if isinstance(teks, str) else teks
    return list(baca_daftar(io.BytesIO(data), potongan=potongan))


TEKS = (
    ' \n[ {"a": [1, 2.50, -4.5e1, 1E+2], "t": "kurung } ] { [ dan \\" kutip\\\\", "b": {}},\n'
    '  {"n": null, "y": true, "x": false, "é": "ünïcode ✓", "d": [[{"e": []}]]} ,'
    ' 123, "teks", [], {"z": 12345678901234567890123} ]  \n'
)


@pytest.mark.parametrize("potongan", [1, 2, 3, 7, 64, 1 << 20])
def test_elemen_sama_dengan_pustaka_standar_berapa_pun_potongannya(potongan):
    _sama(_baca(TEKS, potongan), loads_desimal(TEKS))


@pytest.mark.parametrize("teks", ["[]", "  [ ]\n", "[{}]", '[{"a": 1}]'])
def test_daftar_pendek(teks):
    _sama(_baca(teks, 1 << 20), loads_desimal(teks))


@pytest.mark.parametrize(
    "teks",
    [
        pytest.param("", id="kosong"),
        pytest.param("  \n", id="spasi"),
        pytest.param('{"a": 1}', id="bukan-daftar"),
        pytest.param('\ufeff[{"a": 1}]', id="bom"),
        pytest.param('[{"a": 1}, {"b": }]', id="json-rusak"),
        pytest.param('[{"a": 1}] x', id="data-sesudah-daftar"),
        pytest.param('[{"a": -0}]', id="nol-negatif"),  # loads_desimal: Decimal("-0"), msgspec: 0
        pytest.param('[{"a": NaN}]', id="nan"),
        pytest.param('[{"a": "\\ud800"}]', id="surrogate"),
        pytest.param('[{"a": ' + "[" * 5000 + "]" * 5000 + "}]", id="terlalu-dalam"),
        pytest.param(b'[{"a": "\xff"}]', id="bukan-utf8"),
    ],
)
@pytest.mark.parametrize("potongan", [3, 1 << 20])
def test_masukan_tidak_biasa_diserahkan_ke_pustaka_standar(teks, potongan):
    with pytest.raises(BacaUlang):
        _baca(teks, potongan)


@pytest.mark.parametrize("potongan", [100, 1 << 20])
def test_korpus_dibaca_tanpa_menyerah(potongan):
    """Korpus keluaran tetap (test_keluaran_tetap) benar-benar lewat pembaca cepat."""
    teks = json.dumps(korpus(600), ensure_ascii=False)
    _sama(_baca(teks, potongan), loads_desimal(teks))


# Dokumen JSON sembarang: teks dengan kurung dan kutip (penghitung kedalaman boleh keliru,
# pemeriksaan msgspec tidak), angka Decimal ditulis apa adanya, bersarang.
_teks = st.text(st.characters(exclude_categories=["Cs"]), max_size=12) | st.sampled_from(
    ["}", "]", "{", "[", '"}', "\\", "},{", "]}"]
)
_angka = st.decimals(allow_nan=False, allow_infinity=False) | st.integers(-(10**20), 10**20)
_nilai = st.recursive(
    _teks | _angka | st.booleans() | st.none(),
    lambda anak: st.lists(anak, max_size=4) | st.dictionaries(_teks, anak, max_size=4),
    max_leaves=25,
)


def _tulis(x: Any, spasi: str) -> str:
    if isinstance(x, Decimal):
        return str(x)
    if isinstance(x, list):
        return "[" + f",{spasi}".join(_tulis(v, spasi) for v in x) + "]"
    if isinstance(x, dict):
        isi = (f"{json.dumps(k)}:{spasi}{_tulis(v, spasi)}" for k, v in x.items())
        return "{" + f",{spasi}".join(isi) + "}"
    return json.dumps(x, ensure_ascii=False)


@given(
    st.lists(_nilai, max_size=6),
    st.sampled_from(["", " ", "\n  ", "\r\n\t"]),
    st.integers(1, 80),
)
def test_daftar_sembarang_sama_atau_diserahkan(daftar, spasi, potongan):
    teks = _tulis(daftar, spasi)
    harapan = loads_desimal(teks)
    try:
        _sama(_baca(teks, potongan), harapan)
    except BacaUlang:
        # Hanya bentuk yang tidak dapat dibaca msgspec sama persis: -0 sebagai bilangan bulat.
        assert "-0" in teks


# ------------------------------------------------------------- manage.py nilai, kedua pembaca

DAFTAR = [pp46(kegiatan(tw=12, rw="9.12")), permen(), pp46()]
_cepat = functools.partial(baca_daftar, potongan=64)


def _kedua_jalan(path, langkah=False):
    """(masalah, keluaran) tanpa lalu dengan pembaca cepat."""
    hasil = []
    for baca in (None, _cepat):
        keluar = io.StringIO()
        masalah = nilai_berkas(
            str(path), None, keluar, langkah=langkah, tulis=tulis_hasil, baca=baca
        )
        hasil.append(([str(m) for m in masalah], keluar.getvalue()))
    return hasil


def _daftar_json(*dokumen: Any) -> str:
    return "[\n" + ",\n".join(json.dumps(d) for d in dokumen) + "\n]\n"


@pytest.mark.parametrize(
    "teks",
    [
        pytest.param(_daftar_json(*DAFTAR), id="sah"),
        pytest.param(json.dumps(DAFTAR, indent=2), id="sah-berindentasi"),
        pytest.param("[]", id="kosong"),
        pytest.param(json.dumps(DAFTAR[0]), id="satu-dokumen"),
        pytest.param(_daftar_json(DAFTAR[0], pp46(kegiatan(rw=0)), 7), id="dokumen-tidak-sah"),
        pytest.param(_daftar_json(*DAFTAR)[:-4] + ", {]", id="json-rusak-di-potongan-akhir"),
        pytest.param(
            _daftar_json(*DAFTAR).replace('"realisasi": 100', '"realisasi": -0', 1),
            id="nol-negatif",
        ),
        pytest.param("[" + "[" * 3000 + "]" * 3000 + "]", id="terlalu-dalam"),
        pytest.param('{"a": ' + "[" * 3000 + "]" * 3000 + "}", id="terlalu-dalam-satu-dokumen"),
        pytest.param("", id="masukan-kosong"),
    ],
)
@pytest.mark.parametrize("langkah", [True, False])
def test_keluaran_dan_pesan_sama_dengan_pembaca_pustaka_standar(tmp_path, teks, langkah):
    path = tmp_path / "skp.json"
    path.write_text(teks, encoding="utf-8")
    standar, cepat = _kedua_jalan(path, langkah)
    assert cepat == standar
    assert standar[0] or standar[1]  # sesuatu dinilai atau dilaporkan


def test_bukan_utf8_dilaporkan_sama(tmp_path):
    path = tmp_path / "skp.json"
    path.write_bytes(b'[{"aturan": "pp46-2011", "nama": "\xff"}]')
    standar, cepat = _kedua_jalan(path)
    assert cepat == standar == (["masukan bukan teks UTF-8"], "")


def test_terlalu_dalam_dilaporkan_bukan_traceback(tmp_path):
    path = tmp_path / "skp.json"
    path.write_text('[{"aturan": ' + "[" * 3000 + "]" * 3000 + "}]", encoding="utf-8")
    masalah, keluaran = _kedua_jalan(path)[1]
    assert masalah == ["JSON tidak valid: objek/daftar bersarang terlalu dalam (baris 1, kolom 2)"]
    assert keluaran == ""


@pytest.mark.parametrize("rusak", [False, True])
def test_stdin_lewat_pembaca_cepat(monkeypatch, capsys, rusak):
    teks = _daftar_json(*DAFTAR) + ("x" if rusak else "")
    hasil = []
    for baca in (None, _cepat):
        stdin = io.TextIOWrapper(io.BytesIO(teks.encode()), "utf-8")
        monkeypatch.setattr(sys, "stdin", stdin)
        kode = jalan_langsung(["-", "--tanpa-langkah"], tulis=tulis_hasil, baca=baca)
        hasil.append((kode, capsys.readouterr()))
    assert hasil[0] == hasil[1]
    assert hasil[0][0] == (2 if rusak else 0)


def test_stdin_teks_dari_pemanggil_memakai_pembaca_pustaka_standar():
    """``call_command("nilai", "-", stdin=...)`` memberi teks, bukan byte: tidak ada pembaca cepat."""
    keluar = io.StringIO()
    masuk = io.StringIO(_daftar_json(*DAFTAR))
    assert nilai_berkas("-", masuk, keluar, langkah=False, tulis=tulis_hasil, baca=_cepat) == []
    assert json.loads(keluar.getvalue()) == json.loads(_keluaran_standar(_daftar_json(*DAFTAR)))


def _keluaran_standar(teks: str) -> str:
    keluar = io.StringIO()
    assert nilai_berkas("-", io.StringIO(teks), keluar, langkah=False) == []
    return keluar.getvalue()
