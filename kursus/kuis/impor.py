"""Questions from and to XLSX (and from the TOML content files, through the same row rules).

Columns (one question per row; the first row holds the column names, in any order):

=============  ==============================================================================
kode           stable key (letters, digits, ``-``); an existing code is updated
kategori       competency; ``subkategori`` optional
jenis          tunggal, ganda, benar_salah, isian, angka, esai, menjodohkan
bobot          points (default 1)
teks           the question
pilihan        choice questions: one option per line in the cell
kunci          tunggal/ganda: letters of the correct options (``A`` or ``A, C``);
               benar_salah: ``benar`` or ``salah``; isian: accepted answers, one per line;
               angka: the number (``102,11`` or ``102.11``); esai: empty
toleransi      angka: allowed difference (default 0)
rubrik         esai: one criterion per line, ``skor maksimum | kriteria``
penjelasan     shown at review
pasangan       menjodohkan: one pair per line, ``pernyataan | jawaban``; a line ``| jawaban``
               (no premise) is a distractor answer
gambar         optional: an existing Wagtail image, by ID or exact title
gambar_alt     the image's alternative text (required when ``gambar`` is given)
=============  ==============================================================================

Import is all or nothing: every row is checked first, and one bad row means nothing is
written; every problem is reported as "Baris n, kolom x: …" in Indonesian.
"""

import io
import re
import string
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import transaction

from penilaian.isian import teks_sel
from penilaian.mesin import format_ringkas

from . import penilaian
from .models import KategoriSoal, PasanganJodoh, PilihanJawaban, Soal

KOLOM = (
    "kode",
    "kategori",
    "subkategori",
    "jenis",
    "bobot",
    "teks",
    "pilihan",
    "kunci",
    "toleransi",
    "rubrik",
    "penjelasan",
    "pasangan",
    "gambar",
    "gambar_alt",
)
WAJIB = ("kode", "kategori", "jenis", "teks")
HURUF = string.ascii_uppercase


@dataclass(frozen=True)
class BarisSoal:
    """One valid question row, parsed."""

    kode: str
    kategori: str
    subkategori: str
    jenis: str
    bobot: Decimal
    teks: str
    pilihan: tuple[tuple[str, bool], ...]
    jawaban_isian: str
    jawaban_angka: Decimal | None
    toleransi: Decimal
    jawaban_benar_salah: bool | None
    rubrik: str
    penjelasan: str
    pasangan: tuple[tuple[str, str], ...] = ()
    gambar_id: int | None = None
    gambar_alt: str = ""


@dataclass
class HasilImpor:
    baru: int = 0
    diubah: int = 0
    galat: list[str] = field(default_factory=list)

    @property
    def berhasil(self) -> bool:
        return not self.galat


def _angka(teks: str) -> Decimal | None:
    return penilaian.baca_angka(teks)


def _baris_tak_kosong(teks: str) -> list[str]:
    return [b.strip() for b in teks.replace("\r\n", "\n").split("\n") if b.strip()]


def cari_gambar(teks: str) -> tuple[int | None, str]:
    """A Wagtail image by ID or exact title: (id, "") or (None, what is wrong)."""
    from wagtail.images import get_image_model

    Gambar = get_image_model()
    if teks.isdigit():
        pk = Gambar.objects.filter(pk=int(teks)).values_list("pk", flat=True).first()
        if pk is not None:
            return pk, ""
    cocok = list(Gambar.objects.filter(title=teks).values_list("pk", flat=True)[:2])
    if len(cocok) == 1:
        return cocok[0], ""
    if len(cocok) > 1:
        return None, f"ada beberapa gambar berjudul '{teks}'; tulis ID gambarnya"
    return None, f"gambar '{teks}' tidak ditemukan (tulis ID atau judul gambar yang sudah diunggah)"


