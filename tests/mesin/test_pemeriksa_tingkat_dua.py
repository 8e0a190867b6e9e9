"""Pemeriksa indikator tingkat dua: polaritas dari rumusan, jangka waktu, RHK, rumusan usulan."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from penilaian.mesin import bahasa
from penilaian.mesin.pemeriksa import (
    ItemIndikator,
    ItemTidakValid,
    memuat,
    pemicu_teks,
    periksa,
    periksa_json,
)

# --------------------------------------------------------------------------- polaritas


@pytest.mark.parametrize(
    ("teks", "polaritas", "kata_alasan"),
    [
        # Contoh dari issue 14.
        ("Persentase surat yang didisposisi pada hari yang sama", "naik", "persentase"),
        ("Jumlah temuan inspektorat", "turun", "temuan"),
        ("Rata-rata waktu tunggu layanan KTP-el", "turun", "waktu"),
        ("Persentase pengaduan yang selesai dalam 5 hari kerja", "naik", "selesai"),
        ("Jumlah kasus DBD", "turun", "kasus"),
        ("Jumlah pengaduan layanan", "turun", "pengaduan"),
        ("Persentase berkas PATEN selesai dalam 1 hari kerja", "naik", "persentase"),
        # Konstruksi dibaca utuh.
        ("Jumlah pengaduan yang ditindaklanjuti", "naik", "ditindaklanjuti"),
        ("Jumlah pengaduan yang belum ditindaklanjuti", "turun", "belum ditindaklanjuti"),
        ("Persentase berkas yang dikembalikan", "turun", "dikembalikan"),
        ("Persentase berkas yang tidak dikembalikan", "naik", "tidak dikembalikan"),
        ("Persentase laporan keuangan tanpa temuan", "naik", "tanpa temuan"),
        ("Persentase penurunan kasus stunting", "naik", "penurunan kasus"),
        ("Persentase penyelesaian tunggakan PBB", "naik", "penyelesaian tunggakan"),
        # Yang makin kecil makin baik.
        ("Tingkat pengangguran terbuka", "turun", "pengangguran"),
        ("Angka kematian ibu", "turun", "kematian"),
        ("Lama waktu penyelesaian surat keterangan", "turun", "waktu"),
        ("Biaya rata-rata per kegiatan sosialisasi", "turun", "biaya"),
        ("Biaya per dokumen yang dicetak", "turun", "biaya"),
        ("Persentase balita gizi buruk", "turun", "gizi buruk"),
        ("Jumlah hari penyelesaian arsip dokumen kependudukan", "turun", "hari"),
        ("Ketepatan waktu pembangunan kantor kelurahan", "naik", "ketepatan"),
        ("Jumlah keterlambatan laporan bulanan", "turun", "keterlambatan"),
        ("Persentase surat yang tidak sesuai tata naskah", "turun", "tidak sesuai"),
        # Yang makin tinggi makin baik.
        ("Cakupan imunisasi dasar lengkap", "naik", "cakupan"),
        ("Indeks kepuasan masyarakat terhadap layanan PATEN", "naik", "indeks"),
        ("Realisasi penerimaan PBB", "naik", "realisasi"),
        ("Ketepatan waktu penyampaian laporan", "naik", "ketepatan"),
        ("Kepuasan warga atas layanan kelurahan", "naik", "kepuasan"),
        ("Terlaksananya rapat dengan jumlah peserta 30 orang", "naik", "jumlah"),
        ("Persentase pengelolaan keuangan yang bebas dari temuan", "naik", "bebas dari temuan"),
        ("Jumlah pegawai yang dijatuhi hukuman disiplin", "turun", "hukuman"),
        # Benda "turun" sebagai nama sarana: yang dihitung sarananya atau hal lain.
        ("Persentase waktu aktif aplikasi antrean PATEN pada jam layanan", "naik", "persentase"),
        ("Jumlah jenis layanan yang dapat diakses melalui aplikasi antrean", "naik", "jumlah"),
        ("Jumlah kanal pengaduan yang aktif", "naik", "jumlah"),
        ("Rata-rata panjang antrean di loket PATEN", "turun", "antrean"),
        # Arah yang dituju: target adalah tingkatnya, bukan besarnya perubahan.
        ("Menurunnya angka stunting di Kecamatan Cipocok Jaya", "turun", "menurunnya"),
        ("Meningkatnya cakupan kepesertaan JKN", "naik", "meningkatnya"),
        ("Tersusunnya dokumen Renja Kecamatan", "naik", "tersusunnya"),
    ],
)
def test_polaritas_dibaca_dari_rumusan(teks, polaritas, kata_alasan):
    hasil = periksa({"teks": teks, "target": "10"})
    assert hasil.polaritas_usulan == polaritas
    assert kata_alasan in hasil.alasan_polaritas


@pytest.mark.parametrize(
    "teks", ["Melaksanakan posyandu", "Koordinasi lintas sektor", "Pelayanan PATEN"]
)
def test_polaritas_tidak_ditebak_bila_rumusan_tidak_menentukan(teks):
    hasil = periksa({"teks": teks})
    assert hasil.polaritas_usulan is None
    assert hasil.alasan_polaritas == ""


def test_target_berupa_banyaknya_hasil_berarti_naik():
    hasil = periksa({"teks": "Laporan keuangan tahunan", "target": "1 laporan"})
    assert hasil.polaritas_usulan == "naik" and "banyaknya" in hasil.alasan_polaritas


def test_polaritas_yang_bertentangan_memblokir():
    hasil = periksa(
        {
            "teks": "Jumlah pengaduan layanan",
            "target": 5,
            "satuan": "pengaduan",
            "polaritas": "naik",
        }
    )
    t = next(t for t in hasil.temuan if t.kode == "POLARITAS_BERTENTANGAN")
    assert t.blokir and t.kriteria == "terukur" and t.pemicu == "naik"
    assert '"turun"' in t.saran and "naik" not in t.saran
    assert not hasil.layak
    assert hasil.rumusan_usulan["polaritas"] == "turun"


def test_polaritas_yang_sesuai_atau_tidak_diketahui_tidak_bertentangan():
    ok = periksa({"teks": "Jumlah pengaduan layanan", "target": 5, "polaritas": "turun"})
    assert "POLARITAS_BERTENTANGAN" not in [t.kode for t in ok.temuan]
    bebas = periksa({"teks": "Koordinasi lintas sektor", "target": "5", "polaritas": "turun"})
    assert "POLARITAS_BERTENTANGAN" not in [t.kode for t in bebas.temuan]


def test_keluaran_json_memuat_kolom_tingkat_dua():
    hasil = periksa_json({"teks": "Jumlah kasus DBD", "target": "0 kasus"})
    assert hasil["polaritas_usulan"] == "turun"
    assert "kasus" in hasil["alasan_polaritas"]
    assert hasil["rumusan_usulan"] is None
    assert hasil["jenis"] == "iki"
    assert "TARGET_TIDAK_REALISTIS" not in [t["kode"] for t in hasil["temuan"]]


# --------------------------------------------------------------------------- jangka waktu


@pytest.mark.parametrize(
    "teks",
    [
        "Persentase surat yang didisposisi pada hari yang sama",
        "Persentase laporan kejadian yang diteruskan hari itu juga",
        "Persentase pengaduan yang ditanggapi dalam 1 × 24 jam",
        "Persentase pengaduan yang ditanggapi dalam 2x24 jam",
        "Jumlah laporan yang disampaikan setiap bulan",
        "Jumlah laporan yang disampaikan paling lambat tanggal 10",
        "Jumlah laporan yang disampaikan sebelum tanggal 5",
        "Jumlah rapat evaluasi per semester",
        "Jumlah rapat evaluasi persemester",
        "Jumlah laporan yang disampaikan sebulan sekali",
        "Persentase berkas yang diverifikasi dalam 3 hari kerja",
        "Persentase tagihan yang dibayar sebelum jatuh tempo",
        "Jumlah patroli setiap hari",
        "Persentase izin yang terbit dalam 5 hari",
    ],
)
def test_jangka_waktu_dikenali(teks):
    assert "TANPA_WAKTU" not in [t.kode for t in periksa({"teks": teks, "target": "90 %"}).temuan]


@pytest.mark.parametrize(
    "teks", ["Jumlah laporan yang tersusun", "Persentase berkas yang diverifikasi sesuai SOP"]
)
def test_tanpa_jangka_waktu_tetap_dinasihati(teks):
    assert "TANPA_WAKTU" in [t.kode for t in periksa({"teks": teks, "target": "90 %"}).temuan]


def test_contoh_baik_pelajaran_delapan_tidak_ditandai_tanpa_waktu():
    hasil = periksa(
        {"teks": "Persentase surat masuk yang diagendakan pada hari yang sama", "target": "95 %"}
    )
    assert hasil.layak and hasil.temuan == ()


# --------------------------------------------------------------------------- rumusan usulan


@pytest.mark.parametrize(
    ("teks", "target", "usulan"),
    [
        (
            "Meningkatkan pelayanan PATEN secara optimal",
            "100 %",
            "Persentase permohonan layanan PATEN yang diselesaikan sesuai SOP",
        ),
        (
            "Meningkatnya kualitas pelayanan publik",
            "",
            "Indeks kepuasan masyarakat terhadap pelayanan publik",
        ),
        ("Melaksanakan posyandu", "12 kegiatan", "Jumlah kegiatan posyandu yang terlaksana"),
        (
            "Terwujudnya lingkungan yang bersih",
            "10",
            "Persentase lingkungan yang bersih sesuai standar",
        ),
        ("Persentase laporan", "12 laporan", "Jumlah laporan"),
    ],
)
def test_rumusan_usulan(teks, target, usulan):
    rumusan = periksa({"teks": teks, "target": target}).rumusan_usulan
    assert rumusan["teks"] == usulan


def test_rumusan_usulan_kosong_bila_sudah_layak():
    assert (
        periksa({"teks": "Jumlah laporan yang tersusun", "target": "12 laporan"}).rumusan_usulan
        is None
    )


@pytest.mark.parametrize(
    "teks",
    [
        "Meningkatkan pelayanan PATEN secara optimal",
        "Meningkatnya pelayanan PATEN secara optimal",
        "Terwujudnya lingkungan yang kondusif",
        "Jumlah pelayanan yang lebih cepat",
    ],
)
def test_saran_tidak_mengulang_kata_pemicu(teks):
    hasil = periksa({"teks": teks, "target": "100 %"})
    pemicu = [p for t in hasil.temuan for p in pemicu_teks(t)]
    assert pemicu
    for t in hasil.temuan:
        assert not any(memuat(t.saran, p) for p in pemicu), (t.kode, t.saran)


_KATA = st.sampled_from(
    [
        "Jumlah",
        "Persentase",
        "Meningkatkan",
        "Melaksanakan",
        "Menyusun",
        "Meningkatnya",
        "Terwujudnya",
        "pelayanan",
        "PATEN",
        "laporan",
        "lingkungan",
        "warga",
        "pengaduan",
        "optimal",
        "baik",
        "lancar",
        "efektif",
        "secara",
        "dengan",
        "yang",
        "lebih",
        "cepat",
        "kualitas",
        "kinerja",
        "kebersihan",
        "berkas",
        "surat",
        "tepat",
        "sasaran",
        "sesuai",
        "kebutuhan",
        "posyandu",
        "kasus",
        "DBD",
        "waktu",
        "rapat",
        "pembinaan",
        "kepada",
        "ketua",
        "RT",
        "dan",
        "di",
        "Kelurahan",
        "Gelam",
        "maksimal",
        "kondusif",
        "tertib",
    ]
)
_TEKS = st.lists(_KATA, min_size=1, max_size=10).map(" ".join)


@settings(max_examples=500, deadline=None)
@given(
    teks=st.one_of(_TEKS, st.text(min_size=1).filter(str.strip)),
    target=st.one_of(st.none(), st.sampled_from(["100 %", "12 laporan", "5", "", "3 hari"])),
    angka=st.integers(min_value=1, max_value=100),
)
def test_setiap_rumusan_usulan_layak_dan_bebas_kata_pemicu(teks, target, angka):
    hasil = periksa({"teks": teks, "target": target})
    rumusan = hasil.rumusan_usulan
    if hasil.layak:
        assert rumusan is None
        return
    assert set(rumusan) == {"teks", "satuan", "polaritas", "aspek"}
    uji = periksa({**rumusan, "target": angka})
    assert uji.layak, (teks, rumusan, uji.temuan)
    pemicu = [p for t in hasil.temuan for p in pemicu_teks(t)]
    assert not any(memuat(rumusan["teks"], p) for p in pemicu), (teks, rumusan)
    for t in hasil.temuan:
        assert not any(memuat(t.saran, p) for p in pemicu), (teks, t)


def test_memuat_mencocokkan_kata_utuh():
    assert memuat("Persentase layanan yang lebih cepat", "lebih cepat")
    assert not memuat("Persentase layanan yang tercepat", "cepat")
    assert not memuat("apa saja", "")
    assert bahasa.tokenisasi("") == ()


# --------------------------------------------------------------------------- RHK


@pytest.mark.parametrize(
    ("rhk", "kode", "usulan"),
    [
        (
            "Meningkatkan pelayanan PATEN",
            ["BUKAN_HASIL"],
            "Terselenggaranya pelayanan PATEN sesuai SOP",
        ),
        (
            "Menyusun laporan keuangan secara optimal",
            ["BUKAN_HASIL", "KATA_KABUR"],
            "Tersusunnya laporan keuangan",
        ),
        (
            "Terselenggaranya pelayanan yang optimal",
            ["KATA_KABUR"],
            "Terselenggaranya pelayanan sesuai SOP",
        ),
    ],
)
def test_rhk_kegiatan_atau_kabur_mendapat_temuan_dan_rumusan(rhk, kode, usulan):
    hasil = periksa({"rhk": rhk})
    assert hasil.jenis == "rhk" and hasil.teks == rhk
    assert [t.kode for t in hasil.temuan] == kode
    assert not hasil.layak
    assert hasil.rumusan_usulan == {
        "teks": usulan,
        "satuan": None,
        "polaritas": None,
        "aspek": None,
    }
    assert all(usulan in t.saran for t in hasil.temuan)
    assert periksa({"rhk": usulan}).layak


@pytest.mark.parametrize(
    "rhk",
    ["Tersusunnya laporan keuangan kecamatan", "Terlaksananya pelayanan PATEN sesuai SOP"],
)
def test_rhk_hasil_kerja_layak(rhk):
    hasil = periksa_json({"rhk": rhk})
    assert hasil["layak"] and hasil["temuan"] == [] and hasil["rumusan_usulan"] is None
    assert hasil["polaritas_usulan"] is None and hasil["jenis"] == "rhk"


def test_rhk_tanpa_kata_kegiatan_yang_dikenal_tetap_punya_rumusan():
    hasil = periksa({"rhk": "Mengoptimalkan"})
    assert not hasil.layak
    assert hasil.rumusan_usulan["teks"] == "Terselenggaranya pekerjaan sesuai SOP"


def test_rhk_kosong_ditolak():
    with pytest.raises(ItemTidakValid) as e:
        periksa({"rhk": "  "})
    assert e.value.lokasi == "rhk"


@pytest.mark.parametrize(
    ("item", "lokasi"),
    [
        ({"rhk": "Tersusunnya laporan", "target": {"min": False, "maks": "5"}}, "target.min"),
        ({"rhk": "Tersusunnya laporan", "target": True}, "target"),
        ({"rhk": "Tersusunnya laporan", "satuan": 3}, "satuan"),
        ({"rhk": "Tersusunnya laporan", "aspek": "biaya-lain"}, "aspek"),
        ({"rhk": "Tersusunnya laporan", "polaritas": "naik turun"}, "polaritas"),
    ],
)
def test_rhk_saja_tetap_memeriksa_bentuk_kolom_lain(item, lokasi):
    """Checking an RHK alone ignores the other columns' content but not their shape: a
    malformed target or column is refused as for an indicator (the API schema says so)."""
    with pytest.raises(ItemTidakValid) as e:
        periksa(item)
    assert e.value.lokasi == lokasi


def test_item_dengan_teks_dan_rhk_tetap_indikator():
    hasil = periksa(
        ItemIndikator(teks="Jumlah laporan", target="3 laporan", rhk="Tersusunnya laporan")
    )
    assert hasil.jenis == "iki"


def test_rumusan_menghitung_orang_dengan_satuan_orang():
    rumusan = periksa({"teks": "Pembinaan warga secara optimal", "target": "30"}).rumusan_usulan
    assert rumusan == {
        "teks": "Jumlah warga yang dibina",
        "satuan": "orang",
        "polaritas": "naik",
        "aspek": "kuantitas",
    }
