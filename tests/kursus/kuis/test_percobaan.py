"""Attempts: every quiz option, limits, dates, time limit, idempotent submit, resume."""

import random
from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.db import IntegrityError
from django.utils import timezone

from kursus.kuis import selectors, services
from kursus.kuis.models import JawabanPeserta, PercobaanKuis

from .conftest import benar, salah

pytestmark = pytest.mark.django_db


@pytest.fixture
def peserta(buat_pengguna):
    return buat_pengguna("Peserta")


@pytest.fixture
def lima_soal(buat_soal):
    return [buat_soal("tunggal") for _ in range(5)]


def _jawab_benar(percobaan, soal):
    services.jawaban_simpan(percobaan=percobaan, soal_id=soal.pk, pilihan=benar(soal))


def test_tanpa_urutan_acak_soal_tampil_sesuai_urutan_bank(peserta, lima_soal, buat_kuis):
    kuis = buat_kuis(lima_soal)
    percobaan = services.percobaan_mulai(user=peserta, kuis=kuis)
    assert percobaan.urutan_soal == [s.pk for s in lima_soal]


def test_urutan_acak_mengacak_soal_dan_tersimpan_di_percobaan(peserta, lima_soal, buat_kuis):
    kuis = buat_kuis(lima_soal, urutan_acak=True)
    percobaan = services.percobaan_mulai(user=peserta, kuis=kuis, acak=random.Random(3))
    assert sorted(percobaan.urutan_soal) == sorted(s.pk for s in lima_soal)
    assert percobaan.urutan_soal != [s.pk for s in lima_soal]
    assert [s.pk for s in selectors.soal_percobaan(percobaan)] == percobaan.urutan_soal


def test_jumlah_soal_maksimum_diundi_dari_bank(peserta, lima_soal, buat_kuis):
    kuis = buat_kuis(lima_soal, maks_soal=3)
    terundi = set()
    for seed in range(6):
        percobaan = services.percobaan_mulai(user=peserta, kuis=kuis, acak=random.Random(seed))
        assert len(percobaan.urutan_soal) == 3
        assert set(percobaan.urutan_soal) <= {s.pk for s in lima_soal}
        terundi |= set(percobaan.urutan_soal)
        services.percobaan_serahkan(percobaan=percobaan)
    assert len(terundi) > 3
    assert percobaan.skor_maks == Decimal(3)


def test_percobaan_berjalan_dilanjutkan_bukan_dibuat_baru(peserta, lima_soal, buat_kuis):
    kuis = buat_kuis(lima_soal)
    pertama = services.percobaan_mulai(user=peserta, kuis=kuis)
    _jawab_benar(pertama, lima_soal[0])
    kedua = services.percobaan_mulai(user=peserta, kuis=kuis)
    assert kedua.pk == pertama.pk
    assert selectors.jawaban_percobaan(kedua)[lima_soal[0].pk].pilihan == benar(lima_soal[0])


def test_hanya_satu_percobaan_berjalan_dijaga_basis_data(peserta, lima_soal, buat_kuis):
    kuis = buat_kuis(lima_soal)
    services.percobaan_mulai(user=peserta, kuis=kuis)
    with pytest.raises(IntegrityError):
        PercobaanKuis.objects.create(
            user=peserta, kuis=kuis, nomor=2, dimulai_pada=timezone.now(), urutan_soal=[]
        )


def test_jawaban_disimpan_saat_diberikan_dan_dapat_diganti(peserta, lima_soal, buat_kuis):
    kuis = buat_kuis(lima_soal)
    percobaan = services.percobaan_mulai(user=peserta, kuis=kuis)
    soal = lima_soal[0]
    services.jawaban_simpan(percobaan=percobaan, soal_id=soal.pk, pilihan=salah(soal)[:1])
    services.jawaban_simpan(percobaan=percobaan, soal_id=soal.pk, pilihan=benar(soal))
    assert JawabanPeserta.objects.get(percobaan=percobaan, soal=soal).pilihan == benar(soal)
    assert JawabanPeserta.objects.count() == 1


