import tomllib

import pytest

from penilaian import demo as demo_penilaian
from situs import demo as demo_situs
from situs import peran
from sosialisasi import akses
from sosialisasi import demo as demo_sosialisasi
from sosialisasi.models import (
    AcaraPage,
    BeritaPage,
    PendaftaranAcara,
    Regulasi,
    SurveiPage,
    TanyaJawabPage,
)

pytestmark = pytest.mark.django_db


def test_nama_peran_sama_dengan_situs():
    assert (akses.PELATIH, akses.PELATIH_SENIOR, akses.ADMIN_KEPEGAWAIAN) == (
        peran.PELATIH,
        peran.PELATIH_SENIOR,
        peran.ADMIN_KEPEGAWAIAN,
    )


def test_demo_memuat_isi_yang_diminta_dan_aman_diulang():
    beranda = demo_situs.muat_beranda()
    demo_penilaian.muat_kebijakan_dan_periode()
    demo_situs.muat_akun()
    for _ in range(2):
        demo_sosialisasi.muat(beranda=beranda)
        demo_sosialisasi.muat_kehadiran()
    assert BeritaPage.objects.live().count() >= 6
    assert BeritaPage.objects.filter(disematkan=True).exists()
    tanya = TanyaJawabPage.objects.get()
    assert sum(len(t.value["daftar"]) for t in tanya.isi) >= 25
    assert AcaraPage.objects.count() == 3
    assert Regulasi.objects.filter(live=True).count() >= 10
    survei = SurveiPage.objects.get()
    assert survei.form_fields.filter(field_type="likert").count() >= 12
    assert set(survei.form_fields.exclude(tema="").values_list("tema", flat=True)) == {
        "pemahaman",
        "sikap",
        "beban_kerja",
        "keadilan",
    }
    hadir = PendaftaranAcara.objects.filter(hadir_pada__isnull=False)
    assert hadir.count() == 3 and all(p.acara.mulai < p.hadir_pada for p in hadir)


def test_regulasi_demo_memuat_entri_yang_diminta_issue():
    with open(demo_sosialisasi.FOLDER / "regulasi.toml", "rb") as f:
        kunci = {r["kunci"] for r in tomllib.load(f)["regulasi"]}
    assert {
        "pp-46-2011",
        "permenpanrb-8-2021",
        "permenpanrb-6-2022",
        "permenpanrb-1-2023",
        "se-menpanrb-3-2023",
        "perbkn-3-2023",
        "pp-30-2019",
        "uu-20-2023",
        "pp-17-2018",
    } <= kunci


def test_regulasi_memakai_alur_moderasi_kursus(indeks):
    from kursus.demo import NAMA_ALUR

    demo_sosialisasi.muat_indeks(beranda=indeks.get_parent())
    entri = Regulasi(jenis="pp", nomor="17", tahun=2018, tentang="Kecamatan", ringkasan="R")
    assert entri.get_workflow().name == NAMA_ALUR


def test_pelatih_senior_saja_yang_boleh_menerbitkan_regulasi(buat_pengguna):
    from wagtail.permission_policies.base import ModelPermissionPolicy

    kebijakan = ModelPermissionPolicy(Regulasi)
    assert kebijakan.user_has_permission(buat_pengguna("Pelatih", "Pelatih Senior"), "publish")
    assert not kebijakan.user_has_permission(buat_pengguna("Pelatih"), "publish")
    assert kebijakan.user_has_permission(buat_pengguna("Pelatih"), "change")
