"""Signal receivers: each only enqueues ``tugas.proses_peristiwa`` with the object's id. The
signals are sent after the change commits, so the task never reads a row that is rolled back,
and the request pays one enqueue (a row in the task table with the database backend)."""

from __future__ import annotations

from django.utils.formats import date_format

from kursus import peristiwa as peristiwa_kursus
from penilaian import peristiwa as peristiwa_penilaian

from .tugas import proses_peristiwa


def _antre(peristiwa: str, **argumen) -> None:
    proses_peristiwa.enqueue(peristiwa, argumen)


def saat_skp_diajukan(sender, *, skp, **kwargs) -> None:
    _antre("skp_diajukan", skp=skp.pk)


def saat_skp_disetujui(sender, *, skp, **kwargs) -> None:
    _antre("skp_disetujui", skp=skp.pk)


def saat_skp_dikembalikan(sender, *, skp, catatan="", **kwargs) -> None:
    _antre("skp_dikembalikan", skp=skp.pk, catatan=str(catatan))


def saat_umpan_balik_diberikan(sender, *, umpan_balik, **kwargs) -> None:
    _antre("umpan_balik_diberikan", umpan_balik=umpan_balik.pk)


def saat_evaluasi_difinalkan(sender, *, evaluasi, **kwargs) -> None:
    _antre("evaluasi_difinalkan", evaluasi=evaluasi.pk)


def saat_esai_dinilai(sender, *, jawaban, **kwargs) -> None:
    _antre("esai_dinilai", jawaban=jawaban.pk)


def saat_sertifikat_terbit(sender, *, sertifikat, **kwargs) -> None:
    _antre("sertifikat_terbit", sertifikat=sertifikat.pk)


def saat_pendaftaran_ditugaskan(sender, *, pendaftaran, tenggat=None, **kwargs) -> None:
    _antre(
        "pendaftaran_ditugaskan",
        pendaftaran=[p.pk for p in pendaftaran],
        tenggat=_tanggal(tenggat),
    )


def saat_tenggat_mendekat(sender, *, pendaftaran, tenggat=None, **kwargs) -> None:
    _antre("tenggat_mendekat", pendaftaran=pendaftaran.pk, tenggat=_tanggal(tenggat))


def _tanggal(tanggal) -> str:
    """A due date as the message shows it (task arguments are JSON: no date objects)."""
    if not tanggal:
        return ""
    return date_format(tanggal, "j F Y")


SAMBUNGAN = (
    (peristiwa_penilaian.skp_diajukan, saat_skp_diajukan),
    (peristiwa_penilaian.skp_disetujui, saat_skp_disetujui),
    (peristiwa_penilaian.skp_dikembalikan, saat_skp_dikembalikan),
    (peristiwa_penilaian.umpan_balik_diberikan, saat_umpan_balik_diberikan),
    (peristiwa_penilaian.evaluasi_difinalkan, saat_evaluasi_difinalkan),
    (peristiwa_kursus.esai_dinilai, saat_esai_dinilai),
    (peristiwa_kursus.sertifikat_terbit, saat_sertifikat_terbit),
    (peristiwa_kursus.pendaftaran_ditugaskan, saat_pendaftaran_ditugaskan),
    (peristiwa_kursus.tenggat_mendekat, saat_tenggat_mendekat),
)


def sambungkan() -> None:
    """Connect every receiver once (``SitusConfig.ready``)."""
    for sinyal, penerima in SAMBUNGAN:
        sinyal.connect(penerima, dispatch_uid=f"situs.notifikasi.{penerima.__name__}")
