"""Reading the activation letters' PDFs with Debian's poppler tools, as a person would see them."""

import subprocess
from pathlib import Path


def teks_pdf(isi: bytes | Path, tmp_path: Path) -> str:
    """The PDF's text laid out as on the page (pages separated by form feeds)."""
    berkas = isi if isinstance(isi, Path) else tmp_path / "surat.pdf"
    if not isinstance(isi, Path):
        berkas.write_bytes(isi)
    return subprocess.run(  # noqa: S603 - a fixed Debian tool on a file the test wrote
        ["/usr/bin/pdftotext", "-layout", str(berkas), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def gambar_pdf(berkas: Path, keluaran: str) -> None:
    """The first page as ``keluaran``.png (60 dpi), to look at."""
    subprocess.run(  # noqa: S603 - a fixed Debian tool on a file the test wrote
        ["/usr/bin/pdftoppm", "-png", "-r", "60", "-singlefile", str(berkas), keluaran],
        check=True,
    )
