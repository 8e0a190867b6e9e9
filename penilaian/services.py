"""Writes of the live appraisal: every transition, with its rules, version check and audit.

Services are keyword-only and atomic; a forbidden transition raises :class:`KesalahanPenilaian`
with an Indonesian message the views show as is. Every change leaves a :class:`RiwayatPerubahan`.
"""

from __future__ import annotations

import json
import secrets
from decimal import Decimal

import filetype
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.forms.models import model_to_dict
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from . import mesin
from .akses import (
    adalah_admin_kepegawaian,
    adalah_atasan_langsung,
    adalah_pemilik,
    pegawai_dari,
)
from .mappers import dokumen_permen, skp_ke_dokumen, skp_ke_rhk
from .models import (
    SKP,
    BuktiDukung,
    Evaluasi,
    IndikatorKinerja,
    Kebijakan,
    Pegawai,
    Periode,
    PeriodeEvaluasi,
    PustakaIndikator,
    Rating,
    Realisasi,
    RencanaHasilKerja,
    RiwayatPerubahan,
    UmpanBalik,
)
from .selectors import kebijakan_aktif

UKURAN_BUKTI_MAKS = 10 * 1024 * 1024
#: Evidence types, decided from the file's content (magic bytes), never from its name.
JENIS_BUKTI = {
    "application/pdf": "PDF",
    "image/jpeg": "JPG",
    "image/png": "PNG",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "XLSX",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "DOCX",
}
RATING_PERILAKU_BAWAAN = "sesuai_ekspektasi"


class KesalahanPenilaian(Exception):
    """A rule of the appraisal forbids the action; the message is for the user."""

    def __init__(self, pesan: str, *, masalah: list[str] | None = None) -> None:
        super().__init__(pesan)
        self.pesan = pesan
        self.masalah = masalah or []


class KonflikVersi(KesalahanPenilaian):
    """Someone else saved the same SKP or evaluation since this form was loaded."""


# --- helpers ------------------------------------------------------------------------------


def _json(data) -> dict | list | None:
    return json.loads(json.dumps(data, cls=DjangoJSONEncoder)) if data is not None else None


def _keadaan(obj) -> dict:
    data = model_to_dict(obj)
    for k, v in list(data.items()):
        if hasattr(v, "name") and hasattr(v, "storage"):
            data[k] = v.name
    return _json(data)


def keadaan_objek(obj) -> dict:
    """An object's fields as JSON, the "before"/"after" of an audit entry."""
    return _keadaan(obj)


def catat_riwayat(
    *, oleh, objek, aksi: str, sebelum: dict | None, sesudah: dict | None, alasan: str = ""
) -> RiwayatPerubahan:
    """Record one change (who, when, which object, before and after)."""
    return RiwayatPerubahan.objects.create(
        pengguna=oleh if getattr(oleh, "is_authenticated", False) else None,
        model=type(objek)._meta.model_name,
        objek_id=str(objek.pk),
        objek=str(objek)[:250],
        aksi=aksi,
        sebelum=sebelum,
        sesudah=sesudah,
        alasan=alasan,
    )


def _nama(user) -> str:
    if user is None:
        return _("pengguna lain")
    return user.get_full_name() or user.get_username()


def _cek_versi(obj, versi: int | None) -> None:
    """Optimistic locking: the form carries the version it was loaded with."""
    if versi is None or int(versi) == obj.versi:
        return
    waktu = formats.date_format(timezone.localtime(obj.diubah), "j F Y H.i")
    raise KonflikVersi(
        _(
            "Data ini sudah diubah oleh %(nama)s pada %(waktu)s; muat ulang halaman untuk "
            "melihat perubahan terbaru. Isian Anda belum disimpan dan masih ada di formulir."
        )
        % {"nama": _nama(obj.diubah_oleh), "waktu": waktu}
    )


def _kunci_skp(skp: SKP, versi: int | None) -> SKP:
    terkunci = SKP.objects.select_for_update().select_related("pegawai", "periode").get(pk=skp.pk)
    _cek_versi(terkunci, versi)
    return terkunci


