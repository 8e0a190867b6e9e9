"""Scoring rules per question type, pure Python (no ORM), so they are table-tested alone.

Every question scores a fraction of its weight (``bobot``) between 0 and 1:

* ``tunggal`` (single choice): 1 when the one chosen option is the correct one, else 0.
* ``ganda`` (multiple choice, partial credit): (correct options chosen − wrong options chosen)
  ÷ number of correct options, floored at 0. Choosing every option therefore earns 0, and
  leaving one correct option out of two earns ½.
* ``benar_salah``: 1 when the answer matches the statement's truth, else 0.
* ``isian`` (short answer): 1 when the answer equals one accepted answer after case folding
  and removing all whitespace ("Sangat  baik" = "sangatbaik"), else 0.
* ``angka`` (numeric): 1 when |answer − key| ≤ tolerance, else 0. Answers may use the
  Indonesian decimal comma (``102,11``), read by the engine's one reader; see ``baca_angka``.
* ``esai``: the trainer's rubric scores: sum given ÷ sum of criterion maxima (None until marked).
* ``menjodohkan`` (matching, partial credit like ``ganda``): (premises matched correctly −
  premises matched wrongly) ÷ number of premises, floored at 0. A premise left unanswered
  neither earns nor costs; so guessing every premise at random is not rewarded, the same rule
  as choosing wrong options in a multiple-answer question.

Points = fraction × weight, rounded to 2 decimals (ROUND_HALF_UP); percentages likewise.
"""

import re
import statistics
from dataclasses import dataclass, field
from decimal import Decimal

from penilaian import mesin

SATU = Decimal(1)
NOL = Decimal(0)
SERATUS = Decimal(100)

JENIS = ("tunggal", "ganda", "benar_salah", "isian", "angka", "esai", "menjodohkan")
METODE = ("tertinggi", "terakhir", "pertama", "rata_rata")


def bulatkan(nilai: Decimal) -> Decimal:
    """The one rounding helper (the engine's): 2 decimals, ROUND_HALF_UP."""
    return mesin.bulatkan(nilai)


def normalisasi_isian(teks: str) -> str:
    return re.sub(r"\s+", "", teks).casefold()


def baca_angka(teks: str) -> Decimal | None:
    """A numeric answer read by the engine's one reader (``penilaian.mesin.baca_angka``:
    "102,11", "1.250", "18,75"); ``None`` when it is not a number (the answer form tells the
    participant how to write it before it is saved)."""
    try:
        return mesin.baca_angka(str(teks or ""))
    except mesin.AngkaTidakSah:
        return None


def baca_rubrik(teks: str) -> list[tuple[int, str]]:
    """``"2 | Menyebut satuan"`` per line → [(2, "Menyebut satuan")]; invalid lines raise."""
    hasil = []
    for baris in (teks or "").splitlines():
        if not baris.strip():
            continue
        maks, pemisah, kriteria = baris.partition("|")
        if not pemisah or not maks.strip().isdigit() or not kriteria.strip():
            raise ValueError(baris.strip())
        hasil.append((int(maks.strip()), kriteria.strip()))
    return hasil


@dataclass(frozen=True)
class KunciSoal:
    """What scoring needs to know about a question."""

    jenis: str
    bobot: Decimal = SATU
    pilihan_benar: frozenset[int] = frozenset()
    pilihan_semua: frozenset[int] = frozenset()
    jawaban_isian: tuple[str, ...] = ()
    jawaban_angka: Decimal | None = None
    toleransi: Decimal = NOL
    jawaban_benar_salah: bool | None = None
    rubrik: tuple[int, ...] = ()
    # Matching: per premise id, the answer ids it accepts (answers with the same text).
    jodoh: tuple[tuple[int, frozenset[int]], ...] = ()


@dataclass(frozen=True)
class Jawaban:
    pilihan: frozenset[int] = frozenset()
    teks: str = ""
    nilai_rubrik: tuple[Decimal, ...] = field(default=())
    # Matching: (premise id, chosen answer id) pairs.
    jodoh: tuple[tuple[int, int], ...] = ()


