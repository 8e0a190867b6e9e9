"""The course and lesson URLs are served in one routing query, and everything Wagtail's own
routing does still applies: drafts are not found, view restrictions hold, other page types fall
through to Wagtail."""

import pytest
from django.urls import reverse
from wagtail.models import Page, PageViewRestriction

from kursus import services

pytestmark = pytest.mark.django_db


def test_url_kursus_bernama_sama_dengan_url_wagtail(buat_kursus):
    kursus = buat_kursus(2)
    assert reverse("kursus:kursus", kwargs={"kursus": kursus.slug}) == kursus.url


@pytest.mark.parametrize("jumlah", [3, 30])
def test_halaman_kursus_kueri_tetap(
    client, buat_kursus, buat_pengguna, django_assert_max_num_queries, jumlah
):
    from kursus.kuis.models import Kuis

    kursus = buat_kursus(jumlah)
    kursus.pre_test = Kuis.objects.create(judul="Pre-test uji", slug="pre-test-uji")
    kursus.post_test = Kuis.objects.create(judul="Post-test uji", slug="post-test-uji")
    kursus.save_revision().publish()
    user = buat_pengguna("Peserta")
    services.pendaftaran_buat(user=user, kursus=kursus)
    client.force_login(user)
    client.get(kursus.url)  # warm the site root cache
    # 7 measured: Wagtail and the session (page, aliases, view restrictions, session, user),
    # then the enrolment and the lessons; the pre-test and post-test come with the page.
    with django_assert_max_num_queries(7) as kueri:
        response = client.get(kursus.url)
    print(f"kueri halaman kursus ({jumlah} pelajaran): {len(kueri)}")  # noqa: T201
    assert response.status_code == 200
    html = response.content.decode()
    assert f"0 dari {jumlah} pelajaran selesai" in html
    assert "Pre-test uji" in html and "Post-test uji" in html


def test_kursus_draf_tidak_ditemukan(client, buat_kursus):
    kursus = buat_kursus(1)
    kursus.unpublish()
    assert client.get(f"/kursus/{kursus.slug}/").status_code == 404


def test_kursus_yang_dibatasi_meminta_login(client, buat_kursus):
    kursus = buat_kursus(1)
    PageViewRestriction.objects.create(page=kursus, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(kursus.url)
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_halaman_lain_di_bawah_indeks_lewat_rute_wagtail(client, indeks):
    # Not a course: the one-query lookup misses and Wagtail routes the URL as before.
    lain = Page(title="Bukan kursus", slug="bukan-kursus")
    indeks.add_child(instance=lain)
    # (The admin only lets courses under the index; add_child skips that check.)
    response = client.get("/kursus/bukan-kursus/")
    assert response.status_code == 200
