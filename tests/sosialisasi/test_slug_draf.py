"""Issue 17: a page autosaved as a draft and abandoned keeps its slug, so the next page with
the same title fails on the slug. The message is the project catalogue's Indonesian one and
says what to do (change the slug, or continue or delete the old draft)."""

import pytest
from wagtail.test.utils.form_data import nested_form_data, rich_text

from kursus.demo import pastikan_moderasi
from sosialisasi.models import BeritaPage

pytestmark = pytest.mark.django_db


def _data(judul: str) -> dict:
    return nested_form_data(
        {
            "title": judul,
            "slug": "jadwal-bimtek-skp",
            "ringkasan": "Ringkasan",
            "isi": rich_text("<p>Isi</p>"),
            "tags": "",
        }
    )


def test_slug_draf_yang_ditinggalkan_dijelaskan_dalam_bahasa_indonesia(
    client, indeks, buat_pengguna
):
    pastikan_moderasi(indeks=indeks)
    pelatih = buat_pengguna("Pelatih")
    client.force_login(pelatih)
    alamat = f"/admin/pages/add/sosialisasi/beritapage/{indeks.pk}/"
    # The first try is saved as a draft (what autosave leaves behind) and abandoned.
    assert client.post(alamat, _data("Jadwal bimtek SKP")).status_code == 302
    draf = BeritaPage.objects.get(slug="jadwal-bimtek-skp")
    assert not draf.live
    # The second try with the same title and slug is refused with a message that helps.
    respons = client.post(alamat, _data("Jadwal bimtek SKP"), HTTP_ACCEPT_LANGUAGE="id")
    assert respons.status_code == 200
    isi = respons.content.decode()
    assert "sudah dipakai halaman lain di bawah halaman induk yang sama" in isi
    assert "draf yang tersimpan otomatis lalu ditinggalkan" in isi
    assert "already in use" not in isi
    assert BeritaPage.objects.filter(slug="jadwal-bimtek-skp").count() == 1
