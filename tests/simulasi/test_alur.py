"""The participant's flow, step by step: validation, nothing saved half-way, storage."""

import pytest
from django.urls import reverse

from penilaian.mesin import periksa
from simulasi.models import PercobaanSimulasi
from simulasi.views import KUNCI_SESI

pytestmark = pytest.mark.django_db

RHK = "Meningkatnya ketepatan waktu penyelesaian dokumen kependudukan di loket PATEN"
BAIK = "Persentase dokumen kependudukan yang selesai dalam 1 hari kerja"


def polaritas_untuk(teks: str) -> str:
    """The polarity a participant confirms: the checker's suggestion, else "naik"."""
    return periksa({"teks": teks}).polaritas_usulan or "naik" if teks.strip() else ""


def data_indikator(baris, rhk=RHK, total=5):
    data = {
        "rhk": rhk,
        "iki-TOTAL_FORMS": str(max(total, len(baris))),
        "iki-INITIAL_FORMS": "0",
        "iki-MIN_NUM_FORMS": "5",
        "iki-MAX_NUM_FORMS": "50",
    }
    for i, (teks, aspek, target, satuan) in enumerate(baris):
        data.update(
            {
                f"iki-{i}-teks": teks,
                f"iki-{i}-aspek": aspek,
                f"iki-{i}-target": target,
                f"iki-{i}-satuan": satuan,
                f"iki-{i}-polaritas": polaritas_untuk(teks),
            }
        )
    return data


def url(nama, slug="paten-adminduk"):
    return reverse(f"simulasi:{nama}", args=[slug])


@pytest.mark.parametrize(
    ("target", "pesan"),
    [
        ("95 %", "tulis 95 saja, tanpa satuan"),
        ("1,250.5", "tulis 1.250,5"),
        ("dua belas", "bukan angka"),
    ],
)
def test_target_dibaca_pembaca_angka_mesin(klien_peserta, kasus_demo, target, pesan):
    # The simulator has no reader of its own: the engine's reader and its message.
    baris = [(BAIK, "kuantitas", target, "%")]
    isi = klien_peserta.post(url("indikator"), data_indikator(baris)).content.decode()
    assert "Indikator 1 — target:" in isi
    assert pesan in isi
    assert KUNCI_SESI not in klien_peserta.session


def test_perlu_masuk(client, kasus_demo):
    respons = client.get(reverse("simulasi:daftar"))
    assert respons.status_code == 302
    assert "/akun/masuk/" in respons["Location"]


def test_daftar_menampilkan_kasus_terbit(klien_peserta, kasus_demo):
    kasus_demo["trantibum"].live = False
    kasus_demo["trantibum"].save()
    isi = klien_peserta.get(reverse("simulasi:daftar")).content.decode()
    assert "Layanan PATEN" in isi
    assert "Ketenteraman" not in isi
    assert klien_peserta.get(url("kasus", "trantibum")).status_code == 404


def test_langkah_satu_menampilkan_skenario(klien_peserta, kasus_demo):
    isi = klien_peserta.get(url("kasus")).content.decode()
    assert "loket PATEN" in isi
    assert "RHK atasan yang diintervensi" in isi


def test_indikator_kosong_ditolak_dengan_pesan_jelas(klien_peserta, kasus_demo):
    respons = klien_peserta.post(url("indikator"), data_indikator([], rhk=""))
    isi = respons.content.decode()
    assert respons.status_code == 200
    assert "RHK wajib diisi" in isi
    assert KUNCI_SESI not in klien_peserta.session
    assert PercobaanSimulasi.objects.count() == 0


def test_tanpa_indikator_ditolak(klien_peserta, kasus_demo):
    isi = klien_peserta.post(url("indikator"), data_indikator([])).content.decode()
    assert "Tulis paling sedikit satu indikator (IKI)." in isi
    assert KUNCI_SESI not in klien_peserta.session


def test_lebih_dari_lima_indikator_ditolak(klien_peserta, kasus_demo):
    baris = [
        (f"Jumlah berkas layanan jenis {i} yang selesai per bulan", "kuantitas", "10", "berkas")
        for i in range(6)
    ]
    isi = klien_peserta.post(url("indikator"), data_indikator(baris)).content.decode()
    assert "Paling banyak 5 indikator untuk satu RHK; Anda menulis 6." in isi
    assert KUNCI_SESI not in klien_peserta.session


def test_target_berupa_kata_ditolak_menyebut_kolomnya(klien_peserta, kasus_demo):
    baris = [
        (BAIK, "kuantitas", "90", "%"),
        ("Jumlah laporan layanan per bulan", "kuantitas", "dua belas", "laporan"),
    ]
    isi = klien_peserta.post(url("indikator"), data_indikator(baris)).content.decode()
    assert "Indikator 2 — target: &#x27;dua belas&#x27; bukan angka" in isi
    assert KUNCI_SESI not in klien_peserta.session


def test_baris_setengah_terisi_ditolak(klien_peserta, kasus_demo):
    baris = [(BAIK, "kuantitas", "", "%")]
    isi = klien_peserta.post(url("indikator"), data_indikator(baris)).content.decode()
    assert "Indikator 1 — target wajib diisi." in isi


def test_target_gaya_indonesia_disimpan_sebagai_angka(klien_peserta, kasus_demo):
    baris = [
        ("Jumlah dokumen kependudukan yang selesai per tahun", "kuantitas", "1.200", "dokumen"),
        ("Rata-rata waktu penyelesaian surat pengantar", "waktu", "3,5", "hari"),
    ]
    respons = klien_peserta.post(url("indikator"), data_indikator(baris))
    assert respons.status_code == 302
    draf = klien_peserta.session[KUNCI_SESI]["paten-adminduk"]
    # JSON numbers, exact: never machine text the Indonesian reader could take for thousands.
    assert [i["target"] for i in draf["indikator"]] == [1200, 3.5]


