"""Menilai aliran JSON (berkas atau masukan standar) dengan memori tetap, untuk ``manage.py nilai``.

Sebuah berkas boleh berisi satu dokumen atau daftar dokumen. Daftar dibaca elemen demi elemen
(``json.JSONDecoder.raw_decode`` atas potongan teks), setiap dokumen dinilai lalu hasilnya
ditulis sebagai UTF-8 ke berkas sementara (``SpooledTemporaryFile``: di memori sampai 8 MiB, lalu
di disk).
Baru setelah semua dokumen sah, isi berkas sementara disalin ke keluaran; satu dokumen tidak
sah menggagalkan seluruh daftar tanpa keluaran setengah jadi. Sejak masalah pertama, dokumen
berikutnya hanya diperiksa (tidak dihitung), agar semua masalah tetap dilaporkan dengan murah.

Memori yang dipakai: satu potongan masukan, satu dokumen dan hasilnya, dan paling banyak
8 MiB hasil yang menunggu; tidak bergantung pada jumlah dokumen.
"""

from __future__ import annotations

import codecs
import json
import shutil
import tempfile
from collections.abc import Callable, Iterator
from typing import IO, Any

from . import nilai_json, parse_dokumen
from .angka import DEKODER_DESIMAL, TERLALU_DALAM, loads_desimal
from .galat import KesalahanValidasi, Masalah

__all__ = ["JSONRusak", "baca_bertahap", "nilai_aliran", "nilai_daftar"]

_POTONGAN = 1 << 16
_TUMPUK = 512
#: Hasil (dan salinan masukan standar, cli) ditampung di memori sampai 8 MiB, lalu di disk.
BATAS_SPOOL = 8 << 20
_SPASI = " \t\n\r"


class JSONRusak(ValueError):
    """Masukan bukan JSON yang sah; ``str()`` memuat baris dan kolomnya."""


class _Penyangga:
    """Teks masukan yang dibaca bertahap, dengan posisi baris/kolom untuk pesan kesalahan."""

    def __init__(self, masuk: IO[str], potongan: int) -> None:
        self.masuk = masuk
        self.potongan = potongan
        self.teks = ""
        self.pos = 0
        self.habis = False
        self.baris_dibuang = 0
        self.kolom_dibuang = 0

    def isi(self) -> None:
        """Buang teks yang sudah dibaca, tambah potongan baru (makin besar bila perlu)."""
        dibuang = self.teks[: self.pos]
        n = dibuang.count("\n")
        if n:
            self.baris_dibuang += n
            self.kolom_dibuang = len(dibuang) - dibuang.rfind("\n") - 1
        else:
            self.kolom_dibuang += len(dibuang)
        sisa = self.teks[self.pos :]
        # Ukuran baca tumbuh bersama sisa, supaya satu dokumen besar tetap dibaca dalam waktu linear.
        tambahan = self.masuk.read(max(self.potongan, len(sisa)))
        self.habis = not tambahan
        self.teks = sisa + tambahan
        self.pos = 0

    def lewati_spasi(self) -> str:
        """Huruf bukan-spasi berikutnya ("" bila masukan habis), tanpa memajukan posisi."""
        while True:
            teks, pos = self.teks, self.pos
            while pos < len(teks) and teks[pos] in _SPASI:
                pos += 1
            self.pos = pos
            if pos < len(teks):
                return teks[pos]
            if self.habis:
                return ""
            self.isi()

    def rusak(self, pesan: str, pos: int | None = None) -> JSONRusak:
        """Kesalahan dengan baris dan kolom (mulai 1) pada posisi ``pos`` penyangga."""
        pos = self.pos if pos is None else pos
        awal = self.teks[:pos]
        n = awal.count("\n")
        baris = self.baris_dibuang + n + 1
        kolom = pos - awal.rfind("\n") if n else self.kolom_dibuang + pos + 1
        return JSONRusak(f"JSON tidak valid: {pesan} (baris {baris}, kolom {kolom})")

    def nilai(self) -> Any:
        """Satu nilai JSON lengkap mulai dari posisi sekarang."""
        while True:
            try:
                nilai, akhir = DEKODER_DESIMAL.raw_decode(self.teks, self.pos)
            except json.JSONDecodeError as e:
                if self.habis:
                    raise self.rusak(e.msg, e.pos) from None
                self.isi()
                continue
            except ValueError as e:  # NaN/Infinity
                raise self.rusak(str(e)) from None
            except RecursionError:
                raise self.rusak(TERLALU_DALAM) from None
            # Angka/literal di ujung penyangga bisa terpotong ("12" dari "123"): baca lagi
            # sampai tampak pemisah sesudahnya.
            j = akhir
            while j < len(self.teks) and self.teks[j] in _SPASI:
                j += 1
            terpotong = j == len(self.teks) or (
                not isinstance(nilai, (dict, list, str)) and self.teks[j] not in ",]"
            )
            if terpotong and not self.habis:
                self.isi()
                continue
            self.pos = akhir
            return nilai


