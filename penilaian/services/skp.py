"""SKP drafting and its transitions: draft → diajukan → disetujui (or back to draft)."""

from __future__ import annotations

from decimal import Decimal

from django.db import transaction
from django.utils.translation import gettext as _

from .. import mesin, peristiwa
from ..akses import (
    admin_untuk_unit,
    pegawai_dari,
)
from ..models import (
    SKP,
    IndikatorKinerja,
    Pegawai,
    Periode,
    RencanaHasilKerja,
)
from .dasar import (
    KesalahanPenilaian,
    _keadaan,
    _kunci_skp,
    _naikkan,
    _wajib_atasan_langsung,
    _wajib_pemilik,
    _wajib_status,
    catat_riwayat,
)

# --- SKP ----------------------------------------------------------------------------------


@transaction.atomic
def skp_buat(
    *, oleh, periode: Periode, pegawai: Pegawai | None = None, pendekatan: str = "kuantitatif"
) -> SKP:
    """Start a draft SKP for the employee (oneself unless Admin Kepegawaian)."""
    pegawai = pegawai or pegawai_dari(oleh)
    if pegawai is None:
        raise KesalahanPenilaian(_("Akun Anda belum terhubung dengan data pegawai."))
    saya = pegawai_dari(oleh)
    if not (saya and saya.pk == pegawai.pk) and not admin_untuk_unit(oleh, pegawai.unit_id):
        raise KesalahanPenilaian(_("Anda hanya dapat membuat SKP untuk diri sendiri."))
    if SKP.objects.filter(pegawai=pegawai, periode=periode).exists():
        raise KesalahanPenilaian(
            _("SKP %(nama)s untuk periode %(periode)s sudah ada.")
            % {"nama": pegawai.nama, "periode": periode}
        )
    if pendekatan not in SKP.Pendekatan.values:
        raise KesalahanPenilaian(_("Pendekatan harus kuantitatif atau kualitatif."))
    skp = SKP.objects.create(
        pegawai=pegawai,
        periode=periode,
        pendekatan=pendekatan,
        penilai=pegawai.atasan,
        diubah_oleh=oleh if getattr(oleh, "is_authenticated", False) else None,
    )
    catat_riwayat(oleh=oleh, objek=skp, aksi="skp_buat", sebelum=None, sesudah=_keadaan(skp))
    return skp


def _sunting_draft(oleh, skp: SKP, versi: int | None) -> SKP:
    skp = _kunci_skp(skp, versi)
    _wajib_pemilik(oleh, skp, aksi=_("menyunting SKP"))
    _wajib_status(skp, SKP.Status.DRAFT, aksi=_("menyunting"))
    return skp


@transaction.atomic
def rhk_simpan(
    *,
    oleh,
    skp: SKP,
    versi: int | None,
    teks: str,
    jenis: str = RencanaHasilKerja.Jenis.UTAMA,
    rhk_atasan: RencanaHasilKerja | None = None,
    rhk: RencanaHasilKerja | None = None,
) -> RencanaHasilKerja:
    """Add or change an RHK of a draft SKP (the atasan's RHK may stay unlinked)."""
    skp = _sunting_draft(oleh, skp, versi)
    _cek_rhk_atasan(skp, rhk_atasan)
    if not teks.strip():
        raise KesalahanPenilaian(_("Teks rencana hasil kerja wajib diisi."))
    sebelum = _keadaan(rhk) if rhk else None
    if rhk is None:
        rhk = RencanaHasilKerja(skp=skp, urutan=skp.rhk.count() + 1)
    elif rhk.skp_id != skp.pk:
        raise KesalahanPenilaian(_("RHK ini bukan bagian dari SKP tersebut."))
    rhk.teks, rhk.jenis, rhk.rhk_atasan = teks.strip(), jenis, rhk_atasan
    rhk.save()
    _naikkan(skp, oleh)
    catat_riwayat(oleh=oleh, objek=rhk, aksi="rhk_simpan", sebelum=sebelum, sesudah=_keadaan(rhk))
    return rhk


def _cek_rhk_atasan(skp: SKP, rhk_atasan: RencanaHasilKerja | None) -> None:
    if rhk_atasan is None:
        return
    atasan_id = skp.pegawai.atasan_id
    if rhk_atasan.skp.pegawai_id != atasan_id or rhk_atasan.skp.periode_id != skp.periode_id:
        raise KesalahanPenilaian(
            _("RHK yang diintervensi harus RHK atasan langsung pada periode yang sama.")
        )


@transaction.atomic
def rhk_tautkan(
    *, oleh, rhk: RencanaHasilKerja, rhk_atasan: RencanaHasilKerja | None
) -> RencanaHasilKerja:
    """Link (or unlink) the atasan's RHK later, e.g. once the atasan's SKP exists."""
    skp = SKP.objects.select_for_update().select_related("pegawai").get(pk=rhk.skp_id)
    _wajib_pemilik(oleh, skp, aksi=_("menautkan RHK"))
    if skp.status == SKP.Status.FINAL:
        raise KesalahanPenilaian(_("SKP yang sudah final tidak dapat diubah."))
    _cek_rhk_atasan(skp, rhk_atasan)
    sebelum = _keadaan(rhk)
    rhk.rhk_atasan = rhk_atasan
    rhk.save(update_fields=["rhk_atasan"])
    _naikkan(skp, oleh)
    catat_riwayat(oleh=oleh, objek=rhk, aksi="rhk_tautkan", sebelum=sebelum, sesudah=_keadaan(rhk))
    return rhk


