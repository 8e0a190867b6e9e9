"""The predikat distribution of a unit (or of the kecamatan's published units) against the
distribution curve of SE MenPANRB 3/2023, shaped for a chart and its table.

The limits are the engine's own (``ATURAN_DISTRIBUSI``, chosen by the unit's capaian kinerja
organisasi), never restated here. A limit over one predikat sits on that predikat's row; a
limit over a group (e.g. Butuh Perbaikan and Kurang/Misconduct together) gets a row of its
own with the group's summed share, so every limit the engine checks is drawn and tabled.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from . import grafik, mesin
from .mesin.angka import format_ringkas
from .mesin.aturan.permenpanrb_6_2022.distribusi import ATURAN_DISTRIBUSI
from .models import NilaiCapaianOrganisasi, Predikat

SATU_DESIMAL = Decimal("0.1")


@dataclass(frozen=True, slots=True)
class Batas:
    """One limit of the curve: ``maks`` (at most %), ``min`` (at least %) or ``ada`` (at least
    ``nilai`` employees)."""

    jenis: str
    nilai: int

    @property
    def teks(self) -> str:
        angka = format_ringkas(self.nilai)
        if self.jenis == "maks":
            return _("paling banyak %(n)s %%") % {"n": angka}
        if self.jenis == "min":
            return _("paling sedikit %(n)s %%") % {"n": angka}
        return ngettext(
            "paling sedikit %(n)s pegawai", "paling sedikit %(n)s pegawai", self.nilai
        ) % {"n": angka}


@dataclass(slots=True)
class BarisKurva:
    """One row: a predikat (or a group of predikat), its count, share and the limits on it."""

    label: str
    jumlah: int
    persen: Decimal | None
    batas: list[Batas] = field(default_factory=list)
    #: False when the count breaks one of the row's limits (None: no limit on the row).
    sesuai: bool | None = None

    @property
    def maks(self) -> int | None:
        return next((b.nilai for b in self.batas if b.jenis == "maks"), None)

    @property
    def min(self) -> int | None:
        return next((b.nilai for b in self.batas if b.jenis == "min"), None)

    @property
    def teks_batas(self) -> str:
        return "; ".join(b.teks for b in self.batas)


@dataclass(slots=True)
class SebaranKurva:
    baris: list[BarisKurva]
    total: int
    #: None when the capaian kinerja organisasi is not set: no curve is drawn.
    capaian: mesin.CapaianOrganisasi | None

    @property
    def ada_kurva(self) -> bool:
        return self.capaian is not None

    @property
    def label_capaian(self) -> str:
        return str(NilaiCapaianOrganisasi(self.capaian.value).label) if self.capaian else ""


def _persen(bagian: int, total: int) -> Decimal | None:
    if not total:
        return None
    return (Decimal(100) * bagian / total).quantize(SATU_DESIMAL, rounding=ROUND_HALF_UP)


def _sesuai(batas: Batas, n: int, total: int) -> bool:
    # Exact integer comparison, as the engine does (n × 100 against limit × total).
    if batas.jenis == "maks":
        return n * 100 <= batas.nilai * total
    if batas.jenis == "min":
        return n * 100 >= batas.nilai * total
    return n >= batas.nilai


def sebaran_kurva(
    jumlah: Mapping[str, int], capaian: mesin.CapaianOrganisasi | str | None
) -> SebaranKurva:
    """Rows for the five predikat (counts keyed by predikat value, missing = 0) and one per
    group limit of the curve of ``capaian`` (none when it is not set)."""
    capaian = mesin.CapaianOrganisasi(capaian) if capaian else None
    total = sum(jumlah.get(p.value, 0) for p in Predikat)
    baris = {
        (p.value,): BarisKurva(
            p.label, jumlah.get(p.value, 0), _persen(jumlah.get(p.value, 0), total)
        )
        for p in Predikat
    }
    for jenis, kelompok, nilai in ATURAN_DISTRIBUSI[capaian] if capaian else ():
        kunci = tuple(p.value for p in kelompok)
        if kunci not in baris:
            n = sum(jumlah.get(k, 0) for k in kunci)
            label = " + ".join(str(Predikat(k).label) for k in kunci)
            baris[kunci] = BarisKurva(label, n, _persen(n, total))
        b = baris[kunci]
        batas = Batas(jenis, nilai)
        b.batas.append(batas)
        if total:
            b.sesuai = (b.sesuai is not False) and _sesuai(batas, b.jumlah, total)
    return SebaranKurva(list(baris.values()), total, capaian)


def grafik_kurva(sebaran: SebaranKurva, *, judul: str, nama_nilai: str) -> SafeString:
    """The distribution as an accessible SVG: bars for the shares, marks for the limits."""
    if sebaran.ada_kurva:
        deskripsi = _(
            "Persentase pegawai per predikat (batang) dibanding batas kurva distribusi SE "
            "MenPANRB 3/2023 untuk capaian kinerja organisasi %(capaian)s: garis tegak untuk "
            "batas paling banyak, segitiga untuk batas paling sedikit; dari %(n)s pegawai. "
            "Angka lengkap di tabel."
        ) % {"capaian": sebaran.label_capaian, "n": format_ringkas(sebaran.total)}
    else:
        deskripsi = _(
            "Persentase pegawai per predikat dari %(n)s pegawai; batas kurva tidak digambar "
            "karena capaian kinerja organisasi belum ditetapkan. Angka lengkap di tabel."
        ) % {"n": format_ringkas(sebaran.total)}
    return grafik.distribusi(
        judul=judul,
        deskripsi=deskripsi,
        label=[b.label for b in sebaran.baris],
        nilai=[b.persen for b in sebaran.baris],
        acuan=[b.maks for b in sebaran.baris],
        nama_nilai=nama_nilai,
        nama_acuan=_("Batas paling banyak"),
        acuan_min=[b.min for b in sebaran.baris],
        nama_acuan_min=_("Batas paling sedikit"),
        satuan=_("% pegawai"),
    )


def jumlahkan(daftar: Iterable[Iterable[tuple[str, int]]]) -> dict[str, int]:
    """Sum predikat counts given as ``(value, n)`` pairs per unit."""
    hasil: dict[str, int] = {}
    for pasangan in daftar:
        for p, n in pasangan:
            hasil[p] = hasil.get(p, 0) + n
    return hasil
