"""Every numeric quiz key equals what the scoring engine computes for the question's case.

Each ``angka`` question of the content files has one entry in ``MESIN``: the engine call that
answers it. A new numeric question without an entry fails ``test_setiap_soal_angka_punya_
perhitungan_mesin``, so no key is typed by hand without being checked."""

from decimal import Decimal

import pytest

from kursus.kuis import demo, penilaian
from penilaian.mesin import CapaianOrganisasi, Predikat, bulatkan, cek_distribusi, nilai_json


def _permen(*iki: tuple[str, float, float], aspek: str = "kuantitas") -> dict:
    """One RHK whose IKI are (polaritas, target, realisasi)."""
    return nilai_json(
        {
            "aturan": "permenpanrb-6-2022",
            "rhk": [
                {
                    "teks": "Hasil",
                    "indikator": [
                        {
                            "teks": f"Indikator {i}",
                            "aspek": aspek,
                            "polaritas": polaritas,
                            "target": str(target),
                            "realisasi": str(realisasi),
                        }
                        for i, (polaritas, target, realisasi) in enumerate(iki)
                    ],
                }
            ],
            "rating_perilaku": "sesuai_ekspektasi",
        },
        langkah=False,
    )


def capaian_iki(polaritas: str, target, realisasi) -> Decimal:
    return Decimal(
        str(_permen((polaritas, target, realisasi))["rhk"][0]["indikator"][0]["capaian"])
    )


def capaian_rhk(*capaian) -> Decimal:
    """An RHK whose IKI reach the given capaian (target 100, polaritas naik)."""
    return Decimal(str(_permen(*(("naik", 100, c) for c in capaian))["rhk"][0]["capaian"]))


def pp46(**aspek) -> dict:
    kegiatan = {
        "kuantitas": {"target": 1, "realisasi": 1},
        "kualitas": {"target": 100, "realisasi": 90},
    }
    kegiatan["waktu"] = {"target": 12, "realisasi": 12}
    for nama, (target, realisasi) in aspek.items():
        kegiatan[nama] = {"target": target, "realisasi": realisasi}
    return nilai_json({"aturan": "pp46-2011", "kegiatan": [kegiatan]}, langkah=False)["kegiatan"][0]


def aspek_pp46(nama: str, target, realisasi) -> Decimal:
    return Decimal(str(pp46(**{nama: (target, realisasi)})[nama]))


#: A pair of ratings (hasil kerja, perilaku) that gives each predikat in the engine's matrix.
RATING_UNTUK = {
    "Sangat Baik": ("di_atas_ekspektasi", "di_atas_ekspektasi"),
    "Baik": ("sesuai_ekspektasi", "sesuai_ekspektasi"),
    "Butuh Perbaikan": ("di_bawah_ekspektasi", "sesuai_ekspektasi"),
    "Kurang/Misconduct": ("sesuai_ekspektasi", "di_bawah_ekspektasi"),
    "Sangat Kurang": ("di_bawah_ekspektasi", "di_bawah_ekspektasi"),
}


def angka_kredit(predikat: str, koefisien: str, bulan: int) -> Decimal:
    hasil_kerja, perilaku = RATING_UNTUK[predikat]
    hasil = nilai_json(
        {
            "aturan": "permenpanrb-6-2022",
            "pendekatan": "kualitatif",
            "rhk": [{"teks": "Hasil", "indikator": [{"teks": "Ekspektasi", "aspek": "kualitas"}]}],
            "rating_hasil_kerja": hasil_kerja,
            "rating_perilaku": perilaku,
            "jabatan_fungsional": {"koefisien": koefisien, "bulan": bulan},
        },
        langkah=False,
    )
    assert hasil["predikat"] == predikat
    return Decimal(str(hasil["angka_kredit"]))


def _peringatan(capaian: CapaianOrganisasi, predikat: Predikat, n: int, total: int) -> list:
    """Warnings about ``predikat`` when ``n`` of ``total`` employees have it (others: a
    predikat no rule of that level counts)."""
    lain = Predikat.BAIK if predikat is not Predikat.BAIK else Predikat.SANGAT_BAIK
    hasil = cek_distribusi(capaian, [predikat] * n + [lain] * (total - n))
    return [p for p in hasil.peringatan if p.startswith(f"Predikat {predikat.value} ")]


