"""Charts of the trainer's quiz reports (issue 17 item 3), each drawn with its table.

* Item difficulty: per question the share of its points the attempts earned (the report's
  ``kesukaran`` p × 100, so partial credit counts fractionally), hardest first; the chart shows
  the ``BUTIR_DI_GRAFIK`` hardest, the table every question.
* Pre/post gain: per unit of the participants (from their employee record) the mean pre-test
  and post-test score of those with both, and the whole cohort.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from penilaian import grafik
from penilaian.mesin.angka import format_ringkas
from penilaian.models import Pegawai

from .laporan import LaporanKenaikan, LaporanKuis, StatistikButir
from .penilaian import SERATUS, bulatkan

#: The chart names the hardest questions only (a long bar list is read, not looked at).
BUTIR_DI_GRAFIK = 10


@dataclass(frozen=True, slots=True)
class BarisKesukaran:
    kode: str
    teks: str
    jumlah: int
    #: Share of the question's points earned, in % (100 = everyone right).
    persen_benar: Decimal


def kesukaran_butir(laporan: LaporanKuis) -> list[BarisKesukaran]:
    """Every question with at least one answer analysed (fixed and drawn by a random slot),
    the lowest share correct first; ties by question code."""
    semua: dict[int, StatistikButir] = {b.soal.pk: b for b in laporan.butir}
    for slot in laporan.slot:
        semua.update({b.soal.pk: b for b in slot.soal})
    baris = [
        BarisKesukaran(
            kode=b.soal.kode,
            teks=b.soal.teks,
            jumlah=b.jumlah,
            persen_benar=bulatkan(b.kesukaran * SERATUS),
        )
        for b in semua.values()
        if b.kesukaran is not None
    ]
    return sorted(baris, key=lambda b: (b.persen_benar, b.kode))


def grafik_kesukaran(baris: list[BarisKesukaran]) -> SafeString | None:
    if not baris:
        return None
    atas = baris[:BUTIR_DI_GRAFIK]
    return grafik.batang(
        judul=_("Soal tersulit: persentase poin yang diperoleh"),
        deskripsi=_(
            "%(n)s soal dengan persentase poin diperoleh terendah dari %(total)s soal, terendah "
            "di atas; semua soal di tabel."
        )
        % {"n": format_ringkas(len(atas)), "total": format_ringkas(len(baris))},
        label=[b.kode for b in atas],
        nilai=[b.persen_benar for b in atas],
        satuan=_("% poin diperoleh"),
        batas_x=100,
    )


@dataclass(frozen=True, slots=True)
class BarisKenaikanUnit:
    unit: str
    jumlah: int
    rata_pre: Decimal
    rata_post: Decimal

    @property
    def kenaikan(self) -> Decimal:
        return self.rata_post - self.rata_pre


def _rata(angka: list[Decimal]) -> Decimal:
    return bulatkan(sum(angka, Decimal(0)) / len(angka))


def kenaikan_per_unit(laporan: LaporanKenaikan) -> list[BarisKenaikanUnit]:
    """Mean pre and post per unit over the participants with both tests (by unit name; a
    participant without an employee record under "Tanpa unit kerja"), then the whole cohort
    last. One query for the units of every participant."""
    lengkap = [k for k in laporan.peserta if k.kenaikan is not None]
    if not lengkap:
        return []
    unit = dict(
        Pegawai.objects.filter(user_id__in=[k.user.pk for k in lengkap]).values_list(
            "user_id", "unit__nama"
        )
    )
    kelompok: dict[str, list] = defaultdict(list)
    for k in lengkap:
        kelompok[unit.get(k.user.pk) or _("Tanpa unit kerja")].append(k)
    baris = [
        BarisKenaikanUnit(
            unit=nama,
            jumlah=len(daftar),
            rata_pre=_rata([k.pre for k in daftar]),
            rata_post=_rata([k.post for k in daftar]),
        )
        for nama, daftar in sorted(kelompok.items())
    ]
    baris.append(
        BarisKenaikanUnit(
            unit=_("Semua peserta"),
            jumlah=len(lengkap),
            rata_pre=_rata([k.pre for k in lengkap]),
            rata_post=_rata([k.post for k in lengkap]),
        )
    )
    return baris


def grafik_kenaikan(baris: list[BarisKenaikanUnit]) -> SafeString | None:
    if not baris:
        return None
    return grafik.batang_berpasangan(
        judul=_("Rata-rata nilai pre-test dan post-test per unit kerja"),
        deskripsi=_(
            "Rata-rata nilai (0–100) peserta yang mengerjakan kedua tes, per unit kerja dan "
            "seluruhnya (%(n)s peserta); angka lengkap di tabel."
        )
        % {"n": format_ringkas(baris[-1].jumlah)},
        label=[b.unit for b in baris],
        seri=[
            (_("Pre-test"), [b.rata_pre for b in baris]),
            (_("Post-test"), [b.rata_post for b in baris]),
        ],
        satuan=_("nilai rata-rata"),
        batas_x=100,
    )


def konteks_kesukaran(laporan: LaporanKuis) -> dict:
    baris = kesukaran_butir(laporan)
    return {"kesukaran": baris, "svg_kesukaran": grafik_kesukaran(baris)}


def konteks_kenaikan(laporan: LaporanKenaikan) -> dict:
    baris = kenaikan_per_unit(laporan)
    return {"kenaikan_unit": baris, "svg_kenaikan": grafik_kenaikan(baris)}
