"""No number input anywhere a person types: every page each demo role can reach, on the site and
in the Wagtail admin, is rendered and searched for ``type="number"``.

A browser with an English locale reads the comma of "96,7" in a number input as a thousands
separator and sends 967; every number field is a text input with ``inputmode`` read by the one
reader (``penilaian.mesin.baca_angka``). The test logs in as each demo account (``muat_demo``
data), walks the links it can follow from the home page, the appraisal dashboard and the admin
dashboard (one page per URL shape: ``/admin/pages/12/edit/`` and ``/admin/pages/13/edit/`` are
the same form), and adds the add/edit form of every page type, snippet and model view set the
account may open.
"""

import os
import re
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urldefrag, urlsplit

import pytest
from django.core.management import call_command
from django.test import Client

from situs import demo as demo_situs

#: Per role, at most this many URL shapes are visited (a budget, not a target: the demo's
#: reachable admin and site shapes number well under it).
BATAS = 400
#: Never followed: leaving the session, downloads, and Wagtail's heavy JSON/chooser endpoints
#: (choosers render their forms inside the page editor, which is visited).
LEWATI = re.compile(
    r"/(keluar|logout)/|/admin/logout|\.(pdf|xlsx|csv|ics|zip|png|jpe?g|svg)$|/unduh|/ekspor|"
    r"/export|/api/|/admin/(jsi18n|userbar|sprite|.*chooser)|/static/|/media/|/documents/|"
    r"/admin/pages/\d+/(delete|unpublish|copy|move|revisions/\d+/(view|revert|unschedule))|"
    r"/admin/.*/(delete|unpublish)/|/admin/reports/.*\?export="
)


class _Tautan(HTMLParser):
    def __init__(self):
        super().__init__()
        self.href = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.href.extend(v for k, v in attrs if k == "href" and v)


def _bentuk(path: str) -> str:
    """One URL per shape: numbers in the path and the query string's values do not count."""
    bagian = urlsplit(path)
    kunci = sorted(k.split("=")[0] for k in bagian.query.split("&") if k)
    return re.sub(r"\d+", "#", bagian.path) + ("?" + "&".join(kunci) if kunci else "")


def _tautan(html: str) -> list[str]:
    p = _Tautan()
    p.feed(html)
    hasil = []
    for href in p.href:
        href = urldefrag(href)[0]
        bagian = urlsplit(href)
        if bagian.scheme or bagian.netloc or not bagian.path.startswith("/"):
            continue
        hasil.append(href)
    return hasil


def _jelajah(client: Client, awal: list[str]) -> dict[str, str]:
    """Breadth-first over GET links; returns {url: html} of the HTML pages answered 200."""
    antre, dilihat, halaman = deque(awal), set(), {}
    while antre and len(dilihat) < BATAS:
        url = antre.popleft()
        bentuk = _bentuk(url)
        if bentuk in dilihat or LEWATI.search(url):
            continue
        dilihat.add(bentuk)
        respons = client.get(url)
        if respons.status_code != 200 or "text/html" not in respons.get("Content-Type", ""):
            continue
        html = respons.content.decode()
        halaman[url] = html
        antre.extend(_tautan(html))
    return halaman


def _formulir_admin() -> list[str]:
    """The add and edit forms of every snippet and model view set, and the add form of every
    page type under every page (the explorer offers what the account may add; the others
    answer with a redirect and are skipped)."""
    from django.apps import apps
    from django.urls import NoReverseMatch, reverse
    from wagtail.admin.viewsets import viewsets
    from wagtail.models import Page

    url = []
    for vs in viewsets.viewsets:
        model = getattr(vs, "model", None)
        if isinstance(model, str):
            model = apps.get_model(model)
        if model is None or not hasattr(vs, "get_url_name"):
            continue
        contoh = model._default_manager.order_by("pk").first()
        for aksi, args in (("index", ()), ("add", ()), ("edit", (contoh.pk,) if contoh else None)):
            if args is None:
                continue
            try:
                url.append(reverse(vs.get_url_name(aksi), args=args))
            except NoReverseMatch:
                continue
    for halaman in Page.objects.filter(depth__gte=2).specific():
        url.append(f"/admin/pages/{halaman.pk}/edit/")
        for jenis in halaman.specific_class.allowed_subpage_models():
            meta = jenis._meta
            url.append(f"/admin/pages/add/{meta.app_label}/{meta.model_name}/{halaman.pk}/")
    return url


def _isian_angka(halaman: dict[str, str]) -> dict[str, list[str]]:
    return {
        url: re.findall(r"<input[^>]*type=[\"']?number[^>]*>", html)
        for url, html in halaman.items()
        if re.search(r"type=[\"']?number", html)
    }


@pytest.mark.django_db
def test_tidak_ada_isian_angka_di_halaman_mana_pun_untuk_setiap_peran():
    from django.contrib.auth import get_user_model

    with open(os.devnull, "w") as diam:
        call_command("muat_demo", stdout=diam)
    formulir_admin = _formulir_admin()
    awal = ["/", "/kursus/", "/simulasi/", "/kuis/", "/penilaian/", "/transparansi/"]
    dijelajah = {}
    for username in [None, *(a.username for a in demo_situs.AKUN)]:
        client = Client()
        if username:
            client.force_login(get_user_model().objects.get(username=username))
        halaman = _jelajah(client, awal + (["/admin/", *formulir_admin] if username else []))
        assert len(halaman) >= 5, (username, sorted(halaman))
        assert not _isian_angka(halaman), (username, _isian_angka(halaman))
        dijelajah[username] = halaman
    # The walk reached the admin's forms, not only its dashboards, and the appraisal forms.
    for username in ("pelatih", "kepegawaian", "admin"):
        assert any("/edit/" in u or "/add/" in u for u in dijelajah[username]), username
    assert any(re.search(r"/penilaian/skp/\d+/$", u) for u in dijelajah["pegawai"])
    assert any("/simulasi/" in u and "/indikator/" in u for u in dijelajah["peserta"])


def test_pendeteksi_menemukan_isian_angka():
    """The check itself is not vacuous: a number input is found wherever it is written."""
    assert _isian_angka({"/x/": '<p><input type="number" name="nilai" step="0.01"></p>'})
    assert _isian_angka({"/x/": "<input name=n type=number>"})
    assert not _isian_angka({"/x/": '<input type="text" inputmode="decimal" name="nilai">'})
