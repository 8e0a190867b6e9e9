"""Shared pieces of the services: the domain errors, version checks, role checks and audit."""

from __future__ import annotations

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.forms.models import model_to_dict
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from ..akses import (
    adalah_atasan_langsung,
    adalah_pemilik,
    pegawai_dari,
)
from ..models import (
    SKP,
    Pegawai,
    RiwayatPerubahan,
)

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


def wajib_bukan_diri_sendiri(oleh, pegawai: Pegawai | int | None, *, aksi: str) -> None:
    """Nobody decides on an appraisal in which they are the appraised: approving, rating,
    finalising or correcting it, or choosing their own atasan. Roles do not lift the rule
    (Admin Kepegawaian and superusers included): another administrator does it for them."""
    saya = pegawai_dari(oleh)
    pk = pegawai.pk if isinstance(pegawai, Pegawai) else pegawai
    if saya is not None and pk is not None and saya.pk == pk:
        raise KesalahanPenilaian(
            _(
                "Anda tidak dapat %(aksi)s: ini penilaian kinerja Anda sendiri. Aturan ini "
                "berlaku apa pun peran Anda; mintalah pejabat atau administrator lain."
            )
            % {"aksi": aksi}
        )


def _wajib_atasan_langsung(oleh, skp: SKP, *, aksi: str) -> None:
    wajib_bukan_diri_sendiri(oleh, skp.pegawai_id, aksi=aksi)
    if not adalah_atasan_langsung(oleh, skp):
        raise KesalahanPenilaian(
            _("Hanya atasan langsung pegawai yang dapat %(aksi)s SKP ini.") % {"aksi": aksi}
        )
