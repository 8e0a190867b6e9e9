"""Stored attempts re-display exactly; the live check and the what-if endpoints."""

import re
from decimal import Decimal

import pytest
from django.urls import reverse

from penilaian.models import Kebijakan, Periode
from simulasi import services
from simulasi.models import PercobaanSimulasi

from .conftest import jawaban_baik

pytestmark = pytest.mark.django_db


@pytest.fixture
def percobaan(kasus_demo, peserta):
    return services.percobaan_simpan(
        kasus=kasus_demo["paten-adminduk"], pengguna=peserta, jawaban=jawaban_baik()
    )


def test_percobaan_menyimpan_kebijakan_dan_versi(percobaan):
    from penilaian import mesin

    assert percobaan.versi_mesin == mesin.VERSI_MESIN
    assert percobaan.kebijakan_ambang_di_atas == Decimal("110")
    assert percobaan.kebijakan_ambang_sesuai == Decimal("90")
    assert percobaan.masukan_mesin["kebijakan"]["nama"] == percobaan.kebijakan_nama
    assert percobaan.hasil_mesin["rating_hasil_kerja_usulan"] == "sesuai_ekspektasi"


def _tanpa_token(html: str) -> str:
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)


def test_tampil_ulang_sama_setelah_kebijakan_berubah(klien_peserta, percobaan, periode_aktif):
    alamat = percobaan.get_absolute_url()
    sebelum = _tanpa_token(klien_peserta.get(alamat).content.decode())
    ketat = Kebijakan.objects.create(nama="Kebijakan ketat", ambang_di_atas=100, ambang_sesuai=80)
    Periode.objects.filter(pk=periode_aktif.pk).update(kebijakan=ketat)
    Kebijakan.objects.filter(nama="Kebijakan Kecamatan Cipocok Jaya 2026").update(
        ambang_di_atas=105
    )
    sesudah = _tanpa_token(klien_peserta.get(alamat).content.decode())
    assert sesudah == sebelum
    assert "data-predikat-tersimpan>Baik<" in sesudah
    # a new attempt uses the new kebijakan: 106,67 % is now di atas ekspektasi → Sangat Baik
    baru = services.percobaan_simpan(
        kasus=percobaan.kasus, pengguna=percobaan.pengguna, jawaban=jawaban_baik()
    )
    assert baru.kebijakan_nama == "Kebijakan ketat"
    assert baru.predikat == "Sangat Baik"
    percobaan.refresh_from_db()
    assert percobaan.predikat == "Baik"


def test_percobaan_orang_lain_tidak_terlihat(client, percobaan, buat_pengguna):
    client.force_login(buat_pengguna("Peserta"))
    assert client.get(percobaan.get_absolute_url()).status_code == 404


def test_riwayat_menampilkan_percobaan_sendiri(klien_peserta, percobaan, buat_pengguna, kasus_demo):
    lain = buat_pengguna("Peserta")
    services.percobaan_simpan(kasus=kasus_demo["trantibum"], pengguna=lain, jawaban=jawaban_baik())
    isi = klien_peserta.get(reverse("simulasi:riwayat")).content.decode()
    assert percobaan.get_absolute_url() in isi
    assert "Ketenteraman" not in isi


def test_andaikan_json_menghitung_ulang_dengan_kebijakan_tersimpan(klien_peserta, percobaan):
    alamat = reverse("simulasi:andaikan", args=[percobaan.pk])
    jawab = klien_peserta.post(alamat, {"realisasi_0": "99"}, HTTP_ACCEPT="application/json").json()
    assert jawab["permen"]["capaian_hasil_kerja"] == 110.0
    assert jawab["permen"]["predikat"] == "Sangat Baik"
    assert jawab["pp46"]["kategori_skp"]
    rendah = klien_peserta.post(
        alamat, {"realisasi_0": "50"}, HTTP_ACCEPT="application/json"
    ).json()
    assert rendah["permen"]["predikat"] == "Butuh Perbaikan"
    assert PercobaanSimulasi.objects.count() == 1


def test_andaikan_bukan_angka_ditolak(klien_peserta, percobaan):
    alamat = reverse("simulasi:andaikan", args=[percobaan.pk])
    respons = klien_peserta.post(alamat, {"realisasi_0": "banyak"}, HTTP_ACCEPT="application/json")
    assert respons.status_code == 400
    assert respons.json()["masalah"] == [
        "Realisasi indikator 1: 'banyak' bukan angka; tulis angkanya saja, misalnya 96,7 atau "
        "1.250 (satuan di kolomnya sendiri)."
    ]


def test_andaikan_tanpa_javascript_menampilkan_halaman(klien_peserta, percobaan):
    isi = klien_peserta.post(
        reverse("simulasi:andaikan", args=[percobaan.pk]), {"realisasi_0": "99"}
    ).content.decode()
    assert "Sangat Baik" in isi


def test_periksa_memberi_temuan_untuk_indikator_kabur(klien_peserta, kasus_demo):
    isi = klien_peserta.get(
        reverse("simulasi:periksa"),
        {"iki-teks": "Melaksanakan pelayanan dengan baik", "iki-target": "100", "iki-satuan": "%"},
    ).content.decode()
    assert 'data-kode="BUKAN_HASIL"' in isi
    assert 'data-kode="KATA_KABUR"' in isi


def test_periksa_tanpa_temuan_untuk_indikator_terukur(klien_peserta, kasus_demo):
    isi = klien_peserta.get(
        reverse("simulasi:periksa"),
        {
            "iki-teks": "Persentase dokumen kependudukan yang selesai dalam 1 hari kerja",
            "iki-target": "95",
            "iki-satuan": "%",
            "iki-aspek": "kuantitas",
        },
    ).content.decode()
    assert "data-kode" not in isi
    assert "Terukur" in isi


def test_skor_percobaan_menggabungkan_kualitas_cakupan_dan_tebakan(kasus_demo, peserta):
    kasus = kasus_demo["pemberdayaan-umkm"]
    jawaban = jawaban_baik(
        rhk="Meningkatnya legalitas usaha UMKM dampingan di Kelurahan Dalung",
        indikator=[
            {
                "teks": "Jumlah UMKM yang mendapat pendampingan per tahun",
                "aspek": "kuantitas",
                "target": "30",
                "satuan": "UMKM",
                "polaritas": "",
                "realisasi": "36",
            }
        ],
        prediksi="Baik",
    )
    p = services.percobaan_simpan(kasus=kasus, pengguna=peserta, jawaban=jawaban)
    # 120 % → di atas × perilaku sesuai → Baik; the guess matches
    assert p.predikat == "Baik"
    assert p.prediksi_cocok is True
    assert p.skor_kualitas == 100
    assert p.skor_cakupan == 50  # kuantitas covered, kualitas missed
    assert p.skor == 85  # (5×100 + 3×50 + 2×100) / 10
    assert p.jawaban["aspek_terlewat"] == ["kualitas"]