def _naikkan(obj, oleh) -> None:
    obj.versi += 1
    obj.diubah_oleh = oleh if getattr(oleh, "is_authenticated", False) else None
    obj.save()


def _wajib_status(skp: SKP, *status: str, aksi: str) -> None:
    if skp.status not in status:
        raise KesalahanPenilaian(
            _("Tidak dapat %(aksi)s: SKP berstatus %(status)s.")
            % {"aksi": aksi, "status": skp.get_status_display()}
        )


def _wajib_pemilik(oleh, skp: SKP, *, aksi: str) -> None:
    if not adalah_pemilik(oleh, skp):
        raise KesalahanPenilaian(_("Hanya pemilik SKP yang dapat %(aksi)s.") % {"aksi": aksi})


def _wajib_atasan_langsung(oleh, skp: SKP, *, aksi: str) -> None:
    if adalah_pemilik(oleh, skp):
        raise KesalahanPenilaian(_("Anda tidak dapat %(aksi)s SKP Anda sendiri.") % {"aksi": aksi})
    if not adalah_atasan_langsung(oleh, skp):
        raise KesalahanPenilaian(
            _("Hanya atasan langsung pegawai yang dapat %(aksi)s SKP ini.") % {"aksi": aksi}
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
    if not (saya and saya.pk == pegawai.pk) and not adalah_admin_kepegawaian(oleh):
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
    hasil = periksa_iki(
        teks=iki.teks,
        target=iki.target,
        target_min=iki.target_min,
        target_maks=iki.target_maks,
        satuan=iki.satuan,
        aspek=iki.aspek,
        polaritas=iki.polaritas,
        rhk=rhk.teks,
        rhk_atasan=rhk.rhk_atasan.teks if rhk.rhk_atasan_id else None,
    )
    return iki, hasil


@transaction.atomic
def iki_hapus(*, oleh, iki: IndikatorKinerja, versi: int | None) -> None:
    skp = _sunting_draft(oleh, iki.rhk.skp, versi)
    catat_riwayat(oleh=oleh, objek=iki, aksi="iki_hapus", sebelum=_keadaan(iki), sesudah=None)
    iki.delete()
    _naikkan(skp, oleh)


@transaction.atomic
def skp_ajukan(*, oleh, skp: SKP, versi: int | None) -> SKP:
    """draft → diajukan: the employee sends the SKP to the direct atasan."""
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
    return _pindah(oleh, skp, SKP.Status.DIAJUKAN, "skp_ajukan", penilai=skp.pegawai.atasan)


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
    return _pindah(oleh, skp, SKP.Status.DISETUJUI, "skp_setujui", catatan_pengembalian="")


@transaction.atomic
def skp_kembalikan(*, oleh, skp: SKP, versi: int | None, catatan: str) -> SKP:
    """diajukan → draft with the atasan's notes for the employee."""
    skp = _kunci_skp(skp, versi)
    _wajib_atasan_langsung(oleh, skp, aksi=_("mengembalikan"))
    _wajib_status(skp, SKP.Status.DIAJUKAN, aksi=_("mengembalikan"))
    if not (catatan or "").strip():
        raise KesalahanPenilaian(_("Tuliskan catatan agar pegawai tahu apa yang perlu diperbaiki."))
    return _pindah(
        oleh,
        skp,
        SKP.Status.DRAFT,
        "skp_kembalikan",
        alasan=catatan.strip(),
        catatan_pengembalian=catatan.strip(),
    )


# --- realisation, evidence, feedback -------------------------------------------------------


@transaction.atomic
def realisasi_simpan(
    *,
    oleh,
    indikator: IndikatorKinerja,
    periode_evaluasi: str,
    nilai: Decimal,
    keterangan: str = "",
) -> Realisasi:
    """Record (or change) the realisation of an IKI for an evaluation period."""
    skp = SKP.objects.select_for_update().select_related("pegawai").get(pk=indikator.rhk.skp_id)
    _wajib_pemilik(oleh, skp, aksi=_("mengisi realisasi"))
    _wajib_status(skp, SKP.Status.DISETUJUI, SKP.Status.DINILAI, aksi=_("mengisi realisasi"))
    if periode_evaluasi not in PeriodeEvaluasi.values:
        raise KesalahanPenilaian(_("Periode evaluasi tidak dikenal."))
    if nilai is None or nilai < 0:
        raise KesalahanPenilaian(_("Realisasi harus berupa angka 0 atau lebih."))
    realisasi = Realisasi.objects.filter(
        indikator=indikator, periode_evaluasi=periode_evaluasi
    ).first()
    sebelum = _keadaan(realisasi) if realisasi else None
    if realisasi is None:
        realisasi = Realisasi(indikator=indikator, periode_evaluasi=periode_evaluasi)
    realisasi.nilai, realisasi.keterangan = nilai, keterangan
    realisasi.diubah_oleh = oleh
    realisasi.save()
    catat_riwayat(
        oleh=oleh,
        objek=realisasi,
        aksi="realisasi_simpan",
        sebelum=sebelum,
        sesudah=_keadaan(realisasi),
    )
    return realisasi


def jenis_berkas(berkas) -> str | None:
    """The MIME type of an upload read from its content; ``None`` when not an allowed type."""
    berkas.seek(0)
    kepala = berkas.read(8192)
    berkas.seek(0)
    jenis = filetype.guess(kepala)
    if jenis is None or jenis.mime not in JENIS_BUKTI:
        return None
    return jenis.mime


@transaction.atomic
def bukti_unggah(*, oleh, realisasi: Realisasi, berkas) -> BuktiDukung:
    """Store an evidence file privately after checking its real type and size."""
    skp = realisasi.indikator.rhk.skp
    _wajib_pemilik(oleh, skp, aksi=_("mengunggah bukti dukung"))
    _wajib_status(skp, SKP.Status.DISETUJUI, SKP.Status.DINILAI, aksi=_("mengunggah bukti"))
    if berkas.size > UKURAN_BUKTI_MAKS:
        raise KesalahanPenilaian(
            _("Berkas terlalu besar (%(mb)s MB); paling besar 10 MB.")
            % {"mb": f"{berkas.size / 1024 / 1024:.1f}".replace(".", ",")}
        )
    jenis = jenis_berkas(berkas)
    if jenis is None:
        raise KesalahanPenilaian(
            _(
                "Jenis berkas tidak diterima. Isi berkas harus PDF, JPG, PNG, XLSX, atau DOCX "
                "(diperiksa dari isinya, bukan dari nama berkas)."
            )
        )
    nama = (getattr(berkas, "name", "") or "bukti").rsplit("/", 1)[-1][:150]
    bukti = BuktiDukung(
        realisasi=realisasi,
        nama_asli=nama,
        jenis_konten=jenis,
        ukuran=berkas.size,
        diunggah_oleh=oleh,
    )
    bukti.berkas.save(nama, berkas, save=False)
    bukti.save()
    catat_riwayat(
        oleh=oleh, objek=bukti, aksi="bukti_unggah", sebelum=None, sesudah=_keadaan(bukti)
    )
    return bukti


@transaction.atomic
def umpan_balik_beri(
    *, oleh, rhk: RencanaHasilKerja, periode_evaluasi: str, teks: str
) -> UmpanBalik:
    """Continuous feedback from the direct atasan on an RHK."""
    skp = rhk.skp
    _wajib_atasan_langsung(oleh, skp, aksi=_("memberi umpan balik pada"))
    _wajib_status(skp, SKP.Status.DISETUJUI, SKP.Status.DINILAI, aksi=_("memberi umpan balik"))
    if not teks.strip():
        raise KesalahanPenilaian(_("Umpan balik tidak boleh kosong."))
    umpan = UmpanBalik.objects.create(
        rhk=rhk, periode_evaluasi=periode_evaluasi, teks=teks.strip(), pemberi=oleh
    )
    catat_riwayat(
        oleh=oleh, objek=umpan, aksi="umpan_balik_beri", sebelum=None, sesudah=_keadaan(umpan)
    )
    return umpan


# --- evaluation -----------------------------------------------------------------------------


def kebijakan_untuk(skp: SKP) -> Kebijakan | None:
    """The running period uses the active kebijakan (the one the simulator uses); a past
    period keeps the kebijakan chosen for it."""
    if skp.periode.aktif:
        return kebijakan_aktif()
    return skp.periode.kebijakan


def _hitung_json(dokumen) -> dict:
    try:
        return mesin.hasil_ke_json(mesin.hitung(dokumen))
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
    periode_evaluasi = periode_evaluasi or PeriodeEvaluasi.TAHUNAN
    if rating_perilaku is None:
        tersimpan = skp.evaluasi.filter(periode_evaluasi=periode_evaluasi).first()
        rating_perilaku = (tersimpan and tersimpan.rating_perilaku) or RATING_PERILAKU_BAWAAN
    try:
        dokumen = skp_ke_dokumen(
            skp,
            kebijakan=kebijakan_untuk(skp),
            rating_perilaku=rating_perilaku,
            rating_hasil_kerja=rating_hasil_kerja,
            periode_evaluasi=periode_evaluasi,
        )
    except mesin.KesalahanValidasi as e:
        raise _galat_mesin(e) from e
    return _hitung_json(dokumen)


def _masukan(skp: SKP, *, kebijakan, rating_perilaku, rating_hasil_kerja, periode_evaluasi) -> dict:
    """What the engine was given, stored with the evaluation (exact decimal text)."""
    from .mappers import capaian_organisasi_untuk, jabatan_fungsional_ke_json, kebijakan_ke_mesin

    aturan = kebijakan_ke_mesin(kebijakan)
    return _json(
        {
            "rhk": skp_ke_rhk(skp, periode_evaluasi=periode_evaluasi),
            "pendekatan": skp.pendekatan,
            "rating_perilaku": rating_perilaku,
            "rating_hasil_kerja": rating_hasil_kerja or None,
            "kebijakan": {
                "nama": aturan.nama,
                "ambang_di_atas": str(aturan.ambang_di_atas),
                "ambang_sesuai": str(aturan.ambang_sesuai),
            },
            "capaian_kinerja_organisasi": capaian_organisasi_untuk(skp),
            "jabatan_fungsional": jabatan_fungsional_ke_json(skp.pegawai),
        }
    )


def _hitung_dari_masukan(masukan: dict) -> dict:
    """Recompute from a stored input, with the kebijakan thresholds stored in it."""
    k = masukan["kebijakan"]
    kebijakan = Kebijakan(
        nama=k["nama"],
        ambang_di_atas=Decimal(k["ambang_di_atas"]),
        ambang_sesuai=Decimal(k["ambang_sesuai"]),
    )
    try:
        dokumen = dokumen_permen(
            rhk=masukan["rhk"],
            rating_perilaku=masukan["rating_perilaku"],
            kebijakan=kebijakan,
            rating_hasil_kerja=masukan.get("rating_hasil_kerja"),
            pendekatan=masukan.get("pendekatan", "kuantitatif"),
            capaian_kinerja_organisasi=masukan.get("capaian_kinerja_organisasi"),
            jabatan_fungsional=masukan.get("jabatan_fungsional"),
        )
    except mesin.KesalahanValidasi as e:
        raise _galat_mesin(e) from e
    return _hitung_json(dokumen)


def _terapkan_hasil(evaluasi: Evaluasi, masukan: dict, hasil: dict) -> None:
    evaluasi.masukan_mesin = masukan
    evaluasi.hasil_mesin = hasil
    evaluasi.versi_mesin = mesin.VERSI_MESIN
    evaluasi.rating_hasil_kerja_usulan = hasil.get("rating_hasil_kerja_usulan") or ""
    evaluasi.rating_hasil_kerja = hasil.get("rating_hasil_kerja") or ""
    evaluasi.rating_perilaku = hasil.get("rating_perilaku") or ""
    evaluasi.predikat = hasil.get("predikat") or ""
    ak = hasil.get("angka_kredit")
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
) -> tuple[dict, dict]:
    """(engine input, engine result) for the SKP under its kebijakan (writes nothing)."""
    masukan = _masukan(
        skp,
        kebijakan=kebijakan or kebijakan_untuk(skp),
        rating_perilaku=rating_perilaku,
        rating_hasil_kerja=rating_hasil_kerja,
        periode_evaluasi=periode_evaluasi,
    )
    return masukan, _hitung_dari_masukan(masukan)


