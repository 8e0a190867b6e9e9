"""Realisation per evaluation period, evidence files, and the atasan's feedback."""

from __future__ import annotations

from decimal import Decimal

import filetype
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from .. import peristiwa
from ..models import (
    SKP,
    BuktiDukung,
    IndikatorKinerja,
    PeriodeEvaluasi,
    Realisasi,
    RencanaHasilKerja,
    UmpanBalik,
)
from ..validasi import tanpa_karakter_kendali
from .dasar import (
    JENIS_BUKTI,
    UKURAN_BUKTI_MAKS,
    KesalahanPenilaian,
    KonflikVersi,
    _cek_versi,
    _keadaan,
    _naikkan,
    _wajib_atasan_langsung,
    _wajib_pemilik,
    _wajib_status,
    catat_riwayat,
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
    versi: int | None = None,
    berkas=None,
) -> Realisasi:
    """Record (or change) the realisation of an IKI for an evaluation period, with its evidence
    file when one is given: all or nothing (a rejected file leaves the realisation as it was).

    ``versi`` is the version the form was loaded with (0: no realisation yet for the period);
    another save since then raises :class:`KonflikVersi`. ``None`` skips the check (callers
    that are not forms)."""
    skp = SKP.objects.select_for_update().select_related("pegawai").get(pk=indikator.rhk.skp_id)
    _wajib_pemilik(oleh, skp, aksi=_("mengisi realisasi"))
    _wajib_status(skp, SKP.Status.DISETUJUI, SKP.Status.DINILAI, aksi=_("mengisi realisasi"))
    _wajib_periode(skp, periode_evaluasi)
    if nilai is None or nilai < 0:
        raise KesalahanPenilaian(_("Realisasi harus berupa angka 0 atau lebih."))
    realisasi = (
        Realisasi.objects.select_for_update()
        .filter(indikator=indikator, periode_evaluasi=periode_evaluasi)
        .first()
    )
    if realisasi is not None:
        _cek_versi(realisasi, versi)
    elif versi:
        raise KonflikVersi(
            _(
                "Realisasi periode ini berubah sejak halaman dimuat; muat ulang halaman untuk "
                "melihat data terbaru. Isian Anda belum disimpan."
            )
        )
    sebelum = _keadaan(realisasi) if realisasi else None
    if realisasi is None:
        realisasi = Realisasi(indikator=indikator, periode_evaluasi=periode_evaluasi, versi=0)
    realisasi.nilai, realisasi.keterangan = nilai, keterangan
    _naikkan(realisasi, oleh)
    catat_riwayat(
        oleh=oleh,
        objek=realisasi,
        aksi="realisasi_simpan",
        sebelum=sebelum,
        sesudah=_keadaan(realisasi),
    )
    if berkas:
        # Inside the same transaction: a rejected file rolls the realisation back too.
        bukti_unggah(oleh=oleh, realisasi=realisasi, berkas=berkas)
    return realisasi


def _wajib_periode(skp: SKP, periode_evaluasi: str) -> None:
    """The periodic evaluation periods follow the Periode's cadence (plus the annual one)."""
    pilihan = dict(PeriodeEvaluasi.untuk_kadens(skp.periode.kadens))
    if periode_evaluasi not in pilihan:
        raise KesalahanPenilaian(
            _("Periode evaluasi harus salah satu dari: %(p)s.")
            % {"p": ", ".join(str(v) for v in pilihan.values())}
        )


def jenis_berkas(berkas) -> str | None:
    """The MIME type of an upload read from its content; ``None`` when not an allowed type."""
    berkas.seek(0)
    kepala = berkas.read(8192)
    berkas.seek(0)
    jenis = filetype.guess(kepala)
    if jenis is None or jenis.mime not in JENIS_BUKTI:
        return None
    return jenis.mime


def nama_bukti(nama_unggahan: str, jenis: str) -> str:
    """The name an evidence file is shown and downloaded under: the uploaded name without its
    folder, control or bidi characters, and with the extension of the type detected from the
    content (a PNG uploaded as ``evil.html`` is ``evil.png``)."""
    nama = tanpa_karakter_kendali(nama_unggahan or "").replace("\\", "/").rsplit("/", 1)[-1]
    batang = nama.rsplit(".", 1)[0] if "." in nama else nama
    batang = " ".join(batang.split()).strip(" .")[:150] or "bukti"
    return f"{batang}.{JENIS_BUKTI.get(jenis, 'bin').lower()}"


def _nama_simpan(nama: str) -> str:
    """The stored file's name: ASCII, from the shown name, with the detected extension."""
    batang, akhiran = nama.rsplit(".", 1)
    return f"{slugify(batang)[:80] or 'bukti'}.{akhiran}"


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
    nama = nama_bukti(getattr(berkas, "name", ""), jenis)
    bukti = BuktiDukung(
        realisasi=realisasi,
        nama_asli=nama,
        jenis_konten=jenis,
        ukuran=berkas.size,
        diunggah_oleh=oleh,
    )
    bukti.berkas.save(_nama_simpan(nama), berkas, save=False)
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
    _wajib_periode(skp, periode_evaluasi)
    umpan = UmpanBalik.objects.create(
        rhk=rhk, periode_evaluasi=periode_evaluasi, teks=teks.strip(), pemberi=oleh
    )
    catat_riwayat(
        oleh=oleh, objek=umpan, aksi="umpan_balik_beri", sebelum=None, sesudah=_keadaan(umpan)
    )
    peristiwa.umumkan(peristiwa.umpan_balik_diberikan, UmpanBalik, oleh=oleh, umpan_balik=umpan)
    return umpan
