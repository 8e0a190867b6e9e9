"""Charts of a case's simulator report (issue 17 item 3), each drawn with its table.

What a trainer needs to know is what to reteach: per finding kind of the indicator checker, the
share of attempts in which at least one indicator got that finding. A share of attempts (not a
count of findings) because one attempt with six vague indicators is one participant who has not
understood "terukur", not six; and every kind is listed, so a kind nobody gets wrong shows as 0
rather than being absent. The score bands are the second chart: whether the case as a whole
went well.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from penilaian import grafik
from penilaian.mesin.angka import format_ringkas
from penilaian.mesin.pemeriksa import KODE

from .models import PercobaanSimulasi

#: What each finding code of the checker means, in a few words (shared/spesifikasi
#: pemeriksa-indikator.md); the report names the code beside it.
LABEL_TEMUAN = {
    "BUKAN_HASIL": gettext_lazy("Rumusan kegiatan, bukan hasil"),
    "TANPA_UKURAN": gettext_lazy("Tidak menyebut apa yang diukur"),
    "KATA_KABUR": gettext_lazy("Kata kabur"),
    "TANPA_TARGET": gettext_lazy("Tanpa target"),
    "SATUAN_TIDAK_SESUAI": gettext_lazy("Satuan tidak sesuai"),
    "POLARITAS_BERTENTANGAN": gettext_lazy("Polaritas bertentangan"),
    "TARGET_TIDAK_REALISTIS": gettext_lazy("Target tidak realistis"),
    "TANPA_WAKTU": gettext_lazy("Tanpa batas waktu"),
    "TIDAK_SELARAS": gettext_lazy("Tidak selaras dengan RHK atasan"),
}


@dataclass(frozen=True, slots=True)
class BarisTemuan:
    kode: str
    label: str
    kriteria: str
    #: Attempts with at least one indicator with this finding.
    percobaan: int
    persen: Decimal | None
    #: Findings of this kind over all attempts (one attempt may have several).
    kemunculan: int


def _persen(bagian: int, total: int) -> Decimal | None:
    if not total:
        return None
    return (Decimal(100) * bagian / total).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def temuan_per_jenis(percobaan: Sequence[PercobaanSimulasi]) -> list[BarisTemuan]:
    """Every finding kind of the checker, most frequent (by share of attempts) first, ties in
    the specification's order."""
    per_percobaan = [
        [t["kode"] for hasil in p.pemeriksaan for t in hasil["temuan"]] for p in percobaan
    ]
    baris = [
        BarisTemuan(
            kode=kode,
            label=str(LABEL_TEMUAN[kode]),
            kriteria=kriteria.replace("_", " "),
            percobaan=(n := sum(1 for kode_p in per_percobaan if kode in kode_p)),
            persen=_persen(n, len(percobaan)),
            kemunculan=sum(kode_p.count(kode) for kode_p in per_percobaan),
        )
        for kode, kriteria, _blokir in KODE
    ]
    urutan = {kode: i for i, (kode, _k, _b) in enumerate(KODE)}
    return sorted(baris, key=lambda b: (-b.percobaan, urutan[b.kode]))


def grafik_temuan(baris: list[BarisTemuan], jumlah_percobaan: int) -> SafeString:
    return grafik.batang(
        judul=_("Percobaan dengan temuan pemeriksa, per jenis temuan (%)"),
        deskripsi=_(
            "Persentase dari %(n)s percobaan yang paling sedikit satu indikatornya mendapat "
            "temuan itu, dari yang paling sering; angka lengkap di tabel."
        )
        % {"n": format_ringkas(jumlah_percobaan)},
        label=[b.label for b in baris],
        nilai=[b.persen for b in baris],
        satuan=_("% percobaan"),
        batas_x=100,
    )


def grafik_skor(distribusi: list[tuple[str, int]], jumlah_percobaan: int) -> SafeString:
    return grafik.batang(
        judul=_("Sebaran skor percobaan"),
        deskripsi=_(
            "Jumlah percobaan per rentang skor 0–100, dari %(n)s percobaan; angka lengkap di tabel."
        )
        % {"n": format_ringkas(jumlah_percobaan)},
        label=[rentang for rentang, _n in distribusi],
        nilai=[n for _rentang, n in distribusi],
        satuan=_("percobaan"),
    )


def grafik_laporan(laporan) -> dict:
    """The report's charts and the findings table, for the template; charts only when there
    is at least one attempt (an empty chart tells nothing the table does not)."""
    baris = temuan_per_jenis(laporan.percobaan)
    hasil: dict = {"temuan_per_jenis": baris}
    if laporan.jumlah:
        hasil["svg_temuan"] = grafik_temuan(baris, laporan.jumlah)
        hasil["svg_skor"] = grafik_skor(laporan.distribusi, laporan.jumlah)
    return hasil
