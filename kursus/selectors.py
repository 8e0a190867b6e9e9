"""Reads for the course pages. Each function runs a fixed number of queries, whatever the
number of lessons, enrolments or progress rows (the lesson page budget is asserted in tests)."""

from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef, Value
from wagtail.models import Page

from .models import KemajuanPelajaran, KursusIndexPage, KursusPage, PelajaranPage, Pendaftaran


@dataclass
class StatusPelajaran:
    pelajaran: PelajaranPage
    nomor: int
    selesai: bool
    terbuka: bool


@dataclass
class StatusKursus:
    """Where a participant stands in one course."""

    kursus: KursusPage
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


def _pelajaran_kursus(kursus: Page, pendaftaran: Pendaftaran | None = None):
    """The course's live lessons in tree order, each with ``sudah`` (done by this enrolment)
    computed in the same query."""
    qs = (
        PelajaranPage.objects.live()
        .filter(path__startswith=kursus.path, depth=kursus.depth + 1)
        .order_by("path")
        .only("id", "title", "slug", "path", "depth", "url_path", "estimasi_menit")
    )
    if pendaftaran is None:
        return qs.annotate(sudah=Value(False))
    return qs.annotate(
        sudah=Exists(
            KemajuanPelajaran.objects.filter(pendaftaran=pendaftaran, pelajaran=OuterRef("pk"))
        )
    )


def _bangun(kursus: KursusPage, pendaftaran: Pendaftaran | None) -> StatusKursus:
    status = StatusKursus(kursus=kursus, pendaftaran=pendaftaran)
    semua_sebelumnya_selesai = True
    for nomor, halaman in enumerate(_pelajaran_kursus(kursus, pendaftaran), start=1):
        terbuka = not kursus.urutan_wajib or semua_sebelumnya_selesai
        status.pelajaran.append(StatusPelajaran(halaman, nomor, halaman.sudah, terbuka))
        semua_sebelumnya_selesai = semua_sebelumnya_selesai and halaman.sudah
    return status


def status_kursus(*, kursus: KursusPage, user) -> StatusKursus:
    """Two queries: the enrolment, then the lessons with their done flags."""
    pendaftaran = None
    if user.is_authenticated:
        pendaftaran = Pendaftaran.objects.filter(user=user, kursus=kursus).first()
    return _bangun(kursus, pendaftaran)


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
    status = status_kursus(kursus=kursus, user=user)
    sertifikat = None
    if status.pendaftaran is not None and status.pendaftaran.selesai_pada:
        sertifikat = getattr(status.pendaftaran, "sertifikat", None)
    return {"status": status, "sertifikat": sertifikat}


def konteks_pelajaran(*, pelajaran: PelajaranPage, user, pratinjau: bool = False) -> dict:
    """The lesson, its course, the participant's progress and whether the lesson is open.

    Unsaved previews have no path yet; they render as open with no course context."""
    if not pelajaran.path:
        return {"terbuka": True, "status": None, "saat_ini": None}
    path_kursus = pelajaran.path[: -PelajaranPage.steplen]
    pendaftaran = None
    if user.is_authenticated:
        # One query for the enrolment and its course (the course page fields come by join).
        pendaftaran = (
            Pendaftaran.objects.select_related("kursus")
            .filter(user=user, kursus__path=path_kursus)
            .first()
        )
    kursus = pendaftaran.kursus if pendaftaran else None
    if kursus is None:
        kursus = KursusPage.objects.filter(path=path_kursus).first()
    if kursus is None:
        return {"terbuka": True, "status": None, "saat_ini": None}
    status = _bangun(kursus, pendaftaran)
    saat_ini = next((s for s in status.pelajaran if s.pelajaran.pk == pelajaran.pk), None)
    terdaftar = status.pendaftaran is not None
    terbuka = pratinjau or (terdaftar and (saat_ini is None or saat_ini.terbuka))
    sebelumnya = berikutnya = None
    if saat_ini is not None:
        i = saat_ini.nomor - 1
        sebelumnya = status.pelajaran[i - 1] if i > 0 else None
        berikutnya = status.pelajaran[i + 1] if i + 1 < status.jumlah else None
    return {
        "kursus": kursus,
        "status": status,
        "saat_ini": saat_ini,
        "terdaftar": terdaftar,
        "terbuka": terbuka,
        "sebelumnya": sebelumnya,
        "berikutnya": berikutnya,
    }


def kursus_saya(*, user) -> list[StatusKursus]:
    """Every course the user is enrolled in, with progress (one query, plus one per course)."""
    pendaftaran = list(
        Pendaftaran.objects.filter(user=user)
        .select_related("kursus", "sertifikat")
        .order_by("-didaftarkan_pada")
    )
    return [_bangun(p.kursus, p) for p in pendaftaran]


def cari_pelajaran(*, q: str):
    """Live, unrestricted lessons matching the query (Wagtail search)."""
    if not q.strip():
        return []
    return PelajaranPage.objects.live().public().search(q)


def sertifikat_dengan_kode(*, kode: str):
    from .models import Sertifikat

    return Sertifikat.objects.filter(kode=kode.upper()).first()