def test_serahkan_menilai_dan_menentukan_lulus_dari_nilai_lulus(peserta, lima_soal, buat_kuis):
    kuis = buat_kuis(lima_soal, nilai_lulus=60)
    percobaan = services.percobaan_mulai(user=peserta, kuis=kuis)
    for s in lima_soal[:3]:
        _jawab_benar(percobaan, s)
    percobaan = services.percobaan_serahkan(percobaan=percobaan)
    assert (percobaan.skor, percobaan.skor_maks, percobaan.persen) == (3, 5, Decimal("60.00"))
    assert percobaan.lulus is True
    assert percobaan.status == PercobaanKuis.Status.SELESAI


def test_di_bawah_nilai_lulus_tidak_lulus(peserta, lima_soal, buat_kuis):
    kuis = buat_kuis(lima_soal, nilai_lulus=70)
    percobaan = services.percobaan_mulai(user=peserta, kuis=kuis)
    for s in lima_soal[:3]:
        _jawab_benar(percobaan, s)
    assert services.percobaan_serahkan(percobaan=percobaan).lulus is False


def test_serahkan_dua_kali_mencatat_satu_percobaan(peserta, lima_soal, buat_kuis):
    kuis = buat_kuis(lima_soal)
    percobaan = services.percobaan_mulai(user=peserta, kuis=kuis)
    _jawab_benar(percobaan, lima_soal[0])
    pertama = services.percobaan_serahkan(percobaan=percobaan)
    kedua = services.percobaan_serahkan(percobaan=percobaan)
    assert PercobaanKuis.objects.filter(kuis=kuis).count() == 1
    assert kedua.diserahkan_pada == pertama.diserahkan_pada
    assert kedua.skor == pertama.skor == 1


def test_jawaban_setelah_diserahkan_ditolak(peserta, lima_soal, buat_kuis):
    kuis = buat_kuis(lima_soal)
    percobaan = services.percobaan_mulai(user=peserta, kuis=kuis)
    services.percobaan_serahkan(percobaan=percobaan)
    with pytest.raises(services.PercobaanSudahDiserahkan):
        _jawab_benar(percobaan, lima_soal[0])


def test_soal_di_luar_lembar_percobaan_ditolak(peserta, lima_soal, buat_kuis, buat_soal):
    kuis = buat_kuis(lima_soal)
    percobaan = services.percobaan_mulai(user=peserta, kuis=kuis)
    lain = buat_soal("tunggal")
    with pytest.raises(lain.DoesNotExist):
        _jawab_benar(percobaan, lain)


def test_sekali_coba_menolak_percobaan_kedua(peserta, lima_soal, buat_kuis):
    kuis = buat_kuis(lima_soal, sekali_coba=True, batas_percobaan=5)
    services.percobaan_serahkan(percobaan=services.percobaan_mulai(user=peserta, kuis=kuis))
    with pytest.raises(services.KuisTidakBisaDimulai, match="semua kesempatan"):
        services.percobaan_mulai(user=peserta, kuis=kuis)


def test_batas_percobaan_dihitung_termasuk_yang_sedang_dinilai(peserta, lima_soal, buat_kuis):
    kuis = buat_kuis(lima_soal, batas_percobaan=2)
    for _ in range(2):
        services.percobaan_serahkan(percobaan=services.percobaan_mulai(user=peserta, kuis=kuis))
    assert selectors.hasil_peserta(kuis=kuis, user=peserta).sisa_percobaan == 0
    with pytest.raises(services.KuisTidakBisaDimulai):
        services.percobaan_mulai(user=peserta, kuis=kuis)


def test_batas_percobaan_nol_berarti_tanpa_batas(peserta, lima_soal, buat_kuis):
    kuis = buat_kuis(lima_soal, batas_percobaan=0)
    for _ in range(4):
        services.percobaan_serahkan(percobaan=services.percobaan_mulai(user=peserta, kuis=kuis))
    assert selectors.hasil_peserta(kuis=kuis, user=peserta).sisa_percobaan is None


def test_kuis_belum_dibuka_tidak_bisa_dimulai(peserta, lima_soal, buat_kuis):
    kuis = buat_kuis(lima_soal, dibuka_pada=timezone.now() + timedelta(days=1))
    with pytest.raises(services.KuisTidakBisaDimulai, match="baru dibuka"):
        services.percobaan_mulai(user=peserta, kuis=kuis)


