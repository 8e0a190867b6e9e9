"""Reads for quizzes: availability, the attempt's paper, results across attempts, progress per
category, essays awaiting marking."""

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.contrib.contenttypes.models import ContentType
from django.db.models import Prefetch
from django.utils import timezone
from wagtail.models import Page, ReferenceIndex

from . import penilaian
from .models import (
    JawabanPeserta,
    JenisSoal,
    Kuis,
    PasanganJodoh,
    PercobaanKuis,
    PerpanjanganKuis,
    PilihanJawaban,
    Soal,
    SoalPercobaan,
)

IZIN_KELOLA_KUIS = "kursus.change_kuis"


def opsi_jodoh(soal: Soal) -> list[PasanganJodoh]:
    """A matching question's answer list: one line per distinct answer text (the first line
    with it stands for all), in editor order."""
    terlihat, hasil = set(), []
    for p in soal.pasangan.all():
        if p.jawaban not in terlihat:
            terlihat.add(p.jawaban)
            hasil.append(p)
    return hasil


def premis_jodoh(soal: Soal) -> list[PasanganJodoh]:
    return [p for p in soal.pasangan.all() if p.premis.strip()]


def kunci_jodoh(soal: Soal) -> tuple[tuple[int, frozenset[int]], ...]:
    """Per premise, every answer id with the premise's answer text."""
    semua = list(soal.pasangan.all())
    return tuple(
        (p.pk, frozenset(q.pk for q in semua if q.jawaban == p.jawaban))
        for p in semua
        if p.premis.strip()
    )


def urutkan(barang: list, urutan: list[int]) -> list:
    """``barang`` (rows with a pk) in the order an attempt stored; rows the order does not
    know (added after the attempt started) follow in their own order."""
    posisi = {pk: i for i, pk in enumerate(urutan)}
    return sorted(barang, key=lambda b: posisi.get(b.pk, len(posisi)))


def kunci_soal(soal: Soal, *, bobot: Decimal | None = None) -> penilaian.KunciSoal:
    """Model → the scoring key (the one mapping from questions to ``penilaian``). ``bobot`` is
    the question's points in an attempt (a question drawn for a random slot is worth the
    slot's points; see ``bobot_butir``); without it, the question's own."""
    pilihan = list(soal.pilihan.all())
    return penilaian.KunciSoal(
        jenis=soal.jenis,
        bobot=soal.bobot if bobot is None else bobot,
        pilihan_benar=frozenset(p.pk for p in pilihan if p.benar),
        pilihan_semua=frozenset(p.pk for p in pilihan),
        jawaban_isian=tuple(b.strip() for b in soal.jawaban_isian.splitlines() if b.strip()),
        jawaban_angka=soal.jawaban_angka,
        toleransi=soal.toleransi,
        jawaban_benar_salah=soal.jawaban_benar_salah,
        rubrik=tuple(maks for maks, _ in penilaian.baca_rubrik(soal.rubrik)),
        jodoh=kunci_jodoh(soal) if soal.jenis == JenisSoal.MENJODOHKAN else (),
    )


def jawaban_ke_penilaian(jawaban: JawabanPeserta) -> penilaian.Jawaban:
    return penilaian.Jawaban(
        pilihan=frozenset(int(i) for i in jawaban.pilihan),
        teks=jawaban.teks,
        nilai_rubrik=tuple(Decimal(str(n)) for n in jawaban.nilai_rubrik),
        jodoh=tuple((int(p), int(j)) for p, j in (jawaban.jodoh or {}).items()),
    )


def bobot_butir(percobaan: PercobaanKuis, soal: Soal) -> Decimal:
    """The question's points in this attempt: stored when the attempt started (attempts from
    before the paper was stored use the question's own)."""
    bobot = (
        SoalPercobaan.objects.filter(percobaan=percobaan, soal=soal)
        .values_list("bobot", flat=True)
        .first()
    )
    return soal.bobot if bobot is None else bobot


