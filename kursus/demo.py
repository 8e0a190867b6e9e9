"""Demo content: the course index, every course in ``kursus/konten/`` (one folder per course,
with ``kursus.md`` and numbered lesson files) and the trainers' moderation workflow and page
permissions. Idempotent: pages are keyed by slug, and a page is republished only when its
content changed."""

import json
from pathlib import Path

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.fields import StreamValue
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowTask,
)

from simulasi.models import KasusSimulasi

from .kuis.models import Kuis
from .models import KursusIndexPage, KursusPage, PelajaranPage
from .sumber import FOLDER_KONTEN, baca, blok, markdown_ke_html

PELATIH = "Pelatih"
PELATIH_SENIOR = "Pelatih Senior"
NAMA_ALUR = "Moderasi kursus"
NAMA_TUGAS = "Persetujuan Pelatih Senior"


def simpan_halaman(page: Page, induk: Page | None, nilai: dict) -> Page:
    """Set fields; add under ``induk`` if new; publish only when something changed. Every
    demo loader of pages uses it (kursus, sosialisasi)."""

    def tanda(p):
        data = {}
        for k in nilai:
            v = getattr(p, k)
            data[k] = v.get_prep_value() if isinstance(v, StreamValue) else v
        return json.dumps(data, default=str, sort_keys=True)

    sebelum = tanda(page) if page.pk else None
    for kunci, isi in nilai.items():
        setattr(page, kunci, isi)
    if page.pk is None:
        induk.add_child(instance=page)
        page.save_revision().publish()
    elif sebelum != tanda(page) or not page.live or page.has_unpublished_changes:
        page.save_revision().publish()
    return page


@transaction.atomic
def muat_indeks(*, beranda: Page) -> KursusIndexPage:
    indeks = KursusIndexPage.objects.first() or KursusIndexPage(slug="kursus")
    return simpan_halaman(
        indeks,
        beranda,
        {
            "title": "Kursus",
            "slug": "kursus",
            "pengantar": (
                "Kursus singkat untuk ASN Kecamatan Cipocok Jaya: belajar sesuai waktu Anda, "
                "tandai setiap pelajaran, dan dapatkan sertifikat yang dapat diverifikasi."
            ),
        },
    )


def rujukan_konten(jenis: str, slug: str) -> int:
    """The primary key of the quiz or simulator case a lesson file names by slug."""
    model = {"kuis": Kuis, "kasus": KasusSimulasi}[jenis]
    pk = model.objects.filter(slug=slug).values_list("pk", flat=True).first()
    if pk is None:
        raise ValueError(
            f"{jenis} '{slug}' belum ada: muat bank soal dan kasus simulasi sebelum pelajaran."
        )
    return pk


def folder_kursus(folder_konten: Path = FOLDER_KONTEN) -> list[Path]:
    """The course folders (those with a ``kursus.md``), in the order of their names."""
    return sorted(p.parent for p in folder_konten.glob("*/kursus.md"))


@transaction.atomic
def muat_kursus(*, indeks: KursusIndexPage, folder: Path) -> KursusPage:
    sumber = baca(folder / "kursus.md")
    meta = sumber.meta
    bagian = {
        judul.strip(): isi
        for judul, _, isi in (b.partition("\n") for b in sumber.isi.split("# ")[1:])
    }
    kursus = KursusPage.objects.filter(slug=meta["slug"]).first() or KursusPage()
    simpan_halaman(
        kursus,
        indeks,
        {
            "title": meta["judul"],
            "slug": meta["slug"],
            "ringkasan": meta["ringkasan"],
            "durasi_jp": int(meta["durasi_jp"]),
            "urutan_wajib": meta.get("urutan_wajib", "ya") == "ya",
            "tujuan_pembelajaran": markdown_ke_html(bagian.get("Tujuan pembelajaran", "")),
            "prasyarat": markdown_ke_html(bagian.get("Prasyarat", "")),
        },
    )
    for path in sorted(folder.glob("[0-9][0-9]-*.md")):
        pelajaran = baca(path)
        slug = pelajaran.meta.get("slug") or path.stem[3:]
        halaman = PelajaranPage.objects.filter(slug=slug).child_of(kursus).first()
        simpan_halaman(
            halaman or PelajaranPage(),
            kursus,
            {
                "title": pelajaran.meta["judul"],
                "slug": slug,
                "estimasi_menit": int(pelajaran.meta.get("menit", 15)),
                "search_description": pelajaran.meta.get("ringkasan", ""),
                "body": blok(pelajaran.isi, kunci=slug, rujukan=rujukan_konten),
            },
        )
    return kursus


