"""Trainer reports per quiz: attempts, mean, median, pass rate, item analysis, and the gain
from a course's pre-test to its post-test.

Item analysis (classical test theory), over finished attempts whose paper was kept:

* difficulty (tingkat kesukaran) p = mean fraction of the question's points earned by the
  attempts that drew it (partial credit counts fractionally); 1 = everyone right.
* discrimination (daya beda) D = p in the upper group − p in the lower group, where the groups
  are the 27 % of those attempts with the highest and the lowest total percentage (at least one
  attempt each; ties broken by attempt order). Needs two attempts; D ranges from −1 to 1 and
  items under 0,2 are usually revised.

Gain: per participant, pre = the first finished pre-test attempt (entry knowledge), post = the
post-test result by the post-test's grading method; kenaikan = post − pre; normalised gain
g = (post − pre) ÷ (100 − pre) (Hake), undefined when pre = 100. Cohort: means of pre, post and
kenaikan over participants with both, and g of the means.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from kursus.ekspor import BerkasEkspor, EksporDitolak, berkas_csv, berkas_xlsx, daftarkan
from penilaian.akses import saring_peserta
from penilaian.ekspor import ya_tidak

from . import penilaian, selectors
from .models import JawabanPeserta, Kuis, PercobaanKuis, SlotAcak, Soal, SoalPercobaan

JENIS_EKSPOR = "laporan_kuis"
IZIN = "kursus.view_kuis"
#: The export formats of the quiz report (the ``ekspor`` parameter of its page).
FORMAT_EKSPOR = ("csv", "csv-butir", "csv-jawaban", "xlsx")

PROPORSI_KELOMPOK = Decimal("0.27")


def _rata(angka: list[Decimal]) -> Decimal | None:
    return penilaian.bulatkan(sum(angka, Decimal(0)) / len(angka)) if angka else None


def daya_beda(baris: list[tuple[Decimal, Decimal]]) -> tuple[Decimal | None, Decimal | None]:
    """(p, D) for one question from (attempt total %, fraction earned) pairs, in attempt order."""
    if not baris:
        return None, None
    p = _rata([f for _, f in baris])
    if len(baris) < 2:
        return p, None
    k = max(1, int((PROPORSI_KELOMPOK * len(baris)).to_integral_value(rounding=ROUND_HALF_UP)))
    urut = sorted(range(len(baris)), key=lambda i: (-baris[i][0], i))
    atas = [baris[i][1] for i in urut[:k]]
    bawah = [baris[i][1] for i in urut[-k:]]
    return p, penilaian.bulatkan(
        sum(atas, Decimal(0)) / len(atas) - sum(bawah, Decimal(0)) / len(bawah)
    )


@dataclass
class StatistikButir:
    soal: Soal
    jumlah: int
    kesukaran: Decimal | None
    daya_beda: Decimal | None


@dataclass
class StatistikSlot:
    """A random slot's questions taken together: each attempt's fraction of the slot's points
    (so attempts that drew different questions are compared on the same scale)."""

    slot: SlotAcak
    jumlah: int
    kesukaran: Decimal | None
    daya_beda: Decimal | None
    soal: list[StatistikButir]


@dataclass
class LaporanKuis:
    kuis: Kuis
    percobaan: list[PercobaanKuis]
    jumlah: int
    jumlah_peserta: int
    rata_rata: Decimal | None
    median: Decimal | None
    persen_lulus: Decimal | None
    menunggu_penilaian: int
    butir: list[StatistikButir]
    slot: list[StatistikSlot] = field(default_factory=list)


def laporan_kuis(kuis: Kuis, *, user) -> LaporanKuis:
    """The report of one quiz over the attempts of the participants in ``user``'s unit scope
    (all for the global role; ``penilaian.akses.saring_peserta``)."""
    semua = list(
        saring_peserta(user, PercobaanKuis.objects.filter(kuis=kuis))
        .select_related("user")
        .order_by("dimulai_pada", "pk")
    )
    selesai = [p for p in semua if p.status == PercobaanKuis.Status.SELESAI]
    nilai = [p.persen for p in selesai]
    lulus = sum(1 for p in selesai if p.lulus)
    dapat: dict[int, dict[int, Decimal]] = defaultdict(dict)
    for j in JawabanPeserta.objects.filter(percobaan__in=selesai).only(
        "percobaan_id", "soal_id", "nilai"
    ):
        dapat[j.percobaan_id][j.soal_id] = j.nilai or Decimal(0)
    soal_ids = {i for p in selesai for i in p.urutan_soal}
    soal = {s.pk: s for s in Soal.objects.filter(pk__in=soal_ids)}
    # The points and slot each attempt gave each question (older attempts: the question's own).
    kertas: dict[tuple[int, int], SoalPercobaan] = {
        (b.percobaan_id, b.soal_id): b
        for b in SoalPercobaan.objects.filter(percobaan__in=selesai).only(
            "percobaan_id", "soal_id", "bobot", "slot_id"
        )
    }

    def bobot(p, i):
        b = kertas.get((p.pk, i))
        return b.bobot if b else soal[i].bobot

    def slot_dari(p, i):
        b = kertas.get((p.pk, i))
        return b.slot_id if b else None

    urutan_kumpulan = list(kuis.soal_kuis.order_by("sort_order").values_list("soal_id", flat=True))
    butir = []
    per_slot: dict[int, list[StatistikButir]] = defaultdict(list)
    for i in urutan_kumpulan + sorted(soal_ids - set(urutan_kumpulan)):
        if i not in soal:
            continue
        baris = [
            (p.persen, dapat[p.pk].get(i, Decimal(0)) / bobot(p, i))
            for p in selesai
            if i in p.urutan_soal and kuis.simpan_lembar_jawaban
        ]
        p_, d_ = daya_beda(baris)
        stat = StatistikButir(soal=soal[i], jumlah=len(baris), kesukaran=p_, daya_beda=d_)
        slot_ids = {slot_dari(p, i) for p in selesai if i in p.urutan_soal} - {None}
        if slot_ids:
            for slot_id in slot_ids:
                per_slot[slot_id].append(stat)
        else:
            butir.append(stat)
    slot = []
    for s_ in kuis.slot_acak.select_related("kategori").order_by("sort_order", "pk"):
        baris = []
        for p in selesai:
            ids = [i for i in p.urutan_soal if i in soal and slot_dari(p, i) == s_.pk]
            maks = sum((bobot(p, i) for i in ids), Decimal(0))
            if ids and maks > 0 and kuis.simpan_lembar_jawaban:
                dapat_slot = sum((dapat[p.pk].get(i, Decimal(0)) for i in ids), Decimal(0))
                baris.append((p.persen, dapat_slot / maks))
        p_, d_ = daya_beda(baris)
        slot.append(
            StatistikSlot(
                slot=s_,
                jumlah=len(baris),
                kesukaran=p_,
                daya_beda=d_,
                soal=per_slot.get(s_.pk, []),
            )
        )
    return LaporanKuis(
        kuis=kuis,
        percobaan=semua,
        jumlah=len(selesai),
        jumlah_peserta=len({p.user_id for p in selesai}),
        rata_rata=_rata(nilai),
        median=penilaian.median(nilai),
        persen_lulus=penilaian.persen(Decimal(lulus), Decimal(len(selesai))) if selesai else None,
        menunggu_penilaian=sum(
            1 for p in semua if p.status == PercobaanKuis.Status.MENUNGGU_PENILAIAN
        ),
        butir=butir,
        slot=slot,
    )


@dataclass
class KenaikanPeserta:
    user: object
    pre: Decimal | None
    post: Decimal | None

    @property
    def kenaikan(self) -> Decimal | None:
        if self.pre is None or self.post is None:
            return None
        return self.post - self.pre

    @property
    def gain_ternormalisasi(self) -> Decimal | None:
        if self.kenaikan is None or self.pre >= 100:
            return None
        return penilaian.bulatkan(self.kenaikan / (100 - self.pre))


@dataclass
class LaporanKenaikan:
    pre_test: Kuis
    post_test: Kuis
    peserta: list[KenaikanPeserta]
    jumlah_lengkap: int
    rata_pre: Decimal | None
    rata_post: Decimal | None
    rata_kenaikan: Decimal | None
    gain_kohort: Decimal | None


def laporan_kenaikan(*, pre_test: Kuis, post_test: Kuis, user) -> LaporanKenaikan:
    """Pre/post gain over the participants in ``user``'s unit scope (``saring_peserta``)."""
    pre: dict[int, Decimal] = {}
    pengguna = {}
    percobaan = saring_peserta(
        user, PercobaanKuis.objects.filter(status=PercobaanKuis.Status.SELESAI)
    )
    for p in percobaan.filter(kuis=pre_test).select_related("user").order_by("nomor"):
        pre.setdefault(p.user_id, p.persen)
        pengguna[p.user_id] = p.user
    post_per_user: dict[int, list[Decimal]] = defaultdict(list)
    for p in percobaan.filter(kuis=post_test).select_related("user").order_by("nomor"):
        post_per_user[p.user_id].append(p.persen)
        pengguna[p.user_id] = p.user
    post = {
        u: penilaian.gabungkan(post_test.metode_nilai, daftar)
        for u, daftar in post_per_user.items()
    }
    peserta = [
        KenaikanPeserta(user=pengguna[u], pre=pre.get(u), post=post.get(u))
        for u in sorted(pengguna, key=lambda u: pengguna[u].get_username())
    ]
    lengkap = [k for k in peserta if k.kenaikan is not None]
    rata_pre = _rata([k.pre for k in lengkap])
    rata_post = _rata([k.post for k in lengkap])
    gain = None
    if lengkap and rata_pre < 100:
        gain = penilaian.bulatkan((rata_post - rata_pre) / (100 - rata_pre))
    return LaporanKenaikan(
        pre_test=pre_test,
        post_test=post_test,
        peserta=peserta,
        jumlah_lengkap=len(lengkap),
        rata_pre=rata_pre,
        rata_post=rata_post,
        rata_kenaikan=_rata([k.kenaikan for k in lengkap]),
        gain_kohort=gain,
    )


