"""Writes for quizzes: start an attempt, save an answer, submit (idempotent), expire, and mark
essays. Every write that changes a participant's result re-checks course completion."""

import random
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.db.models import Prefetch
from django.utils import timezone
from wagtail.log_actions import log

from penilaian.peristiwa import umumkan

from ..peristiwa import esai_dinilai
from . import penilaian, selectors
from .models import (
    JawabanPeserta,
    JenisSoal,
    Kuis,
    PasanganJodoh,
    PembatalanPercobaan,
    PercobaanKuis,
    PerpanjanganKuis,
    PilihanJawaban,
    RiwayatNilaiEsai,
    SlotAcak,
    Soal,
    SoalPercobaan,
)


class KuisTidakBisaDimulai(Exception):
    """A new attempt may not start; the message says why, in Indonesian."""


class PercobaanSudahDiserahkan(Exception):
    """The attempt is no longer open (submitted, or closed when its time ran out)."""


class JawabanTerkunci(Exception):
    """Feedback for this question was shown; the answer can no longer change."""


class NilaiTidakSah(Exception):
    """An essay mark outside the rubric's range."""


class PercobaanDibatalkan(Exception):
    """The attempt was voided by a trainer; it can no longer be voided again or marked."""


class PerpanjanganTidakSah(Exception):
    """An extension that extends nothing; ``galat`` maps form fields to Indonesian messages."""

    def __init__(self, galat: dict[str, str]):
        super().__init__(galat)
        self.galat = galat


#: Audit-log actions of the trainer tools (registered in wagtail_hooks, shown in the quiz's
#: and the question's "Riwayat" and in the site history report).
AKSI_BATALKAN = "kursus.kuis.batalkan_percobaan"
AKSI_PERPANJANG = "kursus.kuis.perpanjangan"
AKSI_NILAI_ULANG = "kursus.kuis.nilai_ulang"


def kandidat_slot(slot: SlotAcak, *, kecuali=()) -> list[int]:
    """The questions a random slot may draw: those of its category (and subcategories when
    included), minus ``kecuali`` (the quiz's own pool and what earlier slots drew)."""
    return list(
        Soal.objects.filter(kategori_id__in=slot.kategori_ids())
        .exclude(pk__in=list(kecuali))
        .order_by("pk")
        .values_list("pk", flat=True)
    )


def _undi_soal(kuis: Kuis, acak: random.Random) -> list[tuple[int, SlotAcak | None]]:
    """The paper as (question id, slot): the pool in its order, shuffled when the quiz says so;
    when a maximum is set, that many questions drawn at random from the pool (kept in pool order
    unless random). Then each random slot's questions, drawn from its category without repeating
    a question already on the paper. A slot whose category no longer has enough questions stops
    the start (the maximum score would otherwise differ between attempts)."""
    kumpulan = list(kuis.soal_kuis.order_by("sort_order", "pk").values_list("soal_id", flat=True))
    if kuis.maks_soal and kuis.maks_soal < len(kumpulan):
        terpilih = set(acak.sample(kumpulan, kuis.maks_soal))
        kumpulan = [i for i in kumpulan if i in terpilih]
    kertas: list[tuple[int, SlotAcak | None]] = [(i, None) for i in kumpulan]
    dipakai = set(kuis.soal_kuis.values_list("soal_id", flat=True))
    for slot in kuis.slot_acak.select_related("kategori").order_by("sort_order", "pk"):
        kandidat = kandidat_slot(slot, kecuali=dipakai)
        if len(kandidat) < slot.jumlah:
            raise KuisTidakBisaDimulai(
                f"Kuis ini belum bisa dimulai: kategori '{slot.kategori}' hanya memiliki "
                f"{len(kandidat)} soal yang bisa diundi, padahal diminta {slot.jumlah}. "
                "Beri tahu pelatih."
            )
        terundi = acak.sample(kandidat, slot.jumlah)
        dipakai.update(terundi)
        kertas += [(i, slot) for i in terundi]
    if kuis.urutan_acak:
        acak.shuffle(kertas)
    return kertas


def _urutan_pilihan(kuis: Kuis, soal: Soal, acak: random.Random) -> list[int]:
    """The order this attempt shows the question's options in, drawn once: choices when the
    quiz shuffles them; a matching question's answer list always (in editor order it would
    follow the premises and give the key away)."""
    if soal.jenis == JenisSoal.MENJODOHKAN:
        urutan = [p.pk for p in selectors.opsi_jodoh(soal)]
    elif kuis.acak_pilihan and soal.jenis in (JenisSoal.TUNGGAL, JenisSoal.GANDA):
        urutan = [p.pk for p in soal.pilihan.all()]
    else:
        return []
    acak.shuffle(urutan)
    return urutan


