"""Demo quizzes from ``kursus/kuis/konten/<course folder>/*.toml`` (the same folder names as
``kursus/konten/``): each course's pre-test and post-test and one short quiz per lesson.
Idempotent: questions are keyed by ``kode`` (unique across every file), quizzes by ``slug``;
the course page is republished only when its pre/post-test link changes.

Each file has a ``[kuis]`` table (the quiz options, plus ``kursus`` = course slug and either
``peran`` = ``pre_test``/``post_test`` or ``pelajaran`` = lesson slug) and ``[[soal]]`` tables
with the XLSX import's columns (``pilihan`` and an ``isian`` key may be lists)."""

import tomllib
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction
from django.utils.dateparse import parse_duration

from kursus.models import KursusPage

from .impor import periksa_semua, soal_simpan_banyak
from .models import Kuis, Soal, SoalKuis

FOLDER_KONTEN = Path(__file__).resolve().parent / "konten"

OPSI = (
    "judul",
    "deskripsi",
    "urutan_acak",
    "acak_pilihan",
    "maks_soal",
    "jawaban_di_akhir",
    "sekali_coba",
    "simpan_lembar_jawaban",
    "nilai_lulus",
    "teks_berhasil",
    "teks_gagal",
    "batas_percobaan",
    "metode_nilai",
)


class KontenTidakSah(ValueError):
    """A content file has invalid questions (the message lists every problem)."""


@dataclass(frozen=True)
class SumberKuis:
    path: Path
    kuis: dict
    baris: list[tuple[int, dict[str, str]]]


def _sel(nilai, pemisah: str) -> str:
    if isinstance(nilai, list):
        return pemisah.join(str(v) for v in nilai)
    return "" if nilai is None else str(nilai)


def baca_sumber(path: Path) -> SumberKuis:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    baris = []
    for nomor, soal in enumerate(data.get("soal", []), start=1):
        kunci_pemisah = "\n" if soal.get("jenis") == "isian" else ", "
        baris.append(
            (
                nomor,
                {k: _sel(v, kunci_pemisah if k == "kunci" else "\n") for k, v in soal.items()},
            )
        )
    return SumberKuis(path=path, kuis=data["kuis"], baris=baris)


def semua_sumber(folder: Path = FOLDER_KONTEN) -> list[SumberKuis]:
    """Every quiz file under ``folder``, in the order of their paths."""
    return [baca_sumber(p) for p in sorted(folder.rglob("*.toml"))]


def _sidik(kuis: Kuis) -> tuple:
    """What the loader writes: the options and the questions in order (to publish a new
    revision only when the source changed, so a second load adds none)."""
    if kuis.pk is None:
        return ()
    soal = tuple(kuis.soal_kuis.order_by("sort_order", "pk").values_list("soal_id", flat=True))
    return (*(getattr(kuis, k) for k in OPSI), kuis.batas_waktu, soal)


def _simpan_kuis(sumber: SumberKuis, kode: list[str]) -> Kuis:
    """Write the quiz from its source file and publish it as a revision: the files are the
    demo's source of truth, so the loader publishes over any draft made in the admin."""
    meta = sumber.kuis
    kuis = Kuis.objects.filter(slug=meta["slug"]).first() or Kuis(slug=meta["slug"])
    sebelum = _sidik(kuis)
    for kunci in OPSI:
        if kunci in meta:
            setattr(kuis, kunci, meta[kunci])
    kuis.batas_waktu = parse_duration(meta["batas_waktu"]) if meta.get("batas_waktu") else None
    kuis.save()
    soal_ids = dict(Soal.objects.filter(kode__in=kode).values_list("kode", "pk"))
    SoalKuis.objects.filter(kuis=kuis).exclude(soal_id__in=soal_ids.values()).delete()
    for urutan, k in enumerate(kode):
        SoalKuis.objects.update_or_create(
            kuis=kuis, soal_id=soal_ids[k], defaults={"sort_order": urutan}
        )
    if not kuis.live or kuis.latest_revision_id is None or _sidik(kuis) != sebelum:
        kuis.save_revision().publish()
    return kuis


def _pasang(meta: dict, kuis: Kuis) -> None:
    """Make the quiz the course's pre-test or post-test. Lesson quizzes are placed in the lesson
    bodies by the course's source files (``::: kuis slug``), loaded after the quiz bank."""
    peran = meta.get("peran")
    kursus = KursusPage.objects.filter(slug=meta.get("kursus")).first()
    if kursus is None or peran not in ("pre_test", "post_test"):
        return
    if getattr(kursus, f"{peran}_id") != kuis.pk:
        setattr(kursus, peran, kuis)
        kursus.save_revision().publish()


@transaction.atomic
def muat(folder: Path = FOLDER_KONTEN) -> list[Kuis]:
    """Load every quiz file; any invalid question, or a question code or quiz slug used in two
    files, aborts the whole load."""
    sumber = semua_sumber(folder)
    galat = []
    valid = []
    kode_di, slug_di = {}, {}
    for s in sumber:
        nama = s.path.relative_to(folder)
        baris, masalah = periksa_semua(s.baris)
        galat += [f"{nama}: soal {m}" for m in masalah]
        valid.append(baris)
        if s.kuis["slug"] in slug_di:
            galat.append(
                f"{nama}: slug kuis '{s.kuis['slug']}' sudah dipakai di {slug_di[s.kuis['slug']]}."
            )
        slug_di.setdefault(s.kuis["slug"], nama)
        for b in baris:
            if b.kode in kode_di:
                galat.append(f"{nama}: kode soal '{b.kode}' sudah dipakai di {kode_di[b.kode]}.")
            kode_di.setdefault(b.kode, nama)
    if galat:
        raise KontenTidakSah("\n".join(galat))
    hasil = []
    for s, baris in zip(sumber, valid, strict=True):
        soal_simpan_banyak(baris=baris)
        kuis = _simpan_kuis(s, [b.kode for b in baris])
        _pasang(s.kuis, kuis)
        hasil.append(kuis)
    return hasil


@transaction.atomic
def pasang_tes_kursus(folder: Path = FOLDER_KONTEN) -> None:
    """Attach the pre-tests and post-tests to their courses (after the courses are loaded)."""
    for s in semua_sumber(folder):
        kuis = Kuis.objects.filter(slug=s.kuis["slug"]).first()
        if kuis is not None:
            _pasang(s.kuis, kuis)