def baca_bertahap(masuk: IO[str], *, potongan: int = _POTONGAN) -> tuple[bool, Iterator[Any]]:
    """(apakah daftar, iterator dokumen). Satu dokumen dibaca utuh; daftar elemen demi elemen.

    ``JSONRusak`` dilempar saat iterasi bila masukan bukan JSON yang sah.
    """
    p = _Penyangga(masuk, potongan)
    awal = p.lewati_spasi()
    if awal != "[":
        return False, _satu(p)
    p.pos += 1
    return True, _elemen(p)


def _satu(p: _Penyangga) -> Iterator[Any]:
    sisa = p.teks[p.pos :] + p.masuk.read()
    if not sisa.strip():
        raise JSONRusak("JSON tidak valid: masukan kosong")
    try:
        yield loads_desimal(sisa)
    except json.JSONDecodeError as e:
        raise JSONRusak(f"JSON tidak valid: {e.msg} (baris {e.lineno}, kolom {e.colno})") from None
    except ValueError as e:  # NaN/Infinity, bersarang terlalu dalam
        raise JSONRusak(f"JSON tidak valid: {e}") from None


def _elemen(p: _Penyangga) -> Iterator[Any]:
    if p.lewati_spasi() == "]":
        p.pos += 1
    else:
        while True:
            p.lewati_spasi()
            yield p.nilai()
            pemisah = p.lewati_spasi()
            p.pos += 1
            if pemisah == "]":
                break
            if pemisah != ",":
                raise p.rusak("diharapkan ',' atau ']'", p.pos - 1)
    if p.lewati_spasi():
        raise p.rusak("ada data sesudah akhir daftar")


# Satu penyandi untuk semua dokumen (json.dumps dengan argumen membuat penyandi baru setiap
# kali). Hasil mesin selalu pohon yang baru dibangun, jadi pemeriksaan lingkaran tidak perlu;
# teks keluarannya sama dengan json.dumps(hasil, ensure_ascii=False).
_dumps = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode


def tulis_json(hasil: Any) -> bytes:
    """Satu hasil sebagai JSON UTF-8 satu baris: ``json.dumps(hasil, ensure_ascii=False)``."""
    return _dumps(hasil).encode("utf-8")