def kunci_butir(percobaan: PercobaanKuis, soal: Soal) -> penilaian.KunciSoal:
    """The scoring key of a question as this attempt drew it (regrading uses this too)."""
    bobot = getattr(soal, "bobot_butir", None)
    return kunci_soal(soal, bobot=bobot if bobot is not None else bobot_butir(percobaan, soal))


def kuis_untuk_peserta(*, slug: str, user) -> Kuis | None:
    """A quiz by slug; one not live (never published, or unpublished) only for trainers who
    may edit quizzes. The row is the published version of a live quiz: its unpublished
    revisions never reach this point."""
    kuis = Kuis.objects.filter(slug=slug).first()
    if kuis is None or (not kuis.live and not user.has_perm(IZIN_KELOLA_KUIS)):
        return None
    return kuis


@dataclass(frozen=True)
class AturanPeserta:
    """A quiz's closing time and attempt limit for one participant: the quiz's own, or the
    trainer's extension (``PerpanjanganKuis``) where it sets one."""

    ditutup_pada: object  # datetime | None
    batas_percobaan: int  # 0 = unlimited
    perpanjangan: PerpanjanganKuis | None = None


def aturan_dari(kuis: Kuis, perpanjangan: PerpanjanganKuis | None) -> AturanPeserta:
    ditutup = kuis.ditutup_pada
    batas = kuis.batas_percobaan_efektif
    if perpanjangan is not None:
        if perpanjangan.ditutup_pada is not None:
            ditutup = perpanjangan.ditutup_pada
        if perpanjangan.batas_percobaan is not None:
            batas = perpanjangan.batas_percobaan
    return AturanPeserta(ditutup_pada=ditutup, batas_percobaan=batas, perpanjangan=perpanjangan)


def aturan_peserta(*, kuis: Kuis, user) -> AturanPeserta:
    """What the quiz-taking code enforces for this participant (extension included)."""
    perpanjangan = None
    if getattr(user, "is_authenticated", False):
        perpanjangan = PerpanjanganKuis.objects.filter(kuis=kuis, user=user).first()
    return aturan_dari(kuis, perpanjangan)


def percobaan_terhitung(*, kuis: Kuis, user):
    """The attempts that count against the limit: every one but those a trainer voided."""
    return PercobaanKuis.objects.filter(kuis=kuis, user=user).exclude(
        status=PercobaanKuis.Status.DIBATALKAN
    )


def alasan_tidak_bisa_mulai(*, kuis: Kuis, user, sekarang=None) -> str | None:
    """Why a new attempt may not start now (Indonesian), or None. A trainer's extension moves
    the closing time and the attempt limit for this participant; voided attempts are not
    counted."""
    sekarang = sekarang or timezone.now()
    if not kuis.live and not user.has_perm(IZIN_KELOLA_KUIS):
        return "Kuis ini belum terbit."
    if kuis.dibuka_pada and sekarang < kuis.dibuka_pada:
        waktu = timezone.localtime(kuis.dibuka_pada).strftime("%d-%m-%Y %H.%M")
        return f"Kuis ini baru dibuka pada {waktu}."
    aturan = aturan_peserta(kuis=kuis, user=user)
    if aturan.ditutup_pada and sekarang >= aturan.ditutup_pada:
        return "Kuis ini sudah ditutup."
    batas = aturan.batas_percobaan
    if batas and percobaan_terhitung(kuis=kuis, user=user).count() >= batas:
        return "Anda sudah memakai semua kesempatan percobaan untuk kuis ini."
    return None


def jumlah_soal_kuis(kuis: Kuis) -> int:
    """How many questions an attempt gets: the pool (or its maximum) plus the random slots."""
    kumpulan = kuis.soal_kuis.count()
    if kuis.maks_soal:
        kumpulan = min(kuis.maks_soal, kumpulan)
    return kumpulan + sum(kuis.slot_acak.values_list("jumlah", flat=True))