def _buat_kertas(percobaan: PercobaanKuis, kertas, acak: random.Random) -> None:
    soal = Soal.objects.prefetch_related(
        Prefetch("pilihan", queryset=PilihanJawaban.objects.order_by("sort_order", "pk")),
        Prefetch("pasangan", queryset=PasanganJodoh.objects.order_by("sort_order", "pk")),
    ).in_bulk([i for i, _ in kertas])
    SoalPercobaan.objects.bulk_create(
        SoalPercobaan(
            percobaan=percobaan,
            soal_id=i,
            nomor=nomor,
            slot=slot,
            bobot=slot.bobot if slot is not None else soal[i].bobot,
            urutan_pilihan=_urutan_pilihan(percobaan.kuis, soal[i], acak),
        )
        for nomor, (i, slot) in enumerate(kertas, start=1)
    )


@transaction.atomic
def percobaan_mulai(*, user, kuis: Kuis, sekarang=None, acak: random.Random | None = None):
    """Resume the open attempt, or start a new one if the quiz allows it."""
    sekarang = sekarang or timezone.now()
    terbuka = selectors.percobaan_berjalan(kuis=kuis, user=user)
    if terbuka is not None:
        terbuka = percobaan_periksa_waktu(percobaan=terbuka, sekarang=sekarang)
        if terbuka.status == PercobaanKuis.Status.BERJALAN:
            return terbuka
    alasan = selectors.alasan_tidak_bisa_mulai(kuis=kuis, user=user, sekarang=sekarang)
    if alasan:
        raise KuisTidakBisaDimulai(alasan)
    acak = acak or random.SystemRandom()
    kertas = _undi_soal(kuis, acak)
    if not kertas:
        raise KuisTidakBisaDimulai("Kuis ini belum memiliki soal.")
    tenggat = _tenggat(kuis, selectors.aturan_peserta(kuis=kuis, user=user), sekarang)
    bobot_soal = dict(Soal.objects.filter(pk__in=[i for i, _ in kertas]).values_list("pk", "bobot"))
    bobot = sum(
        (slot.bobot if slot is not None else bobot_soal[i] for i, slot in kertas), Decimal(0)
    )
    nomor = PercobaanKuis.objects.filter(kuis=kuis, user=user).count() + 1
    try:
        with transaction.atomic():
            percobaan = PercobaanKuis.objects.create(
                user=user,
                kuis=kuis,
                nomor=nomor,
                dimulai_pada=sekarang,
                tenggat=tenggat,
                urutan_soal=[i for i, _ in kertas],
                skor_maks=bobot,
            )
            _buat_kertas(percobaan, kertas, acak)
            return percobaan
    except IntegrityError:
        # A concurrent request (double click) started it first: resume that one.
        ada = selectors.percobaan_berjalan(kuis=kuis, user=user)
        if ada is None:
            raise
        return ada


def _tenggat(kuis: Kuis, aturan: selectors.AturanPeserta, dimulai):
    """An attempt's deadline: the time limit from its start, cut at the closing time that
    applies to the participant (a trainer's extension moves it)."""
    tenggat = dimulai + kuis.batas_waktu if kuis.batas_waktu else None
    if aturan.ditutup_pada and (tenggat is None or aturan.ditutup_pada < tenggat):
        tenggat = aturan.ditutup_pada
    return tenggat


def _kunci_baris(percobaan: PercobaanKuis) -> PercobaanKuis:
    return PercobaanKuis.objects.select_for_update().select_related("kuis").get(pk=percobaan.pk)


@transaction.atomic
def percobaan_periksa_waktu(*, percobaan: PercobaanKuis, sekarang=None) -> PercobaanKuis:
    """Submit an open attempt whose time is up (what was answered counts). Called on every
    request that touches the attempt and by the ``tutup_kuis_kedaluwarsa`` command."""
    sekarang = sekarang or timezone.now()
    if (
        percobaan.status == PercobaanKuis.Status.BERJALAN
        and percobaan.tenggat is not None
        and sekarang >= percobaan.tenggat
    ):
        return percobaan_serahkan(percobaan=percobaan, habis_waktu=True, sekarang=sekarang)
    return percobaan


