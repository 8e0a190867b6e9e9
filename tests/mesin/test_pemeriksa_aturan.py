"""Aturan pemeriksa indikator satu per satu, dengan contoh positif dan negatif."""

from decimal import Decimal

import pytest

from penilaian.mesin import bahasa
from penilaian.mesin.pemeriksa import (
    HasilPemeriksaan,
    ItemIndikator,
    ItemTidakValid,
    Temuan,
    periksa,
    periksa_json,
)


def kode(teks, target=None, **kolom):
    return [t.kode for t in periksa({"teks": teks, "target": target, **kolom}).temuan]


def temuan(teks, target=None, kode_dicari=None, **kolom):
    hasil = periksa({"teks": teks, "target": target, **kolom})
    return next(t for t in hasil.temuan if t.kode == kode_dicari)


# --------------------------------------------------------------------------- BUKAN_HASIL


@pytest.mark.parametrize(
    ("teks", "target"),
    [
        ("Melaksanakan posyandu", "12 kegiatan"),
        ("Menyusun 12 laporan kegiatan", "12 laporan"),
        ("Mengonsep surat dinas", "10 surat"),
        ("Mengkonsep surat dinas", "10 surat"),
        ("Mengkoordinasikan rapat RT", "4 rapat"),
        ("Mengoordinasikan rapat RT", "4 rapat"),
        ("Berkoordinasi dengan lurah", "12 kali"),
        ("Hadir dalam rapat minggon", "48 kali"),
        ("Telah melaksanakan apel pagi", "200 kali"),
        ("1. Mengamankan aset kecamatan", "20 unit"),
        ("Meningkatkan jumlah wajib pajak", "10 %"),
    ],
)
def test_kata_kerja_kegiatan_di_awal_adalah_bukan_hasil(teks, target):
    assert "BUKAN_HASIL" in kode(teks, target)


@pytest.mark.parametrize(
    ("teks", "target"),
    [
        ("Jumlah dokumen yang disusun", "12 dokumen"),
        ("Jumlah peserta yang mengikuti pelatihan", "30 orang"),
        ("Terlaksananya kegiatan posyandu", "12 kegiatan"),
        ("Tersusunnya dokumen Renstra", "1 dokumen"),
        ("Meningkatnya jumlah wajib pajak", "10 %"),
        ("Koordinasi lintas sektor yang terlaksana", "12 kegiatan"),
        ("Pelaksanaan posyandu balita", "12 kegiatan"),
        ("Metode pelayanan yang dibakukan dalam SOP", "3 SOP"),
        ("Berkas permohonan yang diverifikasi", "40 berkas"),
        ("Menurun angka kasus DBD", "5 kasus"),
    ],
)
def test_bukan_kegiatan_tidak_dianggap_kegiatan(teks, target):
    assert "BUKAN_HASIL" not in kode(teks, target)


@pytest.mark.parametrize(
    ("teks", "saran"),
    [
        ("Melaksanakan posyandu", "Jumlah kegiatan posyandu yang terlaksana"),
        ("Menyusun laporan kegiatan", "Jumlah laporan kegiatan yang tersusun"),
        ("Mengikuti rapat koordinasi", "Jumlah rapat koordinasi yang diikuti"),
        ("Melakukan pembinaan kepada ketua RT", "Jumlah ketua RT yang dibina"),
        ("Membantu pelaksanaan tugas camat", "Jumlah tugas camat yang terlaksana"),
        ("Memfasilitasi pembentukan kelompok tani", "Jumlah kelompok tani yang terbentuk"),
        ("Melaksanakan rapat koordinasi", "Jumlah rapat koordinasi yang terlaksana"),
        (
            "Melaksanakan pelayanan administrasi kependudukan",
            "Jumlah layanan administrasi kependudukan yang terselesaikan",
        ),
        ("Mengamankan aset kecamatan", "Jumlah aset kecamatan yang diamankan"),
        ("Ikut serta dalam kerja bakti", "Jumlah kerja bakti yang diikuti"),
        ("Melakukan pemeliharaan rutin", "Jumlah kegiatan pemeliharaan rutin yang terlaksana"),
    ],
)
def test_saran_bukan_hasil_menulis_ulang_indikator(teks, saran):
    assert temuan(teks, "12 kegiatan", "BUKAN_HASIL").saran == saran


