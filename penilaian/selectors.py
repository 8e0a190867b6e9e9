"""Reads for the appraisal side. Every read of an individual's data goes through a selector
that returns only what the user may see, so a view cannot forget the rule (404 otherwise)."""

from __future__ import annotations

import hashlib
import hmac
import json
from decimal import Decimal
from functools import reduce
from operator import or_

from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Concat
from django.db.models.lookups import IStartsWith
from django.http import Http404

from . import mesin
from .akses import adalah_admin_kepegawaian, id_bawahan, id_unit_lingkup, pegawai_dari
from .kurva import SebaranKurva, jumlahkan, sebaran_kurva
from .models import (
    SKP,
    BuktiDukung,
    CapaianOrganisasi,
    Evaluasi,
    Kebijakan,
    Pegawai,
    Periode,
    PeriodeEvaluasi,
    Predikat,
    PustakaIndikator,
    RencanaHasilKerja,
    RiwayatPerubahan,
    TransparansiTerbit,
    UnitKerja,
    urutkan_rhk,
)

#: Public aggregates are shown only over at least this many employees.
AMBANG_TRANSPARANSI = 5


def periode_aktif() -> Periode | None:
    """The running period, or ``None`` when the administrator has not chosen one."""
    return Periode.objects.select_related("kebijakan").filter(aktif=True).first()


def kebijakan_aktif() -> Kebijakan | None:
    """The kebijakan of the running period; ``None`` means the engine's default applies."""
    periode = periode_aktif()
    return periode.kebijakan if periode else None


# --- access-filtered reads ------------------------------------------------------------------


def skp_terlihat(user) -> QuerySet[SKP]:
    """SKPs the user may see: their own, those of everyone below them, and for Admin
    Kepegawaian all (global) or those of the units in its scope."""
    qs = SKP.objects.select_related("pegawai", "pegawai__unit", "periode", "penilai")
    syarat: list[Q] = []
    if adalah_admin_kepegawaian(user):
        lingkup = id_unit_lingkup(user)
        if lingkup is None:
            return qs
        syarat.append(Q(pegawai__unit_id__in=lingkup))
    saya = pegawai_dari(user)
    if saya is not None:
        syarat += [Q(pegawai=saya), Q(pegawai_id__in=id_bawahan(saya))]
    return qs.filter(reduce(or_, syarat)) if syarat else qs.none()


def skp_untuk(user, pk: int) -> SKP:
    """One SKP the user may see, else 404 (no hint that it exists)."""
    try:
        return skp_terlihat(user).get(pk=pk)
    except SKP.DoesNotExist:
        raise Http404 from None


def bukti_untuk(user, pk: int) -> BuktiDukung:
    try:
        return BuktiDukung.objects.select_related("realisasi__indikator__rhk__skp").get(
            pk=pk, realisasi__indikator__rhk__skp__in=skp_terlihat(user)
        )
    except BuktiDukung.DoesNotExist:
        raise Http404 from None


def evaluasi_dari(skp: SKP, periode_evaluasi: str = "tahunan") -> Evaluasi | None:
    return skp.evaluasi.filter(periode_evaluasi=periode_evaluasi).first()


def evaluasi_per_periode(skp: SKP) -> list[tuple[str, str, Evaluasi | None]]:
    """Every evaluation period of the SKP's cadence in order (the annual one last), each with
    its evaluation or ``None``, in one query."""
    ada = {e.periode_evaluasi: e for e in skp.evaluasi.all()}
    return [
        (kode, label, ada.get(kode))
        for kode, label in PeriodeEvaluasi.untuk_kadens(skp.periode.kadens)
    ]


def evaluasi_verifikasi(kode: str) -> Evaluasi:
    """A final evaluation by its public verification code, else 404."""
    try:
        return Evaluasi.objects.select_related("skp__pegawai", "skp__periode", "unit").get(
            kode_verifikasi=kode.strip().upper(), status=Evaluasi.Status.FINAL
        )
    except Evaluasi.DoesNotExist:
        raise Http404 from None


def nama_tersamar(nama: str) -> str:
    """A name as the public verification page shows it: each word's first letter, the rest
    hidden ("Siti Aminah" → "S*** A***"); enough to match a document in hand, not to learn
    who was appraised from a code alone."""
    return " ".join(f"{kata[0]}***" for kata in nama.split() if kata)


def evaluasi_cocok_nip(evaluasi: Evaluasi, nip: str) -> bool:
    """Whether ``nip`` is the appraised employee's NIP (compared in constant time)."""
    return hmac.compare_digest(evaluasi.skp.pegawai.nip.encode(), nip.encode())


