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
import sys
from collections.abc import Callable, Sequence
from typing import IO, Any

from .aliran import nilai_aliran, tulis_json
from .galat import Masalah

__all__ = ["BerkasTidakTerbuka", "jalan_langsung", "nilai_berkas"]

_TANPA_LANGKAH = "--tanpa-langkah"


class BerkasTidakTerbuka(Exception):  # noqa: N818 - nama pesan, seperti CommandError
    """Berkas masukan tidak dapat dibuka; ``str()`` adalah pesan untuk pengguna."""


def nilai_berkas(
    berkas: str,
    stdin: IO[str] | None,
    keluar: IO[str],
    *,
    langkah: bool,
    tulis: Callable[[Any], bytes] = tulis_json,
) -> list[Masalah]:
    """Nilai berkas JSON (``"-"``: ``stdin`` atau masukan standar) ke ``keluar``; kembalikan masalahnya.

    ``BerkasTidakTerbuka`` bila berkas tidak dapat dibuka. Bila ada masalah, ``keluar`` tidak
    ditulis sama sekali (lihat :func:`penilaian.mesin.aliran.nilai_aliran`, juga untuk ``tulis``).
    """
    if berkas == "-":
        masuk = stdin or io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8")
        return nilai_aliran(masuk, keluar, langkah=langkah, tulis=tulis)
    try:
        masuk = open(berkas, encoding="utf-8")  # noqa: SIM115 - ditutup oleh with di bawah
    except OSError as e:
        raise BerkasTidakTerbuka(f"tidak dapat membuka {berkas}: {e.strerror}") from e
    with masuk:
        return nilai_aliran(masuk, keluar, langkah=langkah, tulis=tulis)


def jalan_langsung(
    argumen: Sequence[str], *, tulis: Callable[[Any], bytes] = tulis_json
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
        masalah = nilai_berkas(berkas[0], None, sys.stdout, langkah=langkah, tulis=tulis)
    except BerkasTidakTerbuka as e:
        sys.stderr.write(f"CommandError: {e}\n")
        return 2
    if masalah:
        sys.stderr.write("".join(f"{m}\n" for m in masalah))
        return 2
    return 0
