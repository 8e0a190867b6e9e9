"""Daftar aturan (regulasi) yang dikenal mesin, masing-masing satu modul di bawah paket ini.

Setiap modul aturan memenuhi antarmuka kecil :class:`Aturan`. Menambah aturan ketiga
(mis. PermenPANRB 8/2021) berarti menulis satu modul baru dan menambah satu baris di
``DAFTAR_ATURAN``; modul aturan lain tidak disentuh.
"""

from __future__ import annotations

from typing import Any, Protocol

from ..galat import Masalah
from . import permenpanrb_6_2022, pp46_2011

__all__ = ["DAFTAR_ATURAN", "Aturan", "aturan_untuk"]


class Aturan(Protocol):
    """Antarmuka satu aturan.

    ``parse`` membaca objek JSON satu dokumen menjadi dokumen bertipe dan daftar masalah
    *bentuk* (nilai yang salah bentuk menjadi ``None``); ``validasi`` memeriksa aturan *makna*
    dokumen bertipe; ``hitung`` menilai dokumen yang sah; ``ke_json`` menulis hasilnya.
    ``nilai_cepat`` (optimasi) memberi hasil JSON yang sama persis dengan
    ``ke_json(hitung(parse(data), langkah=langkah))``, atau ``None`` bila dokumen perlu jalan
    bertipe; aturan baru boleh selalu mengembalikan ``None``.
    """

    KUNCI: str
    JENIS_DOKUMEN: tuple[type, ...]
    JENIS_HASIL: tuple[type, ...]

    def parse(self, data: dict[str, Any]) -> tuple[Any, list[Masalah]]: ...

    def validasi(self, dokumen: Any) -> list[Masalah]: ...

    def hitung(self, dokumen: Any, *, langkah: bool) -> Any: ...

    def ke_json(self, hasil: Any) -> dict[str, Any]: ...

    def nilai_cepat(self, data: dict[str, Any], langkah: bool) -> dict[str, Any] | None: ...


#: Kunci ``aturan`` → modul aturannya. ``permenpanrb-6-2022`` adalah aturan yang berlaku.
DAFTAR_ATURAN: dict[str, Aturan] = {
    permenpanrb_6_2022.KUNCI: permenpanrb_6_2022,
    pp46_2011.KUNCI: pp46_2011,
}

# Jenis dokumen/hasil → modul aturan, untuk memilih aturan dari objek bertipe.
_MENURUT_JENIS: dict[type, Aturan] = {
    jenis: modul
    for modul in DAFTAR_ATURAN.values()
    for jenis in (*modul.JENIS_DOKUMEN, *modul.JENIS_HASIL)
}


def aturan_untuk(objek: object) -> Aturan:
    """Modul aturan pemilik dokumen atau hasil bertipe ``objek``.

    ``TypeError`` bila jenisnya bukan dokumen/hasil aturan mana pun.
    """
    modul = _MENURUT_JENIS.get(type(objek))
    if modul is None:
        raise TypeError(f"bukan dokumen atau hasil mesin penilaian: {type(objek).__name__}")
    return modul
