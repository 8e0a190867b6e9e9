"""Aturan permenpanrb-6-2022: capaian IKI/RHK, rating usulan, matriks predikat, angka kredit."""

from __future__ import annotations

from decimal import Decimal

import pytest

from penilaian.mesin import (
    IKI,
    KEBIJAKAN_BAWAAN,
    RHK,
    Aspek,
    DokumenPermen,
    JabatanFungsional,
    Kebijakan,
    Polaritas,
    Predikat,
    Rating,
    Rentang,
    angka_kredit,
    bulatkan,
    hasil_ke_json,
    hitung,
    nilai_json,
    parse_dokumen,
    predikat_dari_rating,
)
from penilaian.mesin.aturan.permenpanrb_6_2022.skor import capaian_iki

from .dokumen import iki, permen, rhk

A, S, B = Rating.DI_ATAS, Rating.SESUAI, Rating.DI_BAWAH


@pytest.mark.parametrize(
    ("target", "realisasi", "polaritas", "harapan"),
    [
        (100, 97, "naik", 97),
        (95, 97, "naik", 102.11),
        (10, 8, "turun", 120),  # (1 + (1 − 0,8)) × 100
        (10, 12, "turun", 80),
        (10, 25, "turun", 0),  # −50 % dibatasi 0
        (10, 20, "turun", 0),
    ],
)
def test_capaian_iki_naik_dan_turun(nilai, target, realisasi, polaritas, harapan):
    hasil = nilai(permen(rhk(iki(target, realisasi, polaritas=polaritas))))
    assert hasil["rhk"][0]["indikator"][0]["capaian"] == harapan


@pytest.mark.parametrize(
    ("aspek", "polaritas"),
    [("kuantitas", "naik"), ("kualitas", "naik"), ("waktu", "turun"), ("biaya", "turun")],
)
def test_polaritas_bawaan_menurut_aspek(nilai, aspek, polaritas):
    hasil = nilai(permen(rhk(iki(10, 10, aspek=aspek))))
    assert hasil["rhk"][0]["indikator"][0]["polaritas"] == polaritas


@pytest.mark.parametrize(
    ("realisasi", "polaritas", "target_dipakai", "capaian"),
    [
        ("0.5", "turun", 1, 150),  # di bawah min: pakai min
        ("1", "turun", 1, 100),  # tepat min: di dalam rentang
        ("1.5", "turun", 1.5, 100),  # di dalam rentang: 100 %
        ("2", "turun", 2, 100),  # tepat maks
        ("3", "turun", 2, 50),  # di atas maks: pakai maks
        ("0.5", "naik", 1, 50),
        ("1.5", "naik", 1.5, 100),
        ("3", "naik", 2, 150),
    ],
)
def test_target_rentang_di_bawah_di_dalam_di_atas(
    nilai, realisasi, polaritas, target_dipakai, capaian
):
    i = iki({"min": 1, "maks": 2}, realisasi, aspek="waktu", polaritas=polaritas)
    hasil = nilai(permen(rhk(i)))["rhk"][0]["indikator"][0]
    assert (hasil["target_dipakai"], hasil["capaian"]) == (target_dipakai, capaian)


def test_rentang_mulai_nol_realisasi_nol_di_dalam_rentang():
    assert capaian_iki(Rentang(Decimal(0), Decimal(5)), Decimal(0), Polaritas.NAIK) == (
        Decimal(0),
        Decimal(100),
    )


@pytest.mark.parametrize(("realisasi", "capaian"), [(0, 100), (1, 0), ("0.01", 0)])
def test_target_0_turun_100_bila_realisasi_0(nilai, realisasi, capaian):
    i = iki(0, realisasi, polaritas="turun", teks="Jumlah temuan audit")
    assert nilai(permen(rhk(i)))["rhk"][0]["indikator"][0]["capaian"] == capaian


def test_rentang_maks_0_turun_seperti_target_0(nilai):
    i = iki({"min": 0, "maks": 0}, 2, aspek="biaya")
    assert nilai(permen(rhk(i)))["rhk"][0]["indikator"][0]["capaian"] == 0


def test_capaian_iki_tidak_dibatasi_tetapi_rhk_memakai_batas_120(nilai):
    hasil = nilai(permen(rhk(iki(100, 200), iki(100, 90))))
    r = hasil["rhk"][0]
    assert [i["capaian"] for i in r["indikator"]] == [200, 90]
    assert r["capaian"] == 105  # (120 + 90)/2
    assert hasil["capaian_hasil_kerja"] == 105


def test_capaian_tepat_120_tidak_berubah(nilai):
    assert nilai(permen(rhk(iki(100, 120))))["rhk"][0]["capaian"] == 120


