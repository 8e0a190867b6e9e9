"""Reads for the course pages. Each function runs a fixed number of queries, whatever the
number of lessons, enrolments or progress rows (the lesson page budget is asserted in tests).

What every participant sees alike (the lesson list, the rendered lesson body) comes from
``kursus.kerangka``; what is theirs (enrolment, lessons done, quiz results) is read here."""

import re
from dataclasses import dataclass, field

from django.db.models import Prefetch
from wagtail.models import Page

from .kerangka import (
    InfoPelajaran,
    KerangkaKursus,
    kerangka_kursus,
    kerangka_kursus_di,
    kerangka_pelajaran,
    rakit_isi,
    tampilan_kursus,
)
from .models import (
    KemajuanPelajaran,
    KursusIndexPage,
    KursusPage,
    PelajaranPage,
    Pendaftaran,
    Sertifikat,
)


@dataclass
class StatusPelajaran:
    pelajaran: InfoPelajaran
    nomor: int
    selesai: bool
    terbuka: bool


@dataclass
class StatusKursus:
    """Where a participant stands in one course."""

    kursus: Page | KerangkaKursus  # has .title and .url
    pendaftaran: Pendaftaran | None
    pelajaran: list[StatusPelajaran] = field(default_factory=list)

    @property
    def jumlah(self) -> int:
        return len(self.pelajaran)

    @property
    def jumlah_selesai(self) -> int:
        return sum(1 for s in self.pelajaran if s.selesai)

    @property
    def persen(self) -> int:
        return round(100 * self.jumlah_selesai / self.jumlah) if self.jumlah else 0

    @property
    def berikutnya(self) -> StatusPelajaran | None:
        """The lesson "Lanjutkan belajar" points at: the first one not done yet."""
        return next((s for s in self.pelajaran if not s.selesai), None)


def _bangun(
    kursus, kerangka: KerangkaKursus, pendaftaran: Pendaftaran | None, selesai: frozenset[int]
) -> StatusKursus:
    status = StatusKursus(kursus=kursus, pendaftaran=pendaftaran)
    semua_sebelumnya_selesai = True
    for nomor, info in enumerate(kerangka.pelajaran, start=1):
        sudah = info.pk in selesai
        terbuka = not kerangka.urutan_wajib or semua_sebelumnya_selesai
        status.pelajaran.append(StatusPelajaran(info, nomor, sudah, terbuka))
        semua_sebelumnya_selesai = semua_sebelumnya_selesai and sudah
    return status


def _pendaftaran_dan_selesai(*, user, kursus) -> tuple[Pendaftaran | None, frozenset[int]]:
    """The user's enrolment in ``kursus`` (a KursusPage or its pk) and the lessons marked done,
    in one query (the progress rows come by a left join)."""
    if not user.is_authenticated:
        return None, frozenset()
    kursus_pk = getattr(kursus, "pk", kursus)
    baris = list(
        Pendaftaran.objects.filter(user=user, kursus_id=kursus_pk).values_list(
            "pk", "didaftarkan_pada", "selesai_pada", "tenggat", "kemajuan__pelajaran_id"
        )
    )
    if not baris:
        return None, frozenset()
    pk, didaftarkan_pada, selesai_pada, tenggat, _ = baris[0]
    pendaftaran = Pendaftaran(
        pk=pk,
        user=user,
        didaftarkan_pada=didaftarkan_pada,
        selesai_pada=selesai_pada,
        tenggat=tenggat,
    )
    if isinstance(kursus, KursusPage):
        pendaftaran.kursus = kursus
    else:
        pendaftaran.kursus_id = kursus_pk
    return pendaftaran, frozenset(b[4] for b in baris if b[4] is not None)


def status_kursus(*, kursus: KursusPage, user, versi: int | None = None) -> StatusKursus:
    """Two queries (the lesson list, then the enrolment with its progress); one when ``versi``
    is given and the lesson list is in the cache."""
    kerangka = kerangka_kursus(kursus, versi=versi)
    pendaftaran, selesai = _pendaftaran_dan_selesai(user=user, kursus=kursus)
    return _bangun(kursus, kerangka, pendaftaran, selesai)


def daftar_kursus(*, indeks: KursusIndexPage, user) -> list[dict]:
    """Live courses under the index, with the user's enrolment where there is one."""
    kursus = list(KursusPage.objects.live().child_of(indeks).order_by("path"))
    terdaftar = {}
    if user.is_authenticated:
        terdaftar = {
            p.kursus_id: p for p in Pendaftaran.objects.filter(user=user, kursus__in=kursus)
        }
    return [{"kursus": k, "pendaftaran": terdaftar.get(k.pk)} for k in kursus]


