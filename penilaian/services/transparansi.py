"""Publishing the public transparency aggregates as dated snapshots.

The page never reads evaluations: it reads what was published here. A period is published when
it has closed (it is no longer the running period); each unit's aggregates are grouped by the
unit the employee belonged to when the evaluation became final. Publishing again (after a
correction or a late evaluation) writes a new snapshot of a unit only when it differs from the
unit's previous snapshot by at least ``AMBANG_PUBLIKASI_ULANG`` evaluations; below that the
difference between the two would describe one or a few people, so the previous one stays.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import transaction
from django.db.models import F
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _

from .. import mesin
from ..akses import adalah_admin_kepegawaian, id_unit_lingkup
from ..models import Evaluasi, Periode, PeriodeEvaluasi, TransparansiTerbit
from ..selectors import terbitan_terkini
from .dasar import KesalahanPenilaian, catat_riwayat

#: The application's own policy (not a regulation): a republished unit must differ from its
#: previous snapshot by at least this many evaluations, the same number as the public
#: threshold of at least 5 employees per aggregate.
AMBANG_PUBLIKASI_ULANG = 5

_ASPEK = ("kuantitas", "kualitas", "waktu", "biaya")


@dataclass
class HasilTerbit:
    """What one publication did, per unit name: published, withheld (with the number of
    evaluations that differ) or unchanged."""

    diterbitkan: list[str] = field(default_factory=list)
    ditahan: list[tuple[str, int]] = field(default_factory=list)
    tetap: list[str] = field(default_factory=list)


@transaction.atomic
def transparansi_terbitkan(*, oleh, periode: Periode) -> HasilTerbit:
    """Publish the final annual evaluations of a closed period per unit. Idempotent: nothing
    is written for a unit whose evaluations did not change. ``oleh`` is ``None`` only for the
    operator's management command. An administrator with a unit scope publishes only the units
    in it."""
    if oleh is not None and not adalah_admin_kepegawaian(oleh):
        raise KesalahanPenilaian(_("Hanya Admin Kepegawaian yang dapat menerbitkan transparansi."))
    # One publication of a period at a time: the second waits and then sees the first's rows.
    periode = Periode.objects.select_for_update().get(pk=periode.pk)
    if periode.aktif:
        raise KesalahanPenilaian(
            _("Periode %(tahun)s masih berjalan; terbitkan setelah periode ditutup.")
            % {"tahun": periode.tahun}
        )
    baru = hitung_agregat(periode)
    lama = terbitan_terkini(periode)
    waktu, hasil = timezone.now(), HasilTerbit()
    unit_ids = set(baru) | set(lama)
    lingkup = id_unit_lingkup(oleh) if oleh is not None else None
    if lingkup is not None:
        # A scoped administrator publishes the units of its scope only.
        unit_ids &= lingkup
    for unit_id in sorted(unit_ids):
        agregat = baru.get(unit_id) or _agregat_kosong()
        sebelumnya = lama.get(unit_id)
        beda = selisih_evaluasi(sebelumnya.sidik if sebelumnya else None, agregat["sidik"])
        nama = sebelumnya.unit.nama if sebelumnya else str(unit_id)
        if beda == 0:
            hasil.tetap.append(nama)
            continue
        if sebelumnya is not None and beda < AMBANG_PUBLIKASI_ULANG:
            hasil.ditahan.append((nama, beda))
            continue
        terbit = TransparansiTerbit.objects.create(
            periode=periode, unit_id=unit_id, diterbitkan=waktu, diterbitkan_oleh=oleh, **agregat
        )
        hasil.diterbitkan.append(terbit.unit.nama)
    if hasil.diterbitkan:
        catat_riwayat(
            oleh=oleh,
            objek=periode,
            aksi="transparansi_terbitkan",
            sebelum=None,
            sesudah={"unit": hasil.diterbitkan, "ditahan": [n for n, _ in hasil.ditahan]},
        )
    return hasil


def selisih_evaluasi(lama: dict | None, baru: dict) -> int:
    """How many evaluations differ between two snapshots' fingerprints: added, removed, or
    contributing something else (a corrected predikat or capaian). ``None`` is no snapshot."""
    if lama is None:
        return max(len(baru), 1)
    kunci = set(lama) | set(baru)
    return sum(1 for k in kunci if lama.get(k) != baru.get(k))


def _agregat_kosong() -> dict:
    return {"jumlah": 0, "predikat": {}, "aspek": [[a, None] for a in _ASPEK], "sidik": {}}


def hitung_agregat(periode: Periode) -> dict[int, dict]:
    """One streamed pass over the period's final annual evaluations, grouped by the unit at
    evaluation time (the employee's unit only for evaluations finalised without one), keeping
    per unit the count, the predikat counts, the mean capaian per aspect of the main RHK's IKI
    and each evaluation's fingerprint."""
    baris = (
        Evaluasi.objects.filter(
            skp__periode=periode,
            status=Evaluasi.Status.FINAL,
            periode_evaluasi=PeriodeEvaluasi.TAHUNAN,
        )
        .annotate(unit_saat_dinilai=Coalesce(F("unit_id"), F("skp__pegawai__unit_id")))
        .order_by()
        .values_list("pk", "unit_saat_dinilai", "predikat", "hasil_mesin")
        .iterator(chunk_size=2000)
    )
    per_unit: dict[int, dict] = {}
    for pk, unit_id, predikat, hasil_mesin in baris:
        a = per_unit.setdefault(unit_id, {"predikat": Counter(), "nilai": {}, "sidik": {}})
        a["predikat"][predikat] += 1
        capaian = _capaian_utama(hasil_mesin)
        for aspek, nilai in capaian:
            jumlah = a["nilai"].setdefault(aspek, [Decimal(0), 0])
            jumlah[0] += nilai
            jumlah[1] += 1
        a["sidik"][str(pk)] = _sidik(predikat, capaian)
    return {
        unit_id: {
            "jumlah": len(a["sidik"]),
            "predikat": dict(a["predikat"]),
            "aspek": _rata(a["nilai"]),
            "sidik": a["sidik"],
        }
        for unit_id, a in per_unit.items()
    }


def _capaian_utama(hasil_mesin: dict) -> list[tuple[str, Decimal]]:
    """(aspect, capaian) of the main RHK's IKI of one engine result."""
    return [
        (iki["aspek"], Decimal(str(iki["capaian"])))
        for rhk in (hasil_mesin or {}).get("rhk", [])
        if rhk.get("jenis") == "utama"
        for iki in rhk.get("indikator", [])
        if iki.get("capaian") is not None
    ]


def _sidik(predikat: str, capaian: list[tuple[str, Decimal]]) -> str:
    mentah = json.dumps([predikat, [(a, str(n)) for a, n in capaian]])
    return hashlib.sha256(mentah.encode()).hexdigest()[:16]


def _rata(nilai: dict[str, list]) -> list[list]:
    """Mean capaian per aspect as text (JSON keeps the Decimal exact), ``None`` without IKI."""
    keluar = []
    for aspek in _ASPEK:
        total, n = nilai.get(aspek, (0, 0))
        keluar.append([aspek, str(mesin.bulatkan(total / n)) if n else None])
    return keluar
