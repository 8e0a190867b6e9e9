"""Who is told what, per event: each builder reads the object by id (inside the task, never in
the request) and returns the messages to queue. An object deleted since the event, or a person
without a login, simply gets no message."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlencode

from django.template.defaultfilters import truncatechars
from django.urls import reverse
from django.utils.translation import gettext as _

from kursus.kuis.models import JawabanPeserta
from kursus.models import Pendaftaran, Sertifikat
from penilaian.models import SKP, Evaluasi, UmpanBalik

from ..models import JenisNotifikasi

#: Long free text (a return note, feedback) is cut in the notification; the page has it whole.
PANJANG_KUTIPAN = 300


@dataclass(frozen=True)
class Pesan:
    jenis: str
    penerima: list[int]
    judul: str
    isi: str
    tautan: str


def _skp(skp_id: int) -> SKP | None:
    return (
        SKP.objects.select_related("pegawai__user", "penilai__user", "pegawai__atasan__user")
        .filter(pk=skp_id)
        .first()
    )


def jalur_halaman(halaman) -> str:
    """A Wagtail page's path on its site (its URL may be absolute when there are several)."""
    bagian = halaman.get_url_parts()
    return bagian[2] if bagian else ""


def _ke(user_id: int | None) -> list[int]:
    return [user_id] if user_id else []


def skp_diajukan(*, skp: int) -> list[Pesan]:
    """To the appraiser the SKP was submitted to (``penilai``, else the direct atasan)."""
    skp = _skp(skp)
    if skp is None:
        return []
    penilai = skp.penilai or skp.pegawai.atasan
    data = {"nama": skp.pegawai.nama, "nip": skp.pegawai.nip, "tahun": skp.periode.tahun}
    return [
        Pesan(
            JenisNotifikasi.SKP_DIAJUKAN,
            _ke(penilai.user_id if penilai else None),
            _("SKP %(nama)s menunggu persetujuan Anda") % data,
            _(
                "%(nama)s (NIP %(nip)s) mengajukan SKP periode %(tahun)s. Tinjau lalu setujui, "
                "atau kembalikan dengan catatan."
            )
            % data,
            reverse("penilaian:skp_detail", args=[skp.pk]),
        )
    ]


def skp_disetujui(*, skp: int) -> list[Pesan]:
    skp = _skp(skp)
    if skp is None:
        return []
    return [
        Pesan(
            JenisNotifikasi.SKP_DISETUJUI,
            _ke(skp.pegawai.user_id),
            _("SKP Anda periode %(tahun)s disetujui") % {"tahun": skp.periode.tahun},
            _("Anda dapat mulai melaporkan realisasi beserta bukti dukungnya."),
            reverse("penilaian:skp_detail", args=[skp.pk]),
        )
    ]


def skp_dikembalikan(*, skp: int, catatan: str = "") -> list[Pesan]:
    skp = _skp(skp)
    if skp is None:
        return []
    return [
        Pesan(
            JenisNotifikasi.SKP_DIKEMBALIKAN,
            _ke(skp.pegawai.user_id),
            _("SKP Anda periode %(tahun)s dikembalikan untuk diperbaiki")
            % {"tahun": skp.periode.tahun},
            _("Catatan penilai: %(catatan)s")
            % {"catatan": truncatechars(catatan, PANJANG_KUTIPAN)},
            reverse("penilaian:skp_detail", args=[skp.pk]),
        )
    ]


def umpan_balik_diberikan(*, umpan_balik: int) -> list[Pesan]:
    umpan = (
        UmpanBalik.objects.select_related("rhk__skp__pegawai", "pemberi")
        .filter(pk=umpan_balik)
        .first()
    )
    if umpan is None:
        return []
    skp = umpan.rhk.skp
    return [
        Pesan(
            JenisNotifikasi.UMPAN_BALIK,
            _ke(skp.pegawai.user_id),
            _("Umpan balik baru untuk RHK Anda"),
            _("Untuk RHK “%(rhk)s”: %(teks)s")
            % {
                "rhk": truncatechars(umpan.rhk.teks, 120),
                "teks": truncatechars(umpan.teks, PANJANG_KUTIPAN),
            },
            reverse("penilaian:skp_detail", args=[skp.pk]),
        )
    ]


