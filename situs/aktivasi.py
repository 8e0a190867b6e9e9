"""Activation of employees' logins: the emailed link and the printed letter's one-time code.

A login made by the staff import or the admin (``penilaian.services.akun``) has no usable
password. Its owner sets one here, proving who they are with either

* a **link** emailed to the employee's address (a 43-character random token), or
* a **code** printed in an activation letter that Admin Kepegawaian hands over: 10 characters
  from an alphabet without look-alikes (no 0/O, 1/I/L), typed with the NIP.

Rules (tests/situs/test_aktivasi.py):

* only a keyed hash (HMAC-SHA256 under ``SECRET_KEY``) of a secret is stored; the code exists
  in clear only in the letter's PDF, the token only in the email;
* a secret works once, for :data:`MASA_BERLAKU`; issuing a new one for a login cancels every
  earlier unused one (a re-printed letter voids the previous letter and link);
* checking a secret never changes anything; only :func:`aktivasi_selesaikan`, which sets the
  password, marks the secret used, in one transaction that re-checks it under a row lock;
* a wrong code answers the same whether or not the NIP exists (the views count failures per
  client address and per NIP typed: ``situs.pembatas``).
"""

from __future__ import annotations

import enum
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from penilaian.models import Pegawai

from .models import AktivasiAkun
from .surel import alamat_mutlak, antre_surel

#: How long a code or link works after it is issued (the application's own policy).
MASA_BERLAKU = timedelta(days=30)
#: The letter code's alphabet: digits and capitals without 0, 1, I, L, O (31 symbols).
ABJAD_KODE = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
PANJANG_KODE = 10
_GARAM = "situs.aktivasi"


class Status(enum.Enum):
    SAH = "sah"
    SALAH = "salah"
    KEDALUWARSA = "kedaluwarsa"
    DIPAKAI = "dipakai"
    DIGANTI = "diganti"
    NONAKTIF = "nonaktif"


#: What the person is told for each refusal. A wrong code and an unknown NIP share one message.
PESAN = {
    Status.SALAH: gettext_lazy(
        "NIP atau kode aktivasi tidak cocok. Periksa kembali surat aktivasi Anda; huruf besar "
        "atau kecil tidak berpengaruh."
    ),
    Status.KEDALUWARSA: gettext_lazy(
        "Kode atau tautan aktivasi ini sudah kedaluwarsa. Mintalah surat atau tautan aktivasi "
        "baru kepada admin kepegawaian."
    ),
    Status.DIPAKAI: gettext_lazy(
        "Kode atau tautan aktivasi ini sudah pernah dipakai. Masuk dengan NIP dan kata sandi "
        "Anda, atau gunakan \u201cLupa kata sandi\u201d."
    ),
    Status.DIGANTI: gettext_lazy(
        "Kode atau tautan aktivasi ini sudah diganti dengan yang lebih baru. Gunakan surat atau "
        "surel aktivasi terakhir yang Anda terima."
    ),
    Status.NONAKTIF: gettext_lazy("Akun ini dinonaktifkan. Hubungi admin kepegawaian."),
}


@dataclass(frozen=True)
class Periksa:
    status: Status
    aktivasi: AktivasiAkun | None = None


def _hash(rahasia: str, user_id: int | None = None) -> str:
    """Keyed hash of a secret; a letter code is bound to its login (short codes may repeat
    between logins, a hash may not)."""
    nilai = rahasia if user_id is None else f"{user_id}:{rahasia}"
    return salted_hmac(_GARAM, nilai, algorithm="sha256").hexdigest()


def rapikan_kode(kode: str) -> str:
    """A code as typed (spaces, dashes, small letters) in its stored form."""
    return "".join(ch for ch in kode.upper() if ch.isalnum())[:32]


def tampilan_kode(kode: str) -> str:
    """``ABCDE-FGHJK``: two groups of five, easier to copy from paper."""
    return f"{kode[:5]}-{kode[5:]}"


def alamat_situs() -> str:
    """The site's public address, as every email and letter prints it (``surel.alamat_mutlak``)."""
    return alamat_mutlak("")


def aktivasi_batalkan(*, user) -> int:
    """Cancel the login's unused codes and links (a new one is issued, or the password was
    set another way, e.g. by a reset link). Returns how many."""
    return AktivasiAkun.objects.filter(
        user=user, dipakai_pada__isnull=True, dibatalkan_pada__isnull=True
    ).update(dibatalkan_pada=timezone.now())


@transaction.atomic
def aktivasi_terbitkan(*, user, jalur: str, oleh=None) -> tuple[AktivasiAkun, str]:
    """Issue a new secret for ``user`` (cancelling the earlier unused ones); returns the row
    and the secret in clear, which the caller puts into the letter or the email only."""
    aktivasi_batalkan(user=user)
    sekarang = timezone.now()
    if jalur == AktivasiAkun.Jalur.SURAT:
        rahasia = "".join(secrets.choice(ABJAD_KODE) for _ in range(PANJANG_KODE))
        sidik = _hash(rahasia, user.pk)
    else:
        rahasia = secrets.token_urlsafe(32)
        sidik = _hash(rahasia)
    aktivasi = AktivasiAkun.objects.create(
        user=user,
        jalur=jalur,
        rahasia_hash=sidik,
        dibuat_pada=sekarang,
        kedaluwarsa_pada=sekarang + MASA_BERLAKU,
        dibuat_oleh=oleh if getattr(oleh, "pk", None) else None,
    )
    return aktivasi, rahasia