def skp_detail(skp: SKP) -> list[RencanaHasilKerja]:
    """The SKP's RHK with indicators, realisation, evidence and feedback prefetched."""
    return list(
        urutkan_rhk(skp.rhk.select_related("rhk_atasan")).prefetch_related(
            "indikator__realisasi__bukti", "umpan_balik__pemberi"
        )
    )


def rhk_atasan_pilihan(skp: SKP) -> QuerySet[RencanaHasilKerja]:
    """RHK of the direct atasan's SKP in the same period (empty when it does not exist yet)."""
    if skp.pegawai.atasan_id is None:
        return RencanaHasilKerja.objects.none()
    return RencanaHasilKerja.objects.filter(
        skp__pegawai_id=skp.pegawai.atasan_id, skp__periode_id=skp.periode_id
    )


def pustaka_untuk(pegawai: Pegawai) -> QuerySet[PustakaIndikator]:
    """Library entries for the employee's unit (or all units), kind of unit (or both) and
    position (or all).

    An entry's ``jabatan`` is the generic name of the position ("Lurah", "Sekretaris
    Kelurahan"); it applies to every position named the same or starting with that name and a
    space, because the staff list adds the place ("Lurah Banjaragung")."""
    jabatan = pegawai.jabatan.strip()
    return PustakaIndikator.objects.filter(
        Q(unit__isnull=True) | Q(unit_id=pegawai.unit_id),
        Q(jenis_unit="") | Q(jenis_unit=pegawai.unit.jenis),
        Q(jabatan="")
        | Q(jabatan__iexact=jabatan)
        | IStartsWith(Value(jabatan), Concat(F("jabatan"), Value(" "))),
    ).order_by("-skor_pemeriksa", "teks")


def riwayat_skp(skp: SKP) -> QuerySet[RiwayatPerubahan]:
    """Audit entries of the SKP and its evaluations (for Admin Kepegawaian)."""
    return RiwayatPerubahan.objects.select_related("pengguna").filter(
        Q(model="skp", objek_id=str(skp.pk))
        | Q(
            model="evaluasi",
            objek_id__in=[str(pk) for pk in skp.evaluasi.values_list("pk", flat=True)],
        )
    )


def dasbor(user) -> dict:
    """What the dashboard shows: my SKPs, subordinates' SKPs awaiting my action, my RHK still
    unlinked to an atasan's RHK."""
    saya = pegawai_dari(user)
    if saya is None:
        return {"pegawai": None, "admin": adalah_admin_kepegawaian(user)}
    skp_saya = SKP.objects.filter(pegawai=saya).select_related("periode")
    bawahan_langsung = SKP.objects.filter(pegawai__atasan=saya).select_related("pegawai", "periode")
    return {
        "pegawai": saya,
        "skp_saya": skp_saya,
        "menunggu": bawahan_langsung.filter(
            status__in=[SKP.Status.DIAJUKAN, SKP.Status.DISETUJUI, SKP.Status.DINILAI]
        ),
        "bawahan": bawahan_langsung,
        "belum_tertaut": RencanaHasilKerja.objects.filter(
            skp__pegawai=saya, rhk_atasan__isnull=True
        )
        .exclude(skp__status=SKP.Status.FINAL)
        .select_related("skp__periode")
        if saya.atasan_id
        else RencanaHasilKerja.objects.none(),
        "periode": periode_aktif(),
        "punya_skp_berjalan": skp_saya.filter(periode__aktif=True).exists(),
    }


# --- unit dashboard and public aggregates ---------------------------------------------------


def unit_terlihat(user) -> QuerySet[UnitKerja]:
    """Units whose dashboard the user may open: for Admin Kepegawaian all (global) or those in
    its scope; for an appraiser also the units of the employees below them. (The dashboard's
    rows are the SKPs the user may see, ``skp_terlihat``, whichever way the unit was reached.)"""
    syarat: list[Q] = []
    if adalah_admin_kepegawaian(user):
        lingkup = id_unit_lingkup(user)
        if lingkup is None:
            return UnitKerja.objects.all()
        syarat.append(Q(pk__in=lingkup))
    saya = pegawai_dari(user)
    bawahan = id_bawahan(saya) if saya is not None else set()
    if bawahan:
        syarat.append(Q(pk__in=Pegawai.objects.filter(pk__in=bawahan).values("unit_id")))
    return UnitKerja.objects.filter(reduce(or_, syarat)) if syarat else UnitKerja.objects.none()


