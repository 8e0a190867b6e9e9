"""Reads for the socialisation pages. Each function runs a fixed number of queries whatever
the number of announcements, registrations or answers (the home page budget is tested)."""

import json
from dataclasses import dataclass
from datetime import datetime

from django.core.paginator import Paginator
from django.db.models import Count, Exists, F, OuterRef, Q
from django.db.models.lookups import StartsWith
from django.utils import timezone
from django.utils.html import format_html, strip_tags
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from wagtail.models import PageViewRestriction

from kursus.kuis.models import PercobaanKuis
from kursus.models import Pendaftaran
from kursus.selectors import bersihkan_kueri
from penilaian.akses import nama_orang, saring_peserta

from .akses import adalah_penyelenggara
from .models import (
    AcaraPage,
    BeritaPage,
    FaseSurvei,
    JawabanSurvei,
    PendaftaranAcara,
    PertanyaanPengunjung,
    PustakaRegulasiPage,
    Regulasi,
    SurveiPage,
    TanyaJawabPage,
)

BERITA_PER_HALAMAN = 10


def publik(qs):
    """Live pages without a view restriction on them or above them, in the same query
    (Wagtail's ``.public()`` reads the restrictions in a query of its own first)."""
    terbatas = PageViewRestriction.objects.filter(StartsWith(OuterRef("path"), F("page__path")))
    return qs.live().exclude(Exists(terbatas))


def _berita_urut(qs):
    return qs.order_by("-disematkan", "-first_published_at", "-pk")


def konteks_indeks(*, indeks, params) -> dict:
    """The section's front page: announcements (pinned first) filtered by a tag or searched,
    paginated; the upcoming events; the other pages of the section."""
    q = bersihkan_kueri(params.get("q", ""))
    tag = (params.get("kategori") or "").strip()[:100]
    berita = BeritaPage.objects.live().public().descendant_of(indeks)
    if tag:
        berita = berita.filter(tags__slug=tag)
    if q:
        hasil = list(berita.search(q, operator="and"))
    else:
        hasil = _berita_urut(berita.select_related("gambar"))
    halaman = Paginator(hasil, BERITA_PER_HALAMAN).get_page(params.get("halaman"))
    bagian = (
        indeks.get_children()
        .live()
        .public()
        .not_type(BeritaPage, AcaraPage)
        .specific()
        .order_by("path")
    )
    return {
        "q": q,
        "kategori": tag,
        "berita": halaman,
        "acara_mendatang": acara_mendatang(jumlah=5),
        "acara_lalu": acara_lalu(jumlah=5),
        "bagian": list(bagian),
    }


def berita_terbaru(*, jumlah: int = 3) -> list[BeritaPage]:
    """The latest live announcements, pinned ones first (one query)."""
    return list(
        _berita_urut(publik(BeritaPage.objects))
        .select_related("gambar")
        .prefetch_related("gambar__renditions")[:jumlah]
    )


def acara_mendatang(*, jumlah: int = 3, sekarang: datetime | None = None) -> list[AcaraPage]:
    """Live events not yet finished, soonest first, with the seats taken (one query)."""
    sekarang = sekarang or timezone.now()
    return list(
        publik(AcaraPage.objects)
        .filter(selesai__gte=sekarang)
        .annotate(
            terisi=Count(
                "pendaftaran", filter=Q(pendaftaran__status=PendaftaranAcara.Status.TERDAFTAR)
            )
        )
        .order_by("mulai")[:jumlah]
    )


def acara_lalu(*, jumlah: int = 5, sekarang: datetime | None = None) -> list[AcaraPage]:
    """Finished events, latest first: their pages carry the materials (one query)."""
    sekarang = sekarang or timezone.now()
    return list(publik(AcaraPage.objects).filter(selesai__lt=sekarang).order_by("-mulai")[:jumlah])


@dataclass(frozen=True)
class TanyaJawab:
    pertanyaan: str
    url: str


def tanya_unggulan(*, jumlah: int = 5) -> list[TanyaJawab]:
    """The questions marked for the home page, in page order (one query: the StreamField's
    raw data is read, so the linked lessons and regulations are not fetched)."""
    halaman = publik(TanyaJawabPage.objects).order_by("path").first()
    if halaman is None:
        return []
    hasil = []
    for tema in halaman.isi.raw_data:
        for i, item in enumerate(tema["value"]["daftar"]):
            nilai = item.get("value", item)
            if nilai.get("unggulan"):
                hasil.append(
                    TanyaJawab(nilai["pertanyaan"], f"{halaman.url}#tema-{tema['id']}-{i}")
                )
    return hasil[:jumlah]


