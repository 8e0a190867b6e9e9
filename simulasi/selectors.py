"""Reads of the simulator: published cases, a participant's history, the trainer's report."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from django.db.models import Avg, Count, Q, QuerySet

from penilaian.akses import id_unit_lingkup, saring_peserta
from penilaian.ekspor import ya_tidak

from .jawaban import daftar_rhk
from .models import KasusSimulasi, PercobaanSimulasi

#: Score bands of the report's distribution (lower bound inclusive).
RENTANG_SKOR = ((0, 39), (40, 59), (60, 79), (80, 100))


def kasus_terbit() -> QuerySet[KasusSimulasi]:
    return KasusSimulasi.objects.filter(live=True).prefetch_related("indikator_model")


def riwayat(pengguna) -> QuerySet[PercobaanSimulasi]:
    return PercobaanSimulasi.objects.filter(pengguna=pengguna).select_related("kasus")


def ringkasan_kasus(*, user) -> QuerySet[KasusSimulasi]:
    """Every case (draft or published) with the attempt count and mean score of the
    participants in ``user``'s unit scope (all for the global role; ``saring_peserta``)."""
    lingkup = id_unit_lingkup(user)
    saring = None if lingkup is None else Q(percobaan__pengguna__pegawai__unit_id__in=lingkup)
    return KasusSimulasi.objects.annotate(
        jumlah_percobaan=Count("percobaan", filter=saring),
        rata_skor=Avg("percobaan__skor", filter=saring),
    ).order_by("judul")


@dataclass(frozen=True)
class LaporanKasus:
    kasus: KasusSimulasi
    jumlah: int
    jumlah_peserta: int
    rata_skor: float | None
    distribusi: list[tuple[str, int]]
    predikat: list[tuple[str, int]]
    temuan: list[tuple[str, int]]
    percobaan: list[PercobaanSimulasi]


def laporan_kasus(kasus: KasusSimulasi, *, user) -> LaporanKasus:
    """Figures of one case's attempts by the participants in ``user``'s unit scope: count,
    score distribution, most frequent findings."""
    percobaan = list(
        saring_peserta(user, PercobaanSimulasi.objects.filter(kasus=kasus), "pengguna")
        .select_related("pengguna")
        .order_by("-dibuat")
    )
    skor = [p.skor for p in percobaan]
    distribusi = [
        (f"{bawah}–{atas}", sum(1 for s in skor if bawah <= s <= atas))
        for bawah, atas in RENTANG_SKOR
    ]
    temuan = Counter(
        t["kode"] for p in percobaan for hasil in p.pemeriksaan for t in hasil["temuan"]
    )
    predikat = Counter(p.predikat for p in percobaan)
    return LaporanKasus(
        kasus=kasus,
        jumlah=len(percobaan),
        jumlah_peserta=len({p.pengguna_id for p in percobaan}),
        rata_skor=round(sum(skor) / len(skor), 1) if skor else None,
        distribusi=distribusi,
        predikat=predikat.most_common(),
        temuan=sorted(temuan.items(), key=lambda kv: (-kv[1], kv[0])),
        percobaan=percobaan,
    )


KOLOM_EKSPOR = (
    "waktu",
    "peserta",
    "skor",
    "skor_kualitas",
    "skor_cakupan",
    "prediksi_cocok",
    "predikat",
    "capaian_hasil_kerja",
    "jumlah_rhk",
    "jumlah_iki",
    "temuan",
    "kebijakan",
    "versi_mesin",
)


def baris_ekspor(laporan: LaporanKasus) -> list[list]:
    """One row per attempt for CSV/XLSX export, in ``KOLOM_EKSPOR`` order."""
    baris = []
    for p in laporan.percobaan:
        kode = sorted({t["kode"] for h in p.pemeriksaan for t in h["temuan"]})
        baris.append(
            [
                p.dibuat.strftime("%Y-%m-%d %H:%M"),
                p.pengguna.get_username(),
                p.skor,
                p.skor_kualitas,
                p.skor_cakupan,
                ya_tidak(p.prediksi_cocok),
                p.predikat,
                p.hasil_mesin.get("capaian_hasil_kerja"),
                len(daftar_rhk(p.jawaban)),
                sum(len(r["indikator"]) for r in daftar_rhk(p.jawaban)),
                " ".join(kode),
                p.kebijakan_nama,
                p.versi_mesin,
            ]
        )
    return baris
