"""The parts of course and lesson pages that are the same for every participant: the course's
live lessons (title, URL, reading time) and the lesson's rendered body, with holes where a quiz
block shows the participant's own result.

They are built from the database and kept in the Django cache under the number of
``VersiKonten``, which ``kursus.signals`` raises after every change to published content. The
course and lesson routes (``kursus.views``) read that number in the same query as the page
(``dengan_versi``), so a page never needs a query of its own to know whether its cached parts
are current, and a change made through one process is seen by every other one even when each
has its own local-memory cache. No personal data goes into these entries: the progress, the
enrolment and quiz results are read per request (``kursus.selectors``).

Without a version (previews, pages Wagtail routes itself, services that decide on progress)
everything is built from the database and nothing is cached.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.cache import cache
from django.db import connection
from django.db.models import QuerySet
from django.db.models.expressions import RawSQL
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from wagtail.blocks import StructValue

from penilaian.mesin import VERSI_MESIN

from .models import KursusPage, PelajaranPage, VersiKonten

#: Bump when the shape of the cached entries changes, so a shared cache drops the old ones.
VERSI_FORMAT = 2
DETIK = 6 * 60 * 60


@dataclass(frozen=True)
class InfoPelajaran:
    """What a course page and a lesson's navigation need of a lesson."""

    pk: int
    title: str
    url: str
    estimasi_menit: int


@dataclass(frozen=True)
class KerangkaKursus:
    pk: int
    title: str
    url: str
    urutan_wajib: bool
    pelajaran: tuple[InfoPelajaran, ...]


@dataclass(frozen=True)
class TampilanKursus:
    """What the course page shows besides the lessons: its pre-test and post-test (quiz
    instances or None) and its objectives and prerequisites as rendered rich text."""

    pre_test: object
    post_test: object
    prosa: str


@dataclass(frozen=True)
class LubangKuis:
    """A quiz block: the quiz and the block's text are the same for everyone; the participant's
    result is filled in per request."""

    kuis: object  # kursus.kuis.models.Kuis (a model instance, pickled with the entry)
    pengantar: str


@dataclass(frozen=True)
class KerangkaPelajaran:
    isi: tuple[str | LubangKuis, ...]
    #: The lesson's outline: (anchor, heading) of each heading block, in order.
    garis_besar: tuple[tuple[str, str], ...] = ()

    @property
    def kuis(self) -> list:
        return [bagian.kuis for bagian in self.isi if isinstance(bagian, LubangKuis)]


def dengan_versi(qs: QuerySet) -> QuerySet:
    """``qs`` with the current content version as ``versi_konten``, read by a scalar subquery
    in the same statement (no extra round trip; raw SQL because the ORM's ``Subquery`` costs
    as much to compile as a whole query)."""
    tabel = connection.ops.quote_name(VersiKonten._meta.db_table)  # from the model, not input
    sql = f"SELECT nomor FROM {tabel} WHERE id = 1"  # noqa: S608
    return qs.annotate(versi_konten=RawSQL(sql, ()))  # noqa: S611


def _tersimpan(bagian: str, versi: int | None, bangun):
    if versi is None:
        return bangun()
    # VERSI_MESIN: the indicator examples in lesson bodies show the checker's findings.
    kunci = f"kursus:kerangka:{VERSI_FORMAT}:{VERSI_MESIN}:{bagian}:{versi}:{get_language()}"
    return cache.get_or_set(kunci, bangun, DETIK)


def kerangka_kursus(kursus: KursusPage, *, versi: int | None = None) -> KerangkaKursus:
    """The course and its live lessons in tree order (one query when built)."""
    return _tersimpan(f"kursus:{kursus.pk}", versi, lambda: _bangun_kursus(kursus))


def tampilan_kursus(kursus: KursusPage, *, versi: int | None = None) -> TampilanKursus:
    """The course page's pre-test, post-test and prose (two queries and a rich text render
    when built)."""
    return _tersimpan(f"tampilan-kursus:{kursus.pk}", versi, lambda: _bangun_tampilan(kursus))