def _baca_pasangan(teks: str) -> tuple[list[tuple[str, str]], str]:
    """``pernyataan | jawaban`` per line → pairs, or the first bad line's message."""
    pasangan = []
    for baris in _baris_tak_kosong(teks):
        premis, pemisah, jawaban = baris.partition("|")
        if not pemisah:
            return [], f"baris '{baris}' harus berbentuk 'pernyataan | jawaban'"
        pasangan.append((premis.strip(), jawaban.strip()))
    return pasangan, ""


def baca_baris(data: dict[str, str]) -> tuple[BarisSoal | None, dict[str, str]]:
    """Parse and check one row (values as text). Returns (row, {}) or (None, {column: msg})."""
    d = {k: teks_sel(data.get(k)) for k in KOLOM}
    galat: dict[str, str] = {}
    for kolom in WAJIB:
        if not d[kolom]:
            galat[kolom] = "wajib diisi"
    if d["kode"] and not re.fullmatch(r"[A-Za-z0-9_-]{1,60}", d["kode"]):
        galat["kode"] = "hanya huruf, angka, '-' dan '_' (paling banyak 60 karakter)"
    jenis = d["jenis"].lower()
    if jenis and jenis not in penilaian.JENIS:
        galat["jenis"] = f"'{d['jenis']}' bukan jenis soal ({', '.join(penilaian.JENIS)})"
    bobot = _angka(d["bobot"]) if d["bobot"] else Decimal(1)
    if bobot is None or bobot <= 0:
        galat["bobot"] = f"'{d['bobot']}' bukan angka lebih besar dari 0"
    toleransi = _angka(d["toleransi"]) if d["toleransi"] else Decimal(0)
    if toleransi is None or toleransi < 0:
        galat["toleransi"] = f"'{d['toleransi']}' bukan angka 0 atau lebih"
    gambar_id = None
    if d["gambar"]:
        gambar_id, masalah = cari_gambar(d["gambar"])
        if masalah:
            galat["gambar"] = masalah
    pasangan, masalah = _baca_pasangan(d["pasangan"])
    if masalah:
        galat["pasangan"] = masalah
    if galat:
        return None, galat

    pilihan_teks = _baris_tak_kosong(d["pilihan"])
    pilihan: list[tuple[str, bool]] = [(t, False) for t in pilihan_teks]
    jawaban_isian, jawaban_angka, benar_salah = "", None, None
    kunci = d["kunci"]
    if jenis in ("tunggal", "ganda"):
        huruf = [h.strip().upper() for h in re.split(r"[,;\s]+", kunci) if h.strip()]
        salah = [h for h in huruf if len(h) != 1 or h not in HURUF[: len(pilihan)]]
        if salah:
            galat["kunci"] = (
                f"'{kunci}' harus huruf pilihan A–{HURUF[max(len(pilihan), 1) - 1]}, dipisah koma"
            )
        else:
            benar = {HURUF.index(h) for h in huruf}
            pilihan = [(t, i in benar) for i, t in enumerate(pilihan_teks)]
    elif jenis == "benar_salah":
        if kunci.lower() in ("benar", "salah"):
            benar_salah = kunci.lower() == "benar"
        elif kunci:
            galat["kunci"] = f"'{kunci}' harus 'benar' atau 'salah'"
    elif jenis == "isian":
        jawaban_isian = "\n".join(_baris_tak_kosong(kunci))
    elif jenis == "angka":
        jawaban_angka = _angka(kunci) if kunci else None
        if kunci and jawaban_angka is None:
            galat["kunci"] = f"'{kunci}' bukan angka"
    if galat:
        return None, galat
    galat = penilaian.periksa_soal(
        jenis=jenis,
        pilihan=pilihan,
        jawaban_isian=jawaban_isian,
        jawaban_angka=jawaban_angka,
        jawaban_benar_salah=benar_salah,
        rubrik=d["rubrik"] if jenis == "esai" else "",
        toleransi=toleransi,
        pasangan=pasangan,
        ada_gambar=gambar_id is not None,
        gambar_alt=d["gambar_alt"],
    )
    if jenis == "esai" and kunci:
        galat.setdefault("kunci", "soal esai tidak memakai kunci; tulis rubrik")
    if jenis == "menjodohkan" and kunci:
        galat.setdefault("kunci", "soal menjodohkan tidak memakai kunci; tulis kolom pasangan")
    if galat:
        return None, galat
    return (
        BarisSoal(
            kode=d["kode"],
            kategori=d["kategori"],
            subkategori=d["subkategori"],
            jenis=jenis,
            bobot=bobot,
            teks=d["teks"],
            pilihan=tuple(pilihan),
            jawaban_isian=jawaban_isian,
            jawaban_angka=jawaban_angka,
            toleransi=toleransi,
            jawaban_benar_salah=benar_salah,
            rubrik=d["rubrik"] if jenis == "esai" else "",
            penjelasan=d["penjelasan"],
            pasangan=tuple(pasangan),
            gambar_id=gambar_id,
            gambar_alt=d["gambar_alt"] if gambar_id is not None else "",
        ),
        {},
    )


