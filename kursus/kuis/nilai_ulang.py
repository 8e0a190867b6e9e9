"""Regrading stored answers after a key changes: a preview of who changes, then the same
computation written in one transaction.

Order of the steps (``pratinjau`` and ``terapkan`` run the same ``_hitung``):

1. The attempts: every submitted attempt (finished or awaiting essay marking) that drew the
   question (regrading one question) or that belongs to the quiz (regrading a quiz). Running
   attempts are left alone (they are scored with the current key when submitted); voided
   attempts do not count; attempts of a quiz that keeps no answer sheet have nothing to
   regrade and are only counted.
2. Each stored answer of the regraded question(s) is scored again with the current key by the
   one scoring rule (``penilaian.nilai``). Essays: a blank essay stays 0, an unmarked essay
   stays unmarked, a marked essay is recomputed from its stored rubric scores (a weight
   change); when the rubric now has a different number of criteria the stored mark stays and
   the essay is counted as needing re-marking by hand.
3. Each question's points in the attempt are the current ones (``_bobot_kini``): a question of
   the quiz's own pool is worth its current weight; one drawn for a random slot is worth the
   slot's current points (or, if the slot was deleted since, the points the attempt stored).
   The attempt's stored points per question (``SoalPercobaan.bobot``) are updated with them.
   The attempt's maximum is their sum; its total, percentage, status and pass/fail follow from
   the answers (``penilaian.hasil_percobaan``).
4. Per participant and quiz, the grade across attempts by the quiz's method, before and after.

Application policy (kebijakan aplikasi, not a regulation): an issued certificate is never
withdrawn by a regrade; a participant who now passes a course's post-test completes the course
and gets the certificate as usual. The preview names who holds a certificate and now fails.
"""

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import transaction
from wagtail.log_actions import log

from . import penilaian, selectors, services
from .models import (
    JawabanPeserta,
    JenisSoal,
    Kuis,
    PercobaanKuis,
    Soal,
    SoalKuis,
    SoalPercobaan,
)

#: How many changed attempts the audit entry lists by name (the count is always complete).
MAKS_RINCIAN_LOG = 200

DIHITUNG = (PercobaanKuis.Status.SELESAI, PercobaanKuis.Status.MENUNGGU_PENILAIAN)


class PratinjauKedaluwarsa(Exception):
    """The answers or the key changed between the preview and the confirmation."""


@dataclass
class PerubahanPercobaan:
    """One attempt whose stored result changes."""

    percobaan: PercobaanKuis
    skor_baru: Decimal
    skor_maks_baru: Decimal
    persen_baru: Decimal
    status_baru: str
    lulus_baru: bool | None
    nilai_baru: dict[int, Decimal | None] = field(default_factory=dict)  # answer pk → points
    bobot_baru: dict[int, Decimal] = field(default_factory=dict)  # SoalPercobaan pk → points

    @property
    def kelulusan_berubah(self) -> bool:
        return self.percobaan.lulus != self.lulus_baru


@dataclass
class PerubahanNilaiAkhir:
    """A participant's grade in one quiz (across attempts) before and after."""

    user: object
    kuis: Kuis
    nilai_lama: Decimal | None
    nilai_baru: Decimal | None
    lulus_lama: bool | None
    lulus_baru: bool | None
    sertifikat: list = field(default_factory=list)  # issued certificates of courses it gates

    @property
    def kelulusan_berubah(self) -> bool:
        return self.lulus_lama != self.lulus_baru

    @property
    def sertifikat_tetap(self) -> bool:
        """Holds a certificate and no longer passes: the certificate stays (policy above)."""
        return bool(self.sertifikat) and self.lulus_lama and not self.lulus_baru


@dataclass
class Pratinjau:
    perubahan: list[PerubahanPercobaan]
    nilai_akhir: list[PerubahanNilaiAkhir]
    jumlah_diperiksa: int
    tanpa_lembar: int
    esai_perlu_dinilai: int
    sidik: str

    @property
    def jumlah_berubah(self) -> int:
        return len(self.perubahan)


def _percobaan(*, soal: Soal | None, kuis: Kuis | None):
    qs = PercobaanKuis.objects.filter(status__in=DIHITUNG).select_related("kuis", "user")
    if kuis is not None:
        return list(qs.filter(kuis=kuis).order_by("pk"))
    # The paper is a JSON list (no portable "contains" lookup): narrow by the quizzes whose
    # pool holds the question or by an answer to it, then check the paper itself.
    id_kuis = SoalKuis.objects.filter(soal=soal).values("kuis_id")
    id_jawab = JawabanPeserta.objects.filter(soal=soal).values("percobaan_id")
    kandidat = qs.filter(kuis_id__in=id_kuis) | qs.filter(pk__in=id_jawab)
    return [p for p in kandidat.distinct().order_by("pk") if soal.pk in p.urutan_soal]