def _bangun_tampilan(kursus: KursusPage) -> TampilanKursus:
    return TampilanKursus(
        pre_test=kursus.pre_test,
        post_test=kursus.post_test,
        prosa=render_to_string("kursus/_prosa_kursus.html", {"page": kursus}),
    )


def kerangka_kursus_di(path: str, *, versi: int | None = None) -> KerangkaKursus | None:
    """The course at tree ``path`` (a lesson's parent), or None when there is none."""

    def bangun():
        kursus = KursusPage.objects.filter(path=path).first()
        # A missing course is cached as False: "no course here" is content too.
        return _bangun_kursus(kursus) if kursus is not None else False

    return _tersimpan(f"kursus-di:{path}", versi, bangun) or None


def _bangun_kursus(kursus: KursusPage) -> KerangkaKursus:
    # A lesson is a direct child of its course, so its URL is the course's URL plus its slug
    # (as Wagtail builds url_path): one URL lookup for the course instead of one per lesson.
    url_kursus = kursus.url
    akhir = "/" if url_kursus.endswith("/") else ""
    pelajaran = (
        PelajaranPage.objects.live()
        .filter(path__startswith=kursus.path, depth=kursus.depth + 1)
        .order_by("path")
        .values_list("pk", "title", "slug", "estimasi_menit")
    )
    return KerangkaKursus(
        pk=kursus.pk,
        title=kursus.title,
        url=url_kursus,
        urutan_wajib=kursus.urutan_wajib,
        pelajaran=tuple(
            InfoPelajaran(pk, judul, f"{url_kursus.rstrip('/')}/{slug}{akhir}", menit)
            for pk, judul, slug, menit in pelajaran
        ),
    )


def kerangka_pelajaran(
    pelajaran: PelajaranPage, *, versi: int | None = None, konteks: dict | None = None
) -> KerangkaPelajaran:
    """The lesson body rendered block by block, quiz blocks left as holes. Cached entries are
    rendered with the page alone in the context (no request, no user), so nothing personal
    can reach them; an uncached build (a preview) gets ``konteks``."""
    konteks = {"page": pelajaran} if versi is not None else (konteks or {})
    return _tersimpan(
        f"pelajaran:{pelajaran.pk}", versi, lambda: _bangun_pelajaran(pelajaran, konteks)
    )


def _bangun_pelajaran(pelajaran: PelajaranPage, konteks: dict) -> KerangkaPelajaran:
    from .blocks import JudulBlock, jangkar_judul  # blocks import the engine; keep it lazy
    from .kuis.blocks import KuisBlock

    isi: list[str | LubangKuis] = []
    garis_besar: list[tuple[str, str]] = []
    for blok in pelajaran.body:
        if isinstance(blok.block, KuisBlock) and blok.value.get("kuis") is not None:
            isi.append(LubangKuis(blok.value["kuis"], blok.value.get("pengantar") or ""))
        else:
            isi.append(str(blok.render(context=konteks)))
        if isinstance(blok.block, JudulBlock) and blok.value:
            garis_besar.append((jangkar_judul(blok.value), str(blok.value)))
    return KerangkaPelajaran(isi=tuple(isi), garis_besar=tuple(garis_besar))


def rakit_isi(kerangka: KerangkaPelajaran, *, hasil_kuis: dict, konteks: dict) -> SafeString:
    """The lesson body with each quiz hole rendered by the quiz block, given the participant's
    results (``{kuis pk: HasilKuis}``, read in one query by the caller)."""
    blok_kuis = PelajaranPage._meta.get_field("body").stream_block.child_blocks["kuis"]
    konteks = {**konteks, "hasil_kuis": hasil_kuis}

    def bagian(b) -> str:
        if isinstance(b, LubangKuis):
            nilai = StructValue(blok_kuis, [("kuis", b.kuis), ("pengantar", b.pengantar)])
            return blok_kuis.render(nilai, context=konteks)
        return b

    # Every part is HTML rendered by a block template (escaped there).
    return mark_safe("".join(bagian(b) for b in kerangka.isi))  # noqa: S308