def unit_untuk(user, kode: str) -> UnitKerja:
    try:
        return unit_terlihat(user).get(kode=kode)
    except UnitKerja.DoesNotExist:
        raise Http404 from None


def ringkasan_unit(user, unit: UnitKerja, periode: Periode | None) -> dict:
    """SKP statuses and the predikat distribution of a unit, with the curve's warnings."""
    # The unit's employees as a subquery (not a join on pegawai.unit_id): the SKPs are then
    # looked up per employee through the unique index (pegawai_id, periode_id) instead of
    # reading every SKP of the period, which SQLite without statistics otherwise does.
    skp = skp_terlihat(user).filter(pegawai__in=Pegawai.objects.filter(unit=unit).values("pk"))
    if periode:
        skp = skp.filter(periode=periode)
    # Counted by the database (one GROUP BY each), not by loading a row per employee.
    status = dict(
        skp.order_by().values("status").annotate(n=Count("pk")).values_list("status", "n")
    )
    # "Final" is a filter of the count, not of the WHERE clause: the planner then reaches the
    # evaluations through the unit's SKPs (unique index skp_id, periode_evaluasi). With
    # status in the WHERE clause, SQLite without statistics prefers the index evaluasi(status,
    # periode_evaluasi, diubah) and reads every final evaluation of every unit (9 ms at 10k).
    predikat = {
        p: n
        for p, n in Evaluasi.objects.filter(
            skp__in=skp.order_by().values("pk"), periode_evaluasi=PeriodeEvaluasi.TAHUNAN
        )
        .order_by()
        .values("predikat")
        .annotate(n=Count("pk", filter=Q(status=Evaluasi.Status.FINAL)))
        .values_list("predikat", "n")
        if n
    }
    capaian = CapaianOrganisasi.objects.filter(unit=unit, periode=periode).first()
    distribusi = None
    if capaian and predikat:
        distribusi = mesin.cek_distribusi(
            mesin.CapaianOrganisasi(capaian.capaian),
            [mesin.Predikat(p) for p, n in predikat.items() if p for _ in range(n)],
        )
    return {
        # The primary key breaks ties between namesakes, so pages of the table never overlap.
        "skp": skp.order_by("pegawai__nama", "pk"),
        "status": [(s.label, status.get(s.value, 0)) for s in SKP.Status],
        "predikat": [(p.label, predikat.get(p.value, 0)) for p in Predikat],
        "capaian": capaian,
        "distribusi": distribusi,
        # The same counts against the curve of the unit's capaian, for the chart and its table.
        "kurva": sebaran_kurva(predikat, capaian.capaian if capaian else None),
    }


def saring_skp(skp: QuerySet[SKP], *, status: str = "", cari: str = "") -> QuerySet[SKP]:
    """The SKPs of one status (all when empty) whose employee's name contains ``cari`` or whose
    NIP starts with it (all when empty), with only what the unit table shows loaded."""
    if status:
        skp = skp.filter(status=status)
    if cari:
        skp = skp.filter(Q(pegawai__nama__icontains=cari) | Q(pegawai__nip__startswith=cari))
    return (
        skp.select_related(None)
        .select_related("pegawai")
        .only("pk", "status", "pegawai__nama", "pegawai__nip", "pegawai__jabatan")
    )


def transparansi_halaman(tahun: int | None) -> dict:
    """What the public transparency page shows: every period (for the picker), the chosen one
    (by year; without a year the latest period in which some unit's published figures are
    shown, then the latest published one, since the running period is never published; else
    the running period) and the published rows of each unit."""
    # A unit's figures are shown when its newest snapshot of the period counts enough people.
    lebih_baru = TransparansiTerbit.objects.filter(
        periode=OuterRef("periode"), unit=OuterRef("unit")
    ).filter(
        Q(diterbitkan__gt=OuterRef("diterbitkan"))
        | Q(diterbitkan=OuterRef("diterbitkan"), pk__gt=OuterRef("pk"))
    )
    semua = list(
        Periode.objects.annotate(
            # The kecamatan office's capaian kinerja organisasi picks the curve the kecamatan
            # aggregate is drawn against (an organisation's figure, not a person's).
            capaian_kecamatan=Subquery(
                CapaianOrganisasi.objects.filter(
                    periode=OuterRef("pk"),
                    unit__induk__isnull=True,
                    unit__jenis=UnitKerja.Jenis.KECAMATAN,
                ).values("capaian")[:1]
            ),
            terbit=Exists(TransparansiTerbit.objects.filter(periode=OuterRef("pk"))),
            ada_tampil=Exists(
                TransparansiTerbit.objects.filter(
                    periode=OuterRef("pk"), jumlah__gte=AMBANG_TRANSPARANSI
                ).exclude(Exists(lebih_baru))
            ),
        )
    )
    periode, tertahan = None, []
    if tahun is not None:
        periode = next((p for p in semua if p.tahun == tahun), None)
    else:
        periode = next((p for p in semua if p.ada_tampil), None)
        if periode is None:
            periode = next((p for p in semua if p.terbit), None)
        else:
            # Newer published periods where every unit is withheld: named on the page, so the
            # year shown is not taken for the latest publication.
            tertahan = [p for p in semua if p.terbit and p.tahun > periode.tahun]
    if periode is None:
        periode = next((p for p in semua if p.aktif), None)
    baris = transparansi(periode)
    capaian = getattr(periode, "capaian_kecamatan", None)
    kurva = kurva_transparansi(baris, capaian)
    return {
        "periode": periode,
        "periode_tertahan": tertahan,
        "semua_periode": semua,
        "baris": baris,
        "kurva": kurva,
        "kunci_tampilan": kunci_tampilan_transparansi(baris, capaian),
    }


