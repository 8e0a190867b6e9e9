import pytest
from django.urls import reverse

from tests.factories import SANDI


@pytest.mark.django_db
def test_halaman_akun_berbahasa_indonesia(client, buat_pengguna):
    assert "NIP atau nama pengguna" in client.get(reverse("login")).content.decode()
    client.force_login(buat_pengguna())
    html = client.get(reverse("password_change")).content.decode()
    assert "Ganti kata sandi" in html and "Kata sandi lama" in html


@pytest.mark.django_db
def test_masuk_dan_keluar(client, buat_pengguna):
    user = buat_pengguna()
    response = client.post(reverse("login"), {"username": user.username, "password": SANDI})
    assert response.status_code == 302
    assert client.get("/akun/ganti-kata-sandi/").status_code == 200
    client.post(reverse("logout"))
    assert client.get("/akun/ganti-kata-sandi/").status_code == 302


@pytest.mark.django_db
def test_lima_kali_gagal_mengunci_percobaan_masuk(client, buat_pengguna):
    user = buat_pengguna()
    for _ in range(5):
        response = client.post(reverse("login"), {"username": user.username, "password": "salah"})
    assert response.status_code == 429
    assert "Terlalu banyak percobaan masuk" in response.content.decode()
    # Even the right password is refused while the lock lasts.
    response = client.post(reverse("login"), {"username": user.username, "password": SANDI})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_penguncian_tidak_mengenai_pengguna_lain_dari_alamat_yang_sama(client, buat_pengguna):
    korban, lain = buat_pengguna(), buat_pengguna()
    for _ in range(5):
        client.post(reverse("login"), {"username": korban.username, "password": "salah"})
    response = client.post(reverse("login"), {"username": lain.username, "password": SANDI})
    assert response.status_code == 302


@pytest.mark.django_db
@pytest.mark.parametrize(("peran", "terlihat"), [("Pelatih", True), ("Peserta", False)])
def test_bilah_penyunting_wagtail_hanya_untuk_pengguna_admin(
    client, buat_pengguna, peran, terlihat
):
    from situs import demo

    demo.muat_beranda()
    user = buat_pengguna(peran)
    client.post(reverse("login"), {"username": user.username, "password": SANDI})
    assert ("wagtail-userbar" in client.get("/").content.decode()) is terlihat
