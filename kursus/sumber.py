"""Reads the course source files in ``kursus/konten/`` (a small Markdown dialect, no extra
dependency) into page fields and StreamField data.

A file starts with a front matter block between ``---`` lines (``kunci: nilai``). The body:

* ``## Judul`` → heading block; paragraphs, ``- `` and ``1. `` lists, ``**tebal**`` and
  ``*miring*`` → rich text blocks;
* ``::: catatan|penting|contoh Judul`` … ``:::`` → callout (inner text is Markdown);
* ``::: indikator`` … ``:::`` with ``konteks/awal/target_awal/perbaikan/target_perbaikan/
  penjelasan: …`` lines → "contoh indikator" block (findings are computed when shown);
* ``::: tabel`` … ``:::`` with ``| a | b |`` rows, the first row the header → table block;
* ``::: perhitungan Judul`` … ``:::`` with an engine JSON document → worked example block;
* ``::: kuis slug`` … ``:::`` (inner text: the introduction) → quiz block for the quiz with that
  slug; ``::: kasus slug`` … ``:::`` → simulator case block. ``rujukan(jenis, slug)`` turns the
  slug into the snippet's primary key (the quiz bank and the cases are loaded first).

Block ids are derived from the page slug and position, so importing the same file twice gives
the same data.

``kata_prosa`` counts the words of lesson prose in a body (what ``statistik_kurikulum`` reports
and the content tests hold to a minimum): everything a participant reads, except the engine's
JSON documents and the one-line introductions of the embedded quiz and case blocks.
"""

import html
import json
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

FOLDER_KONTEN = Path(__file__).resolve().parent / "konten"
#: Blocks whose inner text is not lesson prose (see ``kata_prosa``).
BUKAN_PROSA = ("perhitungan", "kuis", "kasus")
_KATA = re.compile(r"\w[\w\-/.,%]*")
_NAMESPACE = uuid.UUID("8f0b8a2e-4d5c-4b1e-9a55-0c1b9a7c5e21")


@dataclass(frozen=True)
class Sumber:
    meta: dict[str, str]
    isi: str


def baca(path: Path) -> Sumber:
    teks = path.read_text(encoding="utf-8")
    _, depan, isi = teks.split("---\n", 2)
    meta = {}
    for baris in depan.strip().splitlines():
        kunci, _, nilai = baris.partition(":")
        meta[kunci.strip()] = nilai.strip()
    return Sumber(meta=meta, isi=isi.strip())


def _inline(teks: str) -> str:
    teks = html.escape(teks, quote=False)
    teks = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", teks)
    return re.sub(r"(?<!\*)\*(?!\s)(.+?)\*", r"<i>\1</i>", teks)


def markdown_ke_html(teks: str) -> str:
    """Paragraphs and flat lists only: what the lessons need."""
    keluaran: list[str] = []
    paragraf: list[str] = []
    daftar: tuple[str, list[str]] | None = None

    def tutup():
        nonlocal daftar
        if paragraf:
            keluaran.append(f"<p>{_inline(' '.join(paragraf))}</p>")
            paragraf.clear()
        if daftar is not None:
            tag, butir = daftar
            isi = "".join(f"<li>{_inline(b)}</li>" for b in butir)
            keluaran.append(f"<{tag}>{isi}</{tag}>")
            daftar = None

    for baris in teks.splitlines():
        baris = baris.strip()
        bernomor = re.match(r"^\d+\.\s+(.*)$", baris)
        if not baris:
            tutup()
        elif baris.startswith("- ") or bernomor:
            tag = "ol" if bernomor else "ul"
            if paragraf or (daftar is not None and daftar[0] != tag):
                tutup()
            if daftar is None:
                daftar = (tag, [])
            daftar[1].append(bernomor.group(1) if bernomor else baris[2:])
        elif daftar is not None and baris and not paragraf:
            daftar[1][-1] += " " + baris
        else:
            paragraf.append(baris)
    tutup()
    return "".join(keluaran)


def _kunci_nilai(teks: str) -> dict[str, str]:
    hasil = {}
    for baris in teks.splitlines():
        if ":" in baris:
            kunci, _, nilai = baris.partition(":")
            hasil[kunci.strip()] = nilai.strip()
    return hasil