def nilai_aliran(
    masuk: IO[str],
    keluar: IO[str],
    *,
    langkah: bool = True,
    tulis: Callable[[Any], bytes] = tulis_json,
) -> list[Masalah]:
    """Nilai semua dokumen di ``masuk``, tulis hasil JSON ke ``keluar``; kembalikan masalahnya.

    Bila ada masalah (JSON rusak atau dokumen tidak sah), ``keluar`` tidak ditulis sama sekali.
    Satu dokumen ditulis dengan indentasi 2; daftar ditulis satu hasil per baris, masing-masing
    dengan ``tulis`` (hasil → JSON UTF-8; bawaan :func:`tulis_json`; baris perintah memberi
    penulis yang lebih cepat dengan byte yang sama, ``penilaian.json_cepat.tulis_hasil``).
    """
    try:
        adalah_daftar, dokumen = baca_bertahap(masuk)
        if not adalah_daftar:
            hasil = nilai_json(next(dokumen), langkah=langkah)
            keluar.write(json.dumps(hasil, ensure_ascii=False, indent=2) + "\n")
            return []
        return nilai_daftar(dokumen, keluar, langkah=langkah, tulis=tulis)
    except KesalahanValidasi as e:
        return list(e.masalah)
    except JSONRusak as e:
        return [Masalah("", str(e))]
    except UnicodeDecodeError:
        return [Masalah("", "masukan bukan teks UTF-8")]


def nilai_daftar(
    dokumen: Iterator[Any],
    keluar: IO[str],
    *,
    langkah: bool = True,
    tulis: Callable[[Any], bytes] = tulis_json,
) -> list[Masalah]:
    """Nilai elemen-elemen sebuah daftar (dari :func:`baca_bertahap` atau pembaca lain yang
    memberi angka sebagai ``Decimal`` atau ``int``), tulis daftar hasil ke ``keluar``.

    Seperti :func:`nilai_aliran`: bila ada masalah, ``keluar`` tidak ditulis sama sekali.
    Pengecualian lain dari iterator (``JSONRusak`` tidak) diteruskan sebelum apa pun ditulis.
    """
    with tempfile.SpooledTemporaryFile(max_size=BATAS_SPOOL, mode="w+b") as spool:
        masalah = _nilai_daftar(dokumen, spool, langkah, tulis)
        if masalah:
            return masalah
        spool.seek(0)
        _salin(spool, keluar)
        return []


def _salin(spool: IO[bytes], keluar: IO[str]) -> None:
    """Salin isi ``spool`` (UTF-8) ke ``keluar``: langsung ke penyangga byte-nya bila ``keluar``
    berkas teks UTF-8 (keluaran standar), selain itu didekode bertahap."""
    penyangga = getattr(keluar, "buffer", None)
    pengodean = getattr(keluar, "encoding", None)
    if penyangga is not None and pengodean and codecs.lookup(pengodean).name == "utf-8":
        keluar.flush()
        shutil.copyfileobj(spool, penyangga)
        penyangga.flush()
        return
    dekoder = codecs.getincrementaldecoder("utf-8")()
    while potongan := spool.read(_POTONGAN):
        keluar.write(dekoder.decode(potongan))
    keluar.write(dekoder.decode(b"", final=True))


def _nilai_daftar(
    dokumen: Iterator[Any], spool: IO[bytes], langkah: bool, tulis: Callable[[Any], bytes]
) -> list[Masalah]:
    masalah: list[Masalah] = []
    # Hasil dikumpulkan dan ditulis per _TUMPUK dokumen: satu write (Python, di spool) per
    # dokumen memakan beberapa persen waktu penilaian massal.
    tertunda = [b"["]
    tunda = tertunda.append
    i = -1
    try:
        for i, data in enumerate(dokumen):
            try:
                if type(data) is not dict:
                    raise KesalahanValidasi([Masalah("", "harus berupa objek JSON")])
                if masalah:
                    parse_dokumen(data)  # sudah pasti gagal: cukup periksa
                    continue
                tunda(b",\n" if i else b"\n")
                tunda(tulis(nilai_json(data, langkah=langkah)))
                if len(tertunda) >= _TUMPUK:
                    spool.write(b"".join(tertunda))
                    tertunda.clear()
            except KesalahanValidasi as e:
                masalah.extend(e.dengan_awalan(f"[{i}]").masalah)
    except JSONRusak as e:
        return [*masalah, Masalah("", str(e))]
    tunda(b"\n]\n" if i >= 0 else b"]\n")
    spool.write(b"".join(tertunda))
    return masalah
