"""The readiness survey: phase from the course, one answer per phase, results only where at
least five people of a unit answered."""

import pytest
from django.utils import timezone

from kursus.models import KursusIndexPage, KursusPage, Pendaftaran
from penilaian.models import Pegawai, UnitKerja
from sosialisasi import adopsi, selectors, services
from sosialisasi.models import JawabanSurvei

from .conftest import TEMA

pytestmark = pytest.mark.django_db


def _jawaban(nilai: str = "4") -> dict:
    return {f"butir_{tema}": nilai for tema in TEMA}


@pytest.fixture
def kursus(beranda, survei):
    indeks = beranda.add_child(instance=KursusIndexPage(title="Kursus", slug="kursus"))
    kursus = indeks.add_child(
        instance=KursusPage(title="Kursus", slug="kursus-uji", ringkasan="R", durasi_jp=2)
    )
    survei.kursus = kursus
    survei.save()
    return kursus


def test_fase_sebelum_lalu_sesudah_setelah_kursus_selesai(survei, kursus, buat_pengguna):
    user = buat_pengguna("Peserta")
    assert selectors.fase_survei(survei=survei, user=user).fase == "sebelum"
    Pendaftaran.objects.create(user=user, kursus=kursus, selesai_pada=timezone.now())
    assert selectors.fase_survei(survei=survei, user=user).fase == "sesudah"


def test_jawaban_menyimpan_fase_dan_unit_peserta(survei, buat_pengguna):
    user = buat_pengguna("Pegawai")
    unit = UnitKerja.objects.create(kode="kel-dalung", nama="Kelurahan Dalung", jenis="kelurahan")
    Pegawai.objects.create(
        user=user,
        nip="198001012005011001",
        nama="A",
        jabatan="Staf",
        jenis_jabatan="pelaksana",
        unit=unit,
    )
    jawaban = services.survei_jawab(survei=survei, user=user, data=_jawaban())
    assert (jawaban.fase, jawaban.unit, jawaban.form_data) == ("sebelum", unit, _jawaban())


def test_survei_kedua_kali_pada_fase_sama_ditolak_tanpa_perubahan(client, survei, buat_pengguna):
    user = buat_pengguna("Peserta")
    client.force_login(user)
    client.post(survei.url, _jawaban("2"))
    respons = client.post(survei.url, _jawaban("5"))
    assert "Anda sudah mengisi survei untuk fase ini" in respons.content.decode()
    assert list(JawabanSurvei.objects.values_list("form_data", flat=True)) == [_jawaban("2")]


def test_layanan_menolak_jawaban_kedua(survei, buat_pengguna):
    user = buat_pengguna("Peserta")
    services.survei_jawab(survei=survei, user=user, data=_jawaban())
    with pytest.raises(services.SudahMenjawab):
        services.survei_jawab(survei=survei, user=user, data=_jawaban("1"))
    assert JawabanSurvei.objects.count() == 1


def test_butir_likert_adalah_pilihan_radio_berlabel(client, survei, buat_pengguna):
    client.force_login(buat_pengguna("Peserta"))
    html = client.get(survei.url).content.decode()
    assert 'type="radio"' in html and "Sangat tidak setuju" in html and "Sangat setuju" in html
    assert 'type="number"' not in html


def test_nilai_likert_di_luar_skala_ditolak(client, survei, buat_pengguna):
    client.force_login(buat_pengguna("Peserta"))
    respons = client.post(survei.url, _jawaban("9"))
    assert respons.status_code == 200
    assert not JawabanSurvei.objects.exists()


def _isi(survei, unit, n, fase, nilai):
    from tests.factories import PenggunaFactory

    for i in range(n):
        user = PenggunaFactory(username=f"{unit.kode}-{fase}-{i}")
        JawabanSurvei.objects.create(
            page=survei, user=user, fase=fase, unit=unit, form_data=_jawaban(nilai)
        )


def test_hasil_per_unit_hanya_bila_paling_sedikit_lima(survei):
    besar = UnitKerja.objects.create(kode="besar", nama="Unit besar", jenis="kelurahan")
    kecil = UnitKerja.objects.create(kode="kecil", nama="Unit kecil", jenis="kelurahan")
    _isi(survei, besar, 5, "sebelum", "2")
    _isi(survei, besar, 6, "sesudah", "4")
    _isi(survei, kecil, 4, "sebelum", "1")
    _isi(survei, kecil, 4, "sesudah", "5")
    total, per_unit = adopsi.hasil_survei(survei=survei, unit=[besar, kecil])
    tema_besar = {t.tema: (t.sebelum, t.sesudah, t.perubahan) for t in per_unit[besar.pk].tema}
    assert tema_besar["sikap"] == (2, 4, 2)
    assert all(t.sebelum is None and t.sesudah is None for t in per_unit[kecil.pk].tema)
    # all units together: 9 before (5×2 + 4×1), 10 after (6×4 + 4×5)
    sikap = next(t for t in total.tema if t.tema == "sikap")
    assert (str(sikap.sebelum), str(sikap.sesudah), str(sikap.perubahan)) == (
        "1.56",
        "4.40",
        "2.84",
    )