@transaction.atomic
def pastikan_moderasi(*, indeks: KursusIndexPage) -> Workflow:
    """Pelatih may add and edit pages under the index but not publish; a Pelatih Senior
    approves (publishes) through the "Moderasi kursus" workflow. Quizzes go through the same
    workflow: Pelatih edit them (role table) and submit, a Pelatih Senior may publish them."""
    pelatih, _ = Group.objects.get_or_create(name=PELATIH)
    senior, _ = Group.objects.get_or_create(name=PELATIH_SENIOR)
    izin = {
        p.codename: p
        for p in Permission.objects.filter(
            content_type__app_label="wagtailcore",
            codename__in=["add_page", "change_page", "publish_page"],
        )
    }
    for group, kode in (
        (pelatih, ["add_page", "change_page"]),
        (senior, ["add_page", "change_page", "publish_page"]),
    ):
        for codename in kode:
            GroupPagePermission.objects.get_or_create(
                group=group, page=indeks, permission=izin[codename]
            )
    tugas = GroupApprovalTask.objects.filter(name=NAMA_TUGAS).first()
    if tugas is None:
        tugas = GroupApprovalTask.objects.create(name=NAMA_TUGAS)
    tugas.groups.set([senior])
    alur, _ = Workflow.objects.get_or_create(name=NAMA_ALUR)
    WorkflowTask.objects.get_or_create(workflow=alur, task=tugas, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=indeks, defaults={"workflow": alur})
    jenis_kuis = ContentType.objects.get_for_model(Kuis)
    # Approving publishes the revision as the approver, which needs the publish permission.
    senior.permissions.add(Permission.objects.get(content_type=jenis_kuis, codename="publish_kuis"))
    WorkflowContentType.objects.update_or_create(
        content_type=jenis_kuis, defaults={"workflow": alur}
    )
    return alur


@transaction.atomic
def muat_semua_kursus(*, indeks: KursusIndexPage) -> list[KursusPage]:
    """Every course folder, in folder order (new courses go after the ones already loaded)."""
    return [muat_kursus(indeks=indeks, folder=folder) for folder in folder_kursus()]


def muat(*, beranda: Page) -> list[KursusPage]:
    """Everything the course part of the demo needs; returns the courses in folder order.

    The simulator's cases and the quiz bank come first, because lessons embed them by slug.
    Attaching the pre-test and post-test to the course is a separate step
    (``kursus.kuis.demo.pasang_tes_kursus``) that ``muat_demo`` runs afterwards."""
    from simulasi import demo as demo_simulasi

    from .kuis import demo as demo_kuis

    demo_simulasi.muat()
    demo_kuis.muat()
    indeks = muat_indeks(beranda=beranda)
    pastikan_moderasi(indeks=indeks)
    return muat_semua_kursus(indeks=indeks)


#: The demo account whose learning the trainers' tools show (the demo's own, labelled account).
AKUN_PESERTA_DEMO = "peserta"


@transaction.atomic
def muat_aktivitas_belajar() -> dict[str, int]:
    """What a trainer opens first in the demo: account ``peserta`` enrolled in the first course
    with two lessons done and a due date four weeks ahead, its pre-test submitted (the choice
    questions answered, every other one right) and one simulator case worked. Runs once: an
    account that already has quiz or simulator attempts is left as it is (idempotent), and the
    other demo accounts start with nothing, so they can try everything themselves."""
    from datetime import timedelta

    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from simulasi import services as layanan_simulasi
    from simulasi.mappers import jawaban_model
    from simulasi.models import PercobaanSimulasi

    from . import services
    from .kuis import selectors as selektor_kuis
    from .kuis import services as layanan_kuis
    from .kuis.models import PercobaanKuis

    user = get_user_model().objects.filter(username=AKUN_PESERTA_DEMO).first()
    kursus = KursusPage.objects.live().filter(pre_test__isnull=False).order_by("path").first()
    if (
        user is None
        or kursus is None
        or PercobaanKuis.objects.filter(user=user).exists()
        or PercobaanSimulasi.objects.filter(pengguna=user).exists()
    ):
        return {"pelajaran": 0, "kuis": 0, "simulasi": 0}
    pendaftaran = services.pendaftaran_buat(user=user, kursus=kursus)
    pendaftaran.tenggat = timezone.localdate() + timedelta(days=28)
    pendaftaran.save(update_fields=["tenggat"])
    pelajaran = list(PelajaranPage.objects.child_of(kursus).live().order_by("path")[:2])
    for p in pelajaran:
        services.kemajuan_tandai_selesai(user=user, pelajaran=p)
    percobaan = layanan_kuis.percobaan_mulai(user=user, kuis=kursus.pre_test)
    for i, soal in enumerate(selektor_kuis.soal_percobaan(percobaan)):
        pilihan = [p.pk for p in soal.pilihan.all() if p.benar == (i % 2 == 0)]
        if pilihan and soal.jenis in ("tunggal", "ganda"):
            layanan_kuis.jawaban_simpan(percobaan=percobaan, soal_id=soal.pk, pilihan=pilihan[:1])
    layanan_kuis.percobaan_serahkan(percobaan=percobaan)
    kasus = KasusSimulasi.objects.filter(live=True).order_by("pk").first()
    if kasus is not None:
        layanan_simulasi.percobaan_simpan(kasus=kasus, pengguna=user, jawaban=jawaban_model(kasus))
    return {"pelajaran": len(pelajaran), "kuis": 1, "simulasi": int(kasus is not None)}