def pecahan(kunci: KunciSoal, jawaban: Jawaban) -> Decimal | None:
    """The fraction of the weight earned (0–1); None for an unmarked essay."""
    if kunci.jenis == "tunggal":
        return SATU if len(jawaban.pilihan) == 1 and jawaban.pilihan <= kunci.pilihan_benar else NOL
    if kunci.jenis == "ganda":
        if not kunci.pilihan_benar:
            return NOL
        dipilih = jawaban.pilihan & kunci.pilihan_semua
        benar = len(dipilih & kunci.pilihan_benar)
        salah = len(dipilih - kunci.pilihan_benar)
        return max(NOL, Decimal(benar - salah) / Decimal(len(kunci.pilihan_benar)))
    if kunci.jenis == "benar_salah":
        teks = jawaban.teks.strip().casefold()
        if teks not in ("benar", "salah"):
            return NOL
        return SATU if (teks == "benar") == kunci.jawaban_benar_salah else NOL
    if kunci.jenis == "isian":
        diberikan = normalisasi_isian(jawaban.teks)
        diterima = {normalisasi_isian(j) for j in kunci.jawaban_isian}
        return SATU if diberikan and diberikan in diterima else NOL
    if kunci.jenis == "angka":
        angka = baca_angka(jawaban.teks)
        if angka is None or kunci.jawaban_angka is None:
            return NOL
        return SATU if abs(angka - kunci.jawaban_angka) <= kunci.toleransi else NOL
    if kunci.jenis == "esai":
        if not jawaban.nilai_rubrik:
            return None
        total = sum(kunci.rubrik)
        if total <= 0:
            return NOL
        return min(SATU, max(NOL, sum(jawaban.nilai_rubrik, NOL) / Decimal(total)))
    if kunci.jenis == "menjodohkan":
        return pecahan_jodoh(kunci.jodoh, jawaban.jodoh)
    raise ValueError(kunci.jenis)


def pecahan_jodoh(
    kunci: tuple[tuple[int, frozenset[int]], ...], dipilih: tuple[tuple[int, int], ...]
) -> Decimal:
    """(right − wrong) ÷ premises, floored at 0; answers to unknown premises are ignored and
    each premise counts once (its last pair)."""
    if not kunci:
        return NOL
    diterima = dict(kunci)
    pilihan = {premis: jawab for premis, jawab in dipilih if premis in diterima}
    benar = sum(1 for premis, jawab in pilihan.items() if jawab in diterima[premis])
    salah = len(pilihan) - benar
    return max(NOL, Decimal(benar - salah) / Decimal(len(diterima)))


def nilai(kunci: KunciSoal, jawaban: Jawaban) -> Decimal | None:
    """Points earned: fraction × weight, 2 decimals."""
    p = pecahan(kunci, jawaban)
    return None if p is None else bulatkan(p * kunci.bobot)


def persen(skor: Decimal, skor_maks: Decimal) -> Decimal:
    return bulatkan(skor / skor_maks * SERATUS) if skor_maks > 0 else NOL


@dataclass(frozen=True)
class HasilPercobaan:
    """An attempt's total from its answers' points: ``selesai`` is False while an essay waits
    for marking (then ``lulus`` is None)."""

    skor: Decimal
    persen: Decimal
    selesai: bool
    lulus: bool | None


def hasil_percobaan(
    nilai: list[Decimal | None], skor_maks: Decimal, nilai_lulus: int
) -> HasilPercobaan:
    """Total, percentage and pass/fail from the points of an attempt's answers (None = an essay
    not marked yet). Submitting, essay marking and regrading all total an attempt this way."""
    skor = bulatkan(sum((n for n in nilai if n is not None), NOL))
    pct = persen(skor, skor_maks)
    if any(n is None for n in nilai):
        return HasilPercobaan(skor=skor, persen=pct, selesai=False, lulus=None)
    return HasilPercobaan(skor=skor, persen=pct, selesai=True, lulus=pct >= nilai_lulus)


