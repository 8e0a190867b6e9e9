"""Reads for the trainers' gradebook: who the participants are (anyone with an enrolment, a quiz
attempt or a simulator attempt), one participant's courses, quizzes and simulator attempts,
and the essay marking queue. Every list goes through the trainer's unit scope
(``penilaian.akses.saring_lingkup`` / ``saring_peserta``): a scoped trainer sees only participants whose employee
record is in their units; a participant without one is seen by unscoped trainers only."""

from dataclasses import dataclass
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db.models import Count, Exists, OuterRef, Q, QuerySet

from kursus.models import Pendaftaran
from kursus.selectors import StatusKursus, bersihkan_kueri, kursus_saya
from penilaian.akses import saring_lingkup, saring_peserta, turunan_unit
from penilaian.ekspor import ya_tidak
from penilaian.models import UnitKerja
from simulasi.models import PercobaanSimulasi

from . import selectors
from .models import JawabanPeserta, JenisSoal, Kuis, PercobaanKuis, PerpanjanganKuis


def peserta_qs(pelatih) -> QuerySet:
    """Every participant the trainer may see: users with any learning activity, in scope."""
    User = get_user_model()
    qs = User.objects.filter(
        Exists(Pendaftaran.objects.filter(user=OuterRef("pk")))
        | Exists(PercobaanKuis.objects.filter(user=OuterRef("pk")))
        | Exists(PercobaanSimulasi.objects.filter(pengguna=OuterRef("pk")))
    )
    return saring_lingkup(pelatih, qs, medan="pegawai__unit")


def cari_peserta(*, pelatih, q: str = "") -> QuerySet:
    """Participants by name, NIP or user name (the term cleaned like the site search)."""
    qs = peserta_qs(pelatih).select_related("pegawai__unit")
    for kata in bersihkan_kueri(q).split():
        qs = qs.filter(
            Q(username__icontains=kata)
            | Q(first_name__icontains=kata)
            | Q(last_name__icontains=kata)
            | Q(pegawai__nip__icontains=kata)
            | Q(pegawai__nama__icontains=kata)
        )
    return qs.order_by("username")


def peserta_atau_none(*, pelatih, pk: int):
    return peserta_qs(pelatih).select_related("pegawai__unit").filter(pk=pk).first()


def percobaan_untuk_pelatih(*, pelatih, pk: int) -> PercobaanKuis | None:
    """A submitted (or voided) attempt of a participant in the trainer's scope; a running one
    is the participant's own business until it is submitted."""
    qs = PercobaanKuis.objects.select_related("kuis", "user__pegawai__unit").exclude(
        status=PercobaanKuis.Status.BERJALAN
    )
    return saring_peserta(pelatih, qs).filter(pk=pk).first()


@dataclass
class BukuNilai:
    peserta: object
    kursus: list[StatusKursus]
    kuis: list[selectors.HasilKuis]
    simulasi: list[PercobaanSimulasi]


def buku_nilai(peserta) -> BukuNilai:
    """One participant's courses (progress, completion, certificate), quizzes (grade by the
    quiz's method, every attempt, the extension) and simulator attempts, newest first."""
    id_kuis = set(
        PercobaanKuis.objects.filter(user=peserta).values_list("kuis_id", flat=True)
    ) | set(PerpanjanganKuis.objects.filter(user=peserta).values_list("kuis_id", flat=True))
    kuis = list(Kuis.objects.filter(pk__in=id_kuis).order_by("judul"))
    hasil = selectors.hasil_peserta_banyak(kuis=kuis, user=peserta)
    return BukuNilai(
        peserta=peserta,
        kursus=kursus_saya(user=peserta),
        kuis=[hasil[k.pk] for k in kuis],
        simulasi=list(
            PercobaanSimulasi.objects.filter(pengguna=peserta)
            .select_related("kasus")
            .order_by("-dibuat", "-pk")
        ),
    )


KOLOM_BUKU_NILAI = (
    "bagian",
    "judul",
    "percobaan_ke",
    "status",
    "waktu",
    "nilai",
    "lulus",
    "keterangan",
)


