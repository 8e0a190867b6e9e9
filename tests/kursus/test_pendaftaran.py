import pytest

from kursus import services
from kursus.models import KemajuanPelajaran, Pendaftaran, Sertifikat
from kursus.selectors import status_kursus
from tests.kursus.conftest import pelajaran_dari

pytestmark = pytest.mark.django_db


def test_peserta_harus_masuk_untuk_mendaftar(client, buat_kursus):
    kursus = buat_kursus(2)
    response = client.post(f"/belajar/daftar/{kursus.pk}/")
    assert response.status_code == 302
    assert "/akun/masuk/" in response["Location"]
    assert not Pendaftaran.objects.exists()


def test_pengguna_masuk_mendaftar_dan_diarahkan_ke_pelajaran_pertama(
    client, buat_kursus, buat_pengguna
):
    kursus = buat_kursus(2)
    user = buat_pengguna("Peserta")
    client.force_login(user)
    response = client.post(f"/belajar/daftar/{kursus.pk}/")
    assert response["Location"] == pelajaran_dari(kursus)[0].url
    assert Pendaftaran.objects.filter(user=user, kursus=kursus).count() == 1


def test_mendaftar_dua_kali_tetap_satu_pendaftaran(buat_kursus, buat_pengguna):
    kursus = buat_kursus(1)
    user = buat_pengguna()
    assert services.pendaftaran_buat(user=user, kursus=kursus) == services.pendaftaran_buat(
        user=user, kursus=kursus
    )
    assert Pendaftaran.objects.count() == 1


def test_kemajuan_bergerak_saat_pelajaran_ditandai_selesai(buat_kursus, buat_pengguna):
    kursus = buat_kursus(4)
    user = buat_pengguna()
    services.pendaftaran_buat(user=user, kursus=kursus)
    services.kemajuan_tandai_selesai(user=user, pelajaran=pelajaran_dari(kursus)[0])
    status = status_kursus(kursus=kursus, user=user)
    assert (status.jumlah_selesai, status.jumlah, status.persen) == (1, 4, 25)
    assert status.berikutnya.pelajaran.pk == pelajaran_dari(kursus)[1].pk


def test_menandai_selesai_dua_kali_tidak_menggandakan_kemajuan(buat_kursus, buat_pengguna):
    kursus = buat_kursus(2)
    user = buat_pengguna()
    services.pendaftaran_buat(user=user, kursus=kursus)
    pertama = pelajaran_dari(kursus)[0]
    services.kemajuan_tandai_selesai(user=user, pelajaran=pertama)
    services.kemajuan_tandai_selesai(user=user, pelajaran=pertama)
    assert KemajuanPelajaran.objects.count() == 1


def test_pelajaran_terkunci_tidak_dapat_ditandai_selesai(buat_kursus, buat_pengguna):
    kursus = buat_kursus(3)
    user = buat_pengguna()
    services.pendaftaran_buat(user=user, kursus=kursus)
    with pytest.raises(services.PelajaranTerkunci):
        services.kemajuan_tandai_selesai(user=user, pelajaran=pelajaran_dari(kursus)[1])


def test_tanpa_urutan_wajib_semua_pelajaran_terbuka(buat_kursus, buat_pengguna):
    kursus = buat_kursus(3, urutan_wajib=False)
    user = buat_pengguna()
    services.pendaftaran_buat(user=user, kursus=kursus)
    services.kemajuan_tandai_selesai(user=user, pelajaran=pelajaran_dari(kursus)[2])
    assert all(s.terbuka for s in status_kursus(kursus=kursus, user=user).pelajaran)


def test_tanpa_pendaftaran_kemajuan_ditolak(buat_kursus, buat_pengguna):
    kursus = buat_kursus(1)
    with pytest.raises(services.BelumTerdaftar):
        services.kemajuan_tandai_selesai(user=buat_pengguna(), pelajaran=pelajaran_dari(kursus)[0])


def test_halaman_pelajaran_terkunci_menampilkan_pesan_bukan_isi(client, buat_kursus, buat_pengguna):
    kursus = buat_kursus(2)
    user = buat_pengguna()
    services.pendaftaran_buat(user=user, kursus=kursus)
    client.force_login(user)
    html = client.get(pelajaran_dari(kursus)[1].url).content.decode()
    assert "Pelajaran ini masih terkunci." in html
    assert "Isi pelajaran 2" not in html


def test_halaman_pelajaran_tanpa_pendaftaran_mengajak_mendaftar(client, buat_kursus):
    kursus = buat_kursus(1)
    html = client.get(pelajaran_dari(kursus)[0].url).content.decode()
    assert "Pelajaran ini untuk peserta kursus." in html
    assert "Isi pelajaran 1" not in html


def test_kursus_selesai_bila_semua_pelajaran_selesai(buat_kursus, buat_pengguna):
    kursus = buat_kursus(2)
    user = buat_pengguna()
    pendaftaran = services.pendaftaran_buat(user=user, kursus=kursus)
    pertama, kedua = pelajaran_dari(kursus)
    services.kemajuan_tandai_selesai(user=user, pelajaran=pertama)
    pendaftaran.refresh_from_db()
    assert pendaftaran.selesai_pada is None
    assert not Sertifikat.objects.exists()
    services.kemajuan_tandai_selesai(user=user, pelajaran=kedua)
    pendaftaran.refresh_from_db()
    assert pendaftaran.selesai_pada is not None
    assert pendaftaran.sertifikat.judul_kursus == "Kursus uji"