def kurva_transparansi(baris: list[dict], capaian: str | None) -> SebaranKurva | None:
    """The kecamatan aggregate of a period's published rows against the curve: only the units
    shown (at least ``AMBANG_TRANSPARANSI`` counted) contribute, so the sum holds nothing the
    rows do not already show. ``None`` when no unit is shown."""
    tampil = [b for b in baris if b["tampil"]]
    if not tampil:
        return None
    return sebaran_kurva(jumlahkan(b["jumlah_predikat"].items() for b in tampil), capaian)


#: Bump when templates/penilaian/transparansi.html changes what it shows of the rows, so a
#: shared cache drops fragments rendered by the old template.
VERSI_TAMPILAN_TRANSPARANSI = 3

#: Lifetime of the rendered rows in the fragment cache; the key changes with what they show.
CACHE_TRANSPARANSI_DETIK = 600


def kunci_tampilan_transparansi(baris: list[dict], capaian: str | None = None) -> str:
    """A hash of everything the rows show (unit, date, count, means, predikat counts) and of
    the kecamatan's capaian that picks the aggregate chart's curve: the key of the rendered
    rows in the template's fragment cache. Equal rows render equal HTML in one language, so
    the cached fragment is never stale, and it holds only public numbers."""
    isi = [
        (
            b["unit"].pk,
            b["unit"].nama,
            b["diterbitkan"],
            b["jumlah"],
            b["tampil"],
            b.get("aspek"),
            [n for _, n in b.get("predikat", [])],
        )
        for b in baris
    ]
    mentah = json.dumps(
        [VERSI_TAMPILAN_TRANSPARANSI, AMBANG_TRANSPARANSI, capaian, isi], cls=DjangoJSONEncoder
    )
    return hashlib.sha256(mentah.encode()).hexdigest()[:32]


def terbitan_terkini(periode: Periode) -> dict[int, TransparansiTerbit]:
    """The latest published snapshot of each unit of a period, by unit id."""
    terkini: dict[int, TransparansiTerbit] = {}
    for t in TransparansiTerbit.objects.filter(periode=periode).select_related("unit"):
        terkini.setdefault(t.unit_id, t)  # Meta.ordering puts the newest of a unit first
    return terkini


def transparansi(periode: Periode | None) -> list[dict]:
    """Per unit, the latest published aggregates of a period (never the live evaluations, see
    ``services.transparansi_terbitkan``): count, mean capaian per aspect and predikat counts;
    a unit with fewer than ``AMBANG_TRANSPARANSI`` employees counted is withheld."""
    if periode is None:
        return []
    hasil = []
    terkini = terbitan_terkini(periode).values()
    for t in sorted(terkini, key=lambda t: (t.unit.nama, t.unit_id)):
        baris = {
            "unit": t.unit,
            "diterbitkan": t.diterbitkan,
            "jumlah": t.jumlah,
            "tampil": t.jumlah >= AMBANG_TRANSPARANSI,
        }
        if baris["tampil"]:
            baris["aspek"] = [(a, Decimal(v) if v is not None else None) for a, v in t.aspek]
            baris["predikat"] = [(p.label, t.predikat.get(p.value, 0)) for p in Predikat]
            baris["jumlah_predikat"] = {p.value: t.predikat.get(p.value, 0) for p in Predikat}
        hasil.append(baris)
    return hasil
