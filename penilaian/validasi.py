"""Validators for identifiers of the appraisal domain (no database access)."""

import datetime
import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

_NIP = re.compile(r"\d{18}")

#: C0/C1 control characters and the bidirectional marks, overrides and isolates: invisible,
#: or able to make a reader see text reordered (``gnp.exe`` shown as ``exe.png``).
_KARAKTER_KENDALI = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)


def tanpa_karakter_kendali(teks: str) -> str:
    """``teks`` without control or bidirectional-formatting characters (tabs and line breaks
    stay)."""
    return _KARAKTER_KENDALI.sub("", teks)


def masalah_nip(nip: str) -> list[str]:
    """Every problem of a NIP (Nomor Induk Pegawai), in Indonesian; empty when valid.

    A NIP PNS has 18 digits: birth date YYYYMMDD (8), appointment (TMT CPNS) YYYYMM (6),
    gender 1 = laki-laki / 2 = perempuan (1), and a sequence number 001–999 (3).
    """
    nip = (nip or "").strip()
    if not _NIP.fullmatch(nip):
        return [
            _("NIP harus terdiri atas 18 angka tanpa spasi (ditulis %(n)s karakter).")
            % {"n": len(nip)}
        ]
    masalah = []
    try:
        lahir = datetime.date(int(nip[0:4]), int(nip[4:6]), int(nip[6:8]))
    except ValueError:
        lahir = None
        masalah.append(_("Tanggal lahir dalam NIP (angka 1–8, TTTTBBHH) bukan tanggal yang sah."))
    tahun_angkat, bulan_angkat = int(nip[8:12]), int(nip[12:14])
    if not 1 <= bulan_angkat <= 12:
        masalah.append(_("Bulan pengangkatan dalam NIP (angka 13–14) harus 01 sampai 12."))
    elif lahir is not None and tahun_angkat <= lahir.year:
        masalah.append(_("Tahun pengangkatan dalam NIP (angka 9–12) harus sesudah tahun lahir."))
    if nip[14] not in "12":
        masalah.append(_("Kode jenis kelamin dalam NIP (angka 15) harus 1 atau 2."))
    if nip[15:18] == "000":
        masalah.append(_("Nomor urut dalam NIP (angka 16–18) tidak boleh 000."))
    return masalah


def validasi_nip(nip: str) -> None:
    """Django validator: raise ``ValidationError`` listing every problem of the NIP."""
    masalah = masalah_nip(nip)
    if masalah:
        raise ValidationError(masalah, code="nip_tidak_sah")


def format_nip(nip: str) -> str:
    """A NIP as printed on official documents: 8-6-1-3 digits separated by spaces (birth date,
    appointment, gender, sequence), e.g. ``19720314 199803 1 001``. Anything that is not 18
    digits is returned stripped and unchanged, so an odd value is never silently reshaped."""
    nip = (nip or "").strip()
    if not _NIP.fullmatch(nip):
        return nip
    return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"
