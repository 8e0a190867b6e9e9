"""The appraisal demo data: size, hierarchy, every status, evidence, idempotence."""

import pytest

from penilaian import demo, services
from penilaian.models import SKP, BuktiDukung, Evaluasi, Pegawai, PustakaIndikator
from situs import demo as demo_situs

pytestmark = pytest.mark.django_db


@pytest.fixture
def dimuat():
    demo.muat_kebijakan_dan_periode()
    demo_situs.muat_akun()
    demo.muat_pegawai()
    demo.muat_skp()
    demo.muat_pustaka()
    demo.terbitkan_transparansi()


def test_sekitar_40_pegawai_dengan_hierarki(dimuat):
    assert 38 <= Pegawai.objects.count() <= 42
    assert Pegawai.objects.filter(atasan__isnull=True).count() == 1
    assert Pegawai.objects.filter(jenis_jabatan="fungsional", koefisien_jf__isnull=False).exists()


def test_akun_demo_terhubung_dan_pegawai_dinilai_penilai(dimuat):
    yuli = Pegawai.objects.get(user__username="pegawai")
    assert yuli.atasan.user.username == "penilai"


def test_akun_pegawai_dapat_menyusun_skp_di_periode_berjalan(dimuat, client):
    from django.contrib.auth import get_user_model

    yuli = Pegawai.objects.get(user__username="pegawai")
    assert not SKP.objects.filter(pegawai=yuli, periode__tahun=2026).exists()
    assert SKP.objects.filter(pegawai=yuli, periode__tahun=2025, status="final").exists()
    client.force_login(get_user_model().objects.get(username="pegawai"))
    assert "/penilaian/skp/baru/" in client.get("/penilaian/").content.decode()
    respons = client.post("/penilaian/skp/baru/", {"pendekatan": "kuantitatif"})
    skp = SKP.objects.get(pegawai=yuli, periode__tahun=2026)
    assert skp.status == SKP.Status.DRAFT and respons.url == skp.get_absolute_url()


def test_skp_dalam_setiap_status_dan_evaluasi_final_2025(dimuat):
    assert set(SKP.objects.filter(periode__tahun=2026).values_list("status", flat=True)) == set(
        SKP.Status.values
    )
    final = Evaluasi.objects.filter(skp__periode__tahun=2025, status="final")
    assert final.count() == Pegawai.objects.filter(atasan__isnull=False).count()
    assert all(e.predikat and e.kode_verifikasi for e in final)
    assert BuktiDukung.objects.filter(jenis_konten="application/pdf").exists()
    assert BuktiDukung.objects.first().berkas.read(4) == b"%PDF"


def test_pustaka_lolos_pemeriksa(dimuat):
    assert PustakaIndikator.objects.count() >= 150
    for p in PustakaIndikator.objects.all():
        # Every field the entry carries, polarity included (a "0 temuan" target is layak
        # only because lower is better).
        assert services.periksa_indikator(p).layak, p.teks


def test_demo_idempoten(dimuat):
    jumlah = (Pegawai.objects.count(), SKP.objects.count(), Evaluasi.objects.count())
    demo.muat_pegawai()
    demo.muat_skp()
    demo.muat_pustaka()
    assert (Pegawai.objects.count(), SKP.objects.count(), Evaluasi.objects.count()) == jumlah


def test_setiap_halaman_skp_demo_dirender_untuk_admin_kepegawaian(dimuat, client, buat_pengguna):
    client.force_login(buat_pengguna("Admin Kepegawaian"))
    for skp in SKP.objects.all():
        assert client.get(f"/penilaian/skp/{skp.pk}/").status_code == 200, skp
        assert client.get(f"/penilaian/skp/{skp.pk}/evaluasi/").status_code == 200, skp
    for e in Evaluasi.objects.filter(status="final")[:5]:
        respons = client.get(f"/penilaian/skp/{e.skp_id}/dokumen-evaluasi.pdf")
        assert respons.content.startswith(b"%PDF")
    for tahun in (2025, 2026):
        assert client.get(f"/transparansi/?tahun={tahun}").status_code == 200
        assert client.get(f"/penilaian/unit/kec-cipocok-jaya/?tahun={tahun}").status_code == 200


def test_demo_menerbitkan_transparansi_2025_sekali(dimuat, client):
    from penilaian.models import TransparansiTerbit

    jumlah = TransparansiTerbit.objects.count()
    assert jumlah > 0
    assert demo.terbitkan_transparansi().diterbitkan == []
    assert TransparansiTerbit.objects.count() == jumlah
    isi = client.get("/transparansi/").content.decode()
    assert 'value="2025" selected' in isi
    assert "pegawai dinilai." in isi