def percobaan_berjalan(*, kuis: Kuis, user) -> PercobaanKuis | None:
    return PercobaanKuis.objects.filter(
        kuis=kuis, user=user, status=PercobaanKuis.Status.BERJALAN
    ).first()


def percobaan_milik(*, pk: int, user) -> PercobaanKuis | None:
    """The user's own attempt; one of a quiz that is not live only for trainers who may edit
    quizzes (an unpublished quiz cannot be answered, submitted or reviewed by participants)."""
    qs = PercobaanKuis.objects.select_related("kuis").filter(pk=pk, user=user)
    if not user.has_perm(IZIN_KELOLA_KUIS):
        qs = qs.filter(kuis__live=True)
    return qs.first()


def soal_percobaan(percobaan: PercobaanKuis) -> list[Soal]:
    """The attempt's questions in the drawn order, choices, pairs and image prefetched. Each
    carries what the attempt fixed for it: ``bobot_butir`` (points), ``urutan_pilihan`` (the
    order its options were shown) and ``slot_acak_id`` (the random slot it was drawn for)."""
    soal = (
        Soal.objects.filter(pk__in=percobaan.urutan_soal)
        .select_related("gambar")
        .prefetch_related(
            Prefetch("pilihan", queryset=PilihanJawaban.objects.order_by("sort_order", "pk")),
            Prefetch("pasangan", queryset=PasanganJodoh.objects.order_by("sort_order", "pk")),
        )
    )
    butir_soal = {b.soal_id: b for b in percobaan.butir_soal.all()}
    menurut_id = {s.pk: s for s in soal}
    hasil = []
    for i in percobaan.urutan_soal:
        s = menurut_id.get(i)
        if s is None:
            continue
        b = butir_soal.get(i)
        s.bobot_butir = b.bobot if b else s.bobot
        s.urutan_pilihan = b.urutan_pilihan if b else []
        s.slot_acak_id = b.slot_id if b else None
        hasil.append(s)
    return hasil


def pilihan_tampil(soal: Soal) -> list[PilihanJawaban]:
    """A choice question's options in the order this attempt shows them."""
    return urutkan(list(soal.pilihan.all()), getattr(soal, "urutan_pilihan", []))


def opsi_jodoh_tampil(soal: Soal) -> list[PasanganJodoh]:
    """A matching question's answer list in the order this attempt shows it."""
    return urutkan(opsi_jodoh(soal), getattr(soal, "urutan_pilihan", []))


def jawaban_percobaan(percobaan: PercobaanKuis) -> dict[int, JawabanPeserta]:
    return {j.soal_id: j for j in percobaan.jawaban.all()}


@dataclass
class HasilKuis:
    """A participant's standing in one quiz across attempts."""

    kuis: Kuis
    percobaan: list[PercobaanKuis]
    nilai: Decimal | None
    lulus: bool | None
    sisa_percobaan: int | None  # None = unlimited
    aturan: AturanPeserta | None = None


def hasil_peserta(*, kuis: Kuis, user) -> HasilKuis:
    """Grade across finished attempts by the quiz's method (attempts awaiting essay marking
    and voided attempts do not count)."""
    return _hasil(
        kuis,
        list(PercobaanKuis.objects.filter(kuis=kuis, user=user).order_by("nomor")),
        aturan_peserta(kuis=kuis, user=user),
    )


def hasil_peserta_banyak(*, kuis: list[Kuis], user) -> dict[int, HasilKuis]:
    """:func:`hasil_peserta` for several quizzes in one query, by quiz pk."""
    per_kuis: dict[int, list[PercobaanKuis]] = defaultdict(list)
    perpanjangan: dict[int, PerpanjanganKuis] = {}
    if user.is_authenticated and kuis:
        id_kuis = [k.pk for k in kuis]
        percobaan = (
            PercobaanKuis.objects.filter(kuis__in=id_kuis, user=user)
            .order_by("nomor")
            .only("pk", "kuis_id", "nomor", "status", "persen")  # what grading reads
        )
        for p in percobaan:
            per_kuis[p.kuis_id].append(p)
        perpanjangan = {
            p.kuis_id: p for p in PerpanjanganKuis.objects.filter(kuis__in=id_kuis, user=user)
        }
    return {k.pk: _hasil(k, per_kuis[k.pk], aturan_dari(k, perpanjangan.get(k.pk))) for k in kuis}


