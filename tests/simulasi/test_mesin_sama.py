"""The guarantee: a practice case scores exactly like a live appraisal with the same inputs.

For every demo case, the model answer with the case's realisation is entered twice: as a
simulator attempt (``simulasi.services.percobaan_simpan``) and as a live SKP with RHK, IKI and
annual realisation rows scored through the live path (``penilaian.mappers.skp_ke_dokumen`` and
``penilaian.services.evaluasi_hitung_usulan``). The two engine results must be equal field for
field, under the active kebijakan, and again after the period's kebijakan changes.
The same holds for an attempt with three RHK against a live SKP with the same three RHK.
"""

from decimal import Decimal

import pytest

from penilaian import mappers, mesin
from penilaian import services as layanan_penilaian
from penilaian.models import (
    SKP,
    IndikatorKinerja,
    Kebijakan,
    Pegawai,
    PeriodeEvaluasi,
    Realisasi,
    RencanaHasilKerja,
    UnitKerja,
)
from simulasi import demo, services
from simulasi.jawaban import daftar_rhk, jawaban_dari

pytestmark = pytest.mark.django_db

SLUG_KASUS = [data["slug"] for data in demo.baca_konten()]


def _pegawai(nama: str, nip: str, unit: UnitKerja, atasan=None) -> Pegawai:
    return Pegawai.objects.create(
        nip=nip,
        nama=nama,
        jabatan="Pelaksana",
        jenis_jabatan=Pegawai.JenisJabatan.PELAKSANA,
        unit=unit,
        atasan=atasan,
    )


def skp_dari_kasus(kasus, periode) -> SKP:
    """The case's model answer and realisation as rows of the live appraisal."""
    return skp_dari_rhk(kasus, periode, daftar_rhk(services.jawaban_model(kasus)))


def skp_dari_rhk(kasus, periode, daftar: list[dict]) -> SKP:
    """An RHK list in the simulator's answer form (``jawaban.daftar_rhk``, with realisasi) as
    one live SKP: one ``RencanaHasilKerja`` per RHK, in order, each under the case's RHK
    atasan, with its IKI and annual realisation rows."""
    unit = UnitKerja.objects.create(
        kode=f"uji-{kasus.slug}", nama=kasus.unit_kerja[:200], jenis=UnitKerja.Jenis.KELURAHAN
    )
    atasan = _pegawai("Atasan Uji", f"19800101200501100{kasus.pk % 10}", unit)
    pegawai = _pegawai("Pegawai Uji", f"19900101201501100{kasus.pk % 10}", unit, atasan)
    skp_atasan = SKP.objects.create(pegawai=atasan, periode=periode)
    rhk_atasan = RencanaHasilKerja.objects.create(skp=skp_atasan, teks=kasus.rhk_atasan)
    skp = SKP.objects.create(pegawai=pegawai, periode=periode)
    for urutan_rhk, isi in enumerate(daftar):
        rhk = RencanaHasilKerja.objects.create(
            skp=skp, teks=isi["rhk"], rhk_atasan=rhk_atasan, urutan=urutan_rhk
        )
        for urutan, iki in enumerate(isi["indikator"]):
            indikator = IndikatorKinerja.objects.create(
                rhk=rhk,
                teks=iki["teks"],
                aspek=iki["aspek"],
                target=Decimal(iki["target"]),
                satuan=iki["satuan"],
                polaritas=iki["polaritas"],
                urutan=urutan,
            )
            Realisasi.objects.create(
                indikator=indikator,
                periode_evaluasi=PeriodeEvaluasi.TAHUNAN,
                nilai=Decimal(iki["realisasi"]),
            )
    return skp


def hasil_simulator(kasus, pengguna) -> dict:
    jawaban = dict(services.jawaban_model(kasus), prediksi="")
    return services.percobaan_simpan(kasus=kasus, pengguna=pengguna, jawaban=jawaban).hasil_mesin


def hasil_langsung(skp, kasus) -> dict:
    return layanan_penilaian.evaluasi_hitung_usulan(skp=skp, rating_perilaku=kasus.rating_perilaku)


def hasil_mapper(skp, kasus) -> dict:
    dokumen = mappers.skp_ke_dokumen(
        skp,
        kebijakan=layanan_penilaian.kebijakan_untuk(skp),
        rating_perilaku=kasus.rating_perilaku,
    )
    return mesin.hasil_ke_json(mesin.hitung(dokumen))