def test_saran_bukan_hasil_tanpa_objek_memberi_petunjuk():
    t = temuan("Melaksanakan", "", "BUKAN_HASIL")
    assert t.pemicu == "melaksanakan"
    assert "Ganti kata kegiatan itu" in t.saran
    assert "melaksanakan" not in t.saran.lower()


def test_kegiatan_tidak_ditambah_tanpa_ukuran():
    # Saran BUKAN_HASIL sudah memberi ukurannya ("Jumlah …").
    assert kode("Menghadiri undangan acara", "") == ["BUKAN_HASIL", "TANPA_TARGET", "TANPA_WAKTU"]


# --------------------------------------------------------------------------- TANPA_UKURAN


@pytest.mark.parametrize(
    ("teks", "target"),
    [
        ("Pengelolaan arsip kecamatan", ""),
        ("Laporan keuangan tahunan", "100 %"),
        ("Laporan keuangan tahunan", "1"),
        ("Terselenggaranya musrenbang tingkat kecamatan", "100 %"),
        ("Dokumen disampaikan tepat waktu", "100 %"),
    ],
)
def test_tanpa_ukuran(teks, target):
    assert "TANPA_UKURAN" in kode(teks, target)


@pytest.mark.parametrize(
    ("teks", "target"),
    [
        ("Laporan keuangan tahunan", "1 laporan"),
        ("Indeks kepuasan masyarakat", "85"),
        ("Nilai evaluasi SAKIP", "70"),
        ("Realisasi PAD", "Rp 2.500.000"),
        ("Rata-rata waktu layanan", "3 hari"),
        ("Rata rata waktu layanan", "3 hari"),
        ("Rerata waktu layanan", "3 hari"),
        ("Penyelesaian pembangunan", "6 bulan"),
    ],
)
def test_ukuran_dari_kata_ukuran_atau_benda_target(teks, target):
    assert "TANPA_UKURAN" not in kode(teks, target)


@pytest.mark.parametrize("target", [1, "1", {"min": 1, "maks": 2}])
def test_satuan_terpisah_menyebut_benda(target):
    assert "TANPA_UKURAN" not in kode("Dokumen Renja", target, satuan="dokumen")
    assert "TANPA_UKURAN" in kode("Dokumen Renja", target)


def test_saran_tanpa_ukuran_dari_kata_benda_turunan():
    assert temuan("Pengelolaan arsip", "", "TANPA_UKURAN").saran == "Jumlah arsip yang terkelola"
    t = temuan("Pengelolaan arsip", "100 %", "TANPA_UKURAN")
    assert t.saran == "Persentase arsip yang terkelola"


def test_saran_tanpa_ukuran_untuk_kualitas_menyarankan_indeks():
    t = temuan("Kualitas pelayanan publik", "", "TANPA_UKURAN")
    assert "Indeks kepuasan masyarakat terhadap pelayanan publik" in t.saran


def test_saran_tanpa_ukuran_persen_menyebut_pokoknya():
    t = temuan("Tertib administrasi surat-menyurat", "100 %", "TANPA_UKURAN")
    assert "Persentase administrasi surat-menyurat yang" in t.saran
    t = temuan("PATEN berjalan sesuai standar", "100 %", "TANPA_UKURAN")
    assert "Persentase PATEN yang" in t.saran


# --------------------------------------------------------------------------- KATA_KABUR


@pytest.mark.parametrize(
    ("teks", "target", "pemicu"),
    [
        ("Pelayanan berjalan optimal", "100 %", "optimal"),
        ("Jumlah kegiatan terlaksana secara maksimal", "12 kegiatan", "maksimal"),
        ("Persentase layanan yang diselesaikan dengan baik", "90 %", "baik"),
        ("Tata kelola yang efektif dan efisien", "100 %", "efektif, efisien"),
        ("Meningkatnya kualitas pelayanan", "", "meningkatnya, kualitas"),
        ("Persentase bansos tersalurkan tepat sasaran", "100 %", "tepat sasaran"),
        ("Jumlah layanan yang lebih cepat", "10 layanan", "lebih cepat"),
        ("Pelayanan berjalan sebagaimana mestinya", "100 %", "sebagaimana mestinya"),
        ("Menurunnya angka stunting", "", "menurunnya"),
    ],
)
def test_kata_kabur(teks, target, pemicu):
    assert temuan(teks, target, "KATA_KABUR").pemicu == pemicu