def _hasil(kuis: Kuis, semua: list[PercobaanKuis], aturan: AturanPeserta) -> HasilKuis:
    selesai = [p for p in semua if p.status == PercobaanKuis.Status.SELESAI]
    nilai = penilaian.gabungkan(kuis.metode_nilai, [p.persen for p in selesai])
    lulus = None if nilai is None else nilai >= kuis.nilai_lulus
    batas = aturan.batas_percobaan
    terhitung = sum(1 for p in semua if p.status != PercobaanKuis.Status.DIBATALKAN)
    sisa = max(0, batas - terhitung) if batas else None
    return HasilKuis(
        kuis=kuis, percobaan=semua, nilai=nilai, lulus=lulus, sisa_percobaan=sisa, aturan=aturan
    )


def lulus_kuis(*, kuis: Kuis, user) -> bool:
    return bool(hasil_peserta(kuis=kuis, user=user).lulus)


def post_test_lulus(pendaftaran) -> bool:
    """The course completion condition (kursus.services.SYARAT_PENYELESAIAN): True when the
    course has no post-test or the participant passed it."""
    kuis = pendaftaran.kursus.post_test
    return kuis is None or lulus_kuis(kuis=kuis, user=pendaftaran.user)


@dataclass
class TitikKemajuan:
    percobaan: PercobaanKuis
    persen_kategori: dict[str, Decimal] = field(default_factory=dict)


def kemajuan_peserta(*, user) -> tuple[list[str], list[TitikKemajuan]]:
    """Per top-level category, the participant's score in each finished attempt, oldest first
    (django-quiz-app's progress view, over time). Score per category = points earned ÷ points
    possible for that category's questions drawn in the attempt."""
    percobaan = list(
        PercobaanKuis.objects.filter(user=user, status=PercobaanKuis.Status.SELESAI)
        .select_related("kuis")
        .order_by("diserahkan_pada", "pk")
    )
    id_soal = {i for p in percobaan for i in p.urutan_soal}
    soal = {s.pk: s for s in Soal.objects.filter(pk__in=id_soal).select_related("kategori__induk")}
    bobot = {
        (b.percobaan_id, b.soal_id): b.bobot
        for b in SoalPercobaan.objects.filter(percobaan__in=percobaan).only(
            "percobaan_id", "soal_id", "bobot"
        )
    }
    jawaban = defaultdict(dict)
    for j in JawabanPeserta.objects.filter(percobaan__in=percobaan).only(
        "percobaan_id", "soal_id", "nilai"
    ):
        jawaban[j.percobaan_id][j.soal_id] = j.nilai or Decimal(0)
    kategori: list[str] = []
    titik = []
    for p in percobaan:
        if not p.kuis.simpan_lembar_jawaban:
            continue
        dapat: dict[str, Decimal] = defaultdict(Decimal)
        maks: dict[str, Decimal] = defaultdict(Decimal)
        for i in p.urutan_soal:
            if i not in soal:
                continue
            nama = soal[i].kategori.utama.nama
            maks[nama] += bobot.get((p.pk, i), soal[i].bobot)
            dapat[nama] += jawaban[p.pk].get(i, Decimal(0))
            if nama not in kategori:
                kategori.append(nama)
        titik.append(TitikKemajuan(p, {k: penilaian.persen(dapat[k], maks[k]) for k in maks}))
    return sorted(kategori), titik