def gabungkan(metode: str, daftar_persen: list[Decimal]) -> Decimal | None:
    """The participant's result across finished attempts, given in attempt order."""
    if not daftar_persen:
        return None
    if metode == "tertinggi":
        return max(daftar_persen)
    if metode == "terakhir":
        return daftar_persen[-1]
    if metode == "pertama":
        return daftar_persen[0]
    if metode == "rata_rata":
        return bulatkan(sum(daftar_persen, NOL) / len(daftar_persen))
    raise ValueError(metode)


def median(angka: list[Decimal]) -> Decimal | None:
    return bulatkan(Decimal(statistics.median(angka))) if angka else None


def periksa_soal(
    *,
    jenis: str,
    pilihan: list[tuple[str, bool]],
    jawaban_isian: str = "",
    jawaban_angka: Decimal | None = None,
    jawaban_benar_salah: bool | None = None,
    rubrik: str = "",
    toleransi: Decimal = NOL,
    pasangan: list[tuple[str, str]] = (),
    ada_gambar: bool = False,
    gambar_alt: str = "",
) -> dict[str, str]:
    """What is wrong with a question's key, as {field: Indonesian message}; empty when valid.
    Used by the admin form, the XLSX import and the content test alike."""
    galat: dict[str, str] = {}
    if jenis not in JENIS:
        galat["jenis"] = f"'{jenis}' bukan jenis soal yang dikenal ({', '.join(JENIS)})"
        return galat
    jumlah_benar = sum(1 for _, benar in pilihan if benar)
    if jenis in ("tunggal", "ganda"):
        if len(pilihan) < 2:
            galat["pilihan"] = "soal pilihan memerlukan sedikitnya dua pilihan jawaban"
        elif jenis == "tunggal" and jumlah_benar != 1:
            galat["kunci"] = "soal pilihan tunggal memerlukan tepat satu pilihan benar"
        elif jenis == "ganda" and jumlah_benar < 1:
            galat["kunci"] = "soal pilihan ganda memerlukan sedikitnya satu pilihan benar"
    elif pilihan:
        galat["pilihan"] = "hanya soal pilihan tunggal/ganda yang memakai pilihan jawaban"
    if jenis == "benar_salah" and jawaban_benar_salah is None:
        galat["kunci"] = "soal benar/salah memerlukan kunci 'benar' atau 'salah'"
    if jenis == "isian" and not [b for b in jawaban_isian.splitlines() if b.strip()]:
        galat["kunci"] = "soal isian memerlukan sedikitnya satu jawaban yang diterima"
    if jenis == "angka" and jawaban_angka is None:
        galat["kunci"] = "soal angka memerlukan jawaban berupa angka"
    if toleransi < 0:
        galat["toleransi"] = "toleransi tidak boleh negatif"
    premis = [(p.strip(), j.strip()) for p, j in pasangan]
    if jenis == "menjodohkan":
        if any(not j for _, j in premis):
            galat["pasangan"] = "setiap baris pasangan memerlukan jawaban"
        elif sum(1 for p, _ in premis if p) < 2:
            galat["pasangan"] = "soal menjodohkan memerlukan sedikitnya dua pernyataan"
        elif len({p.casefold() for p, _ in premis if p}) < sum(1 for p, _ in premis if p):
            galat["pasangan"] = "ada pernyataan yang ditulis dua kali"
    elif premis:
        galat["pasangan"] = "hanya soal menjodohkan yang memakai pasangan"
    if ada_gambar and not gambar_alt.strip():
        galat["gambar_alt"] = "gambar memerlukan teks alternatif (isi gambar dalam kata-kata)"
    if jenis == "esai":
        try:
            kriteria = baca_rubrik(rubrik)
        except ValueError as exc:
            galat["rubrik"] = f"baris rubrik '{exc}' harus berbentuk 'skor maksimum | kriteria'"
        else:
            if not kriteria:
                galat["rubrik"] = "soal esai memerlukan rubrik dengan sedikitnya satu kriteria"
    return galat
