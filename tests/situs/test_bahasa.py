import pytest
from django.utils import translation
from django.utils.translation import gettext


def test_terjemahan_django_sendiri_termuat():
    with translation.override("id-id"):
        # The project's catalogue (LOCALE_PATHS) corrects upstream's double space.
        assert gettext("This field is required.") == "Isian ini wajib diisi."
        assert gettext("Enter a valid date.") != "Enter a valid date."


@pytest.mark.django_db
def test_halaman_masuk_admin_wagtail_berbahasa_indonesia(client):
    html = client.get("/admin/login/").content.decode()
    assert "Masuk ke Wagtail" in html
    assert "Sign in" not in html


@pytest.mark.django_db
def test_dasbor_admin_berbahasa_indonesia_untuk_pengguna_baru(client, buat_pengguna):
    from situs import peran

    user = buat_pengguna(peran.ADMIN_KEPEGAWAIAN)
    client.force_login(user)
    html = client.get("/admin/").content.decode()
    assert "Dasbor" in html or "Halaman" in html
    assert "Dashboard" not in html


def test_zona_waktu_asia_jakarta(settings):
    assert settings.TIME_ZONE == "Asia/Jakarta"