def esai_menunggu():
    """Essay answers of submitted attempts that no trainer has marked yet, oldest first."""
    return (
        JawabanPeserta.objects.filter(
            soal__jenis=JenisSoal.ESAI,
            dinilai_pada__isnull=True,
            percobaan__status=PercobaanKuis.Status.MENUNGGU_PENILAIAN,
        )
        .select_related("percobaan__kuis", "percobaan__user", "soal")
        .order_by("percobaan__diserahkan_pada", "pk")
    )


@dataclass
class ButirTinjauan:
    """One question of a submitted attempt, as the review shows it."""

    nomor: int
    soal: Soal
    jawaban: JawabanPeserta | None
    jawaban_teks: str
    kunci_teks: str
    nilai: Decimal | None
    rubrik: list[tuple[int, str, str]]  # (max, criterion, score given)
    bobot: Decimal = Decimal(1)  # the question's points in this attempt
    # Choice questions: (option, chosen, correct) in the order the participant saw them.
    pilihan: list[tuple[str, bool, bool]] = field(default_factory=list)
    # Matching: (premise, answer given, correct answer, right) per premise.
    jodoh: list[tuple[str, str, str, bool]] = field(default_factory=list)

    @property
    def benar(self) -> bool | None:
        if self.nilai is None:
            return None
        return self.nilai >= self.bobot

    @property
    def sebagian(self) -> bool:
        """Some points but not all (a multiple-answer question half right)."""
        return self.nilai is not None and 0 < self.nilai < self.bobot

    @property
    def status(self) -> str:
        """``benar``, ``sebagian``, ``salah`` or ``menunggu`` (an essay not marked yet)."""
        if self.nilai is None:
            return "menunggu"
        if self.benar:
            return "benar"
        return "sebagian" if self.sebagian else "salah"


def teks_kunci(soal: Soal) -> str:
    """The correct answer in words (for the review and the feedback after a question)."""
    if soal.jenis in (JenisSoal.TUNGGAL, JenisSoal.GANDA):
        return "; ".join(p.teks for p in soal.pilihan.all() if p.benar)
    if soal.jenis == JenisSoal.BENAR_SALAH:
        return "Benar" if soal.jawaban_benar_salah else "Salah"
    if soal.jenis == JenisSoal.ISIAN:
        return " / ".join(b.strip() for b in soal.jawaban_isian.splitlines() if b.strip())
    if soal.jenis == JenisSoal.ANGKA:
        angka = format(soal.jawaban_angka.normalize(), "f").replace(".", ",")
        if soal.toleransi:
            toleransi = format(soal.toleransi.normalize(), "f").replace(".", ",")
            return f"{angka} (± {toleransi})"
        return angka
    if soal.jenis == JenisSoal.MENJODOHKAN:
        return "; ".join(f"{p.premis} → {p.jawaban}" for p in premis_jodoh(soal))
    return "Dinilai pelatih dengan rubrik."


def teks_jawaban(soal: Soal, jawaban: JawabanPeserta | None) -> str:
    if jawaban is None:
        return ""
    if soal.jenis in (JenisSoal.TUNGGAL, JenisSoal.GANDA):
        dipilih = set(jawaban.pilihan)
        return "; ".join(p.teks for p in pilihan_tampil(soal) if p.pk in dipilih)
    if soal.jenis == JenisSoal.BENAR_SALAH:
        return jawaban.teks.capitalize()
    if soal.jenis == JenisSoal.MENJODOHKAN:
        return "; ".join(
            f"{premis} → {diberi or '—'}" for premis, diberi, *_ in _jodoh(soal, jawaban)
        )
    return jawaban.teks