@pytest.mark.parametrize(
    ("teks", "target"),
    [
        ("Persentase layanan yang diselesaikan dengan baik tanpa kesalahan", "90 %"),
        ("Persentase layanan yang efektif sesuai SOP nomor 3", "90 %"),
        ("Persentase layanan yang lancar dalam 1 hari kerja", "90 %"),
        ("Persentase bansos tersalurkan tepat sasaran sesuai DTKS", "100 %"),
        ("Persentase pegawai dengan predikat kinerja Baik", "90 %"),
        ("Persentase pegawai berpredikat sangat baik", "20 %"),
        ("Persentase jalan dalam kondisi baik", "80 %"),
        ("Jumlah laporan baik bulanan maupun tahunan", "13 laporan"),
        ("Waktu penyelesaian maksimal 3 hari", "3 hari"),
        ("Persentase peningkatan PAD", "10 %"),
        ("Meningkatnya jumlah wajib pajak", "10 %"),
        ("Indeks kualitas air sungai", "60"),
        ("Jumlah hari efektif kerja", "240 hari"),
        ("Pendapatan meningkat 10 persen", "10 %"),
    ],
)
def test_kata_kabur_yang_didefinisikan_tidak_ditandai(teks, target):
    assert "KATA_KABUR" not in kode(teks, target)


def test_saran_kata_kabur():
    assert "sesuai SOP" in temuan("Pelayanan berjalan optimal", "", "KATA_KABUR").saran
    t = temuan("Meningkatnya partisipasi warga", "", "KATA_KABUR")
    assert "Persentase peningkatan partisipasi warga" in t.saran
    t = temuan("Meningkatnya kualitas pelayanan publik", "", "KATA_KABUR")
    assert "Indeks kepuasan masyarakat terhadap pelayanan publik" in t.saran


# --------------------------------------------------------------------------- TANPA_TARGET


@pytest.mark.parametrize(
    "target", [None, "", "   ", "laporan", "BB", "WTP", "%", float("nan"), {"min": "", "maks": ""}]
)
def test_tanpa_target(target):
    assert "TANPA_TARGET" in kode("Jumlah laporan yang tersusun", target)


@pytest.mark.parametrize(
    ("target", "saran"),
    [
        ("laporan", '"12 laporan"'),
        ("", '"12 laporan"'),
        ("%", '"95 %"'),
    ],
)
def test_saran_tanpa_target(target, saran):
    assert saran in temuan("Jumlah laporan yang tersusun", target, "TANPA_TARGET").saran


@pytest.mark.parametrize(
    ("teks", "saran"),
    [
        ("Persentase laporan tepat waktu", '"95 %"'),
        ("Rata-rata waktu layanan", '"3 hari kerja"'),
        ("Indeks kepuasan masyarakat", '"85"'),
        ("Jumlah warga yang terlayani", '"12 orang"'),
        ("Terwujudnya layanan", '"12 kegiatan"'),
    ],
)
def test_saran_tanpa_target_menurut_ukuran(teks, saran):
    assert saran in temuan(teks, "", "TANPA_TARGET").saran


@pytest.mark.parametrize(
    "target",
    [
        "12 laporan",
        "dua belas laporan",
        "seratus persen",
        "nihil",
        12,
        12.5,
        Decimal("3"),
        "Rp 2,5 juta",
    ],
)
def test_target_berangka(target):
    assert "TANPA_TARGET" not in kode("Jumlah laporan yang tersusun", target, polaritas="turun")


# --------------------------------------------------------------------------- SATUAN_TIDAK_SESUAI