def test_kuis_sudah_ditutup_tidak_bisa_dimulai(peserta, lima_soal, buat_kuis):
    kuis = buat_kuis(lima_soal, ditutup_pada=timezone.now() - timedelta(minutes=1))
    with pytest.raises(services.KuisTidakBisaDimulai, match="sudah ditutup"):
        services.percobaan_mulai(user=peserta, kuis=kuis)


def test_waktu_tutup_menjadi_tenggat_percobaan(peserta, lima_soal, buat_kuis):
    tutup = timezone.now() + timedelta(minutes=10)
    kuis = buat_kuis(lima_soal, ditutup_pada=tutup, batas_waktu=timedelta(hours=1))
    percobaan = services.percobaan_mulai(user=peserta, kuis=kuis)
    assert percobaan.tenggat == tutup


def test_kuis_draf_hanya_untuk_pelatih(buat_pengguna, lima_soal, buat_kuis):
    kuis = buat_kuis(lima_soal, live=False)
    peserta = buat_pengguna("Peserta")
    pelatih = buat_pengguna("Pelatih")
    assert selectors.kuis_untuk_peserta(slug=kuis.slug, user=peserta) is None
    with pytest.raises(services.KuisTidakBisaDimulai):
        services.percobaan_mulai(user=peserta, kuis=kuis)
    assert services.percobaan_mulai(user=pelatih, kuis=kuis).pk


def test_waktu_habis_menyerahkan_yang_sudah_dijawab(peserta, lima_soal, buat_kuis):
    kuis = buat_kuis(lima_soal, batas_waktu=timedelta(minutes=5))
    mulai = timezone.now()
    percobaan = services.percobaan_mulai(user=peserta, kuis=kuis, sekarang=mulai)
    _jawab_benar(percobaan, lima_soal[0])
    nanti = mulai + timedelta(minutes=5, seconds=1)
    with pytest.raises(services.PercobaanSudahDiserahkan):
        services.jawaban_simpan(
            percobaan=percobaan,
            soal_id=lima_soal[1].pk,
            pilihan=benar(lima_soal[1]),
            sekarang=nanti,
        )
    percobaan.refresh_from_db()
    assert percobaan.status == PercobaanKuis.Status.SELESAI
    assert percobaan.habis_waktu is True
    assert percobaan.skor == 1
    assert percobaan.diserahkan_pada == nanti


def test_serahkan_setelah_tenggat_ditandai_habis_waktu(peserta, lima_soal, buat_kuis):
    kuis = buat_kuis(lima_soal, batas_waktu=timedelta(minutes=1))
    mulai = timezone.now() - timedelta(minutes=2)
    percobaan = services.percobaan_mulai(user=peserta, kuis=kuis, sekarang=mulai)
    assert services.percobaan_serahkan(percobaan=percobaan).habis_waktu is True


def test_perintah_tutup_kuis_kedaluwarsa(peserta, lima_soal, buat_kuis):
    kuis = buat_kuis(lima_soal, batas_waktu=timedelta(minutes=1))
    lama = services.percobaan_mulai(
        user=peserta, kuis=kuis, sekarang=timezone.now() - timedelta(minutes=3)
    )
    call_command("tutup_kuis_kedaluwarsa", stdout=open("/dev/null", "w"))  # noqa: SIM115
    lama.refresh_from_db()
    assert lama.status == PercobaanKuis.Status.SELESAI and lama.habis_waktu


def test_memulai_lagi_setelah_waktu_habis_menyerahkan_yang_lama(peserta, lima_soal, buat_kuis):
    kuis = buat_kuis(lima_soal, batas_waktu=timedelta(minutes=1))
    lama = services.percobaan_mulai(
        user=peserta, kuis=kuis, sekarang=timezone.now() - timedelta(minutes=3)
    )
    baru = services.percobaan_mulai(user=peserta, kuis=kuis)
    lama.refresh_from_db()
    assert lama.habis_waktu and baru.nomor == 2


