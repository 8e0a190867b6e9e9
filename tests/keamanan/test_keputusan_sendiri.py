"""Nobody decides on an appraisal in which they are the appraised, whatever their roles."""

from decimal import Decimal

import pytest
from django.contrib.auth.models import Group

from penilaian import services
from penilaian.impor import ImporGagal, pegawai_impor
from penilaian.models import SKP, Evaluasi, RiwayatPerubahan
from situs import peran
from tests.penilaian import pabrik

pytestmark = pytest.mark.django_db

PESAN = "penilaian kinerja Anda sendiri"


def _jadikan_admin(pegawai, *, superuser: bool = False):
    user = pegawai.user
    user.groups.add(Group.objects.get(name=peran.ADMIN_KEPEGAWAIAN))
    user.is_superuser = superuser
    user.is_staff = True
    user.save()
    return user


def _final(h):
    skp = pabrik.skp_lengkap(h.staf, status=SKP.Status.DISETUJUI, realisasi=Decimal(12))
    e = services.evaluasi_simpan(
        oleh=h.lurah.user, skp=skp, versi=None, rating_perilaku="sesuai_ekspektasi"
    )
    return services.evaluasi_finalkan(oleh=h.lurah.user, evaluasi=e, versi=e.versi)


@pytest.mark.parametrize("superuser", [False, True])
def test_admin_kepegawaian_tidak_dapat_mengoreksi_evaluasinya_sendiri(superuser):
    h = pabrik.hierarki()
    evaluasi = _final(h)
    user = _jadikan_admin(h.staf, superuser=superuser)
    with pytest.raises(services.KesalahanPenilaian, match=PESAN):
        services.evaluasi_koreksi(
            oleh=user,
            evaluasi=evaluasi,
            versi=evaluasi.versi,
            alasan="Naik",
            rating_hasil_kerja="di_atas_ekspektasi",
            rating_perilaku="di_atas_ekspektasi",
        )
    evaluasi.refresh_from_db()
    assert evaluasi.predikat == "Baik"
    assert not RiwayatPerubahan.objects.filter(aksi="evaluasi_koreksi").exists()


def test_koreksi_sendiri_lewat_halaman_ditolak_dengan_pesan(client):
    h = pabrik.hierarki()
    evaluasi = _final(h)
    client.force_login(_jadikan_admin(h.staf))
    respons = client.post(
        f"/penilaian/skp/{evaluasi.skp_id}/evaluasi/koreksi/",
        {
            "versi": evaluasi.versi,
            "alasan": "Naik",
            "rating_hasil_kerja": "di_atas_ekspektasi",
            "rating_perilaku": "di_atas_ekspektasi",
        },
        follow=True,
    )
    assert PESAN in respons.content.decode()
    evaluasi.refresh_from_db()
    assert evaluasi.predikat == "Baik"


def test_admin_lain_tetap_dapat_mengoreksi(buat_pengguna):
    h = pabrik.hierarki()
    evaluasi = _final(h)
    admin = buat_pengguna(peran.ADMIN_KEPEGAWAIAN)
    hasil = services.evaluasi_koreksi(
        oleh=admin,
        evaluasi=evaluasi,
        versi=evaluasi.versi,
        alasan="Bukti baru",
        rating_hasil_kerja="di_atas_ekspektasi",
        rating_perilaku="di_atas_ekspektasi",
    )
    assert hasil.predikat == "Sangat Baik"


@pytest.mark.parametrize("superuser", [False, True])
def test_pegawai_tidak_menyetujui_menilai_atau_memfinalkan_skp_sendiri(superuser):
    h = pabrik.hierarki()
    user = _jadikan_admin(h.staf, superuser=superuser)
    diajukan = pabrik.skp_lengkap(h.staf, status=SKP.Status.DIAJUKAN)
    with pytest.raises(services.KesalahanPenilaian, match=PESAN):
        services.skp_setujui(oleh=user, skp=diajukan, versi=diajukan.versi)
    disetujui = pabrik.skp_lengkap(
        h.staf,
        status=SKP.Status.DISETUJUI,
        realisasi=Decimal(12),
        per=pabrik.periode(2027, aktif=False),
    )
    with pytest.raises(services.KesalahanPenilaian, match=PESAN):
        services.evaluasi_simpan(
            oleh=user, skp=disetujui, versi=None, rating_perilaku="sesuai_ekspektasi"
        )
    e = services.evaluasi_simpan(
        oleh=h.lurah.user, skp=disetujui, versi=None, rating_perilaku="sesuai_ekspektasi"
    )
    with pytest.raises(services.KesalahanPenilaian, match=PESAN):
        services.evaluasi_finalkan(oleh=user, evaluasi=e, versi=e.versi)
    assert Evaluasi.objects.get(pk=e.pk).status == Evaluasi.Status.DRAFT


def _baris(p, nip_atasan: str) -> dict[str, str]:
    return {
        "nip": p.nip,
        "nama": p.nama,
        "jabatan": p.jabatan,
        "jenis_jabatan": p.jenis_jabatan,
        "unit_kode": p.unit.kode,
        "nip_atasan": nip_atasan,
    }


def test_impor_tidak_menetapkan_atasan_pengimpor_sendiri():
    h = pabrik.hierarki()
    user = _jadikan_admin(h.staf, superuser=True)
    with pytest.raises(ImporGagal) as galat:
        pegawai_impor(oleh=user, baris=[_baris(h.staf, h.staf_lain.nip)])
    assert PESAN in str(galat.value)
    assert galat.value.masalah[0].kolom == "nip_atasan"
    h.staf.refresh_from_db()
    assert h.staf.atasan_id == h.lurah.pk
    # The same file imported by another administrator goes through.
    pegawai_impor(oleh=_jadikan_admin(h.camat), baris=[_baris(h.staf, h.staf_lain.nip)])
    h.staf.refresh_from_db()
    assert h.staf.atasan_id == h.staf_lain.pk


def test_impor_baris_sendiri_tanpa_mengubah_atasan_diterima():
    h = pabrik.hierarki()
    user = _jadikan_admin(h.staf)
    pegawai_impor(oleh=user, baris=[_baris(h.staf, h.lurah.nip)])
    h.staf.refresh_from_db()
    assert h.staf.atasan_id == h.lurah.pk


def _ubah_atasan(client, p, atasan):
    return client.post(
        f"/admin/pegawai/edit/{p.pk}/",
        {
            "nip": p.nip,
            "nama": p.nama,
            "jabatan": p.jabatan,
            "jenis_jabatan": p.jenis_jabatan,
            "unit": p.unit_id,
            "atasan": atasan.pk,
            "user": p.user_id,
            "aktif": "on",
        },
    )


def test_admin_wagtail_tidak_mengubah_atasannya_sendiri(client):
    h = pabrik.hierarki()
    client.force_login(_jadikan_admin(h.staf, superuser=True))
    respons = _ubah_atasan(client, h.staf, h.staf_lain)
    assert respons.status_code == 200
    assert PESAN in str(respons.context["form"].errors["atasan"])
    h.staf.refresh_from_db()
    assert h.staf.atasan_id == h.lurah.pk
    # Another employee's atasan is still the administrator's to change.
    assert _ubah_atasan(client, h.staf_lain, h.camat).status_code == 302
