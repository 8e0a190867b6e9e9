"""Writes and engine calls of the simulator.

Every PermenPANRB 6/2022 document goes through ``penilaian.mappers.dokumen_permen``, the one
builder shared with live appraisals, so a practice answer scores exactly like a real SKP with
the same inputs under the same kebijakan. PP 46/2011 has no live counterpart; its document is
built here in the engine's JSON shape (see docs/simulasi.md for the mapping and its limits).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db import transaction

from penilaian import mappers, mesin, selectors
from penilaian.models import Kebijakan

from .angka import tulis_angka, tulis_target
from .jawaban import daftar_rhk
from .models import KasusSimulasi, PercobaanSimulasi

#: Weights of the attempt score (percent), with and without a predikat prediction.
BOBOT_DENGAN_PREDIKSI = {"kualitas": 5, "cakupan": 3, "prediksi": 2}
BOBOT_TANPA_PREDIKSI = {"kualitas": 6, "cakupan": 4}


@dataclass(frozen=True)
class HasilHitung:
    """What the engine was given and what it returned, for one regime."""

    masukan: dict[str, Any] | None
    hasil: dict[str, Any] | None
    masalah: list[str]


def _teks_angka(nilai: Any) -> str:
    # Decimal text, never float: the engine reads it exactly.
    return format(Decimal(str(nilai)).normalize(), "f")


def _teks_target(target: Any) -> str | dict[str, str]:
    """A target as decimal text, or a range as the engine's ``{"min": …, "maks": …}``."""
    if isinstance(target, dict):
        return {"min": _teks_angka(target["min"]), "maks": _teks_angka(target["maks"])}
    return _teks_angka(target)


def rhk_peserta(*, kasus: KasusSimulasi, jawaban: dict[str, Any]) -> list[dict[str, Any]]:
    """The participant's answer as the RHK list ``dokumen_permen`` reads: one engine RHK per
    RHK of the answer (``jawaban.daftar_rhk``), each intervening the case's RHK atasan."""
    return [
        {
            "teks": r["rhk"],
            "jenis": "utama",
            "rhk_atasan": kasus.rhk_atasan,
            "indikator": [
                {
                    "teks": iki["teks"],
                    "aspek": iki["aspek"],
                    "target": _teks_target(iki["target"]),
                    "realisasi": _teks_angka(iki["realisasi"]),
                    "satuan": iki["satuan"],
                    "polaritas": iki.get("polaritas") or None,
                }
                for iki in r["indikator"]
            ],
        }
        for r in daftar_rhk(jawaban)
    ]


def rhk_model(kasus: KasusSimulasi) -> list[dict[str, Any]]:
    """The trainer's model answer with the case's realisation, as an RHK list."""
    return rhk_peserta(kasus=kasus, jawaban=jawaban_model(kasus))


def jawaban_model(kasus: KasusSimulasi) -> dict[str, Any]:
    """The model answer in the same shape as a participant's ``jawaban``."""
    return {
        "rhk": kasus.rhk_model,
        "indikator": [
            {
                "teks": iki.teks,
                "aspek": iki.aspek,
                "target": _teks_angka(iki.target),
                "satuan": iki.satuan,
                "polaritas": iki.polaritas,
                "realisasi": _teks_angka(iki.realisasi),
            }
            for iki in kasus.indikator_model.all()
        ],
    }


def kebijakan_tersimpan(masukan: dict[str, Any]) -> Kebijakan:
    """An unsaved ``Kebijakan`` carrying the name and thresholds an attempt was scored with."""
    k = masukan["kebijakan"]
    return Kebijakan(
        nama=k["nama"],
        ambang_di_atas=Decimal(k["ambang_di_atas"]),
        ambang_sesuai=Decimal(k["ambang_sesuai"]),
    )