def test_rhk_tambahan_dilaporkan_tetapi_tidak_menurunkan_hasil(nilai):
    hasil = nilai(permen(rhk(iki(100, 100)), rhk(iki(100, 10), jenis="tambahan")))
    assert [r["capaian"] for r in hasil["rhk"]] == [100, 10]
    assert hasil["rhk"][1]["rating_usulan"] == "di_bawah_ekspektasi"
    assert hasil["capaian_hasil_kerja"] == 100


def test_rhk_tambahan_tinggi_juga_tidak_menaikkan_hasil(nilai):
    hasil = nilai(permen(rhk(iki(100, 95)), rhk(iki(100, 120), jenis="tambahan")))
    assert hasil["capaian_hasil_kerja"] == 95


def test_capaian_hasil_kerja_rata_rata_rhk_utama(nilai):
    hasil = nilai(permen(rhk(iki(100, 100)), rhk(iki(100, 80), jenis="utama")))
    assert hasil["capaian_hasil_kerja"] == 90


@pytest.mark.parametrize(
    ("realisasi", "usulan"),
    [("110", A), ("109.99", S), ("90", S), ("89.99", B), ("0", B), ("150", A)],
)
def test_usulan_rating_kebijakan_bawaan_kedua_sisi_ambang(nilai, realisasi, usulan):
    hasil = nilai(permen(rhk(iki(100, realisasi))))
    assert hasil["rating_hasil_kerja_usulan"] == usulan
    assert hasil["rhk"][0]["rating_usulan"] == usulan
    assert hasil["kebijakan"] == {
        "nama": "Kebijakan bawaan",
        "ambang_di_atas": 110,
        "ambang_sesuai": 90,
    }


def test_kebijakan_instansi_dipakai_dan_dicatat(nilai):
    kebijakan = {"nama": "Kebijakan Kecamatan 2026", "ambang_di_atas": 105, "ambang_sesuai": 95}
    hasil = nilai(permen(rhk(iki(100, 105)), kebijakan=kebijakan))
    assert hasil["rating_hasil_kerja_usulan"] == "di_atas_ekspektasi"
    assert hasil["kebijakan"] == kebijakan


def test_kebijakan_bawaan_110_dan_90():
    assert Kebijakan.DEFAULT is KEBIJAKAN_BAWAAN
    assert Kebijakan("Kebijakan bawaan", Decimal(110), Decimal(90)) == KEBIJAKAN_BAWAAN


@pytest.mark.parametrize(
    ("hasil_kerja", "perilaku", "predikat"),
    [
        (A, B, Predikat.KURANG),
        (A, S, Predikat.BAIK),
        (A, A, Predikat.SANGAT_BAIK),
        (S, B, Predikat.KURANG),
        (S, S, Predikat.BAIK),
        (S, A, Predikat.BAIK),
        (B, B, Predikat.SANGAT_KURANG),
        (B, S, Predikat.BUTUH_PERBAIKAN),
        (B, A, Predikat.BUTUH_PERBAIKAN),
    ],
)
def test_matriks_predikat_sembilan_sel(nilai, hasil_kerja, perilaku, predikat):
    assert predikat_dari_rating(hasil_kerja, perilaku) is predikat
    dok = permen(rating_hasil_kerja=hasil_kerja.value, rating_perilaku=perilaku.value)
    assert nilai(dok)["predikat"] == predikat


def test_rating_penilai_final_dan_ditandai_berbeda(nilai):
    hasil = nilai(permen(rhk(iki(100, 100)), rating_hasil_kerja="di_atas_ekspektasi"))
    assert hasil["rating_hasil_kerja_usulan"] == "sesuai_ekspektasi"
    assert hasil["rating_hasil_kerja"] == "di_atas_ekspektasi"
    assert hasil["rating_berbeda_dari_usulan"] is True


def test_rating_penilai_sama_dengan_usulan_tidak_berbeda(nilai):
    hasil = nilai(permen(rhk(iki(100, 100)), rating_hasil_kerja="sesuai_ekspektasi"))
    assert hasil["rating_berbeda_dari_usulan"] is False


@pytest.mark.parametrize(
    ("organisasi", "rating"),
    [("istimewa", A), ("baik", S), ("butuh_perbaikan", B), ("kurang", B), ("sangat_kurang", B)],
)
def test_pimpinan_unit_mengikuti_capaian_organisasi(nilai, organisasi, rating):
    hasil = nilai(permen(rhk(iki(100, 100)), capaian_kinerja_organisasi=organisasi))
    assert hasil["capaian_hasil_kerja"] == 100  # tetap dilaporkan
    assert hasil["rating_hasil_kerja_usulan"] == rating
    assert hasil["rating_hasil_kerja"] == rating