def test_syarat_post_test_yang_belum_terpenuhi_menahan_penyelesaian(
    buat_kursus, buat_pengguna, monkeypatch
):
    monkeypatch.setattr(services, "SYARAT_PENYELESAIAN", [lambda pendaftaran: False])
    kursus = buat_kursus(1)
    user = buat_pengguna()
    pendaftaran = services.pendaftaran_buat(user=user, kursus=kursus)
    services.kemajuan_tandai_selesai(user=user, pelajaran=pelajaran_dari(kursus)[0])
    pendaftaran.refresh_from_db()
    assert pendaftaran.selesai_pada is None


def test_halaman_kursus_menampilkan_kemajuan_dan_lanjutkan_belajar(
    client, buat_kursus, buat_pengguna
):
    kursus = buat_kursus(4)
    user = buat_pengguna()
    services.pendaftaran_buat(user=user, kursus=kursus)
    services.kemajuan_tandai_selesai(user=user, pelajaran=pelajaran_dari(kursus)[0])
    client.force_login(user)
    html = client.get(kursus.url).content.decode()
    assert "1 dari 4 pelajaran selesai (25%)" in html
    assert 'value="25"' in html
    assert "Lanjutkan belajar" in html
    assert f'href="{pelajaran_dari(kursus)[1].url}"' in html


def test_kursus_saya_menampilkan_kursus_yang_diikuti(client, buat_kursus, buat_pengguna):
    kursus = buat_kursus(2)
    user = buat_pengguna()
    services.pendaftaran_buat(user=user, kursus=kursus)
    client.force_login(user)
    html = client.get("/kursus-saya/").content.decode()
    assert "Kursus uji" in html and "0 dari 2 pelajaran selesai" in html


def test_tandai_selesai_lewat_situs_mengarah_ke_pelajaran_berikutnya(
    client, buat_kursus, buat_pengguna
):
    kursus = buat_kursus(2)
    user = buat_pengguna()
    services.pendaftaran_buat(user=user, kursus=kursus)
    client.force_login(user)
    pertama, kedua = pelajaran_dari(kursus)
    response = client.post(f"/belajar/selesai/{pertama.pk}/")
    assert response["Location"] == kedua.url


def test_pratinjau_pelatih_menampilkan_isi_tanpa_pendaftaran(buat_kursus):
    kursus = buat_kursus(2)
    kedua = pelajaran_dari(kursus)[1]
    html = kedua.make_preview_request().content.decode()
    assert "Isi pelajaran 2" in html
    assert "masih terkunci" not in html


def test_pelajaran_baru_setelah_selesai_tidak_membatalkan_penyelesaian(
    client, buat_kursus, buat_pengguna
):
    from kursus.models import PelajaranPage

    kursus = buat_kursus(1)
    user = buat_pengguna()
    services.pendaftaran_buat(user=user, kursus=kursus)
    services.kemajuan_tandai_selesai(user=user, pelajaran=pelajaran_dari(kursus)[0])
    kursus.add_child(
        instance=PelajaranPage(
            title="Pelajaran tambahan",
            slug="pelajaran-tambahan",
            body=[{"type": "teks", "value": "<p>Isi baru</p>"}],
        )
    )
    client.force_login(user)
    html = client.get(kursus.url).content.decode()
    assert "Anda menyelesaikan kursus ini" in html
    assert "data-pelajaran-baru" in html and "Sertifikat Anda tetap berlaku" in html
    assert "Buka pelajaran baru: Pelajaran tambahan" in html


def test_halaman_pelajaran_memuat_garis_besar_dan_daftar_pelajaran(
    client, buat_kursus, buat_pengguna
):
    kursus = buat_kursus(2)
    pertama = pelajaran_dari(kursus)[0]
    pertama.body = [
        {"type": "judul", "value": "Hasil, bukan kegiatan"},
        {"type": "teks", "value": "<p>Isi</p>"},
        {"type": "judul", "value": "Target & satuan"},
    ]
    pertama.save_revision().publish()
    user = buat_pengguna()
    services.pendaftaran_buat(user=user, kursus=kursus)
    client.force_login(user)
    html = client.get(pertama.url).content.decode()
    assert 'id="bagian-hasil-bukan-kegiatan"' in html
    assert '<a href="#bagian-hasil-bukan-kegiatan">Hasil, bukan kegiatan</a>' in html
    assert '<a href="#bagian-target-satuan">Target &amp; satuan</a>' in html
    assert "Pelajaran dalam kursus" in html and 'aria-current="page"' in html


def test_penjelajah_admin_mengurutkan_pelajaran_sesuai_kursus(client, buat_kursus, buat_pengguna):
    kursus = buat_kursus(3)
    # Edit the last lesson: Wagtail's default order (newest edit first) would put it on top.
    for pelajaran in pelajaran_dari(kursus):
        pelajaran.save_revision().publish()
    client.force_login(buat_pengguna(is_superuser=True))
    respons = client.get(f"/admin/pages/{kursus.pk}/")
    assert respons.status_code == 200
    html = respons.content.decode()
    posisi = [html.index(f"Pelajaran {i}") for i in (1, 2, 3)]
    assert posisi == sorted(posisi)