KOLOM_PERCOBAAN = (
    "peserta",
    "nama",
    "percobaan_ke",
    "status",
    "dimulai",
    "diserahkan",
    "skor",
    "skor_maks",
    "persen",
    "lulus",
)
KOLOM_BUTIR = (
    "kode_soal",
    "jenis",
    "jumlah_jawaban",
    "tingkat_kesukaran",
    "daya_beda",
    "slot",
)
KOLOM_JAWABAN = (
    "peserta",
    "percobaan_ke",
    "nomor_soal",
    "slot",
    "kode_soal",
    "jenis",
    "jawaban",
    "poin",
    "poin_maks",
)
KOLOM_KENAIKAN = ("peserta", "nama", "pre_test", "post_test", "kenaikan", "gain_ternormalisasi")


def baris_percobaan(laporan: LaporanKuis) -> list[list]:
    return [
        [
            p.user.get_username(),
            p.user.get_full_name(),
            p.nomor,
            p.status,
            p.dimulai_pada.isoformat(timespec="seconds"),
            p.diserahkan_pada.isoformat(timespec="seconds") if p.diserahkan_pada else "",
            p.skor,
            p.skor_maks,
            p.persen,
            ya_tidak(p.lulus),
        ]
        for p in laporan.percobaan
    ]