def hitung_permen(
    *, rhk: list[dict[str, Any]], rating_perilaku: str, kebijakan: Kebijakan | None
) -> HasilHitung:
    """Score under PermenPANRB 6/2022 through the shared builder; keeps the exact input."""
    aturan = mappers.kebijakan_ke_mesin(kebijakan)
    masukan = {
        "rhk": rhk,
        "rating_perilaku": rating_perilaku,
        "kebijakan": {
            "nama": aturan.nama,
            "ambang_di_atas": str(aturan.ambang_di_atas),
            "ambang_sesuai": str(aturan.ambang_sesuai),
        },
    }
    try:
        dokumen = mappers.dokumen_permen(
            rhk=rhk, rating_perilaku=rating_perilaku, kebijakan=kebijakan
        )
        hasil = mesin.hasil_ke_json(mesin.hitung(dokumen, langkah=True))
    except mesin.KesalahanValidasi as galat:
        return HasilHitung(masukan, None, [str(m) for m in galat.masalah])
    return HasilHitung(masukan, hasil, [])


def target_rentang_dipakai(target: dict[str, str], realisasi: str) -> str:
    """The one number a range stands for, by the engine's rule: maks above the range, min
    below it, the realisation itself inside it (100 %)."""
    r, bawah, atas = Decimal(realisasi), Decimal(target["min"]), Decimal(target["maks"])
    return _teks_angka(atas if r > atas else bawah if r < bawah else r)


def dokumen_pp46(rhk: list[dict[str, Any]]) -> tuple[dict[str, Any] | None, list[str]]:
    """The same indicators as PP 46/2011 kegiatan (one kegiatan per IKI).

    The IKI's aspect carries its target and realisation; the aspects PP 46 requires but the IKI
    does not measure are taken as done as planned (kuantitas 1/1, kualitas 100/100, waktu 12/12
    bulan). Lower-is-better kuantitas/kualitas IKI (e.g. "0 temuan") have no PP 46 form and are
    left out, with a note. PP 46 has no range target: a range IKI uses the number PermenPANRB
    6/2022 uses (``target_rentang_dipakai``), with a note.
    """
    kegiatan: list[dict[str, Any]] = []
    catatan: list[str] = []
    for r in rhk:
        for iki in r["indikator"]:
            aspek = iki["aspek"]
            turun = iki.get("polaritas") == "turun"
            if aspek in ("kuantitas", "kualitas") and turun:
                catatan.append(
                    f"“{iki['teks']}” tidak dibandingkan: PP 46/2011 tidak mengenal ukuran "
                    "kuantitas/kualitas yang makin rendah makin baik."
                )
                continue
            keg: dict[str, Any] = {
                "nama": iki["teks"],
                "kuantitas": {"target": "1", "realisasi": "1", "satuan": "kegiatan"},
                "kualitas": {"target": "100", "realisasi": "100"},
                "waktu": {"target": "12", "realisasi": "12", "satuan": "bulan"},
            }
            target = iki["target"]
            if isinstance(target, dict):
                target = target_rentang_dipakai(target, iki["realisasi"])
                catatan.append(
                    f"“{iki['teks']}”: PP 46/2011 tidak mengenal target rentang "
                    f"({tulis_target(iki['target'])}); dipakai target {tulis_angka(target)} seperti "
                    "PermenPANRB 6/2022 (batas atas bila realisasi di atasnya, batas bawah bila "
                    "di bawahnya, realisasi itu sendiri bila di dalam rentang)."
                )
            ukuran = {"target": target, "realisasi": iki["realisasi"]}
            if aspek in ("kuantitas", "waktu"):
                ukuran["satuan"] = iki.get("satuan") or ""
            keg[aspek] = ukuran
            kegiatan.append(keg)
    if not kegiatan:
        return None, catatan
    return {"aturan": "pp46-2011", "kegiatan": kegiatan}, catatan