def periksa_semua(baris: list[tuple[int, dict[str, str]]]) -> tuple[list[BarisSoal], list[str]]:
    """Check every row; ``baris`` holds (row number, values). Duplicate codes are errors."""
    hasil, galat, kode_terlihat = [], [], {}
    for nomor, data in baris:
        soal, masalah = baca_baris(data)
        for kolom, pesan in masalah.items():
            galat.append(f"Baris {nomor}, kolom {kolom}: {pesan}.")
        if soal is None:
            continue
        if soal.kode in kode_terlihat:
            galat.append(
                f"Baris {nomor}, kolom kode: '{soal.kode}' sudah dipakai di baris "
                f"{kode_terlihat[soal.kode]}."
            )
            continue
        kode_terlihat[soal.kode] = nomor
        hasil.append(soal)
    return hasil, galat


def _kategori(nama: str, sub: str) -> KategoriSoal:
    induk, _ = KategoriSoal.objects.get_or_create(nama=nama, induk=None)
    if not sub:
        return induk
    anak, _ = KategoriSoal.objects.get_or_create(nama=sub, induk=induk)
    return anak


@transaction.atomic
def soal_simpan_banyak(*, baris: list[BarisSoal]) -> tuple[int, int]:
    """Create or update questions by code; choices are updated in place by position so that
    stored answers keep pointing at the same option. Returns (created, updated)."""
    baru = diubah = 0
    for b in baris:
        soal = Soal.objects.filter(kode=b.kode).first()
        if soal is None:
            soal = Soal(kode=b.kode)
            baru += 1
        else:
            diubah += 1
        soal.kategori = _kategori(b.kategori, b.subkategori)
        soal.jenis = b.jenis
        soal.bobot = b.bobot
        soal.teks = b.teks
        soal.penjelasan = b.penjelasan
        soal.jawaban_isian = b.jawaban_isian
        soal.jawaban_angka = b.jawaban_angka
        soal.toleransi = b.toleransi
        soal.jawaban_benar_salah = b.jawaban_benar_salah
        soal.rubrik = b.rubrik
        soal.gambar_id = b.gambar_id
        soal.gambar_alt = b.gambar_alt
        soal.save()
        lama = list(PilihanJawaban.objects.filter(soal=soal).order_by("sort_order", "pk"))
        for urutan, (teks, benar) in enumerate(b.pilihan):
            p = lama[urutan] if urutan < len(lama) else PilihanJawaban(soal=soal)
            p.teks, p.benar, p.sort_order = teks, benar, urutan
            p.save()
        for p in lama[len(b.pilihan) :]:
            p.delete()
        _simpan_pasangan(soal, b.pasangan)
    return baru, diubah


def _simpan_pasangan(soal: Soal, pasangan: tuple[tuple[str, str], ...]) -> None:
    """Pairs updated in place by position, like choices, so stored answers keep their ids."""
    lama = list(PasanganJodoh.objects.filter(soal=soal).order_by("sort_order", "pk"))
    for urutan, (premis, jawaban) in enumerate(pasangan):
        p = lama[urutan] if urutan < len(lama) else PasanganJodoh(soal=soal)
        p.premis, p.jawaban, p.sort_order = premis, jawaban, urutan
        p.save()
    for p in lama[len(pasangan) :]:
        p.delete()


