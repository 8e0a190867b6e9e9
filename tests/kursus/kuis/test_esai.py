"""Essay marking: the attempt, the participant's result and course completion follow."""

from decimal import Decimal

import pytest

from kursus import services as kursus_services
from kursus.kuis import selectors, services
from kursus.kuis.models import PercobaanKuis
from kursus.models import Pendaftaran
from tests.kursus.conftest import pelajaran_dari

from .conftest import benar

pytestmark = pytest.mark.django_db


@pytest.fixture
def peserta(buat_pengguna):
    return buat_pengguna("Peserta")


@pytest.fixture
def pelatih(buat_pengguna):
    return buat_pengguna("Pelatih")


@pytest.fixture
def kuis_esai(buat_soal, buat_kuis):
    tunggal = buat_soal("tunggal")
    esai = buat_soal("esai", bobot=Decimal(3))  # rubric: 2 + 1
    return buat_kuis([tunggal, esai], nilai_lulus=70), tunggal, esai


def _kerjakan(peserta, kuis, tunggal, esai, teks="Persentase surat selesai 1 hari, target 90 %"):
    percobaan = services.percobaan_mulai(user=peserta, kuis=kuis)
    services.jawaban_simpan(percobaan=percobaan, soal_id=tunggal.pk, pilihan=benar(tunggal))
    services.jawaban_simpan(percobaan=percobaan, soal_id=esai.pk, teks=teks)
    return services.percobaan_serahkan(percobaan=percobaan)


def test_esai_membuat_percobaan_menunggu_penilaian(peserta, kuis_esai):
    kuis, tunggal, esai = kuis_esai
    percobaan = _kerjakan(peserta, kuis, tunggal, esai)
    assert percobaan.status == PercobaanKuis.Status.MENUNGGU_PENILAIAN
    assert percobaan.lulus is None
    assert selectors.hasil_peserta(kuis=kuis, user=peserta).nilai is None
    assert [j.soal_id for j in selectors.esai_menunggu()] == [esai.pk]


def test_nilai_esai_memperbarui_percobaan_dan_hasil_peserta(peserta, pelatih, kuis_esai):
    kuis, tunggal, esai = kuis_esai
    percobaan = _kerjakan(peserta, kuis, tunggal, esai)
    jawaban = percobaan.jawaban.get(soal=esai)
    services.jawaban_nilai_esai(
        jawaban=jawaban, nilai_rubrik=[Decimal(2), Decimal(1)], komentar="Bagus", penilai=pelatih
    )
    percobaan.refresh_from_db()
    assert percobaan.status == PercobaanKuis.Status.SELESAI
    assert (percobaan.skor, percobaan.persen, percobaan.lulus) == (4, Decimal("100.00"), True)
    jawaban.refresh_from_db()
    assert (jawaban.komentar, jawaban.dinilai_oleh) == ("Bagus", pelatih)
    assert selectors.hasil_peserta(kuis=kuis, user=peserta).nilai == Decimal("100.00")
    assert not selectors.esai_menunggu().exists()


def test_nilai_esai_rendah_membuat_tidak_lulus_dan_dapat_dinilai_ulang(peserta, pelatih, kuis_esai):
    kuis, tunggal, esai = kuis_esai
    percobaan = _kerjakan(peserta, kuis, tunggal, esai)
    jawaban = percobaan.jawaban.get(soal=esai)
    services.jawaban_nilai_esai(
        jawaban=jawaban, nilai_rubrik=[Decimal(1), Decimal(0)], komentar="", penilai=pelatih
    )
    percobaan.refresh_from_db()
    assert (percobaan.persen, percobaan.lulus) == (Decimal("50.00"), False)
    services.jawaban_nilai_esai(
        jawaban=jawaban, nilai_rubrik=[Decimal(2), Decimal(1)], komentar="", penilai=pelatih
    )
    percobaan.refresh_from_db()
    assert percobaan.lulus is True


def test_nilai_di_luar_rubrik_ditolak(peserta, pelatih, kuis_esai):
    kuis, tunggal, esai = kuis_esai
    jawaban = _kerjakan(peserta, kuis, tunggal, esai).jawaban.get(soal=esai)
    with pytest.raises(services.NilaiTidakSah):
        services.jawaban_nilai_esai(
            jawaban=jawaban, nilai_rubrik=[Decimal(3), Decimal(0)], komentar="", penilai=pelatih
        )
    with pytest.raises(services.NilaiTidakSah):
        services.jawaban_nilai_esai(
            jawaban=jawaban, nilai_rubrik=[Decimal(1)], komentar="", penilai=pelatih
        )


def test_esai_kosong_bernilai_nol_tanpa_menunggu(peserta, kuis_esai):
    kuis, tunggal, esai = kuis_esai
    percobaan = _kerjakan(peserta, kuis, tunggal, esai, teks="")
    assert percobaan.status == PercobaanKuis.Status.SELESAI


def test_kursus_selesai_setelah_esai_post_test_dinilai_lulus(
    peserta, pelatih, kuis_esai, buat_kursus
):
    kuis, tunggal, esai = kuis_esai
    kursus = buat_kursus(1)
    kursus.post_test = kuis
    kursus.save()
    kursus_services.pendaftaran_buat(user=peserta, kursus=kursus)
    kursus_services.kemajuan_tandai_selesai(user=peserta, pelajaran=pelajaran_dari(kursus)[0])
    pendaftaran = Pendaftaran.objects.get(user=peserta, kursus=kursus)
    assert pendaftaran.selesai_pada is None  # lessons done, post-test not passed yet

    percobaan = _kerjakan(peserta, kuis, tunggal, esai)
    pendaftaran.refresh_from_db()
    assert pendaftaran.selesai_pada is None  # the essay waits for the trainer

    services.jawaban_nilai_esai(
        jawaban=percobaan.jawaban.get(soal=esai),
        nilai_rubrik=[Decimal(2), Decimal(1)],
        komentar="",
        penilai=pelatih,
    )
    pendaftaran.refresh_from_db()
    assert pendaftaran.selesai_pada is not None
    assert pendaftaran.sertifikat.kode


def test_post_test_gagal_menahan_penyelesaian_kursus(peserta, buat_soal, buat_kuis, buat_kursus):
    soal = buat_soal("tunggal")
    kuis = buat_kuis([soal], nilai_lulus=70)
    kursus = buat_kursus(1)
    kursus.post_test = kuis
    kursus.save()
    kursus_services.pendaftaran_buat(user=peserta, kursus=kursus)
    kursus_services.kemajuan_tandai_selesai(user=peserta, pelajaran=pelajaran_dari(kursus)[0])
    services.percobaan_serahkan(percobaan=services.percobaan_mulai(user=peserta, kuis=kuis))
    assert Pendaftaran.objects.get(user=peserta).selesai_pada is None


def test_kursus_tanpa_post_test_selesai_seperti_biasa(peserta, buat_kursus):
    kursus = buat_kursus(1)
    kursus_services.pendaftaran_buat(user=peserta, kursus=kursus)
    pendaftaran = kursus_services.kemajuan_tandai_selesai(
        user=peserta, pelajaran=pelajaran_dari(kursus)[0]
    )
    assert pendaftaran.selesai_pada is not None
