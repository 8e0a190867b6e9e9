"""Report figures on a known data set."""

from decimal import Decimal as D

import pytest

from kursus.kuis import laporan, services
from tests.factories import PenggunaFactory

from .conftest import benar

pytestmark = pytest.mark.django_db


def _kerjakan(user, kuis, soal, jumlah_benar):
    percobaan = services.percobaan_mulai(user=user, kuis=kuis)
    for s in soal[:jumlah_benar]:
        services.jawaban_simpan(percobaan=percobaan, soal_id=s.pk, pilihan=benar(s))
    return services.percobaan_serahkan(percobaan=percobaan)


def test_daya_beda_kelompok_atas_dan_bawah_27_persen():
    baris = [(D(t), D(f)) for t, f in [(90, 1), (80, 1), (70, 1), (60, 0), (50, 1),
                                        (40, 0), (30, 0), (20, 0), (10, 1), (0, 0)]]  # fmt: skip
    # n = 10 → 3 attempts per group; upper 1, 1, 1; lower 0, 1, 0.
    assert laporan.daya_beda(baris) == (D("0.50"), D("0.67"))


def test_daya_beda_perlu_dua_percobaan():
    assert laporan.daya_beda([(D(50), D(1))]) == (D("1.00"), None)
    assert laporan.daya_beda([]) == (None, None)


@pytest.fixture
def data_kuis(buat_pengguna, buat_soal, buat_kuis):
    """Four participants on three questions: 3, 2, 1 and 0 correct (pass mark 60)."""
    soal = [buat_soal("tunggal") for _ in range(3)]
    kuis = buat_kuis(soal, nilai_lulus=60)
    for jumlah in (3, 2, 1, 0):
        _kerjakan(buat_pengguna("Peserta"), kuis, soal, jumlah)
    return kuis, soal


def test_laporan_kuis_rata_rata_median_dan_persen_lulus(data_kuis):
    kuis, _ = data_kuis
    hasil = laporan.laporan_kuis(kuis, user=PenggunaFactory())
    assert (hasil.jumlah, hasil.jumlah_peserta) == (4, 4)
    assert hasil.rata_rata == D("50.00")  # (100 + 66,67 + 33,33 + 0) / 4
    assert hasil.median == D("50.00")
    assert hasil.persen_lulus == D("50.00")


def test_laporan_kuis_analisis_butir(data_kuis):
    kuis, soal = data_kuis
    butir = {b.soal.pk: b for b in laporan.laporan_kuis(kuis, user=PenggunaFactory()).butir}
    assert [butir[s.pk].kesukaran for s in soal] == [D("0.75"), D("0.50"), D("0.25")]
    assert [butir[s.pk].daya_beda for s in soal] == [D("1.00"), D("1.00"), D("1.00")]
    assert {b.jumlah for b in butir.values()} == {4}


def test_laporan_kuis_kosong(buat_soal, buat_kuis):
    hasil = laporan.laporan_kuis(buat_kuis([buat_soal("tunggal")]), user=PenggunaFactory())
    assert (hasil.jumlah, hasil.rata_rata, hasil.median, hasil.persen_lulus) == (
        0,
        None,
        None,
        None,
    )


def test_kenaikan_pre_test_ke_post_test_per_peserta_dan_kohort(buat_pengguna, buat_soal, buat_kuis):
    soal_pre = [buat_soal("tunggal") for _ in range(10)]
    soal_post = [buat_soal("tunggal") for _ in range(10)]
    pre = buat_kuis(soal_pre, nilai_lulus=0)
    post = buat_kuis(soal_post, metode_nilai="tertinggi")
    a, b, c = (buat_pengguna("Peserta", username=u) for u in ("a", "b", "c"))
    _kerjakan(a, pre, soal_pre, 4)
    _kerjakan(a, pre, soal_pre, 9)  # only the first pre-test attempt counts
    _kerjakan(a, post, soal_post, 6)
    _kerjakan(a, post, soal_post, 8)  # the post-test's method: highest
    _kerjakan(b, pre, soal_pre, 5)
    _kerjakan(b, post, soal_post, 10)
    _kerjakan(c, pre, soal_pre, 3)  # no post-test yet

    hasil = laporan.laporan_kenaikan(pre_test=pre, post_test=post, user=PenggunaFactory())
    per = {k.user.username: k for k in hasil.peserta}
    assert (per["a"].pre, per["a"].post, per["a"].kenaikan) == (D(40), D(80), D(40))
    assert per["a"].gain_ternormalisasi == D("0.67")
    assert (per["b"].kenaikan, per["b"].gain_ternormalisasi) == (D(50), D("1.00"))
    assert per["c"].kenaikan is None
    assert hasil.jumlah_lengkap == 2
    assert (hasil.rata_pre, hasil.rata_post, hasil.rata_kenaikan) == (D(45), D(90), D(45))
    assert hasil.gain_kohort == D("0.82")  # (90 − 45) / (100 − 45)


def test_baris_ekspor_berisi_ringkasan_percobaan_dan_butir(data_kuis):
    kuis, _ = data_kuis
    hasil = laporan.laporan_kuis(kuis, user=PenggunaFactory())
    assert len(laporan.baris_percobaan(hasil)) == 4
    assert len(laporan.baris_butir(hasil)) == 3
    assert ["rata_rata", D("50.00")] in laporan.baris_ringkasan(hasil)