def baca_xlsx(berkas) -> tuple[list[tuple[int, dict[str, str]]], list[str]]:
    """Rows of an XLSX file as (row number, {column: text}); header problems as errors."""
    from openpyxl import load_workbook

    try:
        buku = load_workbook(berkas, read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - any unreadable upload gets the same answer
        return [], ["Berkas tidak dapat dibaca sebagai XLSX."]
    lembar = buku.worksheets[0]
    baris_iter = lembar.iter_rows(values_only=True)
    kepala = [(teks_sel(k) or "").lower() for k in next(baris_iter, ())]
    galat = [f"Baris 1: kolom '{k}' tidak ada." for k in WAJIB if k not in kepala]
    if galat:
        return [], galat
    hasil = []
    for nomor, sel in enumerate(baris_iter, start=2):
        if not any(teks_sel(s) for s in sel):
            continue
        hasil.append((nomor, {k: teks_sel(v) for k, v in zip(kepala, sel, strict=False) if k}))
    return hasil, []


def impor_xlsx(berkas) -> HasilImpor:
    """Import every question of the file, or nothing when any row is bad."""
    baris, galat = baca_xlsx(berkas)
    if galat:
        return HasilImpor(galat=galat)
    if not baris:
        return HasilImpor(galat=["Berkas tidak berisi soal."])
    soal, galat = periksa_semua(baris)
    if galat:
        return HasilImpor(galat=galat)
    baru, diubah = soal_simpan_banyak(baris=soal)
    return HasilImpor(baru=baru, diubah=diubah)


def _angka_teks(nilai: Decimal | None) -> str:
    # Written as people write it, so a re-import reads it back exactly (1.250; 12,5).
    return format_ringkas(nilai) if nilai is not None else ""


def baris_ekspor(soal: Soal) -> list[str]:
    pilihan = list(soal.pilihan.all())
    kunci = ""
    if soal.jenis in ("tunggal", "ganda"):
        kunci = ", ".join(HURUF[i] for i, p in enumerate(pilihan) if p.benar)
    elif soal.jenis == "benar_salah":
        kunci = "benar" if soal.jawaban_benar_salah else "salah"
    elif soal.jenis == "isian":
        kunci = soal.jawaban_isian
    elif soal.jenis == "angka":
        kunci = _angka_teks(soal.jawaban_angka)
    kategori = soal.kategori
    return [
        soal.kode,
        kategori.induk.nama if kategori.induk_id else kategori.nama,
        kategori.nama if kategori.induk_id else "",
        soal.jenis,
        _angka_teks(soal.bobot),
        soal.teks,
        "\n".join(p.teks for p in pilihan),
        kunci,
        _angka_teks(soal.toleransi) if soal.jenis == "angka" else "",
        soal.rubrik,
        soal.penjelasan,
        "\n".join(f"{p.premis} | {p.jawaban}".lstrip() for p in soal.pasangan.all()),
        str(soal.gambar_id) if soal.gambar_id else "",
        soal.gambar_alt if soal.gambar_id else "",
    ]


def ekspor_xlsx(soal_qs=None) -> bytes:
    """Every question (or the given ones) in the import format."""
    from openpyxl import Workbook

    soal_qs = soal_qs if soal_qs is not None else Soal.objects.all()
    buku = Workbook(write_only=True)
    lembar = buku.create_sheet("Soal")
    lembar.append(list(KOLOM))
    for soal in (
        soal_qs.select_related("kategori__induk")
        .prefetch_related("pilihan", "pasangan")
        .order_by("kode")
    ):
        lembar.append(baris_ekspor(soal))
    keluaran = io.BytesIO()
    buku.save(keluaran)
    return keluaran.getvalue()
