import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupCollectionPermission

from situs import peran


@pytest.mark.django_db
def test_migrasi_membuat_semua_grup_peran():
    assert set(Group.objects.values_list("name", flat=True)) >= set(peran.PERAN)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("nama", "boleh_admin"),
    [
        (peran.PESERTA, False),
        (peran.PEGAWAI, False),
        (peran.PENILAI, False),
        (peran.PELATIH, True),
        (peran.PELATIH_SENIOR, True),
        (peran.ADMIN_KEPEGAWAIAN, True),
    ],
)
def test_hanya_peran_pengelola_yang_masuk_admin_wagtail(nama, boleh_admin, buat_pengguna, client):
    user = buat_pengguna(nama)
    assert user.has_perm("wagtailadmin.access_admin") is boleh_admin
    client.force_login(user)
    response = client.get("/admin/")
    assert (response.status_code == 200) is boleh_admin


@pytest.mark.django_db
def test_pelatih_boleh_mengunggah_gambar_di_koleksi_akar():
    izin = GroupCollectionPermission.objects.filter(
        group__name=peran.PELATIH, collection__depth=1
    ).values_list("permission__codename", flat=True)
    assert {"add_image", "choose_image", "add_document"} <= set(izin)


@pytest.mark.django_db
def test_sinkronisasi_peran_idempoten():
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Collection

    def potret():
        return sorted(
            (g.name, p.codename)
            for g in Group.objects.prefetch_related("permissions")
            for p in g.permissions.all()
        )

    sebelum = potret()
    peran.sinkronkan_peran(Group, Permission, ContentType, Collection, GroupCollectionPermission)
    assert potret() == sebelum


@pytest.mark.django_db
def test_hanya_pelatih_senior_menerbitkan_kuis_menurut_tabel(buat_pengguna):
    """Quiz publishing comes from the role table (synced on every migrate), not only from the
    demo's moderation setup: a fresh production database gets it too."""
    assert buat_pengguna(peran.PELATIH_SENIOR).has_perm("kursus.publish_kuis")
    assert not buat_pengguna(peran.PELATIH).has_perm("kursus.publish_kuis")
    assert not buat_pengguna(peran.PESERTA).has_perm("kursus.publish_kuis")


def test_peran_akun_pegawai_sama_dengan_tabel_peran():
    """penilaian cannot import situs; the role names it gives new logins must stay in step."""
    from penilaian.services.akun import PERAN_AKUN_PEGAWAI

    assert set(PERAN_AKUN_PEGAWAI) == {peran.PEGAWAI, peran.PESERTA}