def _status(aktivasi: AktivasiAkun | None) -> Status:
    if aktivasi is None:
        return Status.SALAH
    if aktivasi.dipakai_pada is not None:
        return Status.DIPAKAI
    if aktivasi.dibatalkan_pada is not None:
        return Status.DIGANTI
    if aktivasi.kedaluwarsa_pada <= timezone.now():
        return Status.KEDALUWARSA
    if not aktivasi.user.is_active:
        return Status.NONAKTIF
    return Status.SAH


def periksa_kode(*, nip: str, kode: str) -> Periksa:
    """Check a letter code typed with a NIP (changes nothing). An unknown NIP costs the same
    hash and answers :attr:`Status.SALAH`, as a wrong code does."""
    user = get_user_model().objects.filter(username=nip.strip()).first()
    sidik = _hash(rapikan_kode(kode), user.pk if user else 0)
    if user is None:
        return Periksa(Status.SALAH)
    cocok = None
    for aktivasi in user.aktivasi.filter(jalur=AktivasiAkun.Jalur.SURAT):
        if constant_time_compare(aktivasi.rahasia_hash, sidik):
            cocok = aktivasi
    return Periksa(_status(cocok), cocok)


def periksa_token(*, token: str) -> Periksa:
    """Check an emailed link's token (changes nothing)."""
    aktivasi = (
        AktivasiAkun.objects.select_related("user")
        .filter(jalur=AktivasiAkun.Jalur.SUREL, rahasia_hash=_hash(token[:100]))
        .first()
    )
    return Periksa(_status(aktivasi), aktivasi)


def periksa_id(aktivasi_id) -> Periksa:
    """Re-check a secret already proven in this session (it may have been used or replaced
    since, by another tab or a new letter)."""
    aktivasi = AktivasiAkun.objects.select_related("user").filter(pk=aktivasi_id).first()
    return Periksa(_status(aktivasi) if aktivasi else Status.SALAH, aktivasi)


@transaction.atomic
def aktivasi_selesaikan(*, aktivasi_id: int, form) -> Periksa:
    """Set the password from a valid ``SetPasswordForm`` and mark the secret used, cancelling
    the login's other secrets; nothing is written unless the secret is still valid under the
    row lock."""
    aktivasi = (
        AktivasiAkun.objects.select_for_update().select_related("user").filter(pk=aktivasi_id)
    ).first()
    status = _status(aktivasi)
    if status is not Status.SAH:
        return Periksa(status, aktivasi)
    sekarang = timezone.now()
    form.save()
    aktivasi.dipakai_pada = sekarang
    aktivasi.save(update_fields=["dipakai_pada"])
    aktivasi_batalkan(user=aktivasi.user)
    return Periksa(Status.SAH, aktivasi)


@transaction.atomic
def aktivasi_kirim_surel(*, pegawai: Pegawai, oleh=None) -> AktivasiAkun:
    """Issue a link for an employee with an email address and queue the email."""
    aktivasi, token = aktivasi_terbitkan(
        user=pegawai.user, jalur=AktivasiAkun.Jalur.SUREL, oleh=oleh
    )
    konteks = {
        "nama": pegawai.nama,
        "nip": pegawai.nip,
        "tautan": alamat_situs() + reverse("aktivasi_tautan", args=[token]),
        "berlaku_sampai": timezone.localtime(aktivasi.kedaluwarsa_pada),
        "alamat_situs": alamat_situs(),
    }
    antre_surel(
        kepada=pegawai.email,
        subjek=_("Aktivasi akun Kinerja ASN Cipocok Jaya"),
        teks=render_to_string("registration/aktivasi_surel.txt", konteks),
        html=render_to_string("registration/aktivasi_surel.html", konteks),
        jenis="aktivasi",
    )
    return aktivasi


@dataclass(frozen=True)
class IsiSurat:
    """What one activation letter shows (the code in clear, for this printing only)."""

    nama: str
    nip: str
    unit: str
    kode: str
    tautan: str
    berlaku_sampai: object


@transaction.atomic
def surat_terbitkan(*, pegawai: Iterable[Pegawai], oleh=None) -> list[IsiSurat]:
    """New letter codes for the employees with a login (each cancels that login's earlier
    letters and links), in the given order."""
    hasil = []
    for p in pegawai:
        if p.user_id is None:
            continue
        aktivasi, kode = aktivasi_terbitkan(user=p.user, jalur=AktivasiAkun.Jalur.SURAT, oleh=oleh)
        hasil.append(
            IsiSurat(
                nama=p.nama,
                nip=p.nip,
                unit=p.unit.nama,
                kode=tampilan_kode(kode),
                tautan=f"{alamat_situs()}{reverse('aktivasi')}?nip={p.nip}",
                berlaku_sampai=timezone.localtime(aktivasi.kedaluwarsa_pada),
            )
        )
    return hasil


def kirim_aktivasi_akun_baru(sender, oleh=None, pegawai=(), **kwargs) -> None:
    """Listener of ``penilaian.peristiwa.akun_pegawai_dibuat``: an emailed link for each new
    login whose employee has an address; the others wait for Admin Kepegawaian's letter."""
    for p in pegawai:
        if p.email and p.user_id:
            aktivasi_kirim_surel(pegawai=p, oleh=oleh)