def evaluasi_difinalkan(*, evaluasi: int) -> list[Pesan]:
    evaluasi = Evaluasi.objects.select_related("skp__pegawai").filter(pk=evaluasi).first()
    if evaluasi is None:
        return []
    skp = evaluasi.skp
    tautan = reverse("penilaian:evaluasi", args=[skp.pk])
    tautan += "?" + urlencode({"periode_evaluasi": evaluasi.periode_evaluasi})
    return [
        Pesan(
            JenisNotifikasi.EVALUASI_FINAL,
            _ke(skp.pegawai.user_id),
            _("Evaluasi kinerja Anda (%(periode)s) sudah final")
            % {"periode": evaluasi.get_periode_evaluasi_display()},
            _("Lihat rating, predikat, dan dokumen evaluasinya."),
            tautan,
        )
    ]


def esai_dinilai(*, jawaban: int) -> list[Pesan]:
    dinilai = JawabanPeserta.objects.select_related("percobaan__kuis").filter(pk=jawaban).first()
    if dinilai is None:
        return []
    percobaan = dinilai.percobaan
    return [
        Pesan(
            JenisNotifikasi.ESAI_DINILAI,
            _ke(percobaan.user_id),
            _("Jawaban esai Anda pada kuis “%(kuis)s” sudah dinilai")
            % {"kuis": truncatechars(percobaan.kuis.judul, 120)},
            _("Lihat nilai dan komentar pelatih pada hasil percobaan Anda."),
            reverse("kursus:kuis:hasil", args=[percobaan.pk]),
        )
    ]


def sertifikat_terbit(*, sertifikat: int) -> list[Pesan]:
    terbit = Sertifikat.objects.select_related("pendaftaran").filter(pk=sertifikat).first()
    if terbit is None:
        return []
    return [
        Pesan(
            JenisNotifikasi.SERTIFIKAT_TERBIT,
            _ke(terbit.pendaftaran.user_id),
            _("Sertifikat kursus “%(kursus)s” terbit")
            % {"kursus": truncatechars(terbit.judul_kursus, 120)},
            _("Selamat! Unduh sertifikat Anda dari halaman Kursus Saya."),
            reverse("kursus:saya"),
        )
    ]


def pendaftaran_ditugaskan(*, pendaftaran: list[int], tenggat: str = "") -> list[Pesan]:
    """One message per course, to every participant enrolled in it (a whole unit at once)."""
    per_kursus: dict[int, list[int]] = {}
    kursus = {}
    for p in Pendaftaran.objects.filter(pk__in=pendaftaran).select_related("kursus"):
        per_kursus.setdefault(p.kursus_id, []).append(p.user_id)
        kursus[p.kursus_id] = p.kursus
    hasil = []
    for kursus_id, penerima in per_kursus.items():
        k = kursus[kursus_id]
        isi = (
            _("Selesaikan kursus ini paling lambat %(tenggat)s.") % {"tenggat": tenggat}
            if tenggat
            else _("Anda dapat mulai belajar kapan saja.")
        )
        hasil.append(
            Pesan(
                JenisNotifikasi.PENDAFTARAN,
                penerima,
                _("Anda didaftarkan pada kursus “%(kursus)s”") % {"kursus": k.title},
                isi,
                jalur_halaman(k),
            )
        )
    return hasil


def tenggat_mendekat(*, pendaftaran: int, tenggat: str = "") -> list[Pesan]:
    p = Pendaftaran.objects.select_related("kursus").filter(pk=pendaftaran).first()
    if p is None or p.selesai_pada is not None:
        return []
    isi = (
        _("Tenggatnya %(tenggat)s. Lanjutkan pelajaran yang belum selesai.") % {"tenggat": tenggat}
        if tenggat
        else _("Lanjutkan pelajaran yang belum selesai.")
    )
    return [
        Pesan(
            JenisNotifikasi.PENGINGAT_TENGGAT,
            _ke(p.user_id),
            _("Tenggat kursus “%(kursus)s” mendekat") % {"kursus": p.kursus.title},
            isi,
            jalur_halaman(p.kursus),
        )
    ]


#: event (the signal's name) → builder(**the ids and values the receiver passed).
PESAN: dict[str, Callable[..., list[Pesan]]] = {
    "skp_diajukan": skp_diajukan,
    "skp_disetujui": skp_disetujui,
    "skp_dikembalikan": skp_dikembalikan,
    "umpan_balik_diberikan": umpan_balik_diberikan,
    "evaluasi_difinalkan": evaluasi_difinalkan,
    "esai_dinilai": esai_dinilai,
    "sertifikat_terbit": sertifikat_terbit,
    "pendaftaran_ditugaskan": pendaftaran_ditugaskan,
    "tenggat_mendekat": tenggat_mendekat,
}
