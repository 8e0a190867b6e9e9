"""The trainer's case form in the Wagtail admin: a model answer must pass the indicator checker."""

from decimal import Decimal

import pytest
from django.urls import reverse
from wagtail.models import Revision
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from simulasi.models import IndikatorModel, KasusSimulasi

pytestmark = pytest.mark.django_db

BAIK = {
    "teks": "Persentase dokumen kependudukan yang selesai dalam 1 hari kerja",
    "aspek": "kuantitas",
    "target": "90",
    "satuan": "%",
    "polaritas": "",
    "realisasi": "96",
}
KABUR = dict(BAIK, teks="Melaksanakan pelayanan dengan baik", target="100")


def data_kasus(indikator, *, initial=0, **ubah):
    data = {
        "judul": "Kasus uji pelatih",
        "slug": "kasus-uji-pelatih",
        "jabatan": "Pengadministrasi Perkantoran",
        "unit_kerja": "Kantor Kecamatan Cipocok Jaya",
        "narasi": "Loket PATEN menerima banyak berkas.",
        "rhk_atasan": "Meningkatnya kualitas pelayanan administrasi terpadu kecamatan (PATEN)",
        "rhk_model": "Meningkatnya ketepatan waktu penyelesaian dokumen kependudukan",
        "indikator_model": inline_formset(
            [dict(iki, ORDER=str(i + 1)) for i, iki in enumerate(indikator)],
            initial=initial,
            min=1,
            max=5,
        ),
        "fakta_realisasi": "96 % berkas selesai dalam 1 hari kerja.",
        "rating_perilaku": "sesuai_ekspektasi",
        "pendekatan": "kuantitatif",
        "tingkat": "dasar",
        "petunjuk": "",
        "tampilkan_pp46": "on",
    }
    data.update(ubah)
    return nested_form_data(data)


@pytest.fixture
def klien_pelatih(client, buat_pengguna):
    client.force_login(buat_pengguna("Pelatih"))
    return client


def url_tambah():
    return reverse("wagtailsnippets_simulasi_kasussimulasi:add")


def url_ubah(kasus):
    return reverse("wagtailsnippets_simulasi_kasussimulasi:edit", args=[kasus.pk])


def test_kasus_dengan_indikator_model_lolos_pemeriksa_tersimpan(klien_pelatih):
    respons = klien_pelatih.post(url_tambah(), data_kasus([BAIK]))
    assert respons.status_code == 302
    kasus = KasusSimulasi.objects.get(slug="kasus-uji-pelatih")
    assert [i.teks for i in kasus.indikator_model.all()] == [BAIK["teks"]]


def test_kasus_kualitatif_tanpa_rating_hasil_kerja_ditolak(klien_pelatih):
    respons = klien_pelatih.post(url_tambah(), data_kasus([BAIK], pendekatan="kualitatif"))
    assert respons.status_code == 200
    assert "isi rating hasil kerja dari pejabat penilai" in respons.content.decode()
    assert not KasusSimulasi.objects.filter(slug="kasus-uji-pelatih").exists()


def test_kasus_jf_pimpinan_unit_tersimpan_dengan_pengaturannya(klien_pelatih):
    data = data_kasus(
        [BAIK],
        pendekatan="kualitatif",
        rating_hasil_kerja="di_atas_ekspektasi",
        capaian_kinerja_organisasi="baik",
        koefisien_jf="12,5",
    )
    assert klien_pelatih.post(url_tambah(), data).status_code == 302
    kasus = KasusSimulasi.objects.get(slug="kasus-uji-pelatih")
    assert (kasus.pendekatan, kasus.rating_hasil_kerja, kasus.capaian_kinerja_organisasi) == (
        "kualitatif",
        "di_atas_ekspektasi",
        "baik",
    )
    assert kasus.koefisien_jf == Decimal("12.5")


def test_indikator_model_tidak_lolos_pemeriksa_ditolak_dengan_temuan_dan_tidak_disimpan(
    klien_pelatih,
):
    respons = klien_pelatih.post(url_tambah(), data_kasus([BAIK, KABUR]))
    assert respons.status_code == 200
    isi = respons.content.decode()
    assert (
        "Indikator jawaban model 2 “Melaksanakan pelayanan dengan baik” belum lolos pemeriksa "
        "indikator" in isi
    )
    assert "Indikator masih berupa kegiatan, bukan ukuran hasil. (BUKAN_HASIL)" in isi
    assert "(KATA_KABUR)" in isi
    # the non-blocking finding is not what stops the trainer
    assert "(TANPA_WAKTU)" not in isi
    assert "kasus belum disimpan" in isi
    assert not KasusSimulasi.objects.exists()
    assert not IndikatorModel.objects.exists()


def test_indikator_model_tidak_lolos_ditandai_di_barisnya(klien_pelatih):
    respons = klien_pelatih.post(url_tambah(), data_kasus([KABUR]))
    formset = respons.context["form"].formsets["indikator_model"]
    galat = formset.forms[0].errors["teks"][0]
    assert galat.startswith("Belum lolos pemeriksa indikator: Indikator masih berupa kegiatan")
    assert "Saran:" in galat


def test_mengubah_kasus_menjadi_indikator_kabur_ditolak_dan_kasus_tetap(klien_pelatih, kasus_demo):
    kasus = kasus_demo["paten-adminduk"]
    model = list(kasus.indikator_model.all())
    revisi = Revision.objects.count()
    baris = [
        {
            "id": str(iki.pk),
            "teks": iki.teks,
            "aspek": iki.aspek,
            "target": str(iki.target),
            "satuan": iki.satuan,
            "polaritas": iki.polaritas,
            "realisasi": str(iki.realisasi),
        }
        for iki in model
    ]
    baris[1]["teks"] = "Waktu layanan surat pengantar yang optimal"
    data = data_kasus(
        baris,
        initial=len(model),
        judul=kasus.judul,
        slug=kasus.slug,
        rhk_atasan=kasus.rhk_atasan,
        rhk_model=kasus.rhk_model,
    )
    respons = klien_pelatih.post(url_ubah(kasus), data)
    assert respons.status_code == 200
    assert "Indikator jawaban model 2 “Waktu layanan surat pengantar yang optimal”" in (
        respons.content.decode()
    )
    assert Revision.objects.count() == revisi
    assert list(kasus.indikator_model.values_list("teks", flat=True)) == [i.teks for i in model]


def test_indikator_kabur_yang_dihapus_tidak_menghalangi(klien_pelatih):
    data = data_kasus([BAIK, KABUR])
    data["indikator_model-1-DELETE"] = "1"
    assert klien_pelatih.post(url_tambah(), data).status_code == 302
    kasus = KasusSimulasi.objects.get(slug="kasus-uji-pelatih")
    assert kasus.indikator_model.count() == 1
