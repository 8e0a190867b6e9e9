"""Pembaca dan penulis JSON ``manage.py nilai`` dengan msgspec, sama persis dengan ``json``.

Mesin (``penilaian.mesin``) hanya memakai pustaka standar; pembaca dan penulis ini ada di
lapisan baris perintah dan diserahkan ke :func:`penilaian.mesin.cli.nilai_berkas` sebagai
``baca`` dan ``tulis``.

Pembaca (:func:`baca_daftar`) memberi elemen daftar yang sama dengan pembaca bertahap mesin
(:func:`penilaian.mesin.aliran.baca_bertahap`, ``json`` dengan angka ``Decimal``), kecuali
bilangan bulat yang diberikan sebagai ``int`` (mesin membacanya sama). Masukan yang tidak dapat
dibacanya sama persis (lihat fungsinya) membuatnya menyerah (``BacaUlang``) dan berkas dibaca
ulang dari awal oleh pembaca mesin, yang juga menyusun pesan kesalahannya; diuji dengan
hypothesis di ``tests/mesin/test_baca_cepat.py``.

Penulis (:func:`tulis_hasil`):
Penulis bawaan mesin, :func:`penilaian.mesin.aliran.tulis_json` (``json.dumps(hasil,
ensure_ascii=False)`` sebagai UTF-8), tetap menjadi acuan: untuk setiap hasil mesin,
:func:`tulis_hasil` memberi byte yang sama (diuji atas korpus berbenih tetap di
``tests/mesin/test_keluaran_tetap.py`` dan dengan hypothesis).

Caranya: ``msgspec.json`` menyandikan hasil tanpa spasi, lalu ``msgspec.json.format(...,
indent=0)`` menambahkan spasi sesudah ``,`` dan ``:`` seperti ``json.dumps``; huruf non-ASCII
ditulis apa adanya dan karakter kendali di-escape sama persis. Perbedaan yang diketahui
diserahkan ke penulis bawaan:

* ``float`` berpangkat: ``json`` menulis ``1e+16``, msgspec ``1e16``. Setiap keluaran yang
  memuat "e" diikuti angka ditulis ulang oleh penulis bawaan (teks seperti "e1" pun, hanya
  lebih lambat). Angka hasil mesin selalu dibulatkan 2 desimal, jadi bentuk berpangkat kecil
  (``1e-05``, yang ditulis msgspec ``0.00001``) tidak pernah muncul.
* teks yang tidak dapat ditulis sebagai UTF-8 (surrogate tunggal): penulis bawaan juga
  menolaknya (``UnicodeEncodeError``), sama seperti sebelumnya.

``inf``/``nan`` (ditulis msgspec sebagai ``null``) tidak pernah ada dalam hasil mesin: semua
angkanya berasal dari ``Decimal`` yang dibatasi masukan (paling besar ±10^15 dibagi ±10^-15).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import IO, Any

import msgspec

from penilaian.mesin.aliran import tulis_json
from penilaian.mesin.cli import BacaUlang

__all__ = ["baca_daftar", "tulis_hasil"]

_sandikan = msgspec.json.Encoder().encode
_format = msgspec.json.format
_PANGKAT = re.compile(rb"e[0-9]")


def tulis_hasil(hasil: Any) -> bytes:
    """Hasil mesin sebagai JSON UTF-8 satu baris, byte sama dengan ``tulis_json``, lebih cepat."""
    try:
        teks = _format(_sandikan(hasil), indent=0)
    except UnicodeEncodeError:
        return tulis_json(hasil)
    if _PANGKAT.search(teks) is not None:
        return tulis_json(hasil)
    return teks


# ---------------------------------------------------------------------------- pembaca


_ELEMEN = msgspec.json.Decoder(list[msgspec.Raw]).decode
_DOKUMEN = msgspec.json.Decoder(float_hook=Decimal).decode
_NOL_NEGATIF = re.compile(rb"-0(?![0-9.eE])")
_SPASI = b" \t\n\r"


def baca_daftar(masuk: IO[bytes], *, potongan: int = 1 << 20) -> Iterator[Any]:
    """Elemen daftar JSON di ``masuk`` satu per satu, dengan angka seperti ``loads_desimal``.

    Masukan dibaca per ``potongan`` byte. Dari setiap potongan, semua elemen utuh sampai '}'
    terakhir yang menutup elemen dibaca sekaligus oleh msgspec (``[`` + potongan + ``]`` sebagai
    daftar ``Raw``), lalu elemen demi elemen dengan pecahan sebagai ``Decimal`` (teks aslinya)
    dan bilangan bulat sebagai ``int``. Memori: satu potongan dan elemen-elemennya.

    ``BacaUlang`` (saat iterasi) bila masukan bukan daftar JSON sah yang dapat dibaca sama persis
    seperti ``loads_desimal``: JSON rusak, NaN, surrogate tunggal, bersarang terlalu dalam,
    bukan UTF-8, atau bilangan bulat ``-0`` (msgspec membacanya 0, ``loads_desimal`` -0).
    """
    buf = masuk.read(potongan).lstrip(_SPASI)
    while not buf and (tambahan := masuk.read(potongan)):
        buf = tambahan.lstrip(_SPASI)
    if buf[:1] != b"[":
        raise BacaUlang
    # "[0" di depan potongan berikutnya: potongan itu mulai dengan ",", elemen 0 dibuang.
    kepala, pos = b"[", 1
    # Ujung elemen dicari dengan menghitung kurung (cepat); bila itu keliru (kurung di dalam
    # teks) atau satu elemen lebih besar dari potongan, sampai potongan ini terbaca, dengan
    # melewati teks (tepat, lambat).
    tepat = False
    while True:
        akhir = _ujung_tepat(buf, pos) if tepat else _ujung_elemen(buf, pos)
        if akhir < 0 and not tepat and len(buf) - pos > potongan:
            tepat = True
            continue
        if akhir < 0:
            tambahan = masuk.read(max(potongan, len(buf) - pos))
            if tambahan:
                buf, pos = buf[pos:] + tambahan, 0
                continue
            yield from _dokumen(_elemen(kepala + buf[pos:]), kepala)
            return
        try:
            elemen = _elemen(kepala + buf[pos:akhir] + b"]")
        except BacaUlang:
            if tepat:
                raise
            tepat = True
            continue
        yield from _dokumen(elemen, kepala)
        kepala, pos, tepat = b"[0", akhir, False


def _elemen(isi: bytes) -> list[msgspec.Raw]:
    """Elemen-elemen ``isi`` (teks daftar JSON) yang belum dibaca; ``BacaUlang`` bila tidak sah
    atau memuat bilangan bulat -0 (diperiksa di sini sekali untuk seluruh potongan)."""
    if _NOL_NEGATIF.search(isi) is not None:
        raise BacaUlang
    try:
        return _ELEMEN(isi)
    except (msgspec.DecodeError, RecursionError):
        raise BacaUlang from None


def _dokumen(elemen: list[msgspec.Raw], kepala: bytes) -> Iterator[Any]:
    for e in elemen[len(kepala) - 1 :]:
        try:
            yield _DOKUMEN(e)
        except (msgspec.DecodeError, RecursionError):
            raise BacaUlang from None


def _ujung_elemen(buf: bytes, pos: int) -> int:
    """Posisi sesudah '}' terakhir di ``buf[pos:]`` yang menutup elemen daftar, atau -1.

    Kedalaman dihitung dari jumlah kurung (cepat, di C). Kurung di dalam teks bisa
    mengacaukannya, tetapi potongan yang salah tidak pernah lolos: ``[`` + potongan + ``]``
    hanya JSON sah bila potongan itu deretan elemen utuh (ia berakhir pada '}', bukan di tengah
    angka atau teks).
    """
    hi = cari = len(buf)
    # Seluruh potongan: kurungnya saja dulu (satu lintasan translate), lalu dihitung.
    dalam = _kedalaman(buf[pos:].translate(None, _BUKAN_KURUNG), 0, None)
    while (k := buf.rfind(b"}", pos, cari)) >= 0:
        dalam -= _kedalaman(buf, k + 1, hi)
        if dalam == 0:
            return k + 1
        hi, cari = k + 1, k
    return -1


_BUKAN_KURUNG = bytes(b for b in range(256) if b not in b"[]{}")


def _kedalaman(buf: bytes, awal: int, akhir: int | None) -> int:
    return (
        buf.count(b"{", awal, akhir)
        + buf.count(b"[", awal, akhir)
        - buf.count(b"}", awal, akhir)
        - buf.count(b"]", awal, akhir)
    )


# Teks utuh, kurung, atau tanda kutip pembuka teks yang belum selesai di ujung potongan.
_TOKEN = re.compile(rb'"(?:[^"\\]|\\.)*"|[\[\]{}]|"')


def _ujung_tepat(buf: bytes, pos: int) -> int:
    """Seperti :func:`_ujung_elemen`, tetapi teks dilewati (lambat: dipakai bila yang cepat keliru)."""
    dalam, ujung = 0, -1
    for m in _TOKEN.finditer(buf, pos):
        token = m.group()
        if token == b'"':
            break  # teks terpotong: sisanya belum terbaca
        if token in (b"{", b"["):
            dalam += 1
        elif token in (b"}", b"]"):
            dalam -= 1
            if dalam == 0:
                ujung = m.end()
    return ujung
