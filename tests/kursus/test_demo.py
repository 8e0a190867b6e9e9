import pytest
from django.core.management import call_command
from wagtail.models import GroupPagePermission, Revision, WorkflowPage

from kursus.models import KursusIndexPage, KursusPage, PelajaranPage

pytestmark = pytest.mark.django_db


def _keadaan():
    pelajaran = PelajaranPage.objects.order_by("path")
    return {
        "indeks": list(KursusIndexPage.objects.values_list("pk", "slug", "live")),
        "kursus": list(KursusPage.objects.values_list("pk", "slug", "title", "durasi_jp")),
        "pelajaran": [(p.pk, p.slug, p.title, p.body.get_prep_value()) for p in pelajaran],
        "revisi": Revision.objects.filter(
            object_id__in=[str(pk) for pk in PelajaranPage.objects.values_list("pk", flat=True)]
            + [str(pk) for pk in KursusPage.objects.values_list("pk", flat=True)]
            + [str(pk) for pk in KursusIndexPage.objects.values_list("pk", flat=True)]
        ).count(),
        "izin": GroupPagePermission.objects.count(),
        "alur": WorkflowPage.objects.count(),
    }


def test_muat_demo_memuat_kursus_pertama_dengan_delapan_pelajaran():
    call_command("muat_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    kursus = KursusPage.objects.get(slug="penyusunan-indikator-kinerja")
    assert kursus.title == "Dasar-dasar Penilaian Kinerja Berbasis Capaian"
    assert kursus.url == "/kursus/penyusunan-indikator-kinerja/"
    pelajaran = PelajaranPage.objects.child_of(kursus).live()
    assert pelajaran.count() >= 8
    jenis = {b.block_type for p in pelajaran for b in p.body}
    assert {"contoh_indikator", "catatan", "tabel", "contoh_perhitungan"} <= jenis


def test_muat_demo_memuat_setiap_folder_kursus_dengan_semua_pelajarannya():
    from kursus.demo import folder_kursus
    from kursus.sumber import baca

    call_command("muat_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    dimuat = [
        (k.slug, PelajaranPage.objects.child_of(k).live().count())
        for k in KursusPage.objects.live().order_by("path")
    ]
    berkas = [
        (baca(f / "kursus.md").meta["slug"], len(list(f.glob("[0-9][0-9]-*.md"))))
        for f in folder_kursus()
    ]
    assert dimuat == berkas
    assert len(dimuat) == 5


def test_muat_demo_dua_kali_meninggalkan_keadaan_yang_sama():
    call_command("muat_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    pertama = _keadaan()
    call_command("muat_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert _keadaan() == pertama


def test_pelajaran_tujuh_menampilkan_langkah_dari_mesin(client):
    call_command("muat_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    from kursus import services
    from tests.factories import PenggunaFactory

    kursus = KursusPage.objects.get(slug="penyusunan-indikator-kinerja")
    user = PenggunaFactory()
    services.pendaftaran_buat(user=user, kursus=kursus)
    kursus.urutan_wajib = False
    kursus.save()
    client.force_login(user)
    html = client.get(f"{kursus.url}dari-pp46-ke-permenpanrb6/").content.decode()
    assert "nilai kegiatan" in html.lower()
    assert "Predikat" in html