def _nilai_baru(soal: Soal, kunci, jawaban: JawabanPeserta) -> tuple[Decimal | None, bool]:
    """(points with the current key, essay needs re-marking by hand)."""
    if soal.jenis != JenisSoal.ESAI:
        return penilaian.nilai(kunci, selectors.jawaban_ke_penilaian(jawaban)), False
    if not jawaban.teks:
        return Decimal(0), False
    if not jawaban.nilai_rubrik:
        return None, False
    if len(jawaban.nilai_rubrik) != len(kunci.rubrik):
        return jawaban.nilai, True
    return penilaian.nilai(kunci, selectors.jawaban_ke_penilaian(jawaban)), False


def _bobot_kini(butir: SoalPercobaan | None, soal: Soal, kumpulan: set[int]) -> Decimal:
    """A question's points in an attempt as they stand now (step 3 of the module docstring)."""
    if butir is None:
        return soal.bobot  # attempts from before the paper was stored
    if butir.slot is not None:
        return butir.slot.bobot
    return soal.bobot if soal.pk in kumpulan else butir.bobot


def _hitung(*, soal: Soal | None, kuis: Kuis | None) -> Pratinjau:
    semua = _percobaan(soal=soal, kuis=kuis)
    tanpa_lembar = [p for p in semua if not p.kuis.simpan_lembar_jawaban]
    dinilai = [p for p in semua if p.kuis.simpan_lembar_jawaban]
    id_soal = {i for p in dinilai for i in p.urutan_soal}
    bank = {
        s.pk: s
        for s in Soal.objects.filter(pk__in=id_soal).prefetch_related("pilihan").order_by("pk")
    }
    kumpulan = defaultdict(set)  # quiz id → its own pool
    for kuis_id, soal_id in SoalKuis.objects.filter(
        kuis_id__in={p.kuis_id for p in dinilai}
    ).values_list("kuis_id", "soal_id"):
        kumpulan[kuis_id].add(soal_id)
    butir = {
        (b.percobaan_id, b.soal_id): b
        for b in SoalPercobaan.objects.filter(percobaan__in=dinilai).select_related("slot")
    }
    kunci: dict[tuple[int, Decimal], object] = {}  # (question, points) → key

    def kunci_untuk(i: int, bobot: Decimal):
        if (i, bobot) not in kunci:
            kunci[(i, bobot)] = selectors.kunci_soal(bank[i], bobot=bobot)
        return kunci[(i, bobot)]

    sasaran = {soal.pk} if soal is not None else set(bank)
    jawaban: dict[int, list[JawabanPeserta]] = defaultdict(list)
    for j in JawabanPeserta.objects.filter(percobaan__in=dinilai).order_by("pk"):
        jawaban[j.percobaan_id].append(j)

    perubahan, esai_manual, sidik = [], 0, hashlib.sha256()
    for p in dinilai:
        bobot = {
            i: _bobot_kini(butir.get((p.pk, i)), bank[i], kumpulan[p.kuis_id])
            for i in p.urutan_soal
            if i in bank
        }
        bobot_baru = {
            b.pk: bobot[i]
            for i in bobot
            if (b := butir.get((p.pk, i))) is not None and b.bobot != bobot[i]
        }
        nilai, berubah = [], {}
        for j in jawaban[p.pk]:
            baru = j.nilai
            if j.soal_id in sasaran and j.soal_id in bank:
                k = kunci_untuk(j.soal_id, bobot[j.soal_id])
                baru, manual = _nilai_baru(bank[j.soal_id], k, j)
                esai_manual += manual
                if baru != j.nilai:
                    berubah[j.pk] = baru
            nilai.append(baru)
        maks = sum(bobot.values(), Decimal(0))
        hasil = penilaian.hasil_percobaan(nilai, maks, p.kuis.nilai_lulus)
        status = DIHITUNG[0] if hasil.selesai else DIHITUNG[1]
        if (
            berubah
            or bobot_baru
            or maks != p.skor_maks
            or (hasil.skor, hasil.persen, hasil.lulus, status)
            != (p.skor, p.persen, p.lulus, p.status)
        ):
            perubahan.append(
                PerubahanPercobaan(
                    percobaan=p,
                    skor_baru=hasil.skor,
                    skor_maks_baru=maks,
                    persen_baru=hasil.persen,
                    status_baru=status,
                    lulus_baru=hasil.lulus,
                    nilai_baru=berubah,
                    bobot_baru=bobot_baru,
                )
            )
            sidik.update(
                f"{p.pk}:{p.skor}:{p.skor_maks}:{sorted(berubah.items())}:"
                f"{sorted(bobot_baru.items())};".encode()
            )
    return Pratinjau(
        perubahan=perubahan,
        nilai_akhir=_nilai_akhir(perubahan),
        jumlah_diperiksa=len(dinilai),
        tanpa_lembar=len(tanpa_lembar),
        esai_perlu_dinilai=esai_manual,
        sidik=sidik.hexdigest(),
    )


