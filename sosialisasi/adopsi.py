"""The adoption dashboard and the survey results (reads only).

Figures per unit, over the unit's active employees (``Pegawai.aktif``):

* course completed: an enrolment in the course with ``selesai_pada`` set;
* SKP on time, by THIS APPLICATION'S POLICY (not a regulation; stated on the page): for the
  running ``Periode`` (a calendar year), the SKP was first created (audit entry ``skp_buat``)
  by ``BATAS_SUSUN`` (31 January of that year) and first approved (``skp_setujui``) by
  ``BATAS_SETUJU`` (the last day of February);
* events: employees with at least one recorded attendance, and attendances in total;
* survey: the mean Likert score (1–5) per theme before and after training, shown only where
  at least ``K_MINIMUM`` people of the unit answered that phase (k-anonymity threshold, as the
  public figures of the site use).
"""

import calendar
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Min
from django.utils import timezone
from django.utils.translation import gettext as _

from kursus.models import KursusPage, Pendaftaran
from penilaian import grafik
from penilaian.models import SKP, Pegawai, RiwayatPerubahan, UnitKerja
from penilaian.selectors import periode_aktif

from .models import FaseSurvei, JawabanSurvei, PendaftaranAcara, SurveiPage, TemaSurvei

K_MINIMUM = 5


def batas_susun(tahun: int) -> date:
    return date(tahun, 1, 31)


def batas_setuju(tahun: int) -> date:
    return date(tahun, 2, calendar.monthrange(tahun, 2)[1])


def _akhir_hari(hari: date) -> datetime:
    return timezone.make_aware(datetime.combine(hari, time.max))


def _persen(bagian: int, total: int) -> Decimal | None:
    if not total:
        return None
    return (Decimal(100) * bagian / total).quantize(Decimal("1"), rounding=ROUND_HALF_UP)