def terapkan_hasil(evaluasi: Evaluasi, masukan: dict, hasil: dict) -> None:
    """Copy the engine's result onto the evaluation's fields (no save)."""
    _terapkan_hasil(evaluasi, masukan, hasil)


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
    reason. The annual evaluation moves the SKP to ``dinilai``."""
    skp = SKP.objects.select_for_update().select_related("pegawai", "periode").get(pk=skp.pk)
    _wajib_atasan_langsung(oleh, skp, aksi=_("menilai"))
    _wajib_status(skp, SKP.Status.DISETUJUI, SKP.Status.DINILAI, aksi=_("menilai"))
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
    masukan = _masukan(
        skp,
        kebijakan=kebijakan,
        rating_perilaku=rating_perilaku,
        rating_hasil_kerja=rating_hasil_kerja,
        periode_evaluasi=periode_evaluasi,
    )
    hasil = _hitung_dari_masukan(masukan)
    _wajib_alasan(rating_hasil_kerja, hasil.get("rating_hasil_kerja_usulan"), alasan_rating)
    sebelum = _keadaan(evaluasi) if evaluasi else None
    if evaluasi is None:
        evaluasi = Evaluasi(skp=skp, periode_evaluasi=periode_evaluasi, versi=0)
    _terapkan_hasil(evaluasi, masukan, hasil)
    evaluasi.kebijakan = kebijakan
    evaluasi.alasan_rating = (
        alasan_rating.strip() if hasil.get("rating_berbeda_dari_usulan") else ""
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
    if not adalah_admin_kepegawaian(oleh):
        raise KesalahanPenilaian(_("Hanya Admin Kepegawaian yang dapat mengoreksi evaluasi final."))
    evaluasi = Evaluasi.objects.select_for_update().get(pk=evaluasi.pk)
    _cek_versi(evaluasi, versi)
    if evaluasi.status != Evaluasi.Status.FINAL:
        raise KesalahanPenilaian(_("Koreksi hanya untuk evaluasi yang sudah final."))
    if not (alasan or "").strip():
        raise KesalahanPenilaian(_("Alasan koreksi wajib diisi."))
    masukan = dict(evaluasi.masukan_mesin)
    if rating_perilaku:
        masukan["rating_perilaku"] = rating_perilaku
    if rating_hasil_kerja:
        masukan["rating_hasil_kerja"] = rating_hasil_kerja
    sebelum = _keadaan(evaluasi)
    hasil = _hitung_dari_masukan(masukan)
    _terapkan_hasil(evaluasi, masukan, hasil)
    if hasil.get("rating_berbeda_dari_usulan"):
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


# --- pustaka indikator ---------------------------------------------------------------------


@transaction.atomic
def pustaka_simpan(*, oleh, pustaka: PustakaIndikator) -> PustakaIndikator:
    """Save a library entry; it must pass the indicator checker (no blocking finding)."""
    hasil = periksa_iki(
        teks=pustaka.teks,
        target=pustaka.target,
        target_min=pustaka.target_min,
        target_maks=pustaka.target_maks,
        satuan=pustaka.satuan,
        aspek=pustaka.aspek,
        polaritas=pustaka.polaritas,
    )
    if not hasil.layak:
        raise KesalahanPenilaian(
            _("Indikator belum memenuhi pemeriksa indikator."),
            masalah=[t.pesan for t in hasil.temuan if t.blokir],
        )
    sebelum = _keadaan(PustakaIndikator.objects.get(pk=pustaka.pk)) if pustaka.pk else None
    pustaka.skor_pemeriksa = hasil.skor
    pustaka.save()
    catat_riwayat(
        oleh=oleh, objek=pustaka, aksi="pustaka_simpan", sebelum=sebelum, sesudah=_keadaan(pustaka)
    )
    return pustaka
