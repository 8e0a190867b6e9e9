"""Limits on what one API request may ask of the server, checked before the engine runs.

Both endpoints read their JSON body here. The limits bound the CPU one accepted request can
cost (``make bench-api`` measures the worst accepted request; docs/keamanan.md, section "API"):

* body size: at most :data:`MAKS_BADAN` bytes (413), read from ``Content-Length`` before the
  body is read;
* nesting: at most :data:`MAKS_KEDALAMAN` levels of ``[``/``{``, counted on the raw bytes
  before ``json.loads`` (whose recursive parser fails with ``RecursionError`` on deep input);
* number of items: a top-level list holds at most :data:`MAKS_ITEM` documents or indicators;
* text length: every string (values and keys) at most :data:`MAKS_TEKS` characters;
* ``NaN``/``Infinity`` and invalid UTF-8 are refused.

A refused request gets a 4xx whose body has the endpoints' usual shape
``{"detail": [{"loc": …, "msg": …}]}`` with an Indonesian message; never a 500.
"""

from __future__ import annotations

import json
import re
from typing import Any

from django.http import HttpRequest, JsonResponse

from penilaian.mesin import loads_desimal

#: Bytes per request body. A 64 KiB body of indicator text costs the checker ±60 ms CPU.
MAKS_BADAN = 64 * 1024
#: Nesting levels. A documents list is 7 deep (list › document › rhk › RHK › indikator ›
#: IKI › target range); the margin is for clients that wrap documents.
MAKS_KEDALAMAN = 20
#: Documents or indicators in one top-level list; larger files go through the commands.
MAKS_ITEM = 100
#: Characters per string. An IKI or RHK sentence is rarely above 300.
MAKS_TEKS = 2000

_TEKS_JSON = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BUKAN_KURUNG = bytes(b for b in range(256) if b not in b"[]{}")


class BatasTerlampaui(Exception):  # noqa: N818 - a refusal, answered as a response
    """A request over one of the limits: HTTP status, JSON path and an Indonesian message."""

    def __init__(self, status: int, loc: str, msg: str) -> None:
        super().__init__(msg)
        self.status = status
        self.loc = loc
        self.msg = msg

    def respons(self) -> JsonResponse:
        return JsonResponse({"detail": [{"loc": self.loc, "msg": self.msg}]}, status=self.status)


def kedalaman(badan: bytes) -> int:
    """The deepest nesting of arrays and objects in a JSON text, brackets inside strings aside.

    Linear in the body's length and without recursion, so it is safe on any input."""
    kurung = _TEKS_JSON.sub(b'""', badan).translate(None, _BUKAN_KURUNG)
    tingkat = terdalam = 0
    for b in kurung:
        if b in b"[{":
            tingkat += 1
            terdalam = max(terdalam, tingkat)
        else:
            tingkat -= 1
    return terdalam


def _tolak_konstanta(nama: str) -> Any:
    raise ValueError(f"{nama} bukan angka JSON yang sah")


def _periksa_isi(data: Any) -> None:
    """Every string at most MAKS_TEKS characters, walking the parsed value without recursion."""
    tumpukan: list[tuple[Any, str]] = [(data, "")]
    while tumpukan:
        nilai, loc = tumpukan.pop()
        if type(nilai) is str:
            if len(nilai) > MAKS_TEKS:
                raise BatasTerlampaui(
                    422, loc, f"teks terlalu panjang: paling banyak {MAKS_TEKS} karakter"
                )
        elif type(nilai) is dict:
            for kunci, anak in nilai.items():
                if len(kunci) > MAKS_TEKS:
                    raise BatasTerlampaui(
                        422, loc, f"nama kunci terlalu panjang: paling banyak {MAKS_TEKS} karakter"
                    )
                tumpukan.append((anak, f"{loc}.{kunci}" if loc else kunci))
        elif type(nilai) is list:
            tumpukan.extend((anak, f"{loc}[{i}]") for i, anak in enumerate(nilai))


def baca_json(request: HttpRequest, *, desimal: bool = False, status_rusak: int = 400) -> Any:
    """The request's JSON body within the limits above, or :class:`BatasTerlampaui`.

    ``desimal``: numbers become ``Decimal`` from their decimal text (``loads_desimal``, the
    scoring engine's reading); otherwise ``int``/``float`` as ``json.loads`` gives them.
    """
    try:
        panjang = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        panjang = 0
    if panjang > MAKS_BADAN:
        raise _terlalu_besar()
    badan = request.body
    if len(badan) > MAKS_BADAN:
        raise _terlalu_besar()
    if kedalaman(badan) > MAKS_KEDALAMAN:
        raise BatasTerlampaui(
            422, "", f"JSON terlalu dalam: paling banyak {MAKS_KEDALAMAN} tingkat bersarang"
        )
    try:
        teks = badan.decode("utf-8")
    except UnicodeDecodeError:
        raise BatasTerlampaui(status_rusak, "", "Badan permintaan bukan teks UTF-8.") from None
    try:
        data = loads_desimal(teks) if desimal else json.loads(teks, parse_constant=_tolak_konstanta)
    except json.JSONDecodeError as e:
        raise BatasTerlampaui(
            status_rusak, "", f"JSON tidak valid: {e.msg} (baris {e.lineno}, kolom {e.colno})."
        ) from None
    except ValueError as e:  # NaN, Infinity, or an integer of more than 4300 digits
        raise BatasTerlampaui(status_rusak, "", f"JSON tidak valid: {e}.") from None
    if type(data) is list and len(data) > MAKS_ITEM:
        raise BatasTerlampaui(
            422,
            "",
            f"Daftar paling banyak {MAKS_ITEM} item per permintaan; kirim sisanya terpisah.",
        )
    _periksa_isi(data)
    return data


def _terlalu_besar() -> BatasTerlampaui:
    return BatasTerlampaui(
        413, "", f"Badan permintaan terlalu besar: paling banyak {MAKS_BADAN // 1024} KiB."
    )