def konteks_kursus(*, kursus: KursusPage, user) -> dict:
    """The course page's context. ``kursus.versi_konten`` is set by the course route
    (``kursus.views.kursus``); without it (a preview) nothing comes from the cache."""
    versi = getattr(kursus, "versi_konten", None)
    status = status_kursus(kursus=kursus, user=user, versi=versi)
    sertifikat = None
    if status.pendaftaran is not None and status.pendaftaran.selesai_pada:
        sertifikat = Sertifikat.objects.filter(pendaftaran_id=status.pendaftaran.pk).first()
    return {
        "status": status,
        "sertifikat": sertifikat,
        "tampilan": tampilan_kursus(kursus, versi=versi),
    }


def konteks_pelajaran(*, pelajaran: PelajaranPage, request, pratinjau: bool = False) -> dict:
    """The lesson, its course, the participant's progress, whether the lesson is open and, when
    it is, its body with the participant's quiz results.

    ``pelajaran.versi_konten`` is set by the lesson route (``kursus.views.pelajaran``); without
    it (a preview, Wagtail's own routing) everything is read from the database. Unsaved
    previews have no path yet; they render as open with no course context."""
    from .kuis.selectors import hasil_peserta_banyak

    user = request.user
    versi = None if pratinjau else getattr(pelajaran, "versi_konten", None)
    konteks = {"terbuka": True, "status": None, "saat_ini": None}
    kursus = None
    if pelajaran.path:
        kursus = kerangka_kursus_di(pelajaran.path[: -PelajaranPage.steplen], versi=versi)
    if kursus is not None:
        pendaftaran, selesai = _pendaftaran_dan_selesai(user=user, kursus=kursus.pk)
        status = _bangun(kursus, kursus, pendaftaran, selesai)
        saat_ini = next((s for s in status.pelajaran if s.pelajaran.pk == pelajaran.pk), None)
        terdaftar = status.pendaftaran is not None
        sebelumnya = berikutnya = None
        if saat_ini is not None:
            i = saat_ini.nomor - 1
            sebelumnya = status.pelajaran[i - 1] if i > 0 else None
            berikutnya = status.pelajaran[i + 1] if i + 1 < status.jumlah else None
        konteks = {
            "kursus": kursus,
            "status": status,
            "saat_ini": saat_ini,
            "terdaftar": terdaftar,
            "terbuka": pratinjau or (terdaftar and (saat_ini is None or saat_ini.terbuka)),
            "sebelumnya": sebelumnya,
            "berikutnya": berikutnya,
        }
    if konteks["terbuka"]:
        render = {"request": request, "page": pelajaran}
        kerangka = kerangka_pelajaran(pelajaran, versi=versi, konteks=render)
        hasil = hasil_peserta_banyak(kuis=kerangka.kuis, user=user)
        konteks["isi"] = rakit_isi(kerangka, hasil_kuis=hasil, konteks=render)
        konteks["garis_besar"] = kerangka.garis_besar
    return konteks


def kursus_saya(*, user) -> list[StatusKursus]:
    """Every course the user is enrolled in, with progress (two queries, plus one per course
    for its lesson list)."""
    pendaftaran = (
        Pendaftaran.objects.filter(user=user)
        .select_related("kursus", "sertifikat")
        .prefetch_related(
            Prefetch(
                "kemajuan",
                queryset=KemajuanPelajaran.objects.only("pk", "pendaftaran_id", "pelajaran_id"),
            )
        )
        .order_by("-didaftarkan_pada")
    )
    return [
        _bangun(
            p.kursus,
            kerangka_kursus(p.kursus),
            p,
            frozenset(k.pelajaran_id for k in p.kemajuan.all()),
        )
        for p in pendaftaran
    ]


PANJANG_KUERI = 200


def bersihkan_kueri(q: str) -> str:
    """A search term as plain lower-case words: length capped, and everything but letters,
    digits and spaces dropped (NUL, quotes, brackets, * …). The database backends pass the
    terms to SQLite FTS5 / PostgreSQL full text, where a lone ``"`` or an upper-case
    ``NOT``/``OR`` is query syntax; plain words never are."""
    q = re.sub(r"[^\w\s]|_", " ", (q or "")[:PANJANG_KUERI])
    return " ".join(q.lower().split())


def cari_pelajaran(*, q: str):
    """Live, unrestricted lessons matching the query (Wagtail search)."""
    q = bersihkan_kueri(q)
    if not q:
        return []
    return PelajaranPage.objects.live().public().search(q)


def sertifikat_dengan_kode(*, kode: str):
    return Sertifikat.objects.filter(kode=kode.upper()).first()