def _tabel(teks: str) -> dict:
    baris = []
    for b in teks.strip().splitlines():
        sel = [s.strip() for s in b.strip().strip("|").split("|")]
        if all(re.fullmatch(r":?-+:?", s) for s in sel):
            continue
        baris.append(sel)
    return {
        "first_row_is_table_header": True,
        "first_col_is_header": False,
        "table_caption": "",
        "data": baris,
    }


def _tanpa_rujukan(jenis: str, slug: str) -> int:
    raise ValueError(f"Blok {jenis} '{slug}' memerlukan fungsi rujukan.")


def blok(
    isi: str, *, kunci: str, rujukan: Callable[[str, str], int] = _tanpa_rujukan
) -> list[dict]:
    """StreamField raw data for the body of a lesson file."""
    hasil: list[dict] = []
    teks: list[str] = []

    def tambah(jenis: str, nilai):
        hasil.append(
            {
                "type": jenis,
                "value": nilai,
                "id": str(uuid.uuid5(_NAMESPACE, f"{kunci}/{len(hasil)}")),
            }
        )

    def tutup_teks():
        html_ = markdown_ke_html("\n".join(teks))
        teks.clear()
        if html_:
            tambah("teks", html_)

    baris_list = isi.splitlines()
    i = 0
    while i < len(baris_list):
        baris = baris_list[i]
        if baris.startswith("## "):
            tutup_teks()
            tambah("judul", baris[3:].strip())
        elif baris.startswith("::: "):
            tutup_teks()
            jenis, _, argumen = baris[4:].strip().partition(" ")
            dalam = []
            i += 1
            while baris_list[i].strip() != ":::":
                dalam.append(baris_list[i])
                i += 1
            badan = "\n".join(dalam)
            if jenis in ("catatan", "penting", "contoh"):
                nilai = {"jenis": jenis, "judul": argumen, "isi": markdown_ke_html(badan)}
                tambah("catatan", nilai)
            elif jenis == "indikator":
                nilai = dict.fromkeys(
                    ("konteks", "target_awal", "target_perbaikan", "penjelasan"), ""
                )
                nilai.update(_kunci_nilai(badan))
                tambah("contoh_indikator", nilai)
            elif jenis == "tabel":
                tambah("tabel", _tabel(badan))
            elif jenis == "perhitungan":
                dokumen = json.dumps(json.loads(badan), ensure_ascii=False, indent=2)
                tambah("contoh_perhitungan", {"judul": argumen, "dokumen": dokumen})
            elif jenis == "kuis":
                tambah("kuis", {"kuis": rujukan("kuis", argumen), "pengantar": badan.strip()})
            elif jenis == "kasus":
                tambah(
                    "kasus_simulasi",
                    {
                        "kasus": rujukan("kasus", argumen),
                        "pengantar": badan.strip(),
                        "label_tombol": "Kerjakan kasus ini di simulator",
                    },
                )
            else:
                raise ValueError(f"Blok tidak dikenal: {jenis}")
        else:
            teks.append(baris)
        i += 1
    tutup_teks()
    return hasil


def kata_prosa(isi: str, *, tanpa_tabel: bool = False) -> int:
    """Words of lesson prose in a lesson body: paragraphs, headings, lists, callouts (title and
    text), table cells (unless ``tanpa_tabel``) and the values of indicator examples; not the
    engine JSON of worked examples nor the introductions of embedded quizzes and cases."""
    lewati = BUKAN_PROSA + (("tabel",) if tanpa_tabel else ())
    jumlah = 0
    jenis = None
    for baris in isi.splitlines():
        if baris.startswith("::: "):
            jenis, _, argumen = baris[4:].strip().partition(" ")
            if jenis in ("catatan", "penting", "contoh"):
                jumlah += len(_KATA.findall(argumen))
            continue
        if baris.strip() == ":::":
            jenis = None
            continue
        if jenis in lewati:
            continue
        if jenis == "indikator":
            baris = baris.partition(":")[2]
        jumlah += len(_KATA.findall(baris))
    return jumlah
