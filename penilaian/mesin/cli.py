"""Baris perintah ``nilai`` tanpa Django: ``python manage.py nilai FILE|- [--tanpa-langkah]``.

Mesin murni tidak memerlukan pengaturan Django, ORM, maupun pemeriksaan sistem; memuat Django
dan Wagtail memakan beberapa detik sebelum dokumen pertama dinilai. ``manage.py`` karena itu
menyerahkan bentuk perintah yang terdokumentasi (satu FILE atau ``-``, opsional
``--tanpa-langkah``) langsung ke :func:`jalan_langsung`; bentuk lain (``--help``,
``--settings``, ``-v`` …) tetap dijalankan perintah Django ``penilaian.management.commands.nilai``,
yang memakai :func:`nilai_berkas` yang sama. Kontraknya sama di kedua jalan: JSON hasil di
keluaran standar dan status 0; masukan tidak sah: status 2, keluaran standar kosong, satu baris
per masalah di keluaran galat; berkas yang tidak dapat dibuka: ``CommandError: …``, status 2.
"""

from __future__ import annotations

import io
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any

from .aliran import BATAS_SPOOL, nilai_aliran, nilai_daftar, tulis_json
from .galat import Masalah

__all__ = ["BacaUlang", "BerkasTidakTerbuka", "PembacaCepat", "jalan_langsung", "nilai_berkas"]

_TANPA_LANGKAH = "--tanpa-langkah"


class BerkasTidakTerbuka(Exception):  # noqa: N818 - nama pesan, seperti CommandError
    """Berkas masukan tidak dapat dibuka; ``str()`` adalah pesan untuk pengguna."""


#: Pembaca cepat daftar dokumen dari berkas biner yang dapat di-``seek``: iterator elemen, atau
#: ``BacaUlang`` (kapan saja selama iterasi) bila ia menyerah; masukan lalu dibaca ulang dari
#: awal oleh pembaca pustaka standar. Baris perintah memberi ``penilaian.json_cepat.baca_daftar``.
PembacaCepat = Callable[[IO[bytes]], Iterator[Any]]


class BacaUlang(Exception):  # noqa: N818 - sinyal, bukan kesalahan
    """Pembaca cepat menyerah (masukan tidak biasa); baca ulang dengan pustaka standar."""


def nilai_berkas(
    berkas: str,
    stdin: IO[str] | None,
    keluar: IO[str],
    *,
    langkah: bool,
    tulis: Callable[[Any], bytes] = tulis_json,
    baca: PembacaCepat | None = None,
) -> list[Masalah]:
    """Nilai berkas JSON (``"-"``: ``stdin`` atau masukan standar) ke ``keluar``; kembalikan masalahnya.

    ``BerkasTidakTerbuka`` bila berkas tidak dapat dibuka. Bila ada masalah, ``keluar`` tidak
    ditulis sama sekali (lihat :func:`penilaian.mesin.aliran.nilai_aliran`, juga untuk ``tulis``).
    ``baca`` (opsional) dicoba lebih dulu untuk berkas dan masukan standar biner; hasilnya sama
    dengan pembaca pustaka standar, yang mengambil alih bila ``baca`` menyerah.
    """
    if berkas == "-":
        if stdin is not None:
            return nilai_aliran(stdin, keluar, langkah=langkah, tulis=tulis)
        if baca is None:
            return _nilai_biner(sys.stdin.buffer, keluar, langkah, tulis, None)
        # Masukan standar tidak dapat dibaca ulang: salin dulu, supaya pembaca cepat boleh
        # menyerah di tengah jalan.
        with tempfile.SpooledTemporaryFile(max_size=BATAS_SPOOL, mode="w+b") as salinan:
            shutil.copyfileobj(sys.stdin.buffer, salinan)
            salinan.seek(0)
            return _nilai_biner(salinan, keluar, langkah, tulis, baca)
    try:
        masuk = open(berkas, "rb")  # noqa: SIM115 - ditutup oleh with di bawah
    except OSError as e:
        raise BerkasTidakTerbuka(f"tidak dapat membuka {berkas}: {e.strerror}") from e
    with masuk:
        return _nilai_biner(masuk, keluar, langkah, tulis, baca)


def _nilai_biner(
    masuk: IO[bytes],
    keluar: IO[str],
    langkah: bool,
    tulis: Callable[[Any], bytes],
    baca: PembacaCepat | None,
) -> list[Masalah]:
    if baca is not None:
        try:
            return nilai_daftar(baca(masuk), keluar, langkah=langkah, tulis=tulis)
        except BacaUlang:
            masuk.seek(0)
    teks = io.TextIOWrapper(masuk, encoding="utf-8")
    try:
        return nilai_aliran(teks, keluar, langkah=langkah, tulis=tulis)
    finally:
        teks.detach()  # berkasnya ditutup pemiliknya


def jalan_langsung(
    argumen: Sequence[str],
    *,
    tulis: Callable[[Any], bytes] = tulis_json,
    baca: PembacaCepat | None = None,
) -> int | None:
    """Jalankan ``nilai`` dengan ``argumen`` (sesudah kata ``nilai``) tanpa Django.

    Kembalikan status keluar, atau ``None`` bila argumen bukan bentuk sederhana yang
    terdokumentasi; pemanggil lalu menyerahkannya ke perintah Django (bantuan, opsi Django,
    pesan salah pakai argparse).
    """
    langkah = _TANPA_LANGKAH not in argumen
    berkas = [a for a in argumen if a != _TANPA_LANGKAH]
    if len(berkas) != 1 or argumen.count(_TANPA_LANGKAH) > 1:
        return None
    if berkas[0] != "-" and berkas[0].startswith("-"):
        return None
    try:
        masalah = nilai_berkas(berkas[0], None, sys.stdout, langkah=langkah, tulis=tulis, baca=baca)
    except BerkasTidakTerbuka as e:
        sys.stderr.write(f"CommandError: {e}\n")
        return 2
    if masalah:
        sys.stderr.write("".join(f"{m}\n" for m in masalah))
        return 2
    return 0