def test_temuan_pemeriksa_tampil_saat_dikirim(klien_peserta, kasus_demo):
    baris = [("Melaksanakan pelayanan dengan baik", "kuantitas", "dua", "%")]
    isi = klien_peserta.post(url("indikator"), data_indikator(baris)).content.decode()
    assert 'data-kode="BUKAN_HASIL"' in isi


def test_realisasi_tanpa_indikator_dialihkan(klien_peserta, kasus_demo):
    respons = klien_peserta.get(url("realisasi"))
    assert respons["Location"] == url("indikator")


def _sampai_realisasi(klien, baris=None):
    baris = baris or [(BAIK, "kuantitas", "90", "%")]
    assert klien.post(url("indikator"), data_indikator(baris)).status_code == 302


def test_realisasi_bukan_angka_ditolak_dan_tidak_menyimpan(klien_peserta, kasus_demo):
    _sampai_realisasi(klien_peserta)
    isi = klien_peserta.post(url("realisasi"), {"realisasi_0": "sembilan puluh"}).content.decode()
    assert "Realisasi indikator 1 — &#x27;sembilan puluh&#x27; bukan angka" in isi
    assert PercobaanSimulasi.objects.count() == 0


def test_realisasi_kosong_ditolak(klien_peserta, kasus_demo):
    _sampai_realisasi(klien_peserta)
    isi = klien_peserta.post(url("realisasi"), {"realisasi_0": ""}).content.decode()
    assert "Realisasi indikator 1 wajib diisi." in isi
    assert PercobaanSimulasi.objects.count() == 0


def test_tebakan_wajib_bila_kasus_memintanya(klien_peserta, kasus_demo):
    baris = [("Jumlah UMKM yang mendapat pendampingan per tahun", "kuantitas", "30", "UMKM")]
    assert (
        klien_peserta.post(url("indikator", "pemberdayaan-umkm"), data_indikator(baris)).status_code
        == 302
    )
    isi = klien_peserta.post(
        url("realisasi", "pemberdayaan-umkm"), {"realisasi_0": "36"}
    ).content.decode()
    assert "Pilih tebakan predikat Anda." in isi
    assert PercobaanSimulasi.objects.count() == 0


def test_alur_lengkap_menyimpan_percobaan_dengan_semua_masukan(klien_peserta, kasus_demo, peserta):
    _sampai_realisasi(klien_peserta)
    respons = klien_peserta.post(url("realisasi"), {"realisasi_0": "96"})
    percobaan = PercobaanSimulasi.objects.get()
    assert respons["Location"] == percobaan.get_absolute_url()
    assert percobaan.pengguna == peserta
    assert percobaan.versi_mesin
    assert percobaan.kebijakan_nama == "Kebijakan Kecamatan Cipocok Jaya 2026"
    assert percobaan.masukan_mesin["aturan"] == "permenpanrb-6-2022"
    assert percobaan.masukan_mesin["rhk"][0]["indikator"][0]["realisasi"] == 96
    assert percobaan.hasil_mesin["capaian_hasil_kerja"] == 106.67
    # 106,67 % → sesuai ekspektasi; perilaku di atas ekspektasi → Baik
    assert percobaan.predikat == "Baik"
    assert percobaan.hasil_pp46["kategori_skp"]
    assert "paten-adminduk" not in klien_peserta.session.get(KUNCI_SESI, {})
    isi = klien_peserta.get(respons["Location"]).content.decode()
    assert "data-predikat-tersimpan>Baik<" in isi
    assert "Bandingkan dengan PP 46/2011" in isi
    assert "Langkah perhitungan mesin" in isi


def test_polaritas_kosong_diisi_usulan_dan_diminta_konfirmasi(klien_peserta, kasus_demo):
    data = data_indikator([("Jumlah pengaduan layanan", "kuantitas", "5", "pengaduan")])
    data["iki-0-polaritas"] = ""
    respons = klien_peserta.post(url("indikator"), data)
    isi = respons.content.decode()
    assert respons.status_code == 200
    assert "Indikator 1 — polaritas belum dipilih. Pemeriksa mengusulkan “turun”" in isi
    assert '<option value="turun" selected>' in isi
    assert "Otomatis" not in isi
    # Sending the prefilled choice again confirms it.
    data["iki-0-polaritas"] = "turun"
    assert klien_peserta.post(url("indikator"), data).status_code == 302


def test_polaritas_wajib_dipilih_bila_pemeriksa_tidak_dapat_memastikan(klien_peserta, kasus_demo):
    data = data_indikator([("Pelayanan PATEN", "kuantitas", "90", "%")])
    data["iki-0-polaritas"] = ""
    isi = klien_peserta.post(url("indikator"), data).content.decode()
    assert "Indikator 1 — polaritas wajib dipilih" in isi


def test_polaritas_yang_bertentangan_tampil_sebagai_temuan(klien_peserta, kasus_demo):
    data = data_indikator([("Jumlah pengaduan layanan", "kuantitas", "5", "pengaduan")])
    data["iki-0-polaritas"] = "naik"
    data["rhk"] = ""
    isi = klien_peserta.post(url("indikator"), data).content.decode()
    assert 'data-kode="POLARITAS_BERTENTANGAN"' in isi
    assert "data-rumusan" in isi and "Pakai rumusan ini" in isi
