"""Writes of the socialisation side, named <entity>_<action>, keyword-only, atomic.

Registration (``acara_daftar``) locks the event's row first (``select_for_update``), then
counts the seats taken: two people signing up for the last seat at the same moment queue on
that lock, so the second one sees the seat taken and goes to the waiting list. Nothing is
ever overbooked. Cancelling (``acara_batal``) takes the same lock and gives a freed seat to
the first person on the waiting list (by the time they joined it).

Check-in (``hadir_catat``) needs the event's code and the time to fall inside the window
``JENDELA_SEBELUM`` before the start to ``JENDELA_SESUDAH`` after the end (this application's
policy, shown on the organiser's page)."""

import secrets
from datetime import datetime, timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from penilaian.akses import pegawai_dari

from .models import (
    AcaraPage,
    JawabanSurvei,
    KodeHadir,
    PendaftaranAcara,
    PertanyaanPengunjung,
    SurveiPage,
    TanyaJawabPage,
)
from .selectors import fase_survei

JENDELA_SEBELUM = timedelta(minutes=60)
JENDELA_SESUDAH = timedelta(minutes=60)
#: One question per session per minute from the site (anonymous or not).
JEDA_PERTANYAAN = timedelta(minutes=1)
#: No 0/O or 1/I: the code may be typed from a screen.
ALFABET_KODE = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
PANJANG_KODE = 8


class KesalahanSosialisasi(Exception):
    """A refused action; the message is for the user, in Indonesian."""

    def __init__(self, pesan: str) -> None:
        super().__init__(pesan)
        self.pesan = pesan


class AcaraDitutup(KesalahanSosialisasi):
    pass


class SudahTerdaftar(KesalahanSosialisasi):
    pass


class TidakTerdaftar(KesalahanSosialisasi):
    pass


class KodeSalah(KesalahanSosialisasi):
    pass


class DiLuarWaktuHadir(KesalahanSosialisasi):
    pass


class TerlaluCepat(KesalahanSosialisasi):
    pass


class SudahMenjawab(KesalahanSosialisasi):
    pass


def _kunci_acara(acara: AcaraPage) -> AcaraPage:
    # Lock only the event's own row (not the wagtailcore_page row it joins): page edits in
    # the admin never wait for registrations.
    return AcaraPage.objects.select_for_update(of=("self",)).get(pk=acara.pk)


def _kursi_terisi(acara: AcaraPage) -> int:
    return acara.pendaftaran.filter(status=PendaftaranAcara.Status.TERDAFTAR).count()


@transaction.atomic
def acara_daftar(*, user, acara: AcaraPage, sekarang: datetime | None = None) -> PendaftaranAcara:
    """A seat if one is free, otherwise a place at the end of the waiting list."""
    sekarang = sekarang or timezone.now()
    acara = _kunci_acara(acara)
    if sekarang >= acara.mulai:
        raise AcaraDitutup(_("Pendaftaran acara ini sudah ditutup karena acara telah dimulai."))
    ada = PendaftaranAcara.objects.filter(acara=acara, user=user).first()
    if ada is not None and ada.status != PendaftaranAcara.Status.BATAL:
        raise SudahTerdaftar(
            _("Anda sudah terdaftar di acara ini (%(status)s).")
            % {"status": ada.get_status_display().lower()}
        )
    status = (
        PendaftaranAcara.Status.TERDAFTAR
        if _kursi_terisi(acara) < acara.kapasitas
        else PendaftaranAcara.Status.MENUNGGU
    )
    if ada is None:
        return PendaftaranAcara.objects.create(
            acara=acara, user=user, status=status, diantre_pada=sekarang
        )
    ada.status, ada.diantre_pada, ada.hadir_pada = status, sekarang, None
    ada.save(update_fields=["status", "diantre_pada", "hadir_pada"])
    return ada


@transaction.atomic
def acara_batal(*, user, acara: AcaraPage) -> PendaftaranAcara | None:
    """Cancel the user's registration; returns the registration promoted from the waiting
    list into the freed seat, if any."""
    acara = _kunci_acara(acara)
    pendaftaran = (
        PendaftaranAcara.objects.filter(acara=acara, user=user)
        .exclude(status=PendaftaranAcara.Status.BATAL)
        .first()
    )
    if pendaftaran is None:
        raise TidakTerdaftar(_("Anda tidak terdaftar di acara ini."))
    if pendaftaran.hadir_pada is not None:
        raise KesalahanSosialisasi(
            _("Kehadiran Anda sudah tercatat; pendaftaran tidak dapat dibatalkan.")
        )
    membebaskan_kursi = pendaftaran.status == PendaftaranAcara.Status.TERDAFTAR
    pendaftaran.status = PendaftaranAcara.Status.BATAL
    pendaftaran.save(update_fields=["status"])
    if not membebaskan_kursi or _kursi_terisi(acara) >= acara.kapasitas:
        return None
    berikutnya = (
        PendaftaranAcara.objects.filter(acara=acara, status=PendaftaranAcara.Status.MENUNGGU)
        .order_by("diantre_pada", "pk")
        .first()
    )
    if berikutnya is not None:
        berikutnya.status = PendaftaranAcara.Status.TERDAFTAR
        berikutnya.save(update_fields=["status"])
    return berikutnya


