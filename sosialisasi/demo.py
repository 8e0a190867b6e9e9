"""Demo content of the socialisation side, from the readable files in ``sosialisasi/konten/``.
Idempotent: pages are keyed by slug, regulation entries by (jenis, penerbit, nomor, tahun),
and a page is republished only when its content changed.

``muat`` builds the pages; ``muat_kehadiran`` (after the demo accounts exist) registers the
demo accounts for the past event and records their attendance through the services."""

import tomllib
import uuid
from datetime import datetime, time, timedelta
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page, Workflow, WorkflowContentType

from kursus.demo import pastikan_moderasi, simpan_halaman
from kursus.models import KursusPage, PelajaranPage
from kursus.sumber import baca, markdown_ke_html

from . import services
from .models import (
    AcaraPage,
    BeritaPage,
    FieldSurvei,
    PendaftaranAcara,
    PustakaRegulasiPage,
    Regulasi,
    SosialisasiIndexPage,
    SurveiPage,
    TanyaJawabPage,
)

FOLDER = Path(__file__).resolve().parent / "konten"
_NAMESPACE = uuid.UUID("3b1f6c0e-8a51-4d27-9f0c-5e7d2a4b6c19")
#: Demo accounts that took part in the past event (situs.demo.AKUN).
HADIR_DEMO = ("pegawai", "penilai", "peserta")


def _toml(nama: str) -> dict:
    with open(FOLDER / nama, "rb") as berkas:
        return tomllib.load(berkas)


def _id(kunci: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, kunci))


@transaction.atomic
def muat_indeks(*, beranda: Page) -> SosialisasiIndexPage:
    indeks = SosialisasiIndexPage.objects.first() or SosialisasiIndexPage()
    simpan_halaman(
        indeks,
        beranda,
        {
            "title": "Sosialisasi",
            "slug": "sosialisasi",
            "pengantar": (
                "Berita, jadwal sosialisasi dan bimtek, tanya jawab, pustaka regulasi, dan survei "
                "kesiapan penilaian kinerja ASN Kecamatan Cipocok Jaya."
            ),
        },
    )
    pastikan_moderasi_regulasi(alur=pastikan_moderasi(indeks=indeks))
    return indeks


def pastikan_moderasi_regulasi(*, alur: Workflow) -> None:
    """Regulation entries go through the same workflow as the pages: Pelatih edit and submit,
    a Pelatih Senior publishes (the publish permission is in the role table)."""
    WorkflowContentType.objects.update_or_create(
        content_type=ContentType.objects.get_for_model(Regulasi), defaults={"workflow": alur}
    )


@transaction.atomic
def muat_regulasi() -> dict[str, Regulasi]:
    data = _toml("regulasi.toml")["regulasi"]
    hasil: dict[str, Regulasi] = {}
    for r in data:
        entri, _ = Regulasi.objects.get_or_create(
            jenis=r["jenis"],
            penerbit=r.get("penerbit", ""),
            nomor=r["nomor"],
            tahun=r["tahun"],
            defaults={"tentang": r["tentang"], "ringkasan": r["ringkasan"], "live": False},
        )
        hasil[r["kunci"]] = entri
    for r in data:
        entri = hasil[r["kunci"]]
        nilai = {
            "tentang": r["tentang"],
            "status": r["status"],
            "ringkasan": " ".join(r["ringkasan"].split()),
            "diganti_oleh_id": hasil[r["diganti_oleh"]].pk if r.get("diganti_oleh") else None,
        }
        berubah = any(getattr(entri, k) != v for k, v in nilai.items())
        for k, v in nilai.items():
            setattr(entri, k, v)
        if berubah or not entri.live:
            entri.save_revision().publish()
    return hasil


@transaction.atomic
def muat_berita(*, indeks: SosialisasiIndexPage) -> list[BeritaPage]:
    hasil = []
    for path in sorted((FOLDER / "berita").glob("[0-9][0-9]-*.md")):
        sumber = baca(path)
        meta = sumber.meta
        halaman = BeritaPage.objects.filter(slug=meta["slug"]).first() or BeritaPage()
        simpan_halaman(
            halaman,
            indeks,
            {
                "title": meta["judul"],
                "slug": meta["slug"],
                "ringkasan": meta["ringkasan"],
                "isi": markdown_ke_html(sumber.isi),
                "disematkan": meta.get("disematkan") == "ya",
                "search_description": meta["ringkasan"],
            },
        )
        kategori = sorted(k.strip() for k in meta.get("kategori", "").split(",") if k.strip())
        if sorted(t.name for t in halaman.tags.all()) != kategori:
            halaman.tags.set(kategori)
            halaman.save_revision().publish()
        hasil.append(halaman)
    return hasil


@transaction.atomic
def muat_tanya_jawab(*, indeks: SosialisasiIndexPage, regulasi: dict[str, Regulasi]):
    data = _toml("tanya-jawab.toml")
    pelajaran = dict(PelajaranPage.objects.values_list("slug", "pk"))
    isi = []
    for t, tema in enumerate(data["tema"]):
        daftar = []
        for item in tema["butir"]:
            daftar.append(
                {
                    "pertanyaan": item["pertanyaan"],
                    "jawaban": markdown_ke_html(item["jawaban"]),
                    # A lesson renamed in the course just drops the link.
                    "pelajaran": pelajaran.get(item.get("pelajaran", "")),
                    "regulasi": regulasi[item["regulasi"]].pk if item.get("regulasi") else None,
                    "unggulan": item.get("unggulan", False),
                }
            )
        isi.append(
            {
                "type": "tema",
                "id": _id(f"tanya/{t}"),
                "value": {
                    "judul": tema["judul"],
                    "daftar": [
                        {"type": "item", "value": d, "id": _id(f"tanya/{t}/{i}")}
                        for i, d in enumerate(daftar)
                    ],
                },
            }
        )
    halaman = TanyaJawabPage.objects.filter(slug=data["slug"]).first() or TanyaJawabPage()
    return simpan_halaman(
        halaman,
        indeks,
        {
            "title": data["judul"],
            "slug": data["slug"],
            "pengantar": " ".join(data["pengantar"].split()),
            "isi": isi,
        },
    )


