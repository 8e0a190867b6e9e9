"""The demo cases: enough of them, sound model answers, and different predikat across cases."""

import pytest

from penilaian import mesin
from penilaian.services.nilai import dokumen_nilai
from simulasi import demo, services
from simulasi.mappers import dokumen_dari_jawaban, dokumen_pp46, rhk_peserta
from simulasi.models import IndikatorModel, KasusSimulasi

pytestmark = pytest.mark.django_db

TEMA = {
    "paten-adminduk",
    "posyandu-kesehatan",
    "drainase-karundang",
    "serapan-anggaran",
    "trantibum",
    "pemberdayaan-umkm",
}


def test_enam_kasus_dari_berkas_sumber_semua_terbit(kasus_demo):
    assert set(kasus_demo) >= TEMA
    assert all(k.live for k in kasus_demo.values())


def test_pemuat_demo_idempoten(kasus_demo):
    jumlah_iki = IndikatorModel.objects.count()
    demo.muat()
    assert KasusSimulasi.objects.count() == len(kasus_demo)
    assert IndikatorModel.objects.count() == jumlah_iki


@pytest.mark.parametrize("slug", sorted(TEMA))
def test_indikator_jawaban_model_lolos_pemeriksa(kasus_demo, slug):
    kasus = kasus_demo[slug]
    for iki in services.jawaban_model(kasus)["indikator"]:
        hasil = services.periksa_indikator(
            iki=iki, rhk=kasus.rhk_model, rhk_atasan=kasus.rhk_atasan
        )
        assert hasil["layak"], (iki["teks"], hasil["temuan"])
        assert hasil["skor"] == 100, (iki["teks"], hasil["temuan"])


def test_fakta_realisasi_menghasilkan_predikat_berbeda_antar_kasus(kasus_demo):
    predikat = {}
    for slug, kasus in kasus_demo.items():
        dokumen = dokumen_dari_jawaban(kasus, services.jawaban_model(kasus), kebijakan=None)
        hasil = dokumen_nilai(dokumen=dokumen).hasil
        predikat[slug] = hasil["predikat"]
    assert len(set(predikat.values())) >= 4, predikat
    assert predikat["paten-adminduk"] == mesin.Predikat.SANGAT_BAIK.value
    assert predikat["drainase-karundang"] == "Butuh Perbaikan"
    assert predikat["trantibum"] == "Sangat Kurang"


@pytest.mark.parametrize("slug", sorted(TEMA))
def test_setiap_kasus_punya_perbandingan_pp46(kasus_demo, slug):
    kasus = kasus_demo[slug]
    dokumen, catatan = dokumen_pp46(rhk_peserta(kasus=kasus, jawaban=services.jawaban_model(kasus)))
    assert dokumen is not None, catatan
    assert dokumen_nilai(dokumen=dokumen).hasil["kategori_skp"]
