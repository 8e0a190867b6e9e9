"""``python manage.py periksa_indikator FILE|-``: periksa IKI dari berkas JSON lines, CSV atau XLSX.

Keluaran standar: satu hasil pemeriksaan (JSON) per baris, tidak ada yang lain. Keluaran galat:
ringkasan (jumlah, jumlah layak, temuan terbanyak). Status 2 dengan pesan yang menyebut nomor
barisnya bila berkas tidak terbaca atau sebuah baris tidak punya ``teks``.

Tidak ada keluaran setengah jadi: berkas dibaca dua kali secara mengalir. Lintasan pertama
hanya memeriksa bentuk setiap baris; lintasan kedua memeriksa dan menulis hasil. Masukan standar
disalin dulu ke berkas sementara. XLSX dibaca dengan ``openpyxl`` mode ``read_only`` (baris demi
baris), sehingga memori tetap datar untuk berkas 10.000 baris atau lebih.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import sys
import tempfile
import zipfile
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import IO, Any

from django.core.management.base import BaseCommand, CommandError

from penilaian.mesin.pemeriksa import ItemIndikator, ItemTidakValid, periksa

KOLOM = ("teks", "target", "satuan", "aspek", "rhk", "rhk_atasan", "polaritas")


class BerkasTidakTerbaca(Exception):
    """Berkas atau salah satu barisnya tidak dapat dibaca; pesannya siap ditampilkan."""


class Command(BaseCommand):
    help = (
        "Periksa indikator kinerja individu (IKI) dari berkas .jsonl, .csv atau .xlsx (baris "
        "judul: teks, target, satuan, aspek, rhk, rhk_atasan, polaritas), atau '-' untuk JSON "
        "lines dari masukan standar. Hasil: satu JSON per baris; ringkasan di keluaran galat."
    )
    # call_command("periksa_indikator", "-", stdin=...) dipakai pengujian.
    stealth_options = ("stdin",)

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("berkas", metavar="FILE", help="berkas .jsonl/.csv/.xlsx, atau '-'")

    def handle(self, *args: Any, **options: Any) -> None:
        berkas = options["berkas"]
        sementara = None
        try:
            if berkas == "-":
                masuk = options.get("stdin") or io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8")
                sementara = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115
                shutil.copyfileobj(masuk, sementara)
                baca = lambda: _baris_jsonl(_buka_ulang(sementara))  # noqa: E731
            else:
                baca = _pembaca(Path(berkas))
            for _ in _item_sah(baca()):
                pass
            jumlah, layak, temuan = self._tulis(_item_sah(baca()))
        except BerkasTidakTerbaca as e:
            raise CommandError(str(e), returncode=2) from e
        finally:
            if sementara is not None:
                sementara.close()
        self.stderr.write(_ringkasan(jumlah, layak, temuan))

    def _tulis(self, item: Iterator[ItemIndikator]) -> tuple[int, int, Counter[str]]:
        jumlah = layak = 0
        temuan: Counter[str] = Counter()
        for satu in item:
            hasil = periksa(satu)
            self.stdout.write(json.dumps(hasil.ke_json(), ensure_ascii=False))
            jumlah += 1
            layak += hasil.layak
            temuan.update(hasil.kode)
        return jumlah, layak, temuan


def _ringkasan(jumlah: int, layak: int, temuan: Counter[str]) -> str:
    teks = f"Diperiksa {jumlah} indikator: {layak} layak, {jumlah - layak} belum layak."
    if temuan:
        terbanyak = ", ".join(f"{kode} {n}" for kode, n in temuan.most_common(5))
        teks += f" Temuan terbanyak: {terbanyak}."
    return teks


def _pembaca(path: Path) -> Any:
    akhiran = path.suffix.lower()
    if akhiran in (".jsonl", ".ndjson", ".json"):
        return lambda: _baris_jsonl_berkas(path)
    if akhiran == ".csv":
        return lambda: _baris_csv(_buka(path, newline=""))
    if akhiran in (".xlsx", ".xlsm"):
        return lambda: _baris_xlsx(path)
    raise BerkasTidakTerbaca(
        f"Berkas {path} tidak dikenal: gunakan .jsonl, .csv, .xlsx, atau '-' untuk masukan standar."
    )


def _buka(path: Path, newline: str | None) -> IO[str]:
    try:
        return open(path, encoding="utf-8-sig", newline=newline)  # noqa: SIM115
    except OSError as e:
        raise BerkasTidakTerbaca(f"Berkas {path} tidak dapat dibuka: {e.strerror}.") from e


def _buka_ulang(berkas: IO[str]) -> IO[str]:
    berkas.seek(0)
    return berkas


def _item_sah(baris: Iterator[tuple[int, Any]]) -> Iterator[ItemIndikator]:
    for nomor, data in baris:
        try:
            yield ItemIndikator.dari_dict(data)
        except ItemTidakValid as e:
            raise BerkasTidakTerbaca(f"Baris {nomor}: {e.pesan}") from e


def _baris_jsonl(berkas: IO[str]) -> Iterator[tuple[int, Any]]:
    try:
        for nomor, baris in enumerate(berkas, start=1):
            if not baris.strip():
                continue
            try:
                data = json.loads(baris)
            except json.JSONDecodeError as e:
                raise BerkasTidakTerbaca(f"Baris {nomor}: bukan JSON yang sah ({e.msg}).") from e
            yield nomor, data
    except UnicodeDecodeError as e:
        raise BerkasTidakTerbaca("Berkas bukan teks UTF-8.") from e


def _baris_jsonl_berkas(path: Path) -> Iterator[tuple[int, Any]]:
    with _buka(path, newline=None) as berkas:
        yield from _baris_jsonl(berkas)


def _baris_csv(berkas: IO[str]) -> Iterator[tuple[int, Any]]:
    with berkas:
        try:
            contoh = berkas.read(8192)
            berkas.seek(0)
            try:
                dialek: Any = csv.Sniffer().sniff(contoh, delimiters=",;\t")
            except csv.Error:
                dialek = csv.excel
            baris = csv.reader(berkas, dialek)
            yield from _baris_tabel(baris)
        except UnicodeDecodeError as e:
            raise BerkasTidakTerbaca("Berkas CSV bukan teks UTF-8.") from e
        except csv.Error as e:
            raise BerkasTidakTerbaca(f"Berkas CSV rusak: {e}.") from e


def _baris_xlsx(path: Path) -> Iterator[tuple[int, Any]]:
    # openpyxl diimpor di sini agar perintah lain tidak membayar biaya impornya.
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        buku = load_workbook(path, read_only=True, data_only=True)
    except (OSError, zipfile.BadZipFile, InvalidFileException, KeyError) as e:
        raise BerkasTidakTerbaca(f"Berkas {path} bukan XLSX yang dapat dibaca.") from e
    try:
        lembar = buku.active
        yield from _baris_tabel(lembar.iter_rows(values_only=True))
    finally:
        buku.close()


def _baris_tabel(baris: Iterator[Any]) -> Iterator[tuple[int, dict[str, Any]]]:
    """Baris tabel (baris pertama = judul) menjadi item; nomor baris seperti di lembar kerja."""
    judul = next(baris, None)
    nama = [str(j).strip().lower() if j is not None else "" for j in judul or ()]
    if "teks" not in nama:
        raise BerkasTidakTerbaca('Baris 1: baris judul harus memuat kolom "teks".')
    indeks = {k: nama.index(k) for k in KOLOM if k in nama}
    for nomor, isi in enumerate(baris, start=2):
        if not any(_sel(v) for v in isi):
            continue
        item = {k: _sel(isi[i]) if i < len(isi) else None for k, i in indeks.items()}
        # Hanya target yang boleh berupa angka; kolom lain selalu teks (mis. teks "2026").
        yield nomor, {k: str(v) if v is not None and k != "target" else v for k, v in item.items()}


def _sel(nilai: Any) -> Any:
    """Nilai sel sebagai teks atau angka: 12.0 → 12, tanggal → teks ISO, kosong → None."""
    if nilai is None or nilai == "":
        return None
    if isinstance(nilai, bool | datetime | date | time):
        return str(nilai)
    if isinstance(nilai, float) and nilai.is_integer():
        return int(nilai)
    return nilai