@pytest.mark.parametrize(
    ("teks", "target", "satuan"),
    [
        ("Persentase kepuasan masyarakat", "12 dokumen", None),
        ("Persentase kepuasan masyarakat", "12", "dokumen"),
        ("Cakupan imunisasi", "300 bayi", None),
        ("Jumlah warga yang mengikuti penyuluhan", "80 %", None),
        ("Jumlah warga yang mengikuti penyuluhan", "80 persen", None),
        ("Jumlah warga yang mengikuti penyuluhan", "80 prosen", None),
        ("Jumlah warga yang mengikuti penyuluhan", 80, "%"),
        ("Rata-rata waktu pelayanan SKCK", "5 dokumen", None),
        ("Lama waktu penerbitan SKU", "90 %", None),
        ("Waktu penyelesaian izin", "Rp 5.000", None),
    ],
)
def test_satuan_tidak_sesuai(teks, target, satuan):
    assert "SATUAN_TIDAK_SESUAI" in kode(teks, target, satuan=satuan)


@pytest.mark.parametrize(
    ("teks", "target", "kolom"),
    [
        ("Persentase kepuasan masyarakat", "90 %", {}),
        ("Persentase kepuasan masyarakat", "90", {}),
        ("Jumlah warga yang dilayani", "80 orang", {}),
        ("Jumlah hari keterlambatan", "0 hari", {"polaritas": "turun"}),
        ("Rata-rata waktu pelayanan", "15 menit", {}),
        ("Ketepatan waktu penyampaian laporan", "100 %", {}),
        ("Ketepatan waktu penyelesaian pembangunan", "7-8 bulan", {}),
        ("Persentase laporan yang tepat waktu", "12 bulan", {"aspek": "waktu"}),
        ("Persentase penyerapan anggaran", "Rp 5.000.000", {"aspek": "biaya"}),
        ("Meningkatnya jumlah wajib pajak", "10 %", {}),
        ("Tingkat kehadiran pegawai", "95 %", {}),
    ],
)
def test_satuan_sesuai(teks, target, kolom):
    assert "SATUAN_TIDAK_SESUAI" not in kode(teks, target, **kolom)


def test_saran_satuan_tidak_sesuai():
    t = temuan("Jumlah warga yang mengikuti penyuluhan", "80 %", "SATUAN_TIDAK_SESUAI")
    assert t.pemicu == "jumlah ↔ %"
    assert '"80 orang"' not in t.saran and '"12 orang"' in t.saran
    assert "Persentase warga yang mengikuti penyuluhan" in t.saran
    t = temuan("Persentase kepuasan", "12 dokumen", "SATUAN_TIDAK_SESUAI")
    assert '"90 %"' in t.saran
    t = temuan("Lama waktu penerbitan SKU", "90 %", "SATUAN_TIDAK_SESUAI")
    assert "Persentase penerbitan SKU yang selesai tepat waktu" in t.saran
    t = temuan("Rata-rata waktu pelayanan SKCK", "5 dokumen", "SATUAN_TIDAK_SESUAI")
    assert "Jumlah dokumen pelayanan SKCK" in t.saran


# --------------------------------------------------------------------------- TARGET_TIDAK_REALISTIS


@pytest.mark.parametrize(
    ("teks", "target", "kolom"),
    [
        ("Persentase berkas yang diverifikasi", "150 %", {}),
        ("Cakupan imunisasi", "101", {}),
        ("Persentase realisasi fisik pembangunan", "110 %", {}),
        ("Jumlah sosialisasi yang dilaksanakan", "0 kegiatan", {}),
        ("Jumlah pengaduan yang ditindaklanjuti", "0 pengaduan", {}),
        ("Indeks kepuasan masyarakat", "-5", {}),
        ("Jumlah temuan", "0 temuan", {"polaritas": "naik"}),
        ("Persentase izin yang selesai", {"min": 90, "maks": 80}, {"satuan": "%"}),
        ("Persentase izin yang selesai", "90 - 80 %", {}),
        ("Persentase izin yang selesai", "90 s.d. 80 %", {}),
    ],
)
def test_target_tidak_realistis(teks, target, kolom):
    assert "TARGET_TIDAK_REALISTIS" in kode(teks, target, **kolom)