def _kode_baru() -> str:
    while True:
        kode = "".join(secrets.choice(ALFABET_KODE) for _ in range(PANJANG_KODE))
        if not KodeHadir.objects.filter(kode=kode).exists():
            return kode


@transaction.atomic
def kode_hadir_pastikan(*, acara: AcaraPage) -> KodeHadir:
    """The event's check-in code, made on first use (random, unique)."""
    acara = _kunci_acara(acara)
    kode = KodeHadir.objects.filter(acara=acara).first()
    return kode or KodeHadir.objects.create(acara=acara, kode=_kode_baru())


def jendela_hadir(acara: AcaraPage) -> tuple[datetime, datetime]:
    return acara.mulai - JENDELA_SEBELUM, acara.selesai + JENDELA_SESUDAH


@transaction.atomic
def hadir_catat(
    *, user, acara: AcaraPage, kode: str, sekarang: datetime | None = None
) -> PendaftaranAcara:
    """Record attendance (idempotent: a second check-in keeps the first time)."""
    sekarang = sekarang or timezone.now()
    kode = "".join((kode or "").split()).upper()
    benar = KodeHadir.objects.filter(acara=acara).values_list("kode", flat=True).first()
    if not kode or benar is None or kode != benar:
        raise KodeSalah(_("Kode hadir salah. Periksa kode yang ditampilkan penyelenggara."))
    awal, akhir = jendela_hadir(acara)
    if not awal <= sekarang <= akhir:
        raise DiLuarWaktuHadir(
            _("Kode hadir hanya berlaku %(awal)s sampai %(akhir)s WIB.")
            % {
                "awal": timezone.localtime(awal).strftime("%d-%m-%Y %H.%M"),
                "akhir": timezone.localtime(akhir).strftime("%d-%m-%Y %H.%M"),
            }
        )
    pendaftaran = (
        PendaftaranAcara.objects.select_for_update()
        .filter(acara=acara, user=user, status=PendaftaranAcara.Status.TERDAFTAR)
        .first()
    )
    if pendaftaran is None:
        raise TidakTerdaftar(
            _("Kehadiran hanya dicatat untuk peserta yang terdaftar (bukan daftar tunggu).")
        )
    if pendaftaran.hadir_pada is None:
        pendaftaran.hadir_pada = sekarang
        pendaftaran.save(update_fields=["hadir_pada"])
    return pendaftaran


@transaction.atomic
def pertanyaan_ajukan(
    *,
    halaman: TanyaJawabPage,
    pertanyaan: str,
    nama: str = "",
    email: str = "",
    terakhir: datetime | None = None,
    sekarang: datetime | None = None,
) -> PertanyaanPengunjung:
    """Store a visitor's question for moderation. ``terakhir`` is when the same session last
    sent one: within ``JEDA_PERTANYAAN`` the question is refused."""
    sekarang = sekarang or timezone.now()
    if terakhir is not None and sekarang - terakhir < JEDA_PERTANYAAN:
        raise TerlaluCepat(
            _("Anda baru saja mengirim pertanyaan. Tunggu satu menit sebelum mengirim lagi.")
        )
    return PertanyaanPengunjung.objects.create(
        halaman=halaman, pertanyaan=pertanyaan.strip(), nama=nama.strip(), email=email.strip()
    )


@transaction.atomic
def pertanyaan_jawab(
    *, pertanyaan: PertanyaanPengunjung, status: str, jawaban: str
) -> PertanyaanPengunjung:
    """Answer or refuse a visitor's question; an answered one needs an answer."""
    jawaban = (jawaban or "").strip()
    if status == PertanyaanPengunjung.Status.DIJAWAB and not jawaban:
        raise KesalahanSosialisasi(_("Tuliskan jawaban sebelum menandai pertanyaan dijawab."))
    pertanyaan.status, pertanyaan.jawaban = status, jawaban
    if status == PertanyaanPengunjung.Status.DIJAWAB and pertanyaan.dijawab_pada is None:
        pertanyaan.dijawab_pada = timezone.now()
    pertanyaan.save()
    return pertanyaan


@transaction.atomic
def survei_jawab(*, survei: SurveiPage, user, data: dict) -> JawabanSurvei:
    """Store one answer for the participant's current phase; a second one for the same phase
    is refused and changes nothing (the unique constraint settles a race)."""
    fase = fase_survei(survei=survei, user=user)
    if fase.sudah_dijawab:
        raise SudahMenjawab(_("Anda sudah mengisi survei ini untuk fase ini."))
    pegawai = pegawai_dari(user)
    try:
        with transaction.atomic():
            return JawabanSurvei.objects.create(
                page=survei,
                user=user,
                fase=fase.fase,
                unit_id=pegawai.unit_id if pegawai else None,
                form_data=data,
            )
    except IntegrityError:
        raise SudahMenjawab(_("Anda sudah mengisi survei ini untuk fase ini.")) from None