def _nama_slot(slot: SlotAcak) -> str:
    sub = " (dengan subkategori)" if slot.termasuk_subkategori else ""
    return f"acak: {slot.jumlah} × {slot.kategori}{sub}"


def baris_butir(laporan: LaporanKuis) -> list[list]:
    """Item analysis rows: the pool's questions (slot column empty), then per random slot one
    row for the slot as a whole (kode_soal empty) followed by the questions it drew."""
    baris = [
        [b.soal.kode, b.soal.jenis, b.jumlah, b.kesukaran, b.daya_beda, ""] for b in laporan.butir
    ]
    for s in laporan.slot or []:
        nama = _nama_slot(s.slot)
        baris.append(["", "", s.jumlah, s.kesukaran, s.daya_beda, nama])
        baris += [
            [b.soal.kode, b.soal.jenis, b.jumlah, b.kesukaran, b.daya_beda, nama] for b in s.soal
        ]
    return baris


def baris_jawaban(kuis: Kuis, *, user) -> list[list]:
    """Every stored answer of every submitted attempt (the responses export): one row per
    question of the paper, in the attempt's order, with the answer as the review words it
    (matching: "pernyataan → jawaban; …"; choices in the order the participant saw), of the
    participants in ``user``'s unit scope."""
    hasil = []
    slot = {s.pk: _nama_slot(s) for s in kuis.slot_acak.select_related("kategori")}
    for p in (
        saring_peserta(user, PercobaanKuis.objects.filter(kuis=kuis))
        .exclude(status=PercobaanKuis.Status.BERJALAN)
        .select_related("user")
        .order_by("dimulai_pada", "pk")
    ):
        jawaban = selectors.jawaban_percobaan(p)
        for nomor, s in enumerate(selectors.soal_percobaan(p), start=1):
            j = jawaban.get(s.pk)
            hasil.append(
                [
                    p.user.get_username(),
                    p.nomor,
                    nomor,
                    slot.get(s.slot_acak_id, ""),
                    s.kode,
                    s.jenis,
                    selectors.teks_jawaban(s, j),
                    j.nilai if j is not None else None,
                    s.bobot_butir,
                ]
            )
    return hasil


