"""Range targets ("80–90") in the participant's flow: read, checked, scored, stored, what-if."""

from decimal import Decimal

import pytest
from django.urls import reverse

from penilaian.mesin import AngkaTidakSah
from simulasi.angka import baca_target, tulis_target
from simulasi.models import PercobaanSimulasi
from simulasi.views import KUNCI_SESI

from .test_alur import BAIK, data_indikator, url

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("teks", "bawah", "atas"),
    [
        ("80–90", "80", "90"),
        ("80-90", "80", "90"),
        ("80 - 90", "80", "90"),
        ("80 s.d. 90", "80", "90"),
        ("80 s/d 90", "80", "90"),
        ("80 sampai 90", "80", "90"),
        ("80 sampai dengan 90", "80", "90"),
        ("1.200–1.500", "1200", "1500"),
        ("2,5 s.d. 3,5", "2.5", "3.5"),
    ],
)
def test_target_rentang_gaya_indonesia_terbaca_sebagai_min_maks(teks, bawah, atas):
    assert baca_target(teks) == (Decimal(bawah), Decimal(atas))


@pytest.mark.parametrize(
    ("teks", "pesan"),
    [
        ("80–", "tidak dapat dibaca"),
        ("–90", "tidak dapat dibaca"),
        ("delapan puluh sampai sembilan puluh", "bukan angka"),
        ("80 sampai", "bukan angka"),
        ("80–90–100", "tulis rentang seperti 80–90"),
        # Units belong in the Satuan column: the engine's reader says how to write it.
        ("80 % – 90 %", "tulis 80 saja, tanpa satuan"),
        ("Rp 1.000.000 sampai Rp 1.500.000", "tulis 1.000.000 saja"),
    ],
)
def test_rentang_tidak_lengkap_atau_berupa_kata_ditolak(teks, pesan):
    with pytest.raises(AngkaTidakSah, match=pesan):
        baca_target(teks)


def test_minus_adalah_tanda_negatif_bukan_rentang():
    # The form then refuses a negative target (test_target_negatif_ditolak).
    assert baca_target("-3") == Decimal(-3)


def test_target_tunggal_tetap_angka():
    assert baca_target("1.200") == Decimal("1200")


def test_target_rentang_ditulis_kembali_gaya_indonesia():
    assert tulis_target({"min": 1200, "maks": 1500.5}) == "1.200–1.500,5"
    assert tulis_target(1200) == "1.200"


def _iki_rentang(target="80–90"):
    return [(BAIK, "kuantitas", target, "%")]


def test_target_rentang_disimpan_sebagai_min_maks_untuk_mesin(klien_peserta, kasus_demo):
    respons = klien_peserta.post(url("indikator"), data_indikator(_iki_rentang("1.200–1.500")))
    assert respons.status_code == 302
    draf = klien_peserta.session[KUNCI_SESI]["paten-adminduk"]
    assert draf["indikator"][0]["target"] == {"min": 1200, "maks": 1500}


def test_kembali_ke_langkah_dua_menampilkan_rentang_seperti_ditulis(klien_peserta, kasus_demo):
    klien_peserta.post(url("indikator"), data_indikator(_iki_rentang("80 s.d. 90")))
    isi = klien_peserta.get(url("indikator")).content.decode()
    assert 'value="80–90"' in isi


def test_target_negatif_ditolak(klien_peserta, kasus_demo):
    isi = klien_peserta.post(url("indikator"), data_indikator(_iki_rentang("-3"))).content.decode()
    assert "Indikator 1 — target “-3” tidak boleh negatif." in isi
    assert KUNCI_SESI not in klien_peserta.session


def test_rentang_terbalik_ditolak_dengan_pesan_menyebut_kolomnya(klien_peserta, kasus_demo):
    baris = [(BAIK, "kuantitas", "90", "%"), (BAIK, "kuantitas", "90 sampai 80", "%")]
    isi = klien_peserta.post(url("indikator"), data_indikator(baris)).content.decode()
    assert (
        "Indikator 2 — target “90 sampai 80”: batas bawah rentang (90) lebih besar daripada "
        "batas atasnya (80). Tulis yang kecil dulu, misalnya 80–90." in isi
    )
    assert KUNCI_SESI not in klien_peserta.session