def _waktu(hari: int, jam: str) -> datetime:
    tanggal = timezone.localdate() + timedelta(days=hari)
    j, m = (int(x) for x in jam.split(":"))
    return timezone.make_aware(datetime.combine(tanggal, time(j, m)))


@transaction.atomic
def muat_acara(*, indeks: SosialisasiIndexPage) -> list[AcaraPage]:
    """Events keyed by slug. An existing event keeps its dates (a demo loaded again next week
    does not move last week's event); new ones are placed relative to today."""
    hasil = []
    for a in _toml("acara.toml")["acara"]:
        halaman = AcaraPage.objects.filter(slug=a["slug"]).first()
        nilai = {
            "title": a["judul"],
            "slug": a["slug"],
            "jenis": a["jenis"],
            "ringkasan": a["ringkasan"],
            "isi": markdown_ke_html(a["isi"]),
            "tempat": a["tempat"],
            "nama_tempat": a.get("nama_tempat", ""),
            "tautan_daring": a.get("tautan_daring", ""),
            "kapasitas": a["kapasitas"],
        }
        if halaman is None:
            halaman = AcaraPage()
            mulai = _waktu(a["hari"], a["jam"])
            nilai.update(mulai=mulai, selesai=mulai + timedelta(minutes=a["durasi"]))
        hasil.append(simpan_halaman(halaman, indeks, nilai))
    return hasil


@transaction.atomic
def muat_pustaka(*, indeks: SosialisasiIndexPage) -> PustakaRegulasiPage:
    halaman = PustakaRegulasiPage.objects.first() or PustakaRegulasiPage()
    return simpan_halaman(
        halaman,
        indeks,
        {
            "title": "Pustaka regulasi",
            "slug": "pustaka-regulasi",
            "pengantar": (
                "<p>Peraturan yang menjadi dasar penilaian kinerja ASN dan tugas kecamatan, "
                "dengan ringkasan berbahasa sederhana.</p>"
            ),
        },
    )


@transaction.atomic
def muat_survei(*, indeks: SosialisasiIndexPage) -> SurveiPage:
    data = _toml("survei.toml")
    halaman = SurveiPage.objects.filter(slug=data["slug"]).first() or SurveiPage()
    simpan_halaman(
        halaman,
        indeks,
        {
            "title": data["judul"],
            "slug": data["slug"],
            "pengantar": markdown_ke_html(data["pengantar"]),
            "teks_terima_kasih": markdown_ke_html(data["terima_kasih"]),
            "kursus": KursusPage.objects.filter(slug=data["kursus"]).first(),
        },
    )
    butir = [
        {
            "label": b["label"],
            "field_type": b.get("jenis", "likert"),
            "tema": b.get("tema", ""),
            "required": b.get("wajib", True),
        }
        for b in data["butir"]
    ]
    ada = [
        {k: getattr(f, k) for k in ("label", "field_type", "tema", "required")}
        for f in halaman.form_fields.all()
    ]
    if ada != butir:
        halaman.form_fields.set(
            [FieldSurvei(sort_order=i, **b) for i, b in enumerate(butir)], bulk=False
        )
        halaman.save_revision().publish()
    return halaman


def muat(*, beranda: Page) -> SosialisasiIndexPage:
    """Every page of the socialisation side (after the course: answers link its lessons)."""
    indeks = muat_indeks(beranda=beranda)
    regulasi = muat_regulasi()
    muat_berita(indeks=indeks)
    muat_pustaka(indeks=indeks)
    muat_tanya_jawab(indeks=indeks, regulasi=regulasi)
    muat_acara(indeks=indeks)
    muat_survei(indeks=indeks)
    return indeks


@transaction.atomic
def muat_kehadiran() -> int:
    """The demo accounts registered for the past event and checked in during it, through the
    same services as on the site (with the event's own times). Returns the attendances."""
    slug = next(a["slug"] for a in _toml("acara.toml")["acara"] if a.get("hadir_demo"))
    acara = AcaraPage.objects.filter(slug=slug).first()
    if acara is None:
        return 0
    kode = services.kode_hadir_pastikan(acara=acara)
    for user in get_user_model().objects.filter(username__in=HADIR_DEMO).order_by("username"):
        if not PendaftaranAcara.objects.filter(acara=acara, user=user).exists():
            services.acara_daftar(user=user, acara=acara, sekarang=acara.mulai - timedelta(days=3))
        pendaftaran = PendaftaranAcara.objects.get(acara=acara, user=user)
        if (
            pendaftaran.hadir_pada is None
            and pendaftaran.status == PendaftaranAcara.Status.TERDAFTAR
        ):
            services.hadir_catat(
                user=user, acara=acara, kode=kode.kode, sekarang=acara.mulai + timedelta(minutes=10)
            )
    return PendaftaranAcara.objects.filter(acara=acara, hadir_pada__isnull=False).count()