def baris_ringkasan(laporan: LaporanKuis) -> list[list]:
    return [
        ["jumlah_percobaan_selesai", laporan.jumlah],
        ["jumlah_peserta", laporan.jumlah_peserta],
        ["rata_rata", laporan.rata_rata],
        ["median", laporan.median],
        ["persen_lulus", laporan.persen_lulus],
        ["menunggu_penilaian", laporan.menunggu_penilaian],
    ]


def baris_kenaikan(laporan: LaporanKenaikan) -> list[list]:
    baris = [
        [
            k.user.get_username(),
            k.user.get_full_name(),
            k.pre,
            k.post,
            k.kenaikan,
            k.gain_ternormalisasi,
        ]
        for k in laporan.peserta
    ]
    baris.append(
        [
            "KOHORT",
            f"{laporan.jumlah_lengkap} peserta lengkap",
            laporan.rata_pre,
            laporan.rata_post,
            laporan.rata_kenaikan,
            laporan.gain_kohort,
        ]
    )
    return baris


def berkas_laporan_kuis(user, parameter: dict) -> BerkasEkspor:
    """The quiz report over ``user``'s unit scope as CSV (attempts, items or answers) or XLSX
    (summary, attempts, items, answers): one function for the page's download and the
    background export."""
    if not user.is_active or not user.has_perm(IZIN):
        raise EksporDitolak
    kuis = Kuis.objects.get(pk=parameter["kuis"])
    nama = f"laporan-kuis-{kuis.slug}"
    format_ = parameter.get("format")
    if format_ == "csv-jawaban":
        return berkas_csv(f"{nama}-jawaban.csv", KOLOM_JAWABAN, baris_jawaban(kuis, user=user))
    laporan = laporan_kuis(kuis, user=user)
    if format_ == "csv":
        return berkas_csv(f"{nama}.csv", KOLOM_PERCOBAAN, baris_percobaan(laporan))
    if format_ == "csv-butir":
        return berkas_csv(f"{nama}-butir.csv", KOLOM_BUTIR, baris_butir(laporan))
    return berkas_xlsx(
        f"{nama}.xlsx",
        [
            ("Ringkasan", ("ukuran", "nilai"), baris_ringkasan(laporan)),
            ("Percobaan", KOLOM_PERCOBAAN, baris_percobaan(laporan)),
            ("Butir", KOLOM_BUTIR, baris_butir(laporan)),
            ("Jawaban", KOLOM_JAWABAN, baris_jawaban(kuis, user=user)),
        ],
    )


daftarkan(JENIS_EKSPOR, berkas_laporan_kuis)