def hitung_pp46(rhk: list[dict[str, Any]]) -> HasilHitung:
    masukan, catatan = dokumen_pp46(rhk)
    if masukan is None:
        return HasilHitung(None, None, catatan)
    try:
        hasil = mesin.nilai_json(masukan)
    except mesin.KesalahanValidasi as galat:
        return HasilHitung(masukan, None, catatan + [str(m) for m in galat.masalah])
    return HasilHitung(masukan, hasil, catatan)


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
            iki={**iki, "target": _teks_angka(target) if target is not None else None},
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
    ``polaritas``, ``realisasi``; numbers as decimal text), optional ``rhk_tambahan``
    (``[{"rhk", "indikator"}]``, RHK 2 and 3) and optional ``prediksi``. ``pemeriksaan`` is
    stored flat, one verdict per IKI across the RHK in order, each IKI checked with its own RHK.
    Nothing is written when the engine rejects the answer (``PercobaanTidakSah``).
    """
    rhk = rhk_peserta(kasus=kasus, jawaban=jawaban)
    permen = hitung_permen(
        rhk=rhk, rating_perilaku=kasus.rating_perilaku, kebijakan=selectors.kebijakan_aktif()
    )
    if permen.hasil is None:
        raise PercobaanTidakSah(permen.masalah)
    pp46 = hitung_pp46(rhk) if kasus.tampilkan_pp46 else HasilHitung(None, None, [])
    pemeriksaan = [
        periksa_indikator(iki=iki, rhk=r["rhk"], rhk_atasan=kasus.rhk_atasan)
        for r in daftar_rhk(jawaban)
        for iki in r["indikator"]
    ]
    skor = skor_percobaan(
        kasus=kasus, jawaban=jawaban, pemeriksaan=pemeriksaan, predikat=permen.hasil["predikat"]
    )
    kebijakan = permen.masukan["kebijakan"]
    return PercobaanSimulasi.objects.create(
        kasus=kasus,
        pengguna=pengguna,
        jawaban={**jawaban, "aspek_terlewat": skor["aspek_terlewat"], "catatan_pp46": pp46.masalah},
        pemeriksaan=pemeriksaan,
        masukan_mesin=permen.masukan,
        hasil_mesin=permen.hasil,
        masukan_pp46=pp46.masukan,
        hasil_pp46=pp46.hasil,
        versi_mesin=mesin.VERSI_MESIN,
        kebijakan_nama=kebijakan["nama"],
        kebijakan_ambang_di_atas=Decimal(kebijakan["ambang_di_atas"]),
        kebijakan_ambang_sesuai=Decimal(kebijakan["ambang_sesuai"]),
        predikat=permen.hasil["predikat"],
        prediksi=skor["prediksi"],
        prediksi_cocok=skor["prediksi_cocok"],
        skor_kualitas=skor["skor_kualitas"],
        skor_cakupan=skor["skor_cakupan"],
        skor=skor["skor"],
    )


def andaikan(*, percobaan: PercobaanSimulasi, realisasi: list[Decimal]) -> dict[str, Any]:
    """What-if: the attempt's own input with other realisasi, under the kebijakan it used.

    ``realisasi`` numbers the IKI across all RHK in order (``jumlah_indikator``)."""
    masukan = percobaan.masukan_mesin
    rhk = [dict(r, indikator=[dict(i) for i in r["indikator"]]) for r in masukan["rhk"]]
    indikator = [iki for r in rhk for iki in r["indikator"]]
    for iki, nilai in zip(indikator, realisasi, strict=True):
        iki["realisasi"] = _teks_angka(nilai)
    permen = hitung_permen(
        rhk=rhk, rating_perilaku=masukan["rating_perilaku"], kebijakan=kebijakan_tersimpan(masukan)
    )
    pp46 = hitung_pp46(rhk) if percobaan.masukan_pp46 else HasilHitung(None, None, [])
    return {"permen": permen.hasil, "pp46": pp46.hasil, "masalah": permen.masalah + pp46.masalah}


def jumlah_indikator(percobaan: PercobaanSimulasi) -> int:
    """The IKI of an attempt across all its RHK (what ``andaikan`` takes realisasi for)."""
    return sum(len(r["indikator"]) for r in percobaan.masukan_mesin["rhk"])