def jawaban_simpan(
    *,
    percobaan: PercobaanKuis,
    soal_id: int,
    pilihan: list[int] | None = None,
    teks: str = "",
    jodoh: dict[int, int] | None = None,
    sekarang=None,
) -> JawabanPeserta:
    """Save (or replace) the answer to one question as soon as it is given. An answer that
    arrives after the time is up is refused, and the attempt is submitted (committed before
    the refusal is raised)."""
    percobaan = percobaan_periksa_waktu(percobaan=percobaan, sekarang=sekarang)
    if percobaan.status != PercobaanKuis.Status.BERJALAN:
        raise PercobaanSudahDiserahkan
    return _jawaban_simpan(
        percobaan=percobaan, soal_id=soal_id, pilihan=pilihan, teks=teks, jodoh=jodoh
    )


@transaction.atomic
def _jawaban_simpan(*, percobaan, soal_id, pilihan, teks, jodoh=None) -> JawabanPeserta:
    percobaan = _kunci_baris(percobaan)
    if percobaan.status != PercobaanKuis.Status.BERJALAN:
        raise PercobaanSudahDiserahkan
    if soal_id not in percobaan.urutan_soal:
        raise Soal.DoesNotExist
    soal = Soal.objects.prefetch_related("pilihan", "pasangan").get(pk=soal_id)
    jawaban = JawabanPeserta.objects.filter(percobaan=percobaan, soal=soal).first()
    if jawaban is not None and jawaban.dikunci:
        raise JawabanTerkunci
    jawaban = jawaban or JawabanPeserta(percobaan=percobaan, soal=soal)
    sah = {p.pk for p in soal.pilihan.all()}
    jawaban.pilihan = sorted({int(i) for i in (pilihan or []) if int(i) in sah})
    if soal.jenis == JenisSoal.TUNGGAL:
        jawaban.pilihan = jawaban.pilihan[:1]
    jawaban.teks = (teks or "").strip()[:10_000]
    # Matching: only this question's premises and answers are kept (ids as the form posts them).
    premis = {p.pk for p in selectors.premis_jodoh(soal)}
    opsi = {p.pk for p in soal.pasangan.all()}
    jawaban.jodoh = {
        str(int(p)): int(j)
        for p, j in (jodoh or {}).items()
        if int(p) in premis and j is not None and int(j) in opsi
    }
    if not percobaan.kuis.jawaban_di_akhir:
        # Feedback after each question: score now and lock, so the shown key cannot be used.
        jawaban.nilai = penilaian.nilai(
            selectors.kunci_butir(percobaan, soal), selectors.jawaban_ke_penilaian(jawaban)
        )
        jawaban.dikunci = True
    jawaban.save()
    return jawaban


def terapkan_hasil(percobaan: PercobaanKuis, hasil: penilaian.HasilPercobaan) -> None:
    """Put a computed total on the attempt (not saved); an attempt with an unmarked essay
    waits for the trainer."""
    percobaan.skor = hasil.skor
    percobaan.persen = hasil.persen
    percobaan.lulus = hasil.lulus
    percobaan.status = (
        PercobaanKuis.Status.SELESAI if hasil.selesai else PercobaanKuis.Status.MENUNGGU_PENILAIAN
    )


def _hitung_ulang(percobaan: PercobaanKuis) -> None:
    """Total, percentage and pass/fail from the stored answer points."""
    nilai = list(percobaan.jawaban.values_list("nilai", flat=True))
    terapkan_hasil(
        percobaan,
        penilaian.hasil_percobaan(nilai, percobaan.skor_maks, percobaan.kuis.nilai_lulus),
    )


@transaction.atomic
def percobaan_serahkan(
    *, percobaan: PercobaanKuis, habis_waktu: bool = False, sekarang=None
) -> PercobaanKuis:
    """Submit the attempt. Idempotent: the row is locked and a second submit of an attempt
    that is no longer open returns it unchanged."""
    sekarang = sekarang or timezone.now()
    percobaan = _kunci_baris(percobaan)
    if percobaan.status != PercobaanKuis.Status.BERJALAN:
        return percobaan
    if not habis_waktu and percobaan.tenggat is not None and sekarang >= percobaan.tenggat:
        habis_waktu = True
    soal = {s.pk: s for s in selectors.soal_percobaan(percobaan)}
    for jawaban in percobaan.jawaban.all():
        s = soal.get(jawaban.soal_id)
        if s is None or jawaban.dikunci:
            continue
        if s.jenis == JenisSoal.ESAI and not jawaban.teks:
            jawaban.nilai = Decimal(0)  # a blank essay needs no marking
        else:
            jawaban.nilai = penilaian.nilai(
                selectors.kunci_butir(percobaan, s), selectors.jawaban_ke_penilaian(jawaban)
            )
        jawaban.save(update_fields=["nilai"])
    percobaan.diserahkan_pada = sekarang
    percobaan.habis_waktu = habis_waktu
    _hitung_ulang(percobaan)
    percobaan.save()
    if (
        not percobaan.kuis.simpan_lembar_jawaban
        and percobaan.status == PercobaanKuis.Status.SELESAI
    ):
        percobaan.jawaban.all().delete()
    perbarui_kursus(percobaan)
    return percobaan


