"""Builders of appraisal data for tests: a small hierarchy with accounts and an SKP."""

import itertools
from dataclasses import dataclass
from decimal import Decimal

from django.contrib.auth.models import Group

from penilaian.models import (
    SKP,
    IndikatorKinerja,
    Kebijakan,
    Pegawai,
    Periode,
    Realisasi,
    RencanaHasilKerja,
    UnitKerja,
)
from tests.factories import PenggunaFactory

_urut = itertools.count(1)


def nip_baru(jenis_kelamin: str = "1") -> str:
    # Always 18 digits (PostgreSQL enforces the column's length): day and serial repeat together
    # only every 7,000 numbers, and the month moves on each time they do.
    n = next(_urut)
    return f"1985{(n // 7000) % 12 + 1:02d}{(n % 28) + 1:02d}201001{jenis_kelamin}{n % 1000:03d}"


def unit(kode: str = "kel-uji", nama: str = "Kelurahan Uji") -> UnitKerja:
    return UnitKerja.objects.get_or_create(
        kode=kode, defaults={"nama": nama, "jenis": UnitKerja.Jenis.KELURAHAN}
    )[0]


def periode(
    tahun: int = 2026, *, aktif: bool = True, kebijakan: Kebijakan | None = None
) -> Periode:
    kebijakan = (
        kebijakan
        or Kebijakan.objects.get_or_create(
            nama="Kebijakan Uji", defaults={"ambang_di_atas": 110, "ambang_sesuai": 90}
        )[0]
    )
    return Periode.objects.get_or_create(
        tahun=tahun, defaults={"kebijakan": kebijakan, "aktif": aktif}
    )[0]


def pegawai(
    nama: str,
    *,
    atasan: Pegawai | None = None,
    peran: tuple[str, ...] = ("Pegawai", "Peserta"),
    unit_kerja: UnitKerja | None = None,
    akun: bool = True,
    **kwargs,
) -> Pegawai:
    user = None
    if akun:
        user = PenggunaFactory(username=nama.lower().replace(" ", "."), first_name=nama)
        user.groups.set(Group.objects.filter(name__in=peran))
    return Pegawai.objects.create(
        user=user,
        nip=nip_baru(),
        nama=nama,
        jabatan=kwargs.pop("jabatan", "Pelaksana"),
        jenis_jabatan=kwargs.pop("jenis_jabatan", Pegawai.JenisJabatan.PELAKSANA),
        unit=unit_kerja or unit(),
        atasan=atasan,
        **kwargs,
    )


@dataclass
class Hierarki:
    camat: Pegawai
    lurah: Pegawai
    staf: Pegawai
    staf_lain: Pegawai


def hierarki() -> Hierarki:
    """camat → lurah → staf, and a colleague of staf (same atasan)."""
    camat = pegawai("Camat Uji", peran=("Pegawai", "Penilai"), jabatan="Camat")
    lurah = pegawai("Lurah Uji", atasan=camat, peran=("Pegawai", "Penilai"), jabatan="Lurah")
    staf = pegawai("Staf Uji", atasan=lurah)
    lain = pegawai("Staf Lain", atasan=lurah)
    return Hierarki(camat, lurah, staf, lain)


def skp_lengkap(
    pemilik: Pegawai,
    *,
    status: str = SKP.Status.DRAFT,
    realisasi: Decimal | None = None,
    per: Periode | None = None,
) -> SKP:
    """An SKP with one RHK utama and one IKI (target 12 laporan), optionally a realisation."""
    skp = SKP.objects.create(
        pegawai=pemilik, periode=per or periode(), status=status, penilai=pemilik.atasan
    )
    rhk = RencanaHasilKerja.objects.create(
        skp=skp, teks="Tersusunnya laporan kependudukan kelurahan yang tepat waktu"
    )
    iki = IndikatorKinerja.objects.create(
        rhk=rhk,
        teks="Jumlah laporan kependudukan yang disampaikan tepat waktu per bulan",
        aspek="kuantitas",
        target=Decimal("12"),
        satuan="laporan",
    )
    if realisasi is not None:
        Realisasi.objects.create(indikator=iki, periode_evaluasi="tahunan", nilai=realisasi)
    return skp


def terbitkan_transparansi(per: Periode | None = None):
    """Close the period (no longer the running one) and publish its transparency snapshot, as
    the administrator does when a period ends."""
    from penilaian import services

    per = per or periode()
    Periode.objects.filter(pk=per.pk).update(aktif=False)
    per.refresh_from_db()
    return services.transparansi_terbitkan(oleh=None, periode=per)
