"""Writes and engine calls of the simulator.

An answer becomes the engine's document in ``simulasi.mappers`` (through
``penilaian.mappers.dokumen_permen``, the builder live appraisals use) and is scored and stored
by ``penilaian.services.nilai`` (the one scoring service), so a practice answer scores exactly
like a real SKP with the same inputs under the same kebijakan, and a stored attempt replays to
itself.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db import transaction

from penilaian import mesin, selectors
from penilaian.services.nilai import HasilMesin, dokumen_nilai, hasil_simpan

from .jawaban import daftar_rhk
from .mappers import dokumen_dari_jawaban, dokumen_pp46, jawaban_model, rhk_peserta
from .models import KasusSimulasi, PercobaanSimulasi

__all__ = [
    "BOBOT_DENGAN_PREDIKSI",
    "BOBOT_TANPA_PREDIKSI",
    "PercobaanTidakSah",
    "andaikan",
    "jawaban_model",
    "jumlah_indikator",
    "percobaan_simpan",
    "periksa_indikator",
    "periksa_jawaban_model",
    "skor_percobaan",
]

#: Weights of the attempt score (percent), with and without a predikat prediction.
BOBOT_DENGAN_PREDIKSI = {"kualitas": 5, "cakupan": 3, "prediksi": 2}
BOBOT_TANPA_PREDIKSI = {"kualitas": 6, "cakupan": 4}


@dataclass(frozen=True)
class HasilPP46:
    """The PP 46/2011 comparison: its document and result (``None`` when no IKI maps), with
    the notes on what the mapping left out or changed."""

    dokumen: dict[str, Any] | None
    hasil: dict[str, Any] | None
    catatan: list[str]


def _pp46(rhk: list[dict[str, Any]]) -> HasilPP46:
    dokumen, catatan = dokumen_pp46(rhk)
    if dokumen is None:
        return HasilPP46(None, None, catatan)
    try:
        hasil = dokumen_nilai(dokumen=dokumen)
    except mesin.KesalahanValidasi as galat:
        return HasilPP46(dokumen, None, catatan + [str(m) for m in galat.masalah])
    return HasilPP46(hasil.dokumen, hasil.hasil, catatan)


def periksa_indikator(*, iki: dict[str, Any], rhk: str, rhk_atasan: str) -> dict[str, Any]:
    """The checker's verdict on one IKI of an answer (JSON form)."""
    item = {
        "teks": iki["teks"],
        "target": iki["target"],
        "satuan": iki.get("satuan") or None,
        "aspek": iki.get("aspek") or None,
        "polaritas": iki.get("polaritas") or None,
        "rhk": rhk or None,
        "rhk_atasan": rhk_atasan or None,
    }
    return mesin.periksa({k: v for k, v in item.items() if v not in (None, "")}).ke_json()


def periksa_ketikan(*, iki: dict[str, Any], rhk: str, rhk_atasan: str) -> dict[str, Any] | None:
    """The checker's verdict on an IKI as typed, before the form is validated; ``None`` when
    the checker cannot read it at all (an aspect or polarity outside the choices), which the
    form's own error beside that field explains."""
    try:
        return periksa_indikator(iki=iki, rhk=rhk, rhk_atasan=rhk_atasan)
    except mesin.ItemTidakValid:
        return None


def periksa_jawaban_model(
    *, indikator: list[dict[str, Any]], rhk: str, rhk_atasan: str
) -> list[tuple[int, dict[str, Any]]]:
    """The model answer's IKI the checker does not pass (``layak`` false), with their index.

    ``indikator``: ``teks``, ``aspek``, ``target`` (number), ``satuan``, ``polaritas``. A trainer's
    model answer is what participants learn from, so it must pass like a live SKP would.
    """
    gagal = []
    for i, iki in enumerate(indikator):
        target = iki.get("target")
        hasil = periksa_indikator(
            iki={**iki, "target": mesin.angka_json(target) if target is not None else None},
            rhk=rhk,
            rhk_atasan=rhk_atasan,
        )
        if not hasil["layak"]:
            gagal.append((i, hasil))
    return gagal


def skor_percobaan(
    *,
    kasus: KasusSimulasi,
    jawaban: dict[str, Any],
    pemeriksaan: list[dict[str, Any]],
    predikat: str | None,
) -> dict[str, Any]:
    """Indicator quality, coverage of the model's aspects, prediction match, weighted total."""
    kualitas = _bagi_bulat(sum(p["skor"] for p in pemeriksaan), len(pemeriksaan))
    aspek_model = {iki.aspek for iki in kasus.indikator_model.all()}
    aspek_peserta = {iki["aspek"] for r in daftar_rhk(jawaban) for iki in r["indikator"]}
    cakupan = _bagi_bulat(100 * len(aspek_model & aspek_peserta), len(aspek_model) or 1)
    prediksi = jawaban.get("prediksi") or ""
    if kasus.minta_prediksi:
        cocok = bool(predikat) and prediksi == predikat
        b = BOBOT_DENGAN_PREDIKSI
        total = _bagi_bulat(
            b["kualitas"] * kualitas
            + b["cakupan"] * cakupan
            + b["prediksi"] * (100 if cocok else 0),
            10,
        )
    else:
        cocok = None
        b = BOBOT_TANPA_PREDIKSI
        total = _bagi_bulat(b["kualitas"] * kualitas + b["cakupan"] * cakupan, 10)
    return {
        "skor_kualitas": kualitas,
        "skor_cakupan": cakupan,
        "prediksi": prediksi,
        "prediksi_cocok": cocok,
        "skor": total,
        "aspek_terlewat": sorted(aspek_model - aspek_peserta),
    }