def _waktu(w) -> str:
    return w.isoformat(timespec="seconds") if w else ""


def baris_buku_nilai(buku: BukuNilai) -> list[list]:
    """The gradebook as rows for CSV/XLSX (cells pass through ``sel_aman`` when written)."""
    baris: list[list] = []
    for s in buku.kursus:
        p = s.pendaftaran
        sertifikat = getattr(p, "sertifikat", None) if p and p.selesai_pada else None
        baris.append(
            [
                "kursus",
                s.kursus.title,
                "",
                "selesai" if p and p.selesai_pada else "berjalan",
                _waktu(p.didaftarkan_pada if p else None),
                Decimal(s.persen),
                "",
                f"{s.jumlah_selesai}/{s.jumlah} pelajaran"
                + (f"; sertifikat {sertifikat.kode}" if sertifikat else ""),
            ]
        )
    for h in buku.kuis:
        baris.append(
            [
                "kuis",
                h.kuis.judul,
                "",
                "nilai akhir",
                "",
                h.nilai,
                ya_tidak(h.lulus),
                h.kuis.get_metode_nilai_display(),
            ]
        )
        for p in h.percobaan:
            baris.append(
                [
                    "percobaan kuis",
                    h.kuis.judul,
                    p.nomor,
                    p.get_status_display(),
                    _waktu(p.diserahkan_pada or p.dimulai_pada),
                    p.persen,
                    ya_tidak(p.lulus),
                    "",
                ]
            )
    for p in buku.simulasi:
        baris.append(
            [
                "simulasi",
                p.kasus.judul,
                "",
                p.predikat,
                _waktu(p.dibuat),
                p.skor,
                "",
                f"kualitas indikator {p.skor_kualitas}; cakupan aspek {p.skor_cakupan}",
            ]
        )
    return baris


def antrean_esai(*, pelatih, kuis_id: int | None = None, unit_id: int | None = None):
    """Essays awaiting marking in the trainer's scope, oldest submission first, optionally of
    one quiz and/or of participants in one unit or the units below it."""
    qs = saring_peserta(pelatih, selectors.esai_menunggu(), "percobaan__user")
    if kuis_id:
        qs = qs.filter(percobaan__kuis_id=kuis_id)
    if unit_id:
        qs = qs.filter(percobaan__user__pegawai__unit_id__in=turunan_unit({unit_id}))
    return qs.select_related("percobaan__user__pegawai__unit")


def hitungan_antrean(*, pelatih) -> tuple[list[tuple[Kuis, int]], list[tuple[UnitKerja, int]]]:
    """How many essays wait, per quiz and per participants' unit (in the trainer's scope)."""
    qs = antrean_esai(pelatih=pelatih)
    per_kuis = dict(
        qs.order_by()
        .values_list("percobaan__kuis_id")
        .annotate(n=Count("pk"))
        .values_list("percobaan__kuis_id", "n")
    )
    per_unit = dict(
        qs.order_by()
        .exclude(percobaan__user__pegawai__unit_id=None)
        .values_list("percobaan__user__pegawai__unit_id")
        .annotate(n=Count("pk"))
        .values_list("percobaan__user__pegawai__unit_id", "n")
    )
    kuis = Kuis.objects.filter(pk__in=per_kuis).order_by("judul")
    unit = UnitKerja.objects.filter(pk__in=per_unit).order_by("nama")
    return [(k, per_kuis[k.pk]) for k in kuis], [(u, per_unit[u.pk]) for u in unit]


def jawaban_esai_untuk_pelatih(*, pelatih, pk: int) -> JawabanPeserta | None:
    """An essay answer of a submitted, not voided attempt in the trainer's scope."""
    qs = JawabanPeserta.objects.select_related("soal", "percobaan__kuis", "percobaan__user").filter(
        pk=pk, soal__jenis=JenisSoal.ESAI
    )
    qs = qs.exclude(
        percobaan__status__in=(PercobaanKuis.Status.BERJALAN, PercobaanKuis.Status.DIBATALKAN)
    )
    return saring_peserta(pelatih, qs, "percobaan__user").first()
