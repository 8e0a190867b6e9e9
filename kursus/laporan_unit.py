"""Per-unit completion report of one course, for trainers and Admin Kepegawaian.

For every unit in the reader's scope: enrolled, started (at least one lesson done, or the
course completed), completed, overdue (a due date before today and not completed) and the
completion percentage (completed ÷ enrolled × 100, one decimal, half up). A unit's figures
include every unit below it (tree-aware); participants are counted in the unit of their
employee record. Participants without an employee record are shown as "Tanpa unit kerja" to
readers with the global role only (a scoped reader sees only their units).

Reads run in a fixed number of queries whatever the number of units or participants.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _

from penilaian.akses import id_unit_lingkup
from penilaian.ekspor import ya_tidak
from penilaian.models import UnitKerja

from .ekspor import BerkasEkspor, EksporDitolak, berkas_csv, berkas_xlsx, daftarkan
from .models import KursusPage, Pendaftaran

JENIS_EKSPOR = "laporan_unit"
#: Assigning courses and following them up per unit go together (Pelatih, Pelatih Senior,
#: Admin Kepegawaian); the report is scoped like the assignment.
IZIN = "kursus.tugaskan_pendaftaran"


@dataclass
class PesertaUnit:
    nip: str
    nama: str
    unit: str
    unit_id: int | None
    didaftarkan_pada: object
    tenggat: date | None
    pelajaran_selesai: int
    selesai_pada: object
    terlambat: bool

    @property
    def mulai(self) -> bool:
        return self.pelajaran_selesai > 0 or self.selesai_pada is not None


@dataclass
class BarisUnit:
    unit_id: int | None
    nama: str
    kedalaman: int
    terdaftar: int = 0
    mulai: int = 0
    selesai: int = 0
    terlambat: int = 0
    anak: list[int] = field(default_factory=list)

    @property
    def persen_selesai(self) -> Decimal | None:
        if not self.terdaftar:
            return None
        return (Decimal(100) * self.selesai / self.terdaftar).quantize(
            Decimal("0.1"), rounding=ROUND_HALF_UP
        )


def _lingkup(user) -> frozenset[int] | None:
    return id_unit_lingkup(user)


def peserta_kursus(*, user, kursus: KursusPage, hari_ini: date | None = None) -> list[PesertaUnit]:
    """Every participant of the course the reader may see (one query)."""
    hari_ini = hari_ini or timezone.localdate()
    lingkup = _lingkup(user)
    qs = Pendaftaran.objects.filter(kursus=kursus)
    if lingkup is not None:
        qs = qs.filter(user__pegawai__unit_id__in=lingkup)
    qs = qs.annotate(jumlah_kemajuan=Count("kemajuan")).values(
        "user__username",
        "user__first_name",
        "user__last_name",
        "user__pegawai__nip",
        "user__pegawai__nama",
        "user__pegawai__unit_id",
        "user__pegawai__unit__nama",
        "didaftarkan_pada",
        "tenggat",
        "selesai_pada",
        "jumlah_kemajuan",
    )
    hasil = []
    for b in qs:
        nama_akun = f"{b['user__first_name']} {b['user__last_name']}".strip()
        hasil.append(
            PesertaUnit(
                nip=b["user__pegawai__nip"] or b["user__username"],
                nama=b["user__pegawai__nama"] or nama_akun or b["user__username"],
                unit=b["user__pegawai__unit__nama"] or _("Tanpa unit kerja"),
                unit_id=b["user__pegawai__unit_id"],
                didaftarkan_pada=b["didaftarkan_pada"],
                tenggat=b["tenggat"],
                pelajaran_selesai=b["jumlah_kemajuan"],
                selesai_pada=b["selesai_pada"],
                terlambat=bool(
                    b["tenggat"] and b["selesai_pada"] is None and b["tenggat"] < hari_ini
                ),
            )
        )
    hasil.sort(key=lambda p: (p.unit, p.nama, p.nip))
    return hasil


def _pohon(lingkup: frozenset[int] | None) -> tuple[dict[int, BarisUnit], list[int]]:
    """The units in scope as rows keyed by id, and the ids of the top ones (no parent in scope)."""
    units = UnitKerja.objects.order_by("nama").values("pk", "nama", "induk_id")
    if lingkup is not None:
        units = units.filter(pk__in=lingkup)
    baris = {u["pk"]: BarisUnit(unit_id=u["pk"], nama=u["nama"], kedalaman=0) for u in units}
    akar = []
    for u in units:
        if u["induk_id"] in baris:
            baris[u["induk_id"]].anak.append(u["pk"])
        else:
            akar.append(u["pk"])
    return baris, akar


def laporan_unit(
    *, user, kursus: KursusPage, peserta: list[PesertaUnit] | None = None
) -> list[BarisUnit]:
    """The rows of the per-unit report in tree order (each unit followed by its subunits)."""
    lingkup = _lingkup(user)
    if peserta is None:
        peserta = peserta_kursus(user=user, kursus=kursus)
    baris, akar = _pohon(lingkup)
    langsung: dict[int | None, list[PesertaUnit]] = defaultdict(list)
    for p in peserta:
        langsung[p.unit_id].append(p)

    urutan: list[BarisUnit] = []

    def kunjungi(pk: int, kedalaman: int, jejak: frozenset[int]) -> BarisUnit:
        b = baris[pk]
        b.kedalaman = kedalaman
        urutan.append(b)
        for p in langsung.get(pk, []):
            b.terdaftar += 1
            b.mulai += p.mulai
            b.selesai += p.selesai_pada is not None
            b.terlambat += p.terlambat
        for anak in b.anak:
            if anak in jejak:  # a cycle in the data: count each unit once
                continue
            a = kunjungi(anak, kedalaman + 1, jejak | {anak})
            b.terdaftar += a.terdaftar
            b.mulai += a.mulai
            b.selesai += a.selesai
            b.terlambat += a.terlambat
        return b

    for pk in akar:
        kunjungi(pk, 0, frozenset({pk}))
    if lingkup is None and langsung.get(None):
        tanpa = BarisUnit(unit_id=None, nama=_("Tanpa unit kerja"), kedalaman=0)
        for p in langsung[None]:
            tanpa.terdaftar += 1
            tanpa.mulai += p.mulai
            tanpa.selesai += p.selesai_pada is not None
            tanpa.terlambat += p.terlambat
        urutan.append(tanpa)
    return urutan


def peserta_unit(*, user, kursus: KursusPage, unit_id: int) -> list[PesertaUnit] | None:
    """The participants of one unit and its subunits, or ``None`` when the unit is not in the
    reader's scope (the view answers 404)."""
    lingkup = _lingkup(user)
    if lingkup is not None and unit_id not in lingkup:
        return None
    baris, _akar = _pohon(lingkup)
    if unit_id not in baris:
        return None
    ids = {unit_id}
    lapis = [unit_id]
    while lapis:
        lapis = [a for pk in lapis for a in baris[pk].anak if a not in ids]
        ids.update(lapis)
    return [p for p in peserta_kursus(user=user, kursus=kursus) if p.unit_id in ids]