def _nilai_akhir(perubahan: list[PerubahanPercobaan]) -> list[PerubahanNilaiAkhir]:
    """Each touched participant's grade in the quiz by its method, before and after."""
    from kursus.models import Sertifikat

    baru = {u.percobaan.pk: u for u in perubahan}
    pasangan = sorted({(u.percobaan.user_id, u.percobaan.kuis_id) for u in perubahan})
    contoh = {(u.percobaan.user_id, u.percobaan.kuis_id): u.percobaan for u in perubahan}
    hasil = []
    for user_id, kuis_id in pasangan:
        p0 = contoh[(user_id, kuis_id)]
        semua = list(
            PercobaanKuis.objects.filter(user_id=user_id, kuis_id=kuis_id).order_by("nomor")
        )
        lama = [p.persen for p in semua if p.status == PercobaanKuis.Status.SELESAI]
        kini = []
        for p in semua:
            u = baru.get(p.pk)
            status, persen = (u.status_baru, u.persen_baru) if u else (p.status, p.persen)
            if status == PercobaanKuis.Status.SELESAI:
                kini.append(persen)
        metode, ambang = p0.kuis.metode_nilai, p0.kuis.nilai_lulus
        n_lama, n_baru = penilaian.gabungkan(metode, lama), penilaian.gabungkan(metode, kini)
        hasil.append(
            PerubahanNilaiAkhir(
                user=p0.user,
                kuis=p0.kuis,
                nilai_lama=n_lama,
                nilai_baru=n_baru,
                lulus_lama=None if n_lama is None else n_lama >= ambang,
                lulus_baru=None if n_baru is None else n_baru >= ambang,
                sertifikat=list(
                    Sertifikat.objects.filter(
                        pendaftaran__user_id=user_id, pendaftaran__kursus__post_test_id=kuis_id
                    )
                ),
            )
        )
    return hasil


def pratinjau(*, soal: Soal | None = None, kuis: Kuis | None = None) -> Pratinjau:
    """Who changes if the stored answers are regraded now (nothing is written)."""
    if (soal is None) == (kuis is None):
        raise ValueError("soal atau kuis")
    return _hitung(soal=soal, kuis=kuis)


@transaction.atomic
def terapkan(*, sidik: str, oleh, soal: Soal | None = None, kuis: Kuis | None = None) -> Pratinjau:
    """Regrade as previewed, in one transaction: the attempts are locked, the computation runs
    again and must give the preview's fingerprint (else ``PratinjauKedaluwarsa`` and nothing is
    written); answers and attempts are updated, course completion is checked again, and the
    audit log on the question (or quiz) records who changed."""
    if (soal is None) == (kuis is None):
        raise ValueError("soal atau kuis")
    id_percobaan = [p.pk for p in _percobaan(soal=soal, kuis=kuis)]
    list(PercobaanKuis.objects.select_for_update().filter(pk__in=id_percobaan).order_by("pk"))
    hasil = _hitung(soal=soal, kuis=kuis)
    if hasil.sidik != sidik:
        raise PratinjauKedaluwarsa
    data = _data_log(hasil)  # before the attempts below carry their new values
    ubah_jawaban, ubah_butir = [], []
    for u in hasil.perubahan:
        ubah_jawaban += [JawabanPeserta(pk=pk, nilai=n) for pk, n in u.nilai_baru.items()]
        ubah_butir += [SoalPercobaan(pk=pk, bobot=b) for pk, b in u.bobot_baru.items()]
        p = u.percobaan
        p.skor, p.skor_maks, p.persen = u.skor_baru, u.skor_maks_baru, u.persen_baru
        p.status, p.lulus = u.status_baru, u.lulus_baru
    JawabanPeserta.objects.bulk_update(ubah_jawaban, ["nilai"], batch_size=500)
    SoalPercobaan.objects.bulk_update(ubah_butir, ["bobot"], batch_size=500)
    PercobaanKuis.objects.bulk_update(
        [u.percobaan for u in hasil.perubahan],
        ["skor", "skor_maks", "persen", "status", "lulus"],
        batch_size=500,
    )
    for u in hasil.perubahan:
        services.perbarui_kursus(u.percobaan)
    log(instance=soal or kuis, action=services.AKSI_NILAI_ULANG, user=oleh, data=data)
    return hasil


def _teks(n) -> str | None:
    return None if n is None else str(n)


def _data_log(hasil: Pratinjau) -> dict:
    return {
        "jumlah_diperiksa": hasil.jumlah_diperiksa,
        "jumlah_berubah": hasil.jumlah_berubah,
        "jumlah_kelulusan_berubah": sum(1 for n in hasil.nilai_akhir if n.kelulusan_berubah),
        "esai_perlu_dinilai": hasil.esai_perlu_dinilai,
        "rincian": [
            services.data_peserta(u.percobaan.user)
            | {
                "kuis": u.percobaan.kuis.judul,
                "percobaan_id": u.percobaan.pk,
                "nomor": u.percobaan.nomor,
                "persen_lama": _teks(u.percobaan.persen),
                "persen_baru": _teks(u.persen_baru),
                "lulus_lama": u.percobaan.lulus,
                "lulus_baru": u.lulus_baru,
            }
            for u in hasil.perubahan[:MAKS_RINCIAN_LOG]
        ],
    }