def test_bantuan_langkah_dua_menyebut_target_rentang(klien_peserta, kasus_demo):
    isi = klien_peserta.get(url("indikator")).content.decode()
    assert "rentang dari yang kecil ke yang besar (misalnya 80–90" in isi


def test_periksa_langsung_menerima_rentang(klien_peserta, kasus_demo):
    data = {"iki-teks": BAIK, "iki-satuan": "%", "iki-aspek": "kuantitas"}
    baik = klien_peserta.get(reverse("simulasi:periksa"), dict(data, **{"iki-target": "80–90"}))
    assert "Terukur" in baik.content.decode()
    terbalik = klien_peserta.get(reverse("simulasi:periksa"), dict(data, **{"iki-target": "90–80"}))
    assert 'data-kode="TARGET_TIDAK_REALISTIS"' in terbalik.content.decode()


@pytest.mark.parametrize(
    ("realisasi", "dipakai", "capaian", "predikat"),
    [
        # below the range: compared with min; 87,5 % → di bawah × perilaku di atas
        ("70", 80.0, 87.5, "Butuh Perbaikan"),
        # inside the range: 100 %
        ("85", 85.0, 100.0, "Baik"),
        # above the range: compared with maks
        ("95", 90.0, 105.56, "Baik"),
    ],
)
def test_target_rentang_di_bawah_di_dalam_di_atas(
    klien_peserta, kasus_demo, realisasi, dipakai, capaian, predikat
):
    assert klien_peserta.post(url("indikator"), data_indikator(_iki_rentang())).status_code == 302
    respons = klien_peserta.post(url("realisasi"), {"realisasi_0": realisasi})
    percobaan = PercobaanSimulasi.objects.get()
    assert respons["Location"] == percobaan.get_absolute_url()
    iki = percobaan.masukan_mesin["rhk"][0]["indikator"][0]
    assert iki["target"] == {"min": 80, "maks": 90}
    hasil = percobaan.hasil_mesin["rhk"][0]["indikator"][0]
    assert hasil["target_dipakai"] == dipakai
    assert hasil["capaian"] == capaian
    assert percobaan.predikat == predikat
    assert percobaan.jawaban["indikator"][0]["target"] == {"min": 80, "maks": 90}
    # PP 46/2011 has no range: it uses the same number, with a note
    assert percobaan.masukan_pp46["kegiatan"][0]["kuantitas"]["target"] == dipakai
    assert any(
        "tidak mengenal target rentang (80–90)" in c for c in percobaan.jawaban["catatan_pp46"]
    )

    isi = klien_peserta.get(respons["Location"]).content.decode()
    assert "80–90 %" in isi
    assert "data-target-dipakai>target dipakai" in isi
    assert f"data-predikat-tersimpan>{predikat}<" in isi


def test_andaikan_dengan_target_rentang(klien_peserta, kasus_demo):
    klien_peserta.post(url("indikator"), data_indikator(_iki_rentang()))
    klien_peserta.post(url("realisasi"), {"realisasi_0": "85"})
    percobaan = PercobaanSimulasi.objects.get()
    alamat = reverse("simulasi:andaikan", args=[percobaan.pk])

    def andai(nilai):
        return klien_peserta.post(
            alamat, {"realisasi_0": nilai}, HTTP_ACCEPT="application/json"
        ).json()

    assert andai("70")["permen"]["capaian_hasil_kerja"] == 87.5
    assert andai("88")["permen"]["capaian_hasil_kerja"] == 100.0
    atas = andai("99")
    assert atas["permen"]["capaian_hasil_kerja"] == 110.0
    assert atas["permen"]["predikat"] == "Sangat Baik"
    assert atas["pp46"]["kategori_skp"]
    assert PercobaanSimulasi.objects.count() == 1