def _jodoh(soal: Soal, jawaban: JawabanPeserta | None) -> list[tuple[str, str, str, bool]]:
    """Per premise: (premise, answer given, correct answer, right)."""
    teks = {p.pk: p.jawaban for p in soal.pasangan.all()}
    dipilih = {int(k): int(v) for k, v in ((jawaban.jodoh if jawaban else None) or {}).items()}
    hasil = []
    for p in premis_jodoh(soal):
        diberi = teks.get(dipilih.get(p.pk), "")
        hasil.append((p.premis, diberi, p.jawaban, diberi == p.jawaban))
    return hasil


def butir(nomor: int, soal: Soal, jawaban: JawabanPeserta | None) -> ButirTinjauan:
    pilihan, jodoh = [], []
    if soal.jenis in (JenisSoal.TUNGGAL, JenisSoal.GANDA):
        dipilih = set(jawaban.pilihan) if jawaban else set()
        pilihan = [(p.teks, p.pk in dipilih, p.benar) for p in pilihan_tampil(soal)]
    elif soal.jenis == JenisSoal.MENJODOHKAN:
        jodoh = _jodoh(soal, jawaban)
    rubrik = []
    if soal.jenis == JenisSoal.ESAI:
        diberikan = list(jawaban.nilai_rubrik) if jawaban else []
        for i, (maks, kriteria) in enumerate(soal.daftar_rubrik()):
            rubrik.append((maks, kriteria, diberikan[i] if i < len(diberikan) else ""))
    nilai = jawaban.nilai if jawaban else Decimal(0)
    return ButirTinjauan(
        nomor=nomor,
        soal=soal,
        jawaban=jawaban,
        jawaban_teks=teks_jawaban(soal, jawaban),
        kunci_teks=teks_kunci(soal),
        nilai=nilai,
        rubrik=rubrik,
        bobot=getattr(soal, "bobot_butir", soal.bobot),
        pilihan=pilihan,
        jodoh=jodoh,
    )


def tinjauan(percobaan: PercobaanKuis) -> list[ButirTinjauan]:
    jawaban = jawaban_percobaan(percobaan)
    return [
        butir(i, s, jawaban.get(s.pk)) for i, s in enumerate(soal_percobaan(percobaan), start=1)
    ]


def butir_ringkasan(percobaan: PercobaanKuis) -> list[tuple[int, Soal, bool]]:
    """Each question of a running attempt as (number, question, answered)."""
    jawaban = jawaban_percobaan(percobaan)
    return [(i, s, s.pk in jawaban) for i, s in enumerate(soal_percobaan(percobaan), start=1)]


def halaman_kuis(kuis: Kuis) -> list:
    """The live pages that use this quiz (lessons that embed it, courses that take it as pre- or
    post-test), lessons first: where the participant goes back to after a result. Read from
    Wagtail's reference index, which every page save keeps current."""
    ct = ContentType.objects.get_for_model(Page)
    ids = {
        int(i)
        for i in ReferenceIndex.get_references_to(kuis)
        .filter(base_content_type=ct)
        .values_list("object_id", flat=True)
        if str(i).isdigit()
    }
    if not ids:
        return []
    halaman = list(Page.objects.live().public().filter(pk__in=ids).specific())
    return sorted(halaman, key=lambda h: (-h.depth, h.path))


def kursus_selesai_lewat(*, kuis: Kuis, user) -> list:
    """The user's completed enrolments in courses whose post-test is this quiz, with their
    certificates: the result page says the course is complete and offers the certificate (also
    when the completion came later, after an essay was marked)."""
    from kursus.models import Pendaftaran

    return list(
        Pendaftaran.objects.filter(user=user, kursus__post_test=kuis, selesai_pada__isnull=False)
        .select_related("kursus", "sertifikat")
        .order_by("kursus__title")
    )


def daftar_kuis(*, user) -> list[HasilKuis]:
    """Live quizzes with the user's standing in each (the others only for trainers)."""
    kuis = Kuis.objects.order_by("judul")
    if not user.has_perm(IZIN_KELOLA_KUIS):
        kuis = kuis.filter(live=True)
    return [hasil_peserta(kuis=k, user=user) for k in kuis]
