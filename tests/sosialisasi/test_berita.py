"""Announcements: pinned first, RSS/Atom feeds, search that survives hostile input, and
moderation (a Pelatih submits, a Pelatih Senior publishes)."""

import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text

from kursus.demo import NAMA_ALUR, pastikan_moderasi
from sosialisasi import selectors
from sosialisasi.models import BeritaPage

pytestmark = pytest.mark.django_db


def test_berita_disematkan_tampil_lebih_dulu(buat_berita):
    buat_berita("lama", disematkan=True)
    buat_berita("baru")
    assert [b.slug for b in selectors.berita_terbaru(jumlah=3)] == ["lama", "baru"]


def test_rss_memuat_berita_terbit_saja(client, buat_berita):
    buat_berita("terbit", judul="Jadwal bimtek")
    draf = buat_berita("draf", judul="Masih draf")
    draf.unpublish()
    respons = client.get(reverse("sosialisasi:rss"))
    saluran = ET.fromstring(respons.content).find("channel")  # noqa: S314 (our own feed)
    judul = [i.findtext("title") for i in saluran.findall("item")]
    assert judul == ["Jadwal bimtek"]
    assert saluran.find("item").findtext("link").endswith("/sosialisasi/terbit/")


def test_atom_adalah_feed_atom(client, buat_berita):
    buat_berita("terbit", judul="Jadwal bimtek")
    akar = ET.fromstring(client.get(reverse("sosialisasi:atom")).content)  # noqa: S314
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert akar.tag == "{http://www.w3.org/2005/Atom}feed"
    assert akar.find("a:entry/a:title", ns).text == "Jadwal bimtek"


@pytest.mark.parametrize("q", ['"', "\x00", 'NOT "(', "*", "a" * 500])
def test_pencarian_berita_tahan_masukan_aneh(client, indeks, buat_berita, q):
    buat_berita("bukti", judul="Bukti dukung sehari-hari")
    respons = client.get(indeks.url, {"q": q})
    assert respons.status_code == 200


def test_pencarian_berita_menemukan_kata(client, indeks, buat_berita):
    buat_berita("bukti", judul="Bukti dukung sehari-hari", isi="<p>Rekap layanan PATEN</p>")
    buat_berita("lain", judul="Jadwal bimtek")
    html = client.get(indeks.url, {"q": "bukti"}).content.decode()
    assert "Bukti dukung sehari-hari" in html and "Jadwal bimtek" not in html


def test_saring_kategori(client, indeks, buat_berita):
    satu = buat_berita("satu", judul="Berita jadwal")
    satu.tags.add("jadwal")
    satu.save_revision().publish()
    buat_berita("dua", judul="Berita lain")
    html = client.get(indeks.url, {"kategori": "jadwal"}).content.decode()
    assert "Berita jadwal" in html and "Berita lain" not in html


def test_pelatih_mengajukan_dan_pelatih_senior_menerbitkan_berita(client, indeks, buat_pengguna):
    pastikan_moderasi(indeks=indeks)
    pelatih = buat_pengguna("Pelatih")
    client.force_login(pelatih)
    data = nested_form_data(
        {
            "title": "Pengumuman dari pelatih",
            "slug": "pengumuman-pelatih",
            "ringkasan": "Ringkasan",
            "isi": rich_text("<p>Isi</p>"),
            "tags": "",
            "action-submit": "Kirim untuk moderasi",
        }
    )
    respons = client.post(f"/admin/pages/add/sosialisasi/beritapage/{indeks.pk}/", data)
    assert respons.status_code == 302
    berita = BeritaPage.objects.get(slug="pengumuman-pelatih")
    assert not berita.live
    state = WorkflowState.objects.get(object_id=str(berita.pk), base_content_type__isnull=False)
    assert state.workflow.name == NAMA_ALUR and state.requested_by == pelatih
    assert not berita.permissions_for_user(pelatih).can_publish()
    senior = buat_pengguna("Pelatih", "Pelatih Senior")
    state.current_task_state.task.specific.on_action(state.current_task_state, senior, "approve")
    berita.refresh_from_db()
    assert berita.live


def test_berita_dengan_pembatasan_akses_tidak_tampil_di_beranda(client, buat_berita):
    from wagtail.models import PageViewRestriction

    buat_berita("umum", judul="Berita umum")
    rahasia = buat_berita("rahasia", judul="Berita terbatas")
    PageViewRestriction.objects.create(page=rahasia, restriction_type="login")
    assert [b.slug for b in selectors.berita_terbaru(jumlah=5)] == ["umum"]
    assert "Berita terbatas" not in client.get("/").content.decode()