@transaction.atomic
def rhk_hapus(*, oleh, rhk: RencanaHasilKerja, versi: int | None) -> None:
    skp = _sunting_draft(oleh, rhk.skp, versi)
    sebelum = _keadaan(rhk)
    catat_riwayat(oleh=oleh, objek=rhk, aksi="rhk_hapus", sebelum=sebelum, sesudah=None)
    rhk.delete()
    _naikkan(skp, oleh)


def periksa_iki(
    *,
    teks: str,
    target=None,
    target_min=None,
    target_maks=None,
    satuan="",
    aspek="",
    polaritas="",
    rhk: str | None = None,
    rhk_atasan: str | None = None,
) -> mesin.HasilPemeriksaan:
    """The indicator checker on one IKI as typed (findings are advice while drafting)."""
    if target_min is not None and target_maks is not None:
        nilai_target = {"min": target_min, "maks": target_maks}
    elif target is not None:
        nilai_target = target
    else:
        nilai_target = None
    return mesin.periksa(
        {
            "teks": teks,
            "target": nilai_target,
            "satuan": satuan or None,
            "aspek": aspek or None,
            "polaritas": polaritas or None,
            "rhk": rhk,
            "rhk_atasan": rhk_atasan,
        }
    )


def periksa_indikator(indikator, *, rhk: RencanaHasilKerja | None = None) -> mesin.HasilPemeriksaan:
    """The checker on a stored indicator (an IKI or a library entry: the same fields), with
    the RHK it belongs to and the atasan's RHK that RHK cascades from."""
    return periksa_iki(
        teks=indikator.teks,
        target=indikator.target,
        target_min=indikator.target_min,
        target_maks=indikator.target_maks,
        satuan=indikator.satuan,
        aspek=indikator.aspek,
        polaritas=indikator.polaritas,
        rhk=rhk.teks if rhk is not None else None,
        rhk_atasan=rhk.rhk_atasan.teks if rhk is not None and rhk.rhk_atasan_id else None,
    )


def temuan_skp(rhk_list) -> dict:
    """Checker findings of every IKI of an SKP's RHK (loaded with their indicators and atasan
    RHK), by IKI pk."""
    return {iki.pk: periksa_indikator(iki, rhk=r) for r in rhk_list for iki in r.indikator.all()}


@transaction.atomic
def iki_simpan(
    *,
    oleh,
    rhk: RencanaHasilKerja,
    versi: int | None,
    teks: str,
    aspek: str,
    satuan: str = "",
    target: Decimal | None = None,
    target_min: Decimal | None = None,
    target_maks: Decimal | None = None,
    polaritas: str = "",
    ekspektasi: str = "",
    iki: IndikatorKinerja | None = None,
) -> tuple[IndikatorKinerja, mesin.HasilPemeriksaan]:
    """Add or change an IKI; returns it with the checker's findings (never blocks drafting)."""
    skp = _sunting_draft(oleh, rhk.skp, versi)
    if not teks.strip():
        raise KesalahanPenilaian(_("Teks indikator wajib diisi."))
    if (target_min is None) != (target_maks is None):
        raise KesalahanPenilaian(_("Rentang target memerlukan nilai minimum dan maksimum."))
    if target_min is not None and target_min > target_maks:
        raise KesalahanPenilaian(_("Target minimum tidak boleh lebih besar dari maksimum."))
    if skp.pendekatan == SKP.Pendekatan.KUANTITATIF and target is None and target_min is None:
        raise KesalahanPenilaian(_("SKP kuantitatif memerlukan target berupa angka atau rentang."))
    if target is None and target_min is None and not ekspektasi.strip():
        raise KesalahanPenilaian(_("Tuliskan ekspektasi hasil bila target bukan angka."))
    sebelum = _keadaan(iki) if iki else None
    if iki is None:
        iki = IndikatorKinerja(rhk=rhk, urutan=rhk.indikator.count() + 1)
    elif iki.rhk_id != rhk.pk:
        raise KesalahanPenilaian(_("Indikator ini bukan bagian dari RHK tersebut."))
    iki.teks, iki.aspek, iki.satuan, iki.polaritas = teks.strip(), aspek, satuan, polaritas
    iki.target = target if target_min is None else None
    iki.target_min, iki.target_maks = target_min, target_maks
    iki.ekspektasi = ekspektasi.strip()
    iki.save()
    _naikkan(skp, oleh)
    catat_riwayat(oleh=oleh, objek=iki, aksi="iki_simpan", sebelum=sebelum, sesudah=_keadaan(iki))
    return iki, periksa_indikator(iki, rhk=rhk)