def test_umpan_balik_setiap_soal_menilai_langsung_dan_mengunci(peserta, lima_soal, buat_kuis):
    kuis = buat_kuis(lima_soal, jawaban_di_akhir=False)
    percobaan = services.percobaan_mulai(user=peserta, kuis=kuis)
    jawaban = services.jawaban_simpan(
        percobaan=percobaan, soal_id=lima_soal[0].pk, pilihan=salah(lima_soal[0])[:1]
    )
    assert jawaban.dikunci and jawaban.nilai == 0
    with pytest.raises(services.JawabanTerkunci):
        _jawab_benar(percobaan, lima_soal[0])


def test_pembahasan_di_akhir_tidak_menilai_sebelum_diserahkan(peserta, lima_soal, buat_kuis):
    kuis = buat_kuis(lima_soal, jawaban_di_akhir=True)
    percobaan = services.percobaan_mulai(user=peserta, kuis=kuis)
    _jawab_benar(percobaan, lima_soal[0])
    jawaban = JawabanPeserta.objects.get()
    assert jawaban.nilai is None and not jawaban.dikunci


def test_tanpa_lembar_jawaban_hanya_skor_yang_disimpan(peserta, lima_soal, buat_kuis):
    kuis = buat_kuis(lima_soal, simpan_lembar_jawaban=False)
    percobaan = services.percobaan_mulai(user=peserta, kuis=kuis)
    _jawab_benar(percobaan, lima_soal[0])
    percobaan = services.percobaan_serahkan(percobaan=percobaan)
    assert percobaan.skor == 1
    assert not JawabanPeserta.objects.filter(percobaan=percobaan).exists()


def test_dengan_lembar_jawaban_jawaban_disimpan(peserta, lima_soal, buat_kuis):
    kuis = buat_kuis(lima_soal, simpan_lembar_jawaban=True)
    percobaan = services.percobaan_mulai(user=peserta, kuis=kuis)
    _jawab_benar(percobaan, lima_soal[0])
    services.percobaan_serahkan(percobaan=percobaan)
    assert JawabanPeserta.objects.filter(percobaan=percobaan).count() == 1


@pytest.mark.parametrize(
    ("metode", "nilai"),
    [("tertinggi", 80), ("terakhir", 40), ("pertama", 20), ("rata_rata", Decimal("46.67"))],
)
def test_metode_nilai_atas_percobaan_nyata(peserta, lima_soal, buat_kuis, metode, nilai):
    kuis = buat_kuis(lima_soal, metode_nilai=metode, nilai_lulus=45)
    for jumlah_benar in (1, 4, 2):
        percobaan = services.percobaan_mulai(user=peserta, kuis=kuis)
        for s in lima_soal[:jumlah_benar]:
            _jawab_benar(percobaan, s)
        services.percobaan_serahkan(percobaan=percobaan)
    hasil = selectors.hasil_peserta(kuis=kuis, user=peserta)
    assert hasil.nilai == Decimal(nilai)
    assert hasil.lulus is (Decimal(nilai) >= 45)


def test_setiap_jenis_soal_dinilai_saat_diserahkan(peserta, buat_soal, buat_kuis):
    tunggal = buat_soal("tunggal")
    ganda = buat_soal("ganda")
    bs = buat_soal("benar_salah", jawaban_benar_salah=False)
    isian = buat_soal("isian")
    angka = buat_soal("angka")
    kuis = buat_kuis([tunggal, ganda, bs, isian, angka])
    percobaan = services.percobaan_mulai(user=peserta, kuis=kuis)
    services.jawaban_simpan(percobaan=percobaan, soal_id=tunggal.pk, pilihan=benar(tunggal))
    services.jawaban_simpan(percobaan=percobaan, soal_id=ganda.pk, pilihan=benar(ganda)[:1])
    services.jawaban_simpan(percobaan=percobaan, soal_id=bs.pk, teks="salah")
    services.jawaban_simpan(percobaan=percobaan, soal_id=isian.pk, teks=" berakhlak ")
    services.jawaban_simpan(percobaan=percobaan, soal_id=angka.pk, teks="102,1")
    percobaan = services.percobaan_serahkan(percobaan=percobaan)
    nilai = dict(JawabanPeserta.objects.values_list("soal_id", "nilai"))
    assert nilai == {
        tunggal.pk: 1,
        ganda.pk: Decimal("0.5"),
        bs.pk: 1,
        isian.pk: 1,
        angka.pk: 1,
    }
    assert percobaan.persen == Decimal("90.00")