@transaction.atomic
def jawaban_nilai_esai(
    *, jawaban: JawabanPeserta, nilai_rubrik: list[Decimal], komentar: str, penilai
) -> JawabanPeserta:
    """A trainer marks (or re-marks) an essay against its rubric; the attempt, the participant's
    result and course completion follow, and a ``RiwayatNilaiEsai`` row keeps who changed what."""
    percobaan = _kunci_baris(jawaban.percobaan)
    if percobaan.status == PercobaanKuis.Status.DIBATALKAN:
        raise PercobaanDibatalkan
    jawaban = JawabanPeserta.objects.select_related("soal").get(pk=jawaban.pk)
    rubrik = [maks for maks, _ in penilaian.baca_rubrik(jawaban.soal.rubrik)]
    if len(nilai_rubrik) != len(rubrik) or any(
        n < 0 or n > maks for n, maks in zip(nilai_rubrik, rubrik, strict=True)
    ):
        raise NilaiTidakSah
    lama = {
        "nilai_lama": jawaban.nilai if jawaban.dinilai_pada else None,
        "rubrik_lama": list(jawaban.nilai_rubrik),
        "komentar_lama": jawaban.komentar,
    }
    jawaban.nilai_rubrik = [str(n) for n in nilai_rubrik]
    jawaban.nilai = penilaian.nilai(
        selectors.kunci_butir(percobaan, jawaban.soal), selectors.jawaban_ke_penilaian(jawaban)
    )
    jawaban.komentar = komentar.strip()
    jawaban.dinilai_oleh = penilai
    jawaban.dinilai_pada = timezone.now()
    jawaban.save()
    RiwayatNilaiEsai.objects.create(
        jawaban=jawaban,
        penilai=penilai,
        nilai_baru=jawaban.nilai,
        rubrik_baru=jawaban.nilai_rubrik,
        komentar_baru=jawaban.komentar,
        **lama,
    )
    if percobaan.status != PercobaanKuis.Status.BERJALAN:
        _hitung_ulang(percobaan)
        percobaan.save()
        perbarui_kursus(percobaan)
    umumkan(esai_dinilai, JawabanPeserta, jawaban=jawaban, oleh=penilai)
    return jawaban


def _teks_angka(nilai) -> str | None:
    return None if nilai is None else str(nilai)


def data_peserta(user) -> dict:
    """Who the participant is, as an audit entry keeps it (the account may change later)."""
    return {"peserta_id": user.pk, "peserta": user.get_username(), "nama": user.get_full_name()}


@transaction.atomic
def percobaan_batalkan(*, percobaan: PercobaanKuis, alasan: str, oleh) -> PercobaanKuis:
    """Void an attempt so the participant may try again: it stays with its answers and a
    ``PembatalanPercobaan`` row (who, when, why, the result it had), stops counting for the
    grade and the attempt limit, and the audit log on the quiz records it. Course completion
    is checked again (another attempt may now be the one that counts); an issued certificate
    stays (the application's policy, docs/kuis.md)."""
    alasan = (alasan or "").strip()
    if not alasan:
        raise ValueError("alasan")
    percobaan = _kunci_baris(percobaan)
    if percobaan.status == PercobaanKuis.Status.DIBATALKAN:
        raise PercobaanDibatalkan
    PembatalanPercobaan.objects.create(
        percobaan=percobaan,
        oleh=oleh,
        alasan=alasan,
        status_lama=percobaan.status,
        skor_lama=percobaan.skor,
        persen_lama=percobaan.persen,
        lulus_lama=percobaan.lulus,
    )
    status_lama = percobaan.status
    percobaan.status = PercobaanKuis.Status.DIBATALKAN
    percobaan.save(update_fields=["status"])
    log(
        instance=percobaan.kuis,
        action=AKSI_BATALKAN,
        user=oleh,
        data=data_peserta(percobaan.user)
        | {
            "percobaan_id": percobaan.pk,
            "nomor": percobaan.nomor,
            "status_lama": status_lama,
            "persen_lama": _teks_angka(percobaan.persen),
            "alasan": alasan,
        },
    )
    perbarui_kursus(percobaan)
    return percobaan


