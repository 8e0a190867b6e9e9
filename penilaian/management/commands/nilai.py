"""``python manage.py nilai FILE|-``: nilai dokumen SKP dari berkas JSON dengan mesin penilaian.

Keluaran standar hanya berisi JSON hasil (status 0). Masukan tidak sah: status 2, keluaran
standar kosong, dan satu baris per masalah di keluaran galat (``kegiatan[0].waktu.realisasi:
harus lebih besar dari 0``). Daftar dokumen dialirkan dengan memori tetap; lihat
``penilaian.mesin.aliran`` untuk caranya. ``manage.py`` menjalankan bentuk sederhana perintah ini
tanpa memuat Django (``penilaian.mesin.cli``); kelas ini melayani ``call_command`` dan bentuk
dengan opsi Django.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from penilaian.json_cepat import baca_daftar, tulis_hasil
from penilaian.mesin.cli import BerkasTidakTerbuka, nilai_berkas


class _Penulis:
    """Penyesuai ``OutputWrapper`` Django: tulis apa adanya, tanpa menambah baris baru."""

    def __init__(self, wrapper: Any) -> None:
        self.wrapper = wrapper

    def write(self, teks: str) -> None:
        self.wrapper.write(teks, ending="")


class Command(BaseCommand):
    help = (
        "Nilai satu dokumen SKP atau daftar dokumen (JSON, lihat docs/algoritma-skor.md) dan "
        "tulis hasilnya sebagai JSON. FILE '-' membaca masukan standar."
    )
    # call_command("nilai", "-", stdin=...) dipakai pengujian.
    stealth_options = ("stdin",)

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("berkas", metavar="FILE", help="berkas JSON, atau '-' untuk stdin")
        parser.add_argument(
            "--tanpa-langkah",
            action="store_true",
            help="jangan susun langkah penjelasan (lebih cepat untuk penilaian massal)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            masalah = nilai_berkas(
                options["berkas"],
                options.get("stdin"),
                _Penulis(self.stdout),
                langkah=not options["tanpa_langkah"],
                tulis=tulis_hasil,
                baca=baca_daftar,
            )
        except BerkasTidakTerbuka as e:
            raise CommandError(str(e), returncode=2) from e
        if masalah:
            for m in masalah:
                self.stderr.write(str(m))
            raise SystemExit(2)