def _rata(nilai: list[int]) -> Decimal | None:
    if not nilai:
        return None
    return (Decimal(sum(nilai)) / len(nilai)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


@dataclass
class HasilTema:
    tema: str
    label: str
    sebelum: Decimal | None
    sesudah: Decimal | None

    @property
    def perubahan(self) -> Decimal | None:
        if self.sebelum is None or self.sesudah is None:
            return None
        return self.sesudah - self.sebelum


@dataclass
class HasilSurvei:
    n_sebelum: int
    n_sesudah: int
    tema: list[HasilTema] = field(default_factory=list)

    @property
    def cukup(self) -> bool:
        return self.n_sebelum >= K_MINIMUM or self.n_sesudah >= K_MINIMUM


def tema_butir(survei: SurveiPage) -> dict[str, str]:
    """clean_name → theme of every Likert item with a theme."""
    return {
        f.clean_name: f.tema
        for f in survei.form_fields.all()
        if f.field_type == "likert" and f.tema
    }


def _hasil(jawaban: list[JawabanSurvei], butir: dict[str, str]) -> HasilSurvei:
    skor: dict[tuple[str, str], list[int]] = defaultdict(list)
    n = {FaseSurvei.SEBELUM: 0, FaseSurvei.SESUDAH: 0}
    for j in jawaban:
        n[j.fase] += 1
        for nama, tema in butir.items():
            nilai = str(j.form_data.get(nama, ""))
            if nilai in {"1", "2", "3", "4", "5"}:
                skor[(j.fase, tema)].append(int(nilai))
    hasil = HasilSurvei(n_sebelum=n[FaseSurvei.SEBELUM], n_sesudah=n[FaseSurvei.SESUDAH])
    for tema in TemaSurvei:
        sebelum = _rata(skor[(FaseSurvei.SEBELUM, tema)]) if hasil.n_sebelum >= K_MINIMUM else None
        sesudah = _rata(skor[(FaseSurvei.SESUDAH, tema)]) if hasil.n_sesudah >= K_MINIMUM else None
        hasil.tema.append(HasilTema(tema.value, tema.label, sebelum, sesudah))
    return hasil


def hasil_survei(
    *, survei: SurveiPage, unit: list[UnitKerja]
) -> tuple[HasilSurvei, dict[int, HasilSurvei]]:
    """The survey over all the given units together, and per unit (two queries)."""
    butir = tema_butir(survei)
    jawaban = list(
        JawabanSurvei.objects.filter(page=survei, unit__in=unit).only(
            "fase", "unit_id", "form_data"
        )
    )
    per_unit: dict[int, list[JawabanSurvei]] = defaultdict(list)
    for j in jawaban:
        per_unit[j.unit_id].append(j)
    return _hasil(jawaban, butir), {u.pk: _hasil(per_unit[u.pk], butir) for u in unit}


@dataclass
class BarisUnit:
    unit: UnitKerja
    pegawai: int
    selesai_kursus: int
    skp_disusun: int
    skp_disetujui: int
    hadir_orang: int
    hadir_total: int
    survei: HasilSurvei | None

    @property
    def persen_selesai(self):
        return _persen(self.selesai_kursus, self.pegawai)

    @property
    def persen_disusun(self):
        return _persen(self.skp_disusun, self.pegawai)

    @property
    def persen_disetujui(self):
        return _persen(self.skp_disetujui, self.pegawai)

    @property
    def persen_hadir(self):
        return _persen(self.hadir_orang, self.pegawai)


def _skp_tepat_waktu(pegawai_ids: list[int], periode) -> tuple[set[int], set[int]]:
    """Employees whose SKP of ``periode`` was created / approved on time (two queries)."""
    if periode is None:
        return set(), set()
    skp = dict(
        SKP.objects.filter(periode=periode, pegawai_id__in=pegawai_ids).values_list(
            "pk", "pegawai_id"
        )
    )
    pertama = (
        RiwayatPerubahan.objects.filter(
            model="skp", objek_id__in=[str(pk) for pk in skp], aksi__in=["skp_buat", "skp_setujui"]
        )
        .values("objek_id", "aksi")
        .annotate(waktu=Min("waktu"))
    )
    batas = {
        "skp_buat": _akhir_hari(batas_susun(periode.tahun)),
        "skp_setujui": _akhir_hari(batas_setuju(periode.tahun)),
    }
    disusun, disetujui = set(), set()
    for r in pertama:
        if r["waktu"] <= batas[r["aksi"]]:
            (disusun if r["aksi"] == "skp_buat" else disetujui).add(skp[int(r["objek_id"])])
    return disusun, disetujui


def dasbor(*, unit: list[UnitKerja]) -> dict:
    kursus = KursusPage.objects.live().order_by("path").first()
    periode = periode_aktif()
    survei = SurveiPage.objects.live().order_by("path").first()
    pegawai = list(
        Pegawai.objects.filter(unit__in=unit, aktif=True).values("pk", "unit_id", "user_id")
    )
    pengguna = [p["user_id"] for p in pegawai if p["user_id"]]
    selesai = set()
    if kursus is not None:
        selesai = set(
            Pendaftaran.objects.filter(
                kursus=kursus, user_id__in=pengguna, selesai_pada__isnull=False
            ).values_list("user_id", flat=True)
        )
    disusun, disetujui = _skp_tepat_waktu([p["pk"] for p in pegawai], periode)
    hadir: dict[int, int] = defaultdict(int)
    for user_id in PendaftaranAcara.objects.filter(
        user_id__in=pengguna, hadir_pada__isnull=False
    ).values_list("user_id", flat=True):
        hadir[user_id] += 1
    survei_total, survei_unit = (None, {})
    if survei is not None:
        survei_total, survei_unit = hasil_survei(survei=survei, unit=unit)
    baris = []
    for u in unit:
        milik = [p for p in pegawai if p["unit_id"] == u.pk]
        users = [p["user_id"] for p in milik if p["user_id"]]
        baris.append(
            BarisUnit(
                unit=u,
                pegawai=len(milik),
                selesai_kursus=sum(1 for x in users if x in selesai),
                skp_disusun=sum(1 for p in milik if p["pk"] in disusun),
                skp_disetujui=sum(1 for p in milik if p["pk"] in disetujui),
                hadir_orang=sum(1 for x in users if hadir.get(x)),
                hadir_total=sum(hadir.get(x, 0) for x in users),
                survei=survei_unit.get(u.pk),
            )
        )
    return {
        "baris": baris,
        "kursus": kursus,
        "periode": periode,
        "survei": survei,
        "survei_total": survei_total,
        "k_minimum": K_MINIMUM,
        "batas_susun": batas_susun(periode.tahun) if periode else None,
        "batas_setuju": batas_setuju(periode.tahun) if periode else None,
        "grafik": _grafik(baris, survei_total),
    }


def _grafik(baris: list[BarisUnit], survei_total: HasilSurvei | None) -> dict:
    label = [b.unit.nama for b in baris]
    hasil = {
        "selesai": grafik.batang(
            judul=_("Pegawai yang menyelesaikan kursus per unit (%)"),
            deskripsi=_(
                "Persentase pegawai aktif tiap unit yang menyelesaikan kursus; angka lengkap di tabel."
            ),
            label=label,
            nilai=[b.persen_selesai for b in baris],
            satuan="%",
            batas_x=100,
        ),
        "skp": grafik.batang_berpasangan(
            judul=_("SKP tepat waktu per unit (%)"),
            deskripsi=_(
                "Persentase pegawai yang SKP-nya disusun dan disetujui tepat waktu; angka lengkap di tabel."
            ),
            label=label,
            seri=[
                (_("Disusun tepat waktu"), [b.persen_disusun for b in baris]),
                (_("Disetujui tepat waktu"), [b.persen_disetujui for b in baris]),
            ],
            satuan="%",
            batas_x=100,
        ),
        "hadir": grafik.batang(
            judul=_("Pegawai yang menghadiri acara per unit (%)"),
            deskripsi=_(
                "Persentase pegawai aktif yang hadir di paling sedikit satu acara; angka lengkap di tabel."
            ),
            label=label,
            nilai=[b.persen_hadir for b in baris],
            satuan="%",
            batas_x=100,
        ),
    }
    if survei_total is not None and survei_total.cukup:
        hasil["survei"] = grafik.batang_berpasangan(
            judul=_("Skor survei per tema, sebelum dan sesudah pelatihan"),
            deskripsi=_("Rata-rata skala 1 sampai 5 per tema; angka lengkap di tabel."),
            label=[t.label for t in survei_total.tema],
            seri=[
                (_("Sebelum"), [t.sebelum for t in survei_total.tema]),
                (_("Sesudah"), [t.sesudah for t in survei_total.tema]),
            ],
            satuan=_("skor rata-rata (1–5)"),
            batas_x=5,
        )
    return hasil