@pytest.mark.parametrize(
    ("teks", "target", "kolom"),
    [
        ("Persentase peningkatan PAD", "120 %", {}),
        ("Persentase kenaikan jumlah wajib pajak", "150 %", {}),
        ("Persentase pertumbuhan UMKM", "110 %", {}),
        ("Persentase capaian target PBB", "110 %", {}),
        ("Jumlah temuan pemeriksaan", "0 temuan", {"polaritas": "turun"}),
        ("Jumlah temuan pemeriksaan", "0 temuan", {}),
        ("Jumlah keluhan pelanggan", "nihil", {}),
        ("Angka kematian ibu", "0", {}),
        ("Persentase izin yang selesai", {"min": 80, "maks": 90}, {"satuan": "%"}),
        ("Persentase izin yang selesai", "80-90 %", {}),
        ("Persentase izin yang selesai", "80 sampai dengan 90 %", {}),
        ("Persentase izin yang selesai", "100 %", {}),
        ("Rata-rata waktu layanan", "0 hari", {}),
        ("Indeks pembangunan", "120", {}),
    ],
)
def test_target_realistis(teks, target, kolom):
    assert "TARGET_TIDAK_REALISTIS" not in kode(teks, target, **kolom)


def test_saran_target_tidak_realistis():
    t = temuan("Persentase izin selesai", {"min": 90, "maks": 80}, "TARGET_TIDAK_REALISTIS")
    assert (t.pemicu, t.saran) == ("90 > 80", "Tukar batasnya menjadi min 80 dan maks 90.")
    t = temuan("Persentase berkas yang diverifikasi", "150 %", "TARGET_TIDAK_REALISTIS")
    assert t.pemicu == "150 %"
    assert "Persentase peningkatan berkas yang diverifikasi" in t.saran
    t = temuan("Persentase berkas", "100,5 %", "TARGET_TIDAK_REALISTIS")
    assert t.pemicu == "100,5 %"
    t = temuan("Jumlah sosialisasi", "0 kegiatan", "TARGET_TIDAK_REALISTIS")
    assert '"12 kegiatan"' in t.saran


# --------------------------------------------------------------------------- TANPA_WAKTU


@pytest.mark.parametrize(
    ("teks", "target"),
    [
        ("Jumlah laporan bulanan", "12 laporan"),
        ("Jumlah laporan per triwulan", "4 laporan"),
        ("Jumlah laporan tahun 2026", "12 laporan"),
        ("Persentase surat selesai dalam 1 hari kerja", "90 %"),
        ("Persentase LHKASN disampaikan tepat waktu", "100 %"),
        ("Jumlah laporan", "12 laporan per tahun"),
        ("Jumlah laporan", "12 laporan tahun 2026"),
        ("Waktu penyelesaian", "6 bulan"),
        ("Jumlah laporan paling lambat Desember", "12 laporan"),
    ],
)
def test_ada_jangka_waktu(teks, target):
    assert "TANPA_WAKTU" not in kode(teks, target)


def test_tanpa_waktu_hanya_nasihat():
    hasil = periksa({"teks": "Jumlah laporan yang tersusun", "target": "12 laporan"})
    assert hasil.layak
    assert hasil.kode == ("TANPA_WAKTU",)
    assert hasil.kriteria["berbatas_waktu"] == 10
    assert hasil.skor == 90
    assert "Jumlah laporan yang tersusun per triwulan" in hasil.temuan[0].saran


# --------------------------------------------------------------------------- TIDAK_SELARAS


def test_tidak_selaras_bila_tidak_berbagi_kata_isi():
    hasil = periksa(
        {
            "teks": "Jumlah kegiatan senam lansia yang terlaksana",
            "target": "24 kegiatan",
            "rhk_atasan": "Meningkatnya ketepatan waktu penyelesaian dokumen kependudukan",
        }
    )
    t = hasil.temuan[-1]
    assert (t.kode, t.blokir, t.pemicu) == ("TIDAK_SELARAS", False, "lansia, senam")
    assert hasil.layak and hasil.kriteria["relevan"] == 10


@pytest.mark.parametrize(
    ("teks", "rhk"),
    [
        ("Jumlah dokumen yang tersusun", "Tersusunnya dokumen perencanaan"),
        ("Persentase penyusunan laporan", "Laporan kinerja yang disusun"),
        ("Jumlah data penduduk yang dimutakhirkan", "Pemutakhiran data kependudukan"),
    ],
)
def test_selaras_bila_berbagi_kata_isi(teks, rhk):
    assert "TIDAK_SELARAS" not in kode(teks, "12 dokumen", rhk=rhk)