def test_pimpinan_unit_rating_penilai_tetap_final(nilai):
    dok = permen(capaian_kinerja_organisasi="istimewa", rating_hasil_kerja="sesuai_ekspektasi")
    hasil = nilai(dok)
    assert hasil["rating_hasil_kerja"] == "sesuai_ekspektasi"
    assert hasil["rating_berbeda_dari_usulan"] is True


@pytest.mark.parametrize(
    ("predikat", "koefisien", "bulan", "harapan"),
    [
        (Predikat.SANGAT_BAIK, "12.5", 12, "18.75"),
        (Predikat.BAIK, "12.5", 2, "2.08"),
        (Predikat.BUTUH_PERBAIKAN, "12.5", 12, "9.38"),
        (Predikat.KURANG, "12.5", 12, "6.25"),
        (Predikat.SANGAT_KURANG, "12.5", 12, "3.13"),
    ],
)
def test_angka_kredit(predikat, koefisien, bulan, harapan):
    assert str(bulatkan(angka_kredit(predikat, Decimal(koefisien), bulan))) == harapan


def test_angka_kredit_dalam_hasil(nilai):
    dok = permen(rating_perilaku="di_atas_ekspektasi", rating_hasil_kerja="di_atas_ekspektasi",
                 jabatan_fungsional={"koefisien": 12.5, "bulan": 12})  # fmt: skip
    assert nilai(dok)["angka_kredit"] == 18.75
    assert nilai(permen())["angka_kredit"] is None


def test_kualitatif_tanpa_capaian_rating_penilai(nilai):
    dok = permen(
        rhk(iki("Laporan diterima tanpa revisi", "Diterima dengan satu revisi", aspek="kualitas"),
            iki(None, None), iki("12", "11"), rating="sesuai_ekspektasi"),
        pendekatan="kualitatif",
        rating_hasil_kerja="di_bawah_ekspektasi",
    )  # fmt: skip
    hasil = nilai(dok)
    r = hasil["rhk"][0]
    assert (
        r["capaian"] is None and r["rating_usulan"] is None and r["rating"] == "sesuai_ekspektasi"
    )
    assert r["indikator"][0] == {"teks": "Persentase layanan selesai", "aspek": "kualitas",
                                 "polaritas": "naik", "polaritas_bawaan": True,
                                 "target_dipakai": None, "capaian": None}  # fmt: skip
    assert hasil["pendekatan"] == "kualitatif"
    assert hasil["capaian_hasil_kerja"] is None
    assert hasil["rating_hasil_kerja_usulan"] is None
    assert hasil["rating_hasil_kerja"] == "di_bawah_ekspektasi"
    assert hasil["rating_berbeda_dari_usulan"] is False
    assert hasil["predikat"] == "Butuh Perbaikan"


def test_kualitatif_pimpinan_unit_tanpa_rating_penilai(nilai):
    dok = permen(pendekatan="kualitatif", capaian_kinerja_organisasi="istimewa")
    hasil = nilai(dok)
    assert hasil["rating_hasil_kerja"] == "di_atas_ekspektasi"


def test_keluaran_memuat_kunci_spesifikasi(nilai):
    hasil = nilai(permen(rhk(iki(95, 97), rhk_atasan="RHK camat")))
    for kunci in ["aturan", "kebijakan", "rhk", "capaian_hasil_kerja",
                  "rating_hasil_kerja_usulan", "rating_hasil_kerja",
                  "rating_berbeda_dari_usulan", "rating_perilaku", "predikat", "angka_kredit",
                  "langkah"]:  # fmt: skip
        assert kunci in hasil
    r = hasil["rhk"][0]
    assert {"teks", "jenis", "capaian", "rating_usulan", "indikator"} <= r.keys()
    assert r["rhk_atasan"] == "RHK camat" and r["jenis"] == "utama"
    assert set(r["indikator"][0]) == {
        "teks", "aspek", "polaritas", "polaritas_bawaan", "target_dipakai", "capaian"
    }  # fmt: skip


def test_dokumen_bertipe_dari_konstruktor_publik():
    dok = DokumenPermen(
        rhk=(
            RHK(
                "Meningkatnya layanan",
                (IKI("Persentase", Aspek.KUANTITAS, Decimal(95), Decimal(97)),),
            ),
        ),  # fmt: skip
        rating_perilaku=Rating.SESUAI,
        kebijakan=Kebijakan("Kebijakan Kecamatan 2026", Decimal(110), Decimal(90)),
        jabatan_fungsional=JabatanFungsional(Decimal("12.5"), 12),
    )
    hasil = hitung(dok)
    assert bulatkan(hasil.capaian_hasil_kerja) == Decimal("102.11")
    assert hasil.predikat is Predikat.BAIK
    assert hasil_ke_json(hasil)["angka_kredit"] == 12.5