def _bagi_bulat(pembilang: int, penyebut: int) -> int:
    """Integer division rounded half up (scores are whole numbers)."""
    return (2 * pembilang + penyebut) // (2 * penyebut)


class PercobaanTidakSah(ValueError):
    """The engine rejected the answer; ``masalah`` lists the engine's messages."""

    def __init__(self, masalah: list[str]) -> None:
        super().__init__("; ".join(masalah))
        self.masalah = masalah


@transaction.atomic
def percobaan_simpan(
    *, kasus: KasusSimulasi, pengguna, jawaban: dict[str, Any]
) -> PercobaanSimulasi:
    """Score a complete answer with the active kebijakan and store it with everything used.

    ``jawaban``: ``rhk``, ``indikator`` (``teks``, ``aspek``, ``target``, ``satuan``,
    ``polaritas``, ``realisasi``; numbers as JSON numbers), optional ``rhk_tambahan``
    (``[{"rhk", "indikator"}]``, RHK 2 and 3) and optional ``prediksi``. ``pemeriksaan`` is
    stored flat, one verdict per IKI across the RHK in order, each IKI checked with its own RHK.
    Nothing is written when the engine rejects the answer (``PercobaanTidakSah``).
    """
    dokumen = dokumen_dari_jawaban(kasus, jawaban, kebijakan=selectors.kebijakan_aktif())
    try:
        permen = dokumen_nilai(dokumen=dokumen)
    except mesin.KesalahanValidasi as galat:
        raise PercobaanTidakSah([str(m) for m in galat.masalah]) from galat
    pp46 = _pp46(rhk_peserta(kasus=kasus, jawaban=jawaban)) if kasus.tampilkan_pp46 else None
    pemeriksaan = [
        periksa_indikator(iki=iki, rhk=r["rhk"], rhk_atasan=kasus.rhk_atasan)
        for r in daftar_rhk(jawaban)
        for iki in r["indikator"]
    ]
    skor = skor_percobaan(
        kasus=kasus, jawaban=jawaban, pemeriksaan=pemeriksaan, predikat=permen.hasil["predikat"]
    )
    percobaan = PercobaanSimulasi(
        kasus=kasus,
        pengguna=pengguna,
        jawaban={
            **jawaban,
            "aspek_terlewat": skor["aspek_terlewat"],
            "catatan_pp46": pp46.catatan if pp46 else [],
        },
        pemeriksaan=pemeriksaan,
        masukan_pp46=pp46.dokumen if pp46 else None,
        hasil_pp46=pp46.hasil if pp46 else None,
        predikat=permen.hasil["predikat"],
        prediksi=skor["prediksi"],
        prediksi_cocok=skor["prediksi_cocok"],
        skor_kualitas=skor["skor_kualitas"],
        skor_cakupan=skor["skor_cakupan"],
        skor=skor["skor"],
    )
    hasil_simpan(percobaan, permen)
    percobaan.save()
    return percobaan


def andaikan(*, percobaan: PercobaanSimulasi, realisasi: list[Decimal]) -> dict[str, Any]:
    """What-if: the attempt's stored document with other realisasi, under the kebijakan it
    was scored with (the document carries it), through the one scoring service.

    ``realisasi`` numbers the IKI across all RHK in order (``jumlah_indikator``)."""
    dokumen = copy.deepcopy(percobaan.masukan_mesin)
    indikator = [iki for r in dokumen["rhk"] for iki in r["indikator"]]
    for iki, nilai in zip(indikator, realisasi, strict=True):
        iki["realisasi"] = mesin.angka_json(nilai)
    masalah: list[str] = []
    try:
        permen: HasilMesin | None = dokumen_nilai(dokumen=dokumen)
    except mesin.KesalahanValidasi as galat:
        permen, masalah = None, [str(m) for m in galat.masalah]
    pp46 = _pp46(dokumen["rhk"]) if percobaan.masukan_pp46 else None
    return {
        "permen": permen.hasil if permen else None,
        "pp46": pp46.hasil if pp46 else None,
        "masalah": masalah + (pp46.catatan if pp46 else []),
    }


def jumlah_indikator(percobaan: PercobaanSimulasi) -> int:
    """The IKI of an attempt across all its RHK (what ``andaikan`` takes realisasi for)."""
    return sum(len(r["indikator"]) for r in percobaan.masukan_mesin["rhk"])
