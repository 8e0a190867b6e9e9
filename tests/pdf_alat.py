"""Reading the PDFs the site produces the way a person's tools do: poppler's pdftotext,
pdffonts, pdfimages and pdftoppm (Debian poppler-utils, installed by scripts/pasang-sistem.sh)."""

import re
import shutil
import subprocess
from pathlib import Path

from PIL import Image


def _jalankan(program: str, *argumen: str) -> str:
    return subprocess.run(  # noqa: S603 (a fixed poppler program on a file the test wrote)
        [shutil.which(program), *argumen], capture_output=True, check=True, text=True
    ).stdout


def _berkas(pdf: bytes, folder: Path) -> Path:
    berkas = folder / "dokumen.pdf"
    berkas.write_bytes(pdf)
    return berkas


def teks(pdf: bytes, folder: Path) -> str:
    """The text pdftotext reads, with runs of white space as one space."""
    return re.sub(r"\s+", " ", _jalankan("pdftotext", str(_berkas(pdf, folder)), "-"))


def huruf(pdf: bytes, folder: Path) -> list[dict[str, str]]:
    """pdffonts' table: one dict per font with its name and the emb column."""
    baris = _jalankan("pdffonts", str(_berkas(pdf, folder))).splitlines()[2:]
    hasil = []
    for b in baris:
        kolom = b.split()
        # name type [type…] encoding emb sub uni object ID: emb is the 5th column from the end.
        hasil.append({"nama": kolom[0], "emb": kolom[-5]})
    return hasil


def jumlah_gambar(pdf: bytes, folder: Path) -> int:
    """How many raster images (pdfimages -list) the PDF holds, soft masks included."""
    return len(_jalankan("pdfimages", "-list", str(_berkas(pdf, folder))).splitlines()[2:])


def halaman_png(pdf: bytes, folder: Path, *, resolusi: int = 50) -> Image.Image:
    """The first page rendered by pdftoppm as an RGB image."""
    awalan = folder / "halaman"
    _jalankan(
        "pdftoppm",
        "-r",
        str(resolusi),
        "-png",
        "-f",
        "1",
        "-l",
        "1",
        "-singlefile",
        str(_berkas(pdf, folder)),
        str(awalan),
    )
    return Image.open(f"{awalan}.png").convert("RGB")


def piksel_gelap(gambar: Image.Image, kotak: tuple[float, float, float, float]) -> int:
    """Pixels darker than light grey inside ``kotak`` (left, top, right, bottom as fractions
    of the page)."""
    lebar, tinggi = gambar.size
    kiri, atas, kanan, bawah = kotak
    potong = gambar.crop(
        (int(kiri * lebar), int(atas * tinggi), int(kanan * lebar), int(bawah * tinggi))
    )
    return sum(1 for r, g, b in potong.get_flattened_data() if min(r, g, b) < 200)