def paling_banyak(capaian: str, predikat: str, total: int) -> Decimal:
    c, p = CapaianOrganisasi(capaian), Predikat(predikat)
    return Decimal(max(n for n in range(total + 1) if not _peringatan(c, p, n, total)))


def paling_sedikit(capaian: str, predikat: str, total: int) -> Decimal:
    c, p = CapaianOrganisasi(capaian), Predikat(predikat)
    return Decimal(min(n for n in range(total + 1) if not _peringatan(c, p, n, total)))


MESIN = {
    # Course 1: capaian (this application's formulas), PP 46/2011, angka kredit, the curve.
    "pre-10": lambda: capaian_iki("naik", 95, 97),
    "pre-11": lambda: aspek_pp46("waktu", 12, 12),
    "p4-03": lambda: capaian_iki("turun", 8, 7),
    "p4-04": lambda: capaian_iki("naik", 84, 80),
    "p5-05": lambda: capaian_rhk(130, 100),
    "p6-04": lambda: paling_banyak("istimewa", "Sangat Baik", 100),
    "p7-01": lambda: aspek_pp46("kuantitas", 50, 40),
    "p7-02": lambda: aspek_pp46("waktu", 5, 4),
    "p7-03": lambda: Decimal(str(pp46(biaya=(170395000, 170395000))["nilai"])),
    "p7-06": lambda: aspek_pp46("waktu", 12, 9),
    "p8-02": lambda: angka_kredit("Baik", "12.5", 2),
    "post-10": lambda: capaian_iki("turun", 5, 4),
    "post-11": lambda: angka_kredit("Sangat Baik", "12.5", 12),
    # Course 2.
    "k2-pre-07": lambda: angka_kredit("Baik", "12.5", 12),
    "k2-p5-01": lambda: angka_kredit("Baik", "12.5", 9),
    "k2-p5-02": lambda: angka_kredit("Butuh Perbaikan", "12.5", 12),
    "k2-post-07": lambda: angka_kredit("Sangat Baik", "12.5", 6),
    # Course 4.
    "k4-pre-06": lambda: paling_banyak("istimewa", "Sangat Baik", 100),
    "k4-pre-08": lambda: angka_kredit("Kurang/Misconduct", "12.5", 12),
    "k4-p1-01": lambda: capaian_iki("naik", 48, 11),
    "k4-p3-01": lambda: paling_banyak("baik", "Baik", 10),
    "k4-p3-03": lambda: paling_sedikit("butuh_perbaikan", "Butuh Perbaikan", 100),
    "k4-p5-01": lambda: angka_kredit("Sangat Kurang", "12.5", 12),
    "k4-p6-01": lambda: angka_kredit("Baik", "12.5", 6),
    "k4-post-02": lambda: capaian_iki("naik", 30, 12),
    "k4-post-06": lambda: paling_banyak("istimewa", "Sangat Baik", 20),
    "k4-post-09": lambda: angka_kredit("Sangat Baik", "12.5", 8),
    # Course 5.
    "k5-pre-06": lambda: capaian_iki("naik", 90, 99),
    "k5-p3-05": lambda: capaian_rhk(125, 95),
    "k5-p4-05": lambda: paling_banyak("baik", "Baik", 12),
    "k5-post-06": lambda: capaian_iki("turun", 2, 2.5),
}


def _soal_angka() -> dict[str, dict]:
    return {b["kode"]: b for s in demo.semua_sumber() for _, b in s.baris if b["jenis"] == "angka"}


def test_setiap_soal_angka_punya_perhitungan_mesin():
    assert set(_soal_angka()) == set(MESIN)


@pytest.mark.parametrize("kode", sorted(MESIN))
def test_kunci_soal_angka_sama_dengan_hasil_mesin(kode):
    kunci = penilaian.baca_angka(_soal_angka()[kode]["kunci"])
    assert kunci == bulatkan(MESIN[kode]()), kode
