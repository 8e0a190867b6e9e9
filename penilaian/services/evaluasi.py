"""Evaluation: the engine computes under the kebijakan; the atasan rates and finalises;
Admin Kepegawaian corrects a final evaluation with a reason."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from decimal import Decimal

from django.db import transaction
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext as _

from .. import mesin, peristiwa
from ..akses import (
    admin_untuk_unit,
)
from ..mappers import ATRIBUT_CAPAIAN, dokumen_dari_skp, rhk_prefetch
from ..models import (
    SKP,
    CapaianOrganisasi,
    Evaluasi,
    Kebijakan,
    PeriodeEvaluasi,
    Rating,
)
from ..selectors import kebijakan_aktif
from .dasar import (
    RATING_PERILAKU_BAWAAN,
    KesalahanPenilaian,
    _cek_versi,
    _keadaan,
    _naikkan,
    _wajib_atasan_langsung,
    _wajib_status,
    catat_riwayat,
    wajib_bukan_diri_sendiri,
)
from .nilai import HasilMesin, dokumen_nilai, hasil_simpan
from .realisasi import _wajib_periode
from .skp import _pindah

# --- evaluation -----------------------------------------------------------------------------


def kebijakan_untuk(skp: SKP) -> Kebijakan | None:
    """The running period uses the active kebijakan (the one the simulator uses); a past
    period keeps the kebijakan chosen for it."""
    if skp.periode.aktif:
        return kebijakan_aktif()
    return skp.periode.kebijakan


def _nilai(dokumen: dict, *, salin: bool = True) -> HasilMesin:
    """Score a document through the one scoring service; an invalid one is a domain error."""
    try:
        return dokumen_nilai(dokumen=dokumen, salin=salin)
    except mesin.KesalahanValidasi as e:
        raise _galat_mesin(e) from e


def _galat_mesin(e: mesin.KesalahanValidasi) -> KesalahanPenilaian:
    return KesalahanPenilaian(
        _("Data SKP belum lengkap untuk dihitung mesin penilaian."),
        masalah=[str(m) for m in e.masalah],
    )


def evaluasi_hitung_usulan(
    *,
    skp: SKP,
    periode_evaluasi: str | None = None,
    rating_perilaku: str | None = None,
    rating_hasil_kerja: str | None = None,
) -> dict:
    """The engine's JSON result for the SKP under its kebijakan (writes nothing).

    ``rating_perilaku`` defaults to the stored evaluation's, else "sesuai_ekspektasi";
    without ``rating_hasil_kerja`` the result carries the engine's proposal.
    """
    return _usulan(
        skp,
        kebijakan=kebijakan_untuk(skp),
        periode_evaluasi=periode_evaluasi or PeriodeEvaluasi.TAHUNAN,
        rating_perilaku=rating_perilaku,
        rating_hasil_kerja=rating_hasil_kerja,
    )


def _evaluasi_tersimpan(skp: SKP, periode_evaluasi: str) -> Evaluasi | None:
    if "evaluasi" in getattr(skp, "_prefetched_objects_cache", {}):
        return next((e for e in skp.evaluasi.all() if e.periode_evaluasi == periode_evaluasi), None)
    return skp.evaluasi.filter(periode_evaluasi=periode_evaluasi).first()


def _usulan(
    skp: SKP,
    *,
    kebijakan: Kebijakan | None,
    periode_evaluasi: str,
    rating_perilaku: str | None,
    rating_hasil_kerja: str | None,
) -> dict:
    if rating_perilaku is None:
        tersimpan = _evaluasi_tersimpan(skp, periode_evaluasi)
        rating_perilaku = (tersimpan and tersimpan.rating_perilaku) or RATING_PERILAKU_BAWAAN
    dokumen = dokumen_dari_skp(
        skp,
        periode_evaluasi=periode_evaluasi,
        kebijakan=kebijakan,
        rating_perilaku=rating_perilaku,
        rating_hasil_kerja=rating_hasil_kerja,
    )
    # Built here for this call alone and only the result leaves: no private copy needed.
    return _nilai(dokumen, salin=False).hasil


def skp_untuk_dinilai_ulang(ids) -> list[SKP]:
    """The SKPs with every row scoring them reads, in a constant number of queries (SKP with
    employee and period, RHK, IKI, realisation, evaluations, the units' capaian)."""
    daftar = list(
        SKP.objects.filter(pk__in=list(ids))
        .select_related("pegawai", "periode__kebijakan")
        .prefetch_related(
            rhk_prefetch(),
            Prefetch(
                "evaluasi",
                queryset=Evaluasi.objects.only(
                    "pk", "skp_id", "periode_evaluasi", "status", "rating_perilaku", "predikat"
                ),
            ),
        )
        .order_by("pk")
    )
    kepala = [s for s in daftar if s.pegawai.memimpin_unit]
    capaian = {}
    if kepala:
        capaian = {
            (c.unit_id, c.periode_id): c
            for c in CapaianOrganisasi.objects.filter(
                unit_id__in={s.pegawai.unit_id for s in kepala},
                periode_id__in={s.periode_id for s in kepala},
            )
        }
    for s in kepala:
        setattr(s, ATRIBUT_CAPAIAN, capaian.get((s.pegawai.unit_id, s.periode_id)))
    return daftar


def evaluasi_hitung_usulan_banyak(
    *, skp: list[SKP], periode_evaluasi: str | None = None
) -> Iterator[tuple[SKP, dict | KesalahanPenilaian]]:
    """:func:`evaluasi_hitung_usulan` for many SKPs loaded by :func:`skp_untuk_dinilai_ulang`:
    the same result for each, with the kebijakan looked up once per period. Yields
    ``(skp, result)``, or ``(skp, error)`` for an SKP the engine cannot score yet."""
    periode_evaluasi = periode_evaluasi or PeriodeEvaluasi.TAHUNAN
    kebijakan: dict[int, Kebijakan | None] = {}
    for s in skp:
        if s.periode_id not in kebijakan:
            kebijakan[s.periode_id] = kebijakan_untuk(s)
        try:
            hasil = _usulan(
                s,
                kebijakan=kebijakan[s.periode_id],
                periode_evaluasi=periode_evaluasi,
                rating_perilaku=None,
                rating_hasil_kerja=None,
            )
        except KesalahanPenilaian as e:
            yield s, e
        else:
            yield s, hasil


def _terapkan_hasil(evaluasi: Evaluasi, hasil: HasilMesin) -> None:
    hasil_simpan(evaluasi, hasil)
    h = hasil.hasil
    evaluasi.rating_hasil_kerja_usulan = h.get("rating_hasil_kerja_usulan") or ""
    evaluasi.rating_hasil_kerja = h.get("rating_hasil_kerja") or ""
    evaluasi.rating_perilaku = h.get("rating_perilaku") or ""
    evaluasi.predikat = h.get("predikat") or ""
    ak = h.get("angka_kredit")
    evaluasi.angka_kredit = Decimal(str(ak)) if ak is not None else None


def _wajib_alasan(rating: str | None, usulan: str | None, alasan: str) -> None:
    if rating and usulan and rating != usulan and not alasan.strip():
        raise KesalahanPenilaian(
            _("Rating hasil kerja berbeda dari usulan mesin (%(usulan)s); alasan wajib diisi.")
            % {"usulan": Rating(usulan).label}
        )


def evaluasi_hitung(
    *,
    skp: SKP,
    rating_perilaku: str,
    rating_hasil_kerja: str | None = None,
    periode_evaluasi: str = PeriodeEvaluasi.TAHUNAN,
    kebijakan: Kebijakan | None = None,
) -> HasilMesin:
    """The engine document for the SKP under its kebijakan, scored (writes nothing)."""
    return _nilai(
        dokumen_dari_skp(
            skp,
            periode_evaluasi=periode_evaluasi,
            kebijakan=kebijakan or kebijakan_untuk(skp),
            rating_perilaku=rating_perilaku,
            rating_hasil_kerja=rating_hasil_kerja,
        )
    )


def terapkan_hasil(evaluasi: Evaluasi, hasil: HasilMesin) -> None:
    """Copy a scored document and its result onto the evaluation's fields (no save)."""
    _terapkan_hasil(evaluasi, hasil)


@transaction.atomic
def evaluasi_simpan(
    *,
    oleh,
    skp: SKP,
    versi: int | None,
    rating_perilaku: str,
    rating_hasil_kerja: str | None = None,
    alasan_rating: str = "",
    catatan_perilaku: dict | None = None,
    periode_evaluasi: str = PeriodeEvaluasi.TAHUNAN,
) -> Evaluasi:
    """The direct atasan rates: the engine computes under the kebijakan, and the result, the
    input and the engine version are stored. A rating different from the proposal needs a
    reason. ``periode_evaluasi`` is one of the cadence's periods (a quarter, …) or the annual
    one; the engine then reads that period's realisation. Only the annual evaluation moves the
    SKP to ``dinilai``."""
    skp = SKP.objects.select_for_update().select_related("pegawai", "periode").get(pk=skp.pk)
    _wajib_atasan_langsung(oleh, skp, aksi=_("menilai"))
    _wajib_status(skp, SKP.Status.DISETUJUI, SKP.Status.DINILAI, aksi=_("menilai"))
    _wajib_periode(skp, periode_evaluasi)
    if rating_perilaku not in Rating.values:
        raise KesalahanPenilaian(_("Pilih rating perilaku kerja."))
    if rating_hasil_kerja and rating_hasil_kerja not in Rating.values:
        raise KesalahanPenilaian(_("Rating hasil kerja tidak dikenal."))
    if skp.pendekatan == SKP.Pendekatan.KUALITATIF and not rating_hasil_kerja:
        raise KesalahanPenilaian(
            _("Pendekatan kualitatif tidak memiliki usulan angka: pilih rating hasil kerja.")
        )
    evaluasi = (
        Evaluasi.objects.select_for_update()
        .filter(skp=skp, periode_evaluasi=periode_evaluasi)
        .first()
    )
    if evaluasi is not None:
        _cek_versi(evaluasi, versi)
        if evaluasi.status == Evaluasi.Status.FINAL:
            raise KesalahanPenilaian(
                _("Evaluasi sudah final; perubahan hanya lewat koreksi Admin Kepegawaian.")
            )
    kebijakan = kebijakan_untuk(skp)
    hasil = evaluasi_hitung(
        skp=skp,
        rating_perilaku=rating_perilaku,
        rating_hasil_kerja=rating_hasil_kerja,
        periode_evaluasi=periode_evaluasi,
        kebijakan=kebijakan,
    )
    _wajib_alasan(rating_hasil_kerja, hasil.hasil.get("rating_hasil_kerja_usulan"), alasan_rating)
    sebelum = _keadaan(evaluasi) if evaluasi else None
    if evaluasi is None:
        evaluasi = Evaluasi(skp=skp, periode_evaluasi=periode_evaluasi, versi=0)
    _terapkan_hasil(evaluasi, hasil)
    evaluasi.kebijakan = kebijakan
    evaluasi.alasan_rating = (
        alasan_rating.strip() if hasil.hasil.get("rating_berbeda_dari_usulan") else ""
    )
    evaluasi.catatan_perilaku = {k: v for k, v in (catatan_perilaku or {}).items() if v}
    evaluasi.penilai = oleh
    _naikkan(evaluasi, oleh)
    catat_riwayat(
        oleh=oleh,
        objek=evaluasi,
        aksi="evaluasi_simpan",
        sebelum=sebelum,
        sesudah=_keadaan(evaluasi),
    )
    if periode_evaluasi == PeriodeEvaluasi.TAHUNAN and skp.status == SKP.Status.DISETUJUI:
        _pindah(oleh, skp, SKP.Status.DINILAI, "skp_dinilai")
    return evaluasi


@transaction.atomic
def evaluasi_finalkan(*, oleh, evaluasi: Evaluasi, versi: int | None) -> Evaluasi:
    """Make an evaluation final (immutable); the annual one makes the SKP final too."""
    evaluasi = (
        Evaluasi.objects.select_for_update().select_related("skp__pegawai").get(pk=evaluasi.pk)
    )
    skp = SKP.objects.select_for_update().select_related("pegawai").get(pk=evaluasi.skp_id)
    _wajib_atasan_langsung(oleh, skp, aksi=_("memfinalkan"))
    _cek_versi(evaluasi, versi)
    if evaluasi.status == Evaluasi.Status.FINAL:
        raise KesalahanPenilaian(_("Evaluasi ini sudah final."))
    sebelum = _keadaan(evaluasi)
    evaluasi.status = Evaluasi.Status.FINAL
    evaluasi.difinalkan = timezone.now()
    evaluasi.kode_verifikasi = secrets.token_hex(6).upper()
    evaluasi.unit_id = skp.pegawai.unit_id
    _naikkan(evaluasi, oleh)
    catat_riwayat(
        oleh=oleh,
        objek=evaluasi,
        aksi="evaluasi_finalkan",
        sebelum=sebelum,
        sesudah=_keadaan(evaluasi),
    )
    if evaluasi.periode_evaluasi == PeriodeEvaluasi.TAHUNAN:
        _pindah(oleh, skp, SKP.Status.FINAL, "skp_final")
    peristiwa.umumkan(peristiwa.evaluasi_difinalkan, Evaluasi, oleh=oleh, evaluasi=evaluasi)
    return evaluasi


@transaction.atomic
def evaluasi_koreksi(
    *,
    oleh,
    evaluasi: Evaluasi,
    versi: int | None,
    alasan: str,
    rating_hasil_kerja: str | None = None,
    rating_perilaku: str | None = None,
) -> Evaluasi:
    """Correct a final evaluation (Admin Kepegawaian only, with a reason kept in history).

    The stored engine input is recomputed with the new ratings and the kebijakan stored in
    it, so the correction changes only what the administrator changed.
    """
    evaluasi = (
        Evaluasi.objects.select_for_update().select_related("skp__pegawai").get(pk=evaluasi.pk)
    )
    if not admin_untuk_unit(oleh, evaluasi.skp.pegawai.unit_id):
        raise KesalahanPenilaian(
            _(
                "Hanya Admin Kepegawaian yang lingkup unitnya mencakup pegawai ini yang dapat "
                "mengoreksi evaluasi final."
            )
        )
    wajib_bukan_diri_sendiri(oleh, evaluasi.skp.pegawai_id, aksi=_("mengoreksi evaluasi"))
    _cek_versi(evaluasi, versi)
    if evaluasi.status != Evaluasi.Status.FINAL:
        raise KesalahanPenilaian(_("Koreksi hanya untuk evaluasi yang sudah final."))
    if not (alasan or "").strip():
        raise KesalahanPenilaian(_("Alasan koreksi wajib diisi."))
    # The stored document, changed only in what the administrator changed: the same
    # realisation, kebijakan, capaian organisasi and angka kredit months as when it was final.
    dokumen = dict(evaluasi.masukan_mesin)
    if rating_perilaku:
        dokumen["rating_perilaku"] = rating_perilaku
    if rating_hasil_kerja:
        dokumen["rating_hasil_kerja"] = rating_hasil_kerja
    sebelum = _keadaan(evaluasi)
    hasil = _nilai(dokumen)
    _terapkan_hasil(evaluasi, hasil)
    if hasil.hasil.get("rating_berbeda_dari_usulan"):
        evaluasi.alasan_rating = alasan.strip()
    _naikkan(evaluasi, oleh)
    catat_riwayat(
        oleh=oleh,
        objek=evaluasi,
        aksi="evaluasi_koreksi",
        sebelum=sebelum,
        sesudah=_keadaan(evaluasi),
        alasan=alasan.strip(),
    )
    return evaluasi
