"""A participant's answer (and the trainer's model answer) as the engine's JSON documents.

PermenPANRB 6/2022 documents are built by ``penilaian.mappers.dokumen_permen``, the one builder
live appraisals use too, so a practice answer scores exactly like a real SKP with the same inputs
under the same kebijakan. PP 46/2011 has no live counterpart; its document is built here (see
docs/simulasi.md for the mapping and its limits).

Numbers in an answer are JSON numbers (``mesin.angka_json``, written by the forms) and are read
back with ``mesin.angka.ubah_angka``; they are never machine text that the Indonesian reader
could take for thousands.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from penilaian import mappers, mesin
from penilaian.mesin.angka import ubah_angka
from penilaian.models import Kebijakan, PeriodeEvaluasi

from .angka import tulis_angka, tulis_target
from .jawaban import daftar_rhk
from .models import KasusSimulasi

__all__ = [
    "dokumen_dari_jawaban",
    "dokumen_pp46",
    "jawaban_model",
    "rhk_peserta",
    "target_rentang_dipakai",
]


def rhk_peserta(*, kasus: KasusSimulasi, jawaban: dict[str, Any]) -> list[dict[str, Any]]:
    """The answer as the RHK list ``dokumen_permen`` reads: one engine RHK per RHK of the
    answer (``jawaban.daftar_rhk``), each intervening the case's RHK atasan."""
    return [
        {
            "teks": r["rhk"],
            "jenis": "utama",
            "rhk_atasan": kasus.rhk_atasan,
            "indikator": [
                {
                    "teks": iki["teks"],
                    "aspek": iki["aspek"],
                    "target": iki["target"],
                    "realisasi": iki["realisasi"],
                    "satuan": iki["satuan"],
                    "polaritas": iki.get("polaritas") or None,
                }
                for iki in r["indikator"]
            ],
        }
        for r in daftar_rhk(jawaban)
    ]


def dokumen_dari_jawaban(
    kasus: KasusSimulasi, jawaban: dict[str, Any], *, kebijakan: Kebijakan | None
) -> dict[str, Any]:
    """The PermenPANRB 6/2022 engine document of an answer under ``kebijakan`` (the stored
    kebijakan model, ``None`` for the engine's default), with the case's appraisal settings as
    a live SKP carries them: the approach, the appraiser's rating hasil kerja (when the case
    gives one), the unit's capaian kinerja organisasi (when the participant leads the unit) and
    the jabatan fungsional's coefficient for a full year."""
    return mappers.dokumen_permen(
        rhk=rhk_peserta(kasus=kasus, jawaban=jawaban),
        rating_perilaku=kasus.rating_perilaku,
        kebijakan=mappers.kebijakan_ke_mesin(kebijakan),
        rating_hasil_kerja=kasus.rating_hasil_kerja or None,
        pendekatan=kasus.pendekatan,
        capaian_kinerja_organisasi=kasus.capaian_kinerja_organisasi or None,
        jabatan_fungsional=mappers.koefisien_ke_json(
            kasus.koefisien_jf, bulan=mappers.BULAN_PERIODE[PeriodeEvaluasi.TAHUNAN]
        ),
    )


def jawaban_model(kasus: KasusSimulasi) -> dict[str, Any]:
    """The trainer's model answer, with the case's realisation, in the shape of an answer."""
    return {
        "rhk": kasus.rhk_model,
        "indikator": [
            {
                "teks": iki.teks,
                "aspek": iki.aspek,
                "target": mesin.angka_json(iki.target),
                "satuan": iki.satuan,
                "polaritas": iki.polaritas,
                "realisasi": mesin.angka_json(iki.realisasi),
            }
            for iki in kasus.indikator_model.all()
        ],
    }


def target_rentang_dipakai(target: dict[str, Any], realisasi: Any) -> Decimal:
    """The one number a range stands for, by the engine's rule: maks above the range, min
    below it, the realisation itself inside it (100 %)."""
    r, bawah, atas = ubah_angka(realisasi), ubah_angka(target["min"]), ubah_angka(target["maks"])
    return atas if r > atas else bawah if r < bawah else r


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
                "kuantitas": {"target": 1, "realisasi": 1, "satuan": "kegiatan"},
                "kualitas": {"target": 100, "realisasi": 100},
                "waktu": {"target": 12, "realisasi": 12, "satuan": "bulan"},
            }
            target = iki["target"]
            if isinstance(target, dict):
                dipakai = target_rentang_dipakai(target, iki["realisasi"])
                catatan.append(
                    f"“{iki['teks']}”: PP 46/2011 tidak mengenal target rentang "
                    f"({tulis_target(target)}); dipakai target {tulis_angka(dipakai)} seperti "
                    "PermenPANRB 6/2022 (batas atas bila realisasi di atasnya, batas bawah bila "
                    "di bawahnya, realisasi itu sendiri bila di dalam rentang)."
                )
                target = mesin.angka_json(dipakai)
            ukuran = {"target": target, "realisasi": iki["realisasi"]}
            if aspek in ("kuantitas", "waktu"):
                ukuran["satuan"] = iki.get("satuan") or ""
            keg[aspek] = ukuran
            kegiatan.append(keg)
    if not kegiatan:
        return None, catatan
    return {"aturan": "pp46-2011", "kegiatan": kegiatan}, catatan