def konteks_acara(*, acara: AcaraPage, user, sekarang: datetime | None = None) -> dict:
    sekarang = sekarang or timezone.now()
    jumlah = {
        b["status"]: b["n"] for b in acara.pendaftaran.values("status").annotate(n=Count("pk"))
    }
    terisi = jumlah.get(PendaftaranAcara.Status.TERDAFTAR, 0)
    milik = None
    posisi_tunggu = None
    if user.is_authenticated:
        milik = acara.pendaftaran.filter(user=user).first()
        if milik is not None and milik.status == PendaftaranAcara.Status.MENUNGGU:
            posisi_tunggu = (
                acara.pendaftaran.filter(status=PendaftaranAcara.Status.MENUNGGU)
                .filter(
                    Q(diantre_pada__lt=milik.diantre_pada)
                    | Q(diantre_pada=milik.diantre_pada, pk__lt=milik.pk)
                )
                .count()
                + 1
            )
    aktif = milik is not None and milik.status != PendaftaranAcara.Status.BATAL
    return {
        "terisi": terisi,
        "menunggu": jumlah.get(PendaftaranAcara.Status.MENUNGGU, 0),
        "sisa_kursi": max(acara.kapasitas - terisi, 0),
        "pendaftaran_saya": milik if aktif else None,
        "posisi_tunggu": posisi_tunggu,
        "pendaftaran_dibuka": sekarang < acara.mulai,
        "sudah_selesai": sekarang > acara.selesai,
        "penyelenggara": adalah_penyelenggara(user),
    }


def daftar_regulasi():
    return Regulasi.objects.filter(live=True).select_related("diganti_oleh", "dokumen")


def pertanyaan_terjawab(*, halaman: TanyaJawabPage):
    return PertanyaanPengunjung.objects.filter(
        halaman=halaman, status=PertanyaanPengunjung.Status.DIJAWAB
    ).order_by("-dijawab_pada")[:50]


def faq_jsonld(halaman: TanyaJawabPage) -> dict:
    """schema.org FAQPage of the page's questions and answers (answers as plain text)."""
    entitas = [
        {
            "@type": "Question",
            "name": item["pertanyaan"],
            "acceptedAnswer": {"@type": "Answer", "text": strip_tags(item["jawaban"].source)},
        }
        for tema in halaman.isi
        for item in tema.value["daftar"]
    ]
    return {"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": entitas}


#: The escapes of django.utils.html.json_script: no "</script>" or "<!--" can close the tag.
_LOLOS_JSON = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def skrip_jsonld(data: dict) -> SafeString:
    """A ``<script type="application/ld+json">`` element; the JSON is escaped as Django's
    ``json_script`` does (Django's filter cannot set the type)."""
    teks = json.dumps(data, ensure_ascii=False).translate(_LOLOS_JSON)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(teks))  # noqa: S308


@dataclass(frozen=True)
class Fase:
    """The participant's survey phase and whether it is already answered."""

    fase: str
    sudah_dijawab: bool

    @property
    def label(self) -> str:
        return FaseSurvei(self.fase).label


def fase_survei(*, survei: SurveiPage, user) -> Fase:
    """ "sesudah" once the participant finished the linked course or handed in its post-test;
    "sebelum" until then (and for a survey without a course)."""
    fase = FaseSurvei.SEBELUM
    kursus = survei.kursus
    if kursus is not None:
        selesai = Pendaftaran.objects.filter(
            user=user, kursus=kursus, selesai_pada__isnull=False
        ).exists()
        post_test = (
            kursus.post_test_id is not None
            and PercobaanKuis.objects.filter(user=user, kuis_id=kursus.post_test_id)
            .exclude(status=PercobaanKuis.Status.BERJALAN)
            .exists()
        )
        if selesai or post_test:
            fase = FaseSurvei.SESUDAH
    sudah = JawabanSurvei.objects.filter(page=survei, user=user, fase=fase).exists()
    return Fase(fase=fase, sudah_dijawab=sudah)


def pustaka_regulasi() -> PustakaRegulasiPage | None:
    return PustakaRegulasiPage.objects.live().public().first()


def kehadiran(acara: AcaraPage, *, user) -> tuple[list[dict], list[dict]]:
    """The registrations (not cancelled) of an event by unit, and a count per unit (one
    query), limited to the participants in ``user``'s unit scope (``saring_peserta``). People
    without an employee record are grouped under "Tanpa unit"."""
    baris = []
    pendaftaran = acara.pendaftaran.exclude(status=PendaftaranAcara.Status.BATAL)
    for p in (
        saring_peserta(user, pendaftaran)
        .select_related("user__pegawai__unit")
        .order_by("diantre_pada", "pk")
    ):
        pegawai = getattr(p.user, "pegawai", None)
        baris.append(
            {
                "unit": pegawai.unit.nama if pegawai else _("Tanpa unit"),
                "nip": pegawai.nip if pegawai else p.user.get_username(),
                "nama": nama_orang(p.user),
                "status": p.get_status_display(),
                "hadir_pada": p.hadir_pada,
                "terdaftar": p.status == PendaftaranAcara.Status.TERDAFTAR,
            }
        )
    baris.sort(key=lambda b: (b["unit"], b["nama"]))
    per_unit: dict[str, dict] = {}
    for b in baris:
        r = per_unit.setdefault(b["unit"], {"unit": b["unit"], "terdaftar": 0, "hadir": 0})
        r["terdaftar"] += b["terdaftar"]
        r["hadir"] += b["hadir_pada"] is not None
    return baris, list(per_unit.values())