@transaction.atomic
def iki_hapus(*, oleh, iki: IndikatorKinerja, versi: int | None) -> None:
    skp = _sunting_draft(oleh, iki.rhk.skp, versi)
    catat_riwayat(oleh=oleh, objek=iki, aksi="iki_hapus", sebelum=_keadaan(iki), sesudah=None)
    iki.delete()
    _naikkan(skp, oleh)


@transaction.atomic
def skp_ajukan(*, oleh, skp: SKP, versi: int | None, abaikan_temuan: bool = False) -> SKP:
    """draft → diajukan: the employee sends the SKP to the direct atasan.

    An IKI that the checker finds not measurable (a blocking finding) stops the submission
    unless the employee confirms it (``abaikan_temuan``); the override and the IKI it covers
    are then written to the SKP's history as the reason of the transition."""
    skp = _kunci_skp(skp, versi)
    _wajib_pemilik(oleh, skp, aksi=_("mengajukan SKP"))
    _wajib_status(skp, SKP.Status.DRAFT, aksi=_("mengajukan"))
    if skp.pegawai.atasan_id is None:
        raise KesalahanPenilaian(
            _("Anda belum memiliki atasan langsung; hubungi Admin Kepegawaian.")
        )
    utama = skp.rhk.filter(jenis=RencanaHasilKerja.Jenis.UTAMA)
    if not utama.exists():
        raise KesalahanPenilaian(_("SKP memerlukan paling sedikit satu RHK utama."))
    if utama.filter(indikator__isnull=True).exists():
        raise KesalahanPenilaian(_("Setiap RHK utama memerlukan paling sedikit satu indikator."))
    belum_layak = _iki_belum_layak(skp)
    if belum_layak and not abaikan_temuan:
        raise KesalahanPenilaian(
            _(
                "Ada indikator yang belum terukur menurut pemeriksa. Perbaiki indikatornya, atau "
                "centang konfirmasi untuk tetap mengajukan."
            ),
            masalah=belum_layak,
        )
    alasan = ""
    if belum_layak:
        alasan = _("Diajukan dengan konfirmasi walaupun pemeriksa menemukan: %(daftar)s") % {
            "daftar": "; ".join(belum_layak)
        }
    skp = _pindah(
        oleh, skp, SKP.Status.DIAJUKAN, "skp_ajukan", alasan=alasan, penilai=skp.pegawai.atasan
    )
    peristiwa.umumkan(peristiwa.skp_diajukan, SKP, oleh=oleh, skp=skp)
    return skp


def _iki_belum_layak(skp: SKP) -> list[str]:
    """ "teks IKI (KODE, KODE)" for each IKI of the SKP with a blocking checker finding."""
    rhk_list = skp.rhk.select_related("rhk_atasan").prefetch_related("indikator")
    hasil = []
    for r in rhk_list:
        for iki in r.indikator.all():
            periksa = periksa_indikator(iki, rhk=r)
            if not periksa.layak:
                kode = ", ".join(t.kode for t in periksa.temuan if t.blokir)
                hasil.append(f"{iki.teks} ({kode})")
    return hasil


def _pindah(oleh, skp: SKP, status: str, aksi: str, *, alasan: str = "", **ubah) -> SKP:
    sebelum = _keadaan(skp)
    skp.status = status
    for k, v in ubah.items():
        setattr(skp, k, v)
    _naikkan(skp, oleh)
    catat_riwayat(
        oleh=oleh, objek=skp, aksi=aksi, sebelum=sebelum, sesudah=_keadaan(skp), alasan=alasan
    )
    return skp


@transaction.atomic
def skp_setujui(*, oleh, skp: SKP, versi: int | None) -> SKP:
    """diajukan → disetujui, by the direct atasan only."""
    skp = _kunci_skp(skp, versi)
    _wajib_atasan_langsung(oleh, skp, aksi=_("menyetujui"))
    _wajib_status(skp, SKP.Status.DIAJUKAN, aksi=_("menyetujui"))
    skp = _pindah(oleh, skp, SKP.Status.DISETUJUI, "skp_setujui", catatan_pengembalian="")
    peristiwa.umumkan(peristiwa.skp_disetujui, SKP, oleh=oleh, skp=skp)
    return skp


@transaction.atomic
def skp_kembalikan(*, oleh, skp: SKP, versi: int | None, catatan: str) -> SKP:
    """diajukan → draft with the atasan's notes for the employee."""
    skp = _kunci_skp(skp, versi)
    _wajib_atasan_langsung(oleh, skp, aksi=_("mengembalikan"))
    _wajib_status(skp, SKP.Status.DIAJUKAN, aksi=_("mengembalikan"))
    if not (catatan or "").strip():
        raise KesalahanPenilaian(_("Tuliskan catatan agar pegawai tahu apa yang perlu diperbaiki."))
    skp = _pindah(
        oleh,
        skp,
        SKP.Status.DRAFT,
        "skp_kembalikan",
        alasan=catatan.strip(),
        catatan_pengembalian=catatan.strip(),
    )
    peristiwa.umumkan(peristiwa.skp_dikembalikan, SKP, oleh=oleh, skp=skp, catatan=catatan.strip())
    return skp