def test_langkah_permen_dengan_angka_tersubstitusi():
    dok = permen(
        rhk(iki(95, 97), iki({"min": 1, "maks": 2}, "1.5", aspek="waktu"),
            iki({"min": 1, "maks": 2}, 3, aspek="waktu"), iki(10, 25, aspek="biaya"),
            iki(0, 0, polaritas="turun"), iki(100, 130)),
        rhk(iki(100, 100), jenis="tambahan"),
        rating_hasil_kerja="di_atas_ekspektasi",
        kebijakan={"nama": "Kebijakan Kecamatan 2026", "ambang_di_atas": 110, "ambang_sesuai": 90},
        jabatan_fungsional={"koefisien": "12.5", "bulan": 2},
    )  # fmt: skip
    langkah = nilai_json(dok)["langkah"]
    teks = "\n".join(langkah)
    assert (
        "RHK 1, IKI 1 (kuantitas, polaritas naik, bawaan aspek): capaian = 97/95 × 100 = 102,11 %"
        in langkah
    )
    # A polarity the document gives is named without "bawaan aspek".
    assert "RHK 1, IKI 5 (kuantitas, polaritas turun): target 0" in teks
    assert "realisasi 1,5 di dalam rentang, maka capaian = 100 %" in teks
    assert "realisasi 3 > maks 2, maka target dipakai 2; capaian = (1 + (1 − 3/2)) × 100" in teks
    assert "= −50,00 %" not in teks and "-50,00 %, tidak boleh kurang dari 0" in teks
    assert "target 0, realisasi 0, maka capaian = 100,00 %" in teks
    assert "130,00 %; dihitung 120 % dalam capaian RHK" in teks
    assert "RHK tambahan dilaporkan, tidak menurunkan hasil" in teks
    assert "Menurut Kebijakan Kecamatan 2026 (≥ 110 % di atas ekspektasi" in teks
    assert (
        "Rating hasil kerja dari pejabat penilai: di atas ekspektasi, berbeda dari usulan" in teks
    )
    assert "Angka kredit = 100 % × 12,5 × 2/12 = 2,08" in teks


def test_langkah_rentang_di_bawah_min_dan_pimpinan():
    dok = permen(rhk(iki({"min": 1, "maks": 2}, "0.5", aspek="waktu")),
                 capaian_kinerja_organisasi="baik", rating_hasil_kerja="sesuai_ekspektasi")  # fmt: skip
    teks = "\n".join(nilai_json(dok)["langkah"])
    assert "realisasi 0,5 < min 1, maka target dipakai 1" in teks
    assert "Pimpinan unit: capaian kinerja organisasi baik, maka usulan rating hasil kerja" in teks
    assert "Rating hasil kerja dari pejabat penilai: sesuai ekspektasi\n" in teks + "\n"


def test_langkah_mengikuti_usulan_dan_kualitatif_dengan_rating():
    teks = "\n".join(nilai_json(permen())["langkah"])
    assert "Rating hasil kerja mengikuti usulan: sesuai ekspektasi" in teks
    dok = permen(pendekatan="kualitatif", rating_hasil_kerja="sesuai_ekspektasi")
    langkah = nilai_json(dok)["langkah"]
    assert langkah[0] == "Rating hasil kerja dari pejabat penilai: sesuai ekspektasi"


def test_hitung_bertipe_tanpa_langkah_sama_dengan_jalan_cepat():
    dok = permen(rhk(iki(95, 97), iki({"min": 1, "maks": 2}, 3, aspek="waktu")),
                 rhk(iki(100, 50), jenis="tambahan"), jabatan_fungsional={"koefisien": 5, "bulan": 6})  # fmt: skip
    bertipe = hasil_ke_json(hitung(parse_dokumen(dok), langkah=False))
    assert bertipe == nilai_json(dok, langkah=False)
    assert bertipe["langkah"] == []


def test_keluaran_menyebut_polaritas_bawaan_atau_diberikan(nilai):
    """Issue 14: the engine's aspect default remains only for documents that omit polaritas,
    and the result says when it used it (both the typed and the fast path)."""
    hasil = nilai(permen(rhk(iki(10, 8, aspek="waktu"), iki(10, 8, aspek="waktu", polaritas="turun"),
                             iki(10, 8, aspek="waktu", polaritas="naik"))))  # fmt: skip
    i = hasil["rhk"][0]["indikator"]
    assert [(x["polaritas"], x["polaritas_bawaan"]) for x in i] == [
        ("turun", True), ("turun", False), ("naik", False)
    ]  # fmt: skip