def test_selaras_dengan_salah_satu_rhk_cukup():
    assert "TIDAK_SELARAS" not in kode(
        "Jumlah dokumen yang tersusun", "1 dokumen", rhk="Tersusunnya dokumen", rhk_atasan="Lain"
    )


def test_rhk_kosong_tidak_diperiksa():
    assert "TIDAK_SELARAS" not in kode("Jumlah dokumen", "1 dokumen", rhk="  ", rhk_atasan="")


def test_tidak_selaras_teks_tanpa_kata_isi_memakai_teksnya():
    t = temuan("Jumlah kegiatan", "1 kegiatan", "TIDAK_SELARAS", rhk="Pengelolaan arsip")
    assert t.pemicu == "Jumlah kegiatan"
    t = temuan("Jumlah kegiatan", "1 kegiatan", "TIDAK_SELARAS", rhk="Tahun yang")
    assert "hasil RHK tersebut" in t.saran


# --------------------------------------------------------------------------- skor dan bentuk


def test_bentuk_keluaran_json():
    hasil = periksa_json({"teks": "Melaksanakan posyandu", "target": ""})
    assert hasil["layak"] is False
    assert hasil["skor"] == 50
    assert hasil["kriteria"] == {
        "spesifik": 0,
        "terukur": 0,
        "dapat_dicapai": 20,
        "relevan": 20,
        "berbatas_waktu": 10,
    }
    assert hasil["temuan"][0] == {
        "kode": "BUKAN_HASIL",
        "kriteria": "spesifik",
        "blokir": True,
        "pemicu": "melaksanakan",
        "pesan": "Indikator masih berupa kegiatan, bukan ukuran hasil.",
        "saran": "Jumlah kegiatan posyandu yang terlaksana",
    }


def test_indikator_sempurna_skor_100():
    hasil = periksa(ItemIndikator(teks="Jumlah laporan bulanan yang tersusun", target="12 laporan"))
    assert (hasil.layak, hasil.skor, hasil.temuan) == (True, 100, ())
    assert isinstance(hasil, HasilPemeriksaan)


def test_periksa_json_daftar():
    hasil = periksa_json([{"teks": "Jumlah laporan", "target": "1 laporan"}, {"teks": "X"}])
    assert [h["teks"] for h in hasil] == ["Jumlah laporan", "X"]


def test_temuan_ke_json():
    t = Temuan("TANPA_WAKTU", "berbatas_waktu", False, "", "p", "s")
    assert t.ke_json()["blokir"] is False


# --------------------------------------------------------------------------- validasi bentuk


@pytest.mark.parametrize(
    ("data", "lokasi"),
    [
        ({}, "teks"),
        ({"teks": None}, "teks"),
        ({"teks": 12}, "teks"),
        ({"teks": "  "}, "teks"),
        ({"teks": "a", "target": True}, "target"),
        ({"teks": "a", "target": [1, 2]}, "target"),
        ({"teks": "a", "target": {"min": 1}}, "target.maks"),
        ({"teks": "a", "target": {"maks": 1}}, "target.min"),
        ({"teks": "a", "target": {"min": [1], "maks": 2}}, "target.min"),
        ({"teks": "a", "target": {"min": {"min": 1, "maks": 1}, "maks": 2}}, "target.min"),
        ({"teks": "a", "satuan": 5}, "satuan"),
        ({"teks": "a", "aspek": "mutu"}, "aspek"),
        ({"teks": "a", "polaritas": "atas"}, "polaritas"),
        ("teks saja", ""),
    ],
)
def test_bentuk_salah_memunculkan_item_tidak_valid(data, lokasi):
    with pytest.raises(ItemTidakValid) as e:
        periksa(data)
    assert e.value.lokasi == lokasi
    assert isinstance(e.value, ValueError)


def test_aspek_dan_polaritas_dinormalkan():
    hasil = periksa({"teks": "Jumlah temuan", "target": "0 temuan", "polaritas": " Turun "})
    assert hasil.layak
    assert periksa({"teks": "Jumlah temuan", "target": "1 temuan", "aspek": ""}).layak


