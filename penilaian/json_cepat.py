"""Penulis JSON hasil mesin untuk ``manage.py nilai``: msgspec, byte sama persis dengan ``json``.

Mesin (``penilaian.mesin``) hanya memakai pustaka standar; penulis ini ada di lapisan baris
perintah dan diserahkan ke :func:`penilaian.mesin.aliran.nilai_aliran` sebagai ``tulis``.
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
from typing import Any

import msgspec

from penilaian.mesin.aliran import tulis_json

__all__ = ["tulis_hasil"]

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