def _sama_per_bidang(a: dict, b: dict) -> None:
    assert a.keys() == b.keys()
    for kunci in a:
        assert a[kunci] == b[kunci], kunci


@pytest.mark.parametrize("slug", SLUG_KASUS)
def test_simulator_sama_dengan_penilaian_langsung(kasus_demo, periode_aktif, peserta, slug):
    kasus = kasus_demo[slug]
    skp = skp_dari_kasus(kasus, periode_aktif)

    simulator = hasil_simulator(kasus, peserta)
    _sama_per_bidang(simulator, hasil_langsung(skp, kasus))
    _sama_per_bidang(simulator, hasil_mapper(skp, kasus))
    assert simulator["kebijakan"]["nama"] == periode_aktif.kebijakan.nama

    # The administrator picks another kebijakan for the running period: both sides follow it.
    ketat = Kebijakan.objects.create(
        nama="Kebijakan uji ketat", ambang_di_atas=100, ambang_sesuai=97
    )
    periode_aktif.kebijakan = ketat
    periode_aktif.save()
    simulator_baru = hasil_simulator(kasus, peserta)
    _sama_per_bidang(simulator_baru, hasil_langsung(skp, kasus))
    assert simulator_baru["kebijakan"]["nama"] == "Kebijakan uji ketat"
    assert simulator_baru["langkah"] != simulator["langkah"]


def test_kebijakan_ketat_mengubah_predikat_pada_kedua_jalan(kasus_demo, periode_aktif, peserta):
    """A sanity check that the comparison above is not vacuous: the stricter policy changes a
    predikat (posyandu, 95 %: sesuai under 90 %, di bawah under 97 %) on both paths."""
    kasus = kasus_demo["posyandu-kesehatan"]
    skp = skp_dari_kasus(kasus, periode_aktif)
    assert hasil_simulator(kasus, peserta)["predikat"] == "Baik"
    periode_aktif.kebijakan = Kebijakan.objects.create(
        nama="Kebijakan uji ketat", ambang_di_atas=100, ambang_sesuai=97
    )
    periode_aktif.save()
    assert hasil_simulator(kasus, peserta)["predikat"] == "Butuh Perbaikan"
    assert hasil_langsung(skp, kasus)["predikat"] == "Butuh Perbaikan"


def rhk_tiga_kasus(kasus_demo, slug) -> list[dict]:
    """Three RHK for one attempt: the case's own model answer, then the model answers of the
    next two demo cases (other aspects, realisations and polarities)."""
    i = SLUG_KASUS.index(slug)
    urutan = SLUG_KASUS[i:] + SLUG_KASUS[:i]
    return [daftar_rhk(services.jawaban_model(kasus_demo[s]))[0] for s in urutan[:3]]


@pytest.mark.parametrize("slug", SLUG_KASUS)
def test_percobaan_tiga_rhk_sama_dengan_penilaian_langsung(
    kasus_demo, periode_aktif, peserta, slug
):
    kasus = kasus_demo[slug]
    daftar = rhk_tiga_kasus(kasus_demo, slug)
    skp = skp_dari_rhk(kasus, periode_aktif, daftar)
    jawaban = jawaban_dari(daftar, prediksi="")

    simulator = services.percobaan_simpan(kasus=kasus, pengguna=peserta, jawaban=jawaban)
    assert len(simulator.hasil_mesin["rhk"]) == 3
    assert [r["teks"] for r in simulator.hasil_mesin["rhk"]] == [r["rhk"] for r in daftar]
    _sama_per_bidang(simulator.hasil_mesin, hasil_langsung(skp, kasus))
    _sama_per_bidang(simulator.hasil_mesin, hasil_mapper(skp, kasus))

    periode_aktif.kebijakan = Kebijakan.objects.create(
        nama="Kebijakan uji ketat", ambang_di_atas=100, ambang_sesuai=97
    )
    periode_aktif.save()
    baru = services.percobaan_simpan(kasus=kasus, pengguna=peserta, jawaban=jawaban)
    _sama_per_bidang(baru.hasil_mesin, hasil_langsung(skp, kasus))
    assert baru.hasil_mesin["kebijakan"]["nama"] == "Kebijakan uji ketat"