def test_periksa_json_daftar_menyebut_indeks_item():
    with pytest.raises(ItemTidakValid) as e:
        periksa_json([{"teks": "a"}, {"teks": "b"}, {"target": "1"}])
    assert e.value.lokasi == "[2].teks"
    assert str(e.value).startswith("[2].teks: ")


def test_periksa_json_bukan_objek():
    with pytest.raises(ItemTidakValid) as e:
        periksa_json("teks")
    assert e.value.lokasi == ""
    assert e.value.di("[0]").lokasi == "[0]"


# --------------------------------------------------------------------------- bahasa


@pytest.mark.parametrize(
    ("teks", "nilai"),
    [
        ("1.200", Decimal("1200")),
        ("2.500.000", Decimal("2500000")),
        ("3,5", Decimal("3.5")),
        ("3.5", Decimal("3.5")),
        ("1.000,50", Decimal("1000.50")),
        ("1,000.50", None),  # gaya Inggris: satu pembaca angka, tidak ada tebakan
        ("1,200,000", None),
        ("1.2.3", None),
        ("12", Decimal("12")),
        ("", None),
        ("abc", None),
    ],
)
def test_baca_angka_cara_indonesia(teks, nilai):
    assert bahasa.baca_angka(teks) == nilai


@pytest.mark.parametrize(
    ("target", "satuan", "harapan"),
    [
        ("Rp 2.500.000", None, (Decimal("2500000"), "uang")),
        ("Rp2.500.000,-", None, (Decimal("2500000"), "uang")),
        ("2,5 juta", None, (Decimal("2500000"), "uang")),
        ("Rp 2,5 miliar", None, (Decimal("2500000000"), "uang")),
        ("1.200 orang", None, (Decimal("1200"), "hitungan")),
        ("3,5 hari", None, (Decimal("3.5"), "waktu")),
        ("3 hari kerja", None, (Decimal("3"), "waktu")),
        ("95%", None, (Decimal("95"), "persen")),
        ("95 prosen", None, (Decimal("95"), "persen")),
        ("nilai 85", None, (Decimal("85"), "skor")),
        ("85 poin", None, (Decimal("85"), "skor")),
        ("12 (dua belas) laporan", None, (Decimal("12"), "hitungan")),
        ("(dua belas) laporan", None, (Decimal("12"), "hitungan")),
        ("dua puluh lima orang", None, (Decimal("25"), "hitungan")),
        ("seratus dua puluh berkas", None, (Decimal("120"), "hitungan")),
        ("dua ribu tiga ratus orang", None, (Decimal("2300"), "hitungan")),
        ("tahun 2026 sebanyak 12 laporan", None, (Decimal("12"), "hitungan")),
        ("85", "%", (Decimal("85"), "persen")),
        ("85", "Persen", (Decimal("85"), "persen")),
        (85, "hari", (Decimal("85"), "waktu")),
        ("85", "  ", (Decimal("85"), None)),
        ("12 ribu", None, (Decimal("12000"), "uang")),
        ("12 ribu orang", None, (Decimal("12000"), "hitungan")),
    ],
)
def test_baca_target(target, satuan, harapan):
    t = bahasa.baca_target(target, satuan)
    assert (t.nilai_min, t.jenis) == harapan


def test_baca_target_rentang():
    t = bahasa.baca_target({"min": "80 %", "maks": 90}, None)
    assert (t.nilai_min, t.nilai_maks, t.jenis) == (Decimal("80"), Decimal("90"), "persen")
    t = bahasa.baca_target("7–8 bulan", None)
    assert (t.nilai_min, t.nilai_maks, t.jenis, t.jangka_waktu) == (7, 8, "waktu", True)
    t = bahasa.baca_target("80 s/d 90", "%")
    assert (t.nilai_min, t.nilai_maks, t.jenis) == (80, 90, "persen")
    t = bahasa.baca_target("80 - ", None)
    assert (t.nilai_min, t.nilai_maks) == (80, 80)