def periksa_perpanjangan(
    *, kuis: Kuis, ditutup_pada, batas_percobaan: int | None, sekarang=None
) -> dict[str, str]:
    """What is wrong with an extension, as {field: Indonesian message}; empty when valid.
    An extension must extend: a later closing time (in the future, after the quiz opens and
    after its own closing time) and/or more attempts than the quiz allows."""
    sekarang = sekarang or timezone.now()
    galat: dict[str, str] = {}
    if ditutup_pada is None and batas_percobaan is None:
        galat["__all__"] = "Isi waktu tutup baru, batas percobaan baru, atau keduanya."
    if ditutup_pada is not None:
        if ditutup_pada <= sekarang:
            galat["ditutup_pada"] = "Waktu tutup baru harus di masa depan."
        elif kuis.ditutup_pada and ditutup_pada <= kuis.ditutup_pada:
            galat["ditutup_pada"] = "Waktu tutup baru harus sesudah waktu tutup kuis."
        elif kuis.dibuka_pada and ditutup_pada <= kuis.dibuka_pada:
            galat["ditutup_pada"] = "Waktu tutup baru harus sesudah waktu buka kuis."
    if batas_percobaan is not None:
        batas_kuis = kuis.batas_percobaan_efektif
        if not batas_kuis:
            galat["batas_percobaan"] = "Kuis ini tidak membatasi jumlah percobaan."
        elif batas_percobaan <= batas_kuis:
            galat["batas_percobaan"] = (
                f"Batas percobaan baru harus lebih dari batas kuis ({batas_kuis})."
            )
    return galat


@transaction.atomic
def perpanjangan_simpan(
    *, kuis: Kuis, peserta, ditutup_pada, batas_percobaan: int | None, alasan: str, oleh
) -> PerpanjanganKuis:
    """Give one participant a later closing time and/or more attempts (replacing an earlier
    extension for the same quiz), with the reason; audited on the quiz. A running attempt's
    deadline follows the new closing time (an attempt already past it is submitted first)."""
    alasan = (alasan or "").strip()
    galat = periksa_perpanjangan(
        kuis=kuis, ditutup_pada=ditutup_pada, batas_percobaan=batas_percobaan
    )
    if not alasan:
        galat["alasan"] = "Tulis alasan perpanjangan."
    if galat:
        raise PerpanjanganTidakSah(galat)
    lama = PerpanjanganKuis.objects.select_for_update().filter(kuis=kuis, user=peserta).first()
    sebelumnya = (
        {
            "ditutup_pada_lama": lama.ditutup_pada.isoformat() if lama.ditutup_pada else None,
            "batas_percobaan_lama": lama.batas_percobaan,
        }
        if lama
        else {}
    )
    perpanjangan, _ = PerpanjanganKuis.objects.update_or_create(
        kuis=kuis,
        user=peserta,
        defaults={
            "ditutup_pada": ditutup_pada,
            "batas_percobaan": batas_percobaan,
            "alasan": alasan,
            "oleh": oleh,
        },
    )
    berjalan = selectors.percobaan_berjalan(kuis=kuis, user=peserta)
    if berjalan is not None:
        berjalan = percobaan_periksa_waktu(percobaan=berjalan)
        if berjalan.status == PercobaanKuis.Status.BERJALAN:
            berjalan.tenggat = _tenggat(
                kuis, selectors.aturan_dari(kuis, perpanjangan), berjalan.dimulai_pada
            )
            berjalan.save(update_fields=["tenggat"])
    log(
        instance=kuis,
        action=AKSI_PERPANJANG,
        user=oleh,
        data=data_peserta(peserta)
        | sebelumnya
        | {
            "ditutup_pada": ditutup_pada.isoformat() if ditutup_pada else None,
            "batas_percobaan": batas_percobaan,
            "alasan": alasan,
        },
    )
    return perpanjangan


def tutup_kedaluwarsa(*, sekarang=None) -> int:
    """Submit every open attempt whose time is up; returns how many."""
    sekarang = sekarang or timezone.now()
    jumlah = 0
    for percobaan in PercobaanKuis.objects.filter(
        status=PercobaanKuis.Status.BERJALAN, tenggat__lte=sekarang
    ):
        percobaan_periksa_waktu(percobaan=percobaan, sekarang=sekarang)
        jumlah += 1
    return jumlah


def perbarui_kursus(percobaan: PercobaanKuis) -> None:
    """Re-check completion of every course whose post-test this quiz is."""
    from kursus.models import Pendaftaran
    from kursus.services import pendaftaran_periksa_selesai

    for pendaftaran in Pendaftaran.objects.filter(
        user_id=percobaan.user_id, kursus__post_test_id=percobaan.kuis_id, selesai_pada=None
    ).select_related("kursus"):
        pendaftaran_periksa_selesai(pendaftaran=pendaftaran)