KOLOM_UNIT = ("Unit kerja", "Terdaftar", "Mulai", "Selesai", "Lewat tenggat", "Selesai (%)")
KOLOM_PESERTA = (
    "NIP / akun",
    "Nama",
    "Unit kerja",
    "Didaftarkan",
    "Tenggat",
    "Pelajaran selesai",
    "Mulai",
    "Selesai",
    "Selesai pada",
    "Lewat tenggat",
)


def _tanggal(nilai) -> str:
    if nilai is None:
        return ""
    if hasattr(nilai, "tzinfo"):
        nilai = timezone.localtime(nilai)
    return nilai.strftime("%d-%m-%Y")


def baris_unit(laporan: list[BarisUnit]) -> list[list]:
    return [
        [
            ("  " * b.kedalaman) + b.nama,
            b.terdaftar,
            b.mulai,
            b.selesai,
            b.terlambat,
            b.persen_selesai,
        ]
        for b in laporan
    ]


def baris_peserta(peserta: list[PesertaUnit]) -> list[list]:
    return [
        [
            p.nip,
            p.nama,
            p.unit,
            _tanggal(p.didaftarkan_pada),
            _tanggal(p.tenggat),
            p.pelajaran_selesai,
            ya_tidak(p.mulai),
            ya_tidak(p.selesai_pada is not None),
            _tanggal(p.selesai_pada),
            ya_tidak(p.terlambat),
        ]
        for p in peserta
    ]


def berkas_laporan_unit(user, parameter: dict) -> BerkasEkspor:
    """The report as XLSX (sheets "Per unit" and "Peserta") or CSV (the participants), for the
    synchronous download and the background export alike."""
    if not user.is_active or not user.has_perm(IZIN):
        raise EksporDitolak
    kursus = KursusPage.objects.get(pk=parameter["kursus"])
    peserta = peserta_kursus(user=user, kursus=kursus)
    nama = f"laporan-unit-{kursus.slug}"
    if parameter.get("format") == "csv":
        return berkas_csv(f"{nama}.csv", KOLOM_PESERTA, baris_peserta(peserta))
    laporan = laporan_unit(user=user, kursus=kursus, peserta=peserta)
    return berkas_xlsx(
        f"{nama}.xlsx",
        [
            ("Per unit", KOLOM_UNIT, baris_unit(laporan)),
            ("Peserta", KOLOM_PESERTA, baris_peserta(peserta)),
        ],
    )


daftarkan(JENIS_EKSPOR, berkas_laporan_unit)