@pytest.mark.parametrize(
    ("kata", "urai"),
    [
        ("melaksanakan", ("me", "laksana")),
        ("terlaksananya", ("ter", "laksana")),
        ("tersusunnya", ("ter", "susun")),
        ("menyusun", ("meny", "susun")),
        ("penyusunan", ("peny", "susun")),
        ("mengonsep", ("meng", "konsep")),
        ("mengoordinasikan", ("meng", "koordinasi")),
        ("memfasilitasi", ("mem", "fasilitasi")),
        ("pengelolaan", ("peng", "kelola")),
        ("pemeriksaan", ("pem", "periksa")),
        ("menanggapi", ("men", "tanggap")),
        ("kependudukan", ("ke", "penduduk")),
        ("dimutakhirkan", ("di", "mutakhir")),
        ("kegiatan", ("ke", "giat")),
        ("pelayanan", ("pe", "layan")),
        ("laporan", ("", "lapor")),
        ("laksana", ("", "laksana")),
        ("berkoordinasi", ("ber", "koordinasi")),
        ("diperbarui", ("diper", "baru")),
        ("meja", ("", "meja")),
        ("bukunya", ("", "buku")),
        ("xyzzy", ("", "xyzzy")),
    ],
)
def test_urai_imbuhan(kata, urai):
    assert bahasa.urai(kata) == urai


def test_kunci_isi_menyamakan_bentuk_turunan():
    assert bahasa.kunci_isi("penyusunan") == bahasa.kunci_isi("disusun") == "usun"
    assert bahasa.kunci_isi("mengonsep") == bahasa.kunci_isi("konsep")
    assert bahasa.kunci_isi("rapat") == "rapat"
    assert bahasa.akar("dimutakhirkan") == "mutakhir"


def test_ejaan_varian_dibakukan():
    assert [t.kata for t in bahasa.tokenisasi("Mengkonsep 12 prosen rata rata")] == [
        "mengonsep",
        "12",
        "persen",
        "rata-rata",
    ]


@pytest.mark.parametrize(
    ("kata", "hasil"),
    [
        ("melaksanakan", True),
        ("meja", False),
        ("metode", False),
        ("mengamankan", True),
        ("me", False),
    ],
)
def test_berawalan_me(kata, hasil):
    assert bahasa.berawalan_me(kata) is hasil


def test_bilangan_kata_bukan_bilangan():
    assert bahasa.baca_bilangan_kata(["laporan"]) is None
    assert bahasa.baca_bilangan_kata(["belas"]) is None


@pytest.mark.parametrize(
    ("target", "harapan"),
    [
        ("80 sampai", (80, 80, None)),
        ("80 sampai akhir tahun", (80, 80, None)),
        ("80 % - 90 %", (80, 90, "persen")),
        ("per", (None, None, None)),
        ("bulanan", (None, None, None)),
        ("seribu orang", (1000, 1000, "hitungan")),
        ("5000 rupiah", (5000, 5000, "uang")),
        ("-5 kegiatan", (-5, -5, "hitungan")),
    ],
)
def test_baca_target_tepi(target, harapan):
    t = bahasa.baca_target(target, None)
    assert (t.nilai_min, t.nilai_maks, t.jenis) == harapan


@pytest.mark.parametrize(
    ("kata", "urai"),
    [
        ("pengrajin", ("pe", "ngrajin")),
        ("pemda", ("pe", "mda")),
        ("pemkot", ("pe", "mkot")),
        ("menghadiri", ("meng", "hadir")),
    ],
)
def test_urai_tanpa_peluluhan(kata, urai):
    assert bahasa.urai(kata) == urai


def test_saran_kegiatan_dengan_kata_benda_turunan_tanpa_objek():
    t = temuan("Melaksanakan pembinaan", "12 kegiatan", "BUKAN_HASIL")
    assert t.saran == "Jumlah kegiatan pembinaan yang terlaksana"


def test_angka_target_yang_tidak_terbaca_disebut_bukan_tanpa_target():
    hasil = periksa(
        {"teks": "Jumlah warga lanjut usia yang diperiksa", "target": "1,200,000 orang"}
    )
    temuan = {t.kode: t for t in hasil.temuan}
    assert "TANPA_TARGET" in temuan
    assert temuan["TANPA_TARGET"].pesan == "Angka target tidak dapat dibaca."
    assert "tulis 1.200.000" in temuan["TANPA_TARGET"].saran
