"""Logins for employees from the staff import and the admin form (issue 18, item 1)."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import ModelLogEntry

from penilaian import peristiwa
from penilaian.impor import ImporGagal, baca_berkas, pegawai_impor
from penilaian.models import Pegawai
from penilaian.services.akun import PERAN_AKUN_PEGAWAI, akun_pegawai_buat
from tests.penilaian import pabrik

pytestmark = pytest.mark.django_db

KEPALA = "nip;nama;email;jabatan;jenis_jabatan;unit_kode;unit_nama;unit_jenis;nip_atasan"
BERKAS = "\n".join(
    [
        KEPALA,
        "197801012005011001;Hendra Gunawan;hendra@serangkota.go.id;Lurah;struktural;"
        "kel-dalung;Kelurahan Dalung;kelurahan;",
        "199001012019031003;Agus Salim;;Pengadministrasi Umum;pelaksana;kel-dalung;;;"
        "197801012005011001",
    ]
)


def _impor(teks=BERKAS, oleh=None):
    return pegawai_impor(oleh=oleh, baris=baca_berkas(teks.encode(), "pegawai.csv"))


@pytest.fixture
def diumumkan():
    """The employees announced by ``akun_pegawai_dibuat`` (after commit)."""
    terima = []

    def dengar(sender, oleh, pegawai, **kwargs):
        terima.extend(pegawai)

    peristiwa.akun_pegawai_dibuat.connect(dengar, dispatch_uid="uji-akun")
    yield terima
    peristiwa.akun_pegawai_dibuat.disconnect(dispatch_uid="uji-akun")


def test_impor_membuat_akun_nip_tanpa_sandi_dengan_peran_pegawai_dan_peserta(
    django_capture_on_commit_callbacks, diumumkan
):
    with django_capture_on_commit_callbacks(execute=True):
        hasil = _impor()
    assert hasil.akun_dibuat == 2
    hendra = Pegawai.objects.get(nip="197801012005011001")
    assert hendra.email == "hendra@serangkota.go.id"
    user = hendra.user
    assert user.username == hendra.nip
    assert not user.has_usable_password()
    assert user.email == "hendra@serangkota.go.id"
    assert sorted(user.groups.values_list("name", flat=True)) == sorted(PERAN_AKUN_PEGAWAI)
    assert {p.nip for p in diumumkan} == {"197801012005011001", "199001012019031003"}
    assert ModelLogEntry.objects.filter(action="penilaian.akun_buat").count() == 2


def test_impor_ulang_tidak_mengubah_akun_dan_tidak_mengumumkan_lagi(
    django_capture_on_commit_callbacks, diumumkan
):
    with django_capture_on_commit_callbacks(execute=True):
        _impor()
    akun = list(get_user_model().objects.order_by("pk").values())
    diumumkan.clear()
    with django_capture_on_commit_callbacks(execute=True):
        hasil = _impor()
    assert hasil.akun_dibuat == 0
    assert list(get_user_model().objects.order_by("pk").values()) == akun
    assert diumumkan == []


def test_user_dengan_nip_sebagai_nama_pengguna_ditautkan_bukan_digandakan(
    django_capture_on_commit_callbacks, diumumkan
):
    lama = get_user_model().objects.create_user("199001012019031003", password="sandi-lama-9876")
    with django_capture_on_commit_callbacks(execute=True):
        _impor()
    assert Pegawai.objects.get(nip="199001012019031003").user == lama
    assert get_user_model().objects.filter(username="199001012019031003").count() == 1
    # It already has a password: no activation is announced for it.
    assert [p.nip for p in diumumkan] == ["197801012005011001"]


def test_user_milik_pegawai_lain_tidak_direbut():
    lain = pabrik.pegawai("Pemilik Lama")
    lain.user.username = "199001012019031003"
    lain.user.save()
    _impor()
    assert Pegawai.objects.get(nip="199001012019031003").user is None
    assert Pegawai.objects.get(pk=lain.pk).user.username == "199001012019031003"


def test_email_tidak_sah_ditolak_dengan_baris_dan_kolom():
    buruk = BERKAS.replace("hendra@serangkota.go.id", "hendra<script>@x")
    with pytest.raises(ImporGagal) as e:
        _impor(buruk)
    assert any(m.baris == 2 and m.kolom == "email" for m in e.value.masalah)
    assert not Pegawai.objects.exists()
    assert not get_user_model().objects.exists()


def test_berkas_tanpa_kolom_email_tidak_menghapus_alamat_tersimpan():
    _impor()
    tanpa_email = "\n".join(
        ";".join(k for i, k in enumerate(baris.split(";")) if i != 2)
        for baris in BERKAS.splitlines()
    )
    _impor(tanpa_email)
    assert Pegawai.objects.get(nip="197801012005011001").email == "hendra@serangkota.go.id"


def test_layanan_idempoten_untuk_pegawai_yang_sudah_berakun():
    p = pabrik.pegawai("Sudah Berakun")
    assert akun_pegawai_buat(oleh=None, pegawai=[p]) == []


def test_pegawai_baru_dari_form_admin_mendapat_akun(client, buat_pengguna):
    admin = buat_pengguna("Admin Kepegawaian")
    client.force_login(admin)
    unit = pabrik.unit()
    respons = client.post(
        "/admin/pegawai/new/",
        {
            "nip": "199203032020121004",
            "nama": "Dewi Lestari",
            "email": "",
            "jabatan": "Pengadministrasi Umum",
            "jenis_jabatan": "pelaksana",
            "unit": unit.pk,
            "aktif": "on",
        },
    )
    assert respons.status_code == 302, respons.content.decode()[:3000]
    dewi = Pegawai.objects.get(nip="199203032020121004")
    assert dewi.user.username == dewi.nip
    assert not dewi.user.has_usable_password()
