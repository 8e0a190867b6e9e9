"""The Wagtail admin in Indonesian for everyone who works in it.

Each role that has the admin (Pelatih, Pelatih Senior, Admin Kepegawaian, and the superuser for
the screens only it reaches: users, groups, workflows, sites) walks its screens on the demo
content: the dashboard, the page explorer, the page editor with its StreamField chrome, every
snippet and model listing with its add, edit, history and inspect forms, workflow and moderation
(a lesson waiting for review), reports, search, images, documents, settings and the account
pages, then every other admin link those screens offer (one URL per shape). Any visible English
admin message fails the test (``teks_inggris.pesan_inggris``).

The demo is loaded once and all roles walk it in one test: ``muat_demo`` builds five courses and
every account, and loading it per role would triple the slowest part of the test.
"""

from __future__ import annotations

import io
import re
from collections import deque
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from django.urls import NoReverseMatch, reverse
from wagtail.admin.viewsets import viewsets
from wagtail.models import Page

from tests.situs.teks_inggris import pesan_inggris

PEJALAN = ("pelatih", "pelatih.senior", "kepegawaian", "admin")

#: Links not followed: they leave the admin's HTML (files, previews, the site) or end the session.
TIDAK_DIIKUTI = re.compile(
    r"logout|/preview/|view_draft|/jsi18n/|export|download|\.csv|\.xlsx|/serve/|/api/"
    r"|/sendfile/|/original/|/thumbnail/|/generate_url/|/usage/\?|/admin/sites/\d+/delete"
)
BATAS_PER_PERAN = 140


def _bentuk(url: str) -> str:
    """One visit per URL shape: /admin/pages/42/edit/ and /admin/pages/43/edit/ are one."""
    return re.sub(r"/\d+/", "/N/", urlsplit(url).path)


def _kursus_dan_pelajaran():
    """The first demo course and its second lesson (the one sent to moderation)."""
    from kursus.models import KursusPage, PelajaranPage

    kursus = KursusPage.objects.live().order_by("path").first()
    pelajaran = PelajaranPage.objects.filter(path__startswith=kursus.path).order_by("path")[1]
    return kursus, pelajaran


def _url_awal(pengguna) -> list[str]:
    kursus, pelajaran = _kursus_dan_pelajaran()
    beranda = Page.objects.get(depth=2)
    url = [
        "/admin/",
        "/admin/pages/",
        f"/admin/pages/{beranda.pk}/",
        f"/admin/pages/{kursus.pk}/",
        f"/admin/pages/{kursus.pk}/edit/",
        f"/admin/pages/{pelajaran.pk}/edit/",
        f"/admin/pages/{pelajaran.pk}/history/",
        f"/admin/pages/{kursus.pk}/add_subpage/",
        f"/admin/pages/add/kursus/pelajaranpage/{kursus.pk}/",
        "/admin/pages/search/?q=kinerja",
        "/admin/search/?q=kinerja",
        "/admin/snippets/",
        "/admin/images/",
        "/admin/images/multiple/add/",
        "/admin/documents/",
        "/admin/documents/multiple/add/",
        "/admin/reports/locked/",
        "/admin/reports/site-history/",
        "/admin/reports/workflow/",
        "/admin/reports/workflow_tasks/",
        "/admin/reports/aging-pages/",
        "/admin/reports/page-types-usage/",
        "/admin/workflows/list/",
        "/admin/workflows/tasks/index/",
        "/admin/users/",
        "/admin/users/add/",
        f"/admin/users/edit/{pengguna.pk}/",
        "/admin/groups/",
        "/admin/groups/add/",
        "/admin/account/",
        "/admin/collections/",
        "/admin/sites/",
        "/admin/locales/",
    ]
    for viewset in viewsets.viewsets:
        model = getattr(viewset, "model", None)
        if model is None or not hasattr(viewset, "get_url_name"):
            continue
        if isinstance(model, str):
            model = apps.get_model(model)
        contoh = model._default_manager.order_by("pk").first()
        for nama in ("index", "add", "edit", "inspect", "history", "usage", "delete"):
            argumen = () if nama in ("index", "add") else (contoh.pk,) if contoh else None
            if argumen is None:
                continue
            try:
                url.append(reverse(viewset.get_url_name(nama), args=argumen))
            except NoReverseMatch:
                continue
    try:
        from wagtail.contrib.settings.registry import registry

        for model in registry:
            url.append(
                reverse(
                    "wagtailsettings:edit", args=[model._meta.app_label, model._meta.model_name]
                )
            )
    except ImportError:
        pass
    return url


def _ajukan_moderasi(user) -> None:
    """A lesson edited by the trainer and submitted: the senior trainer's review screens show it."""
    pelajaran = _kursus_dan_pelajaran()[1].specific
    pelajaran.title = f"{pelajaran.title} (revisi)"
    revisi = pelajaran.save_revision(user=user)
    pelajaran.get_workflow().start(pelajaran, user)
    assert revisi.pk


def _jalani(
    client: Client, awal: list[str], bentuk_terlihat: set[str]
) -> tuple[dict[str, list[str]], set[str]]:
    """Visit the seed URLs, then the admin links they offer whose shape no role has visited
    yet (``bentuk_terlihat`` is shared: a later role still visits all its own seeds, where what
    it may do differs, but not every listing an earlier role already read)."""
    temuan: dict[str, list[str]] = {}
    dikunjungi: set[str] = set()
    benih = set(awal)
    antrean = deque(awal)
    while antrean and len(dikunjungi) < BATAS_PER_PERAN:
        url = antrean.popleft()
        bentuk = _bentuk(url)
        if url in benih:
            benih.discard(url)
        elif bentuk in bentuk_terlihat:
            continue
        bentuk_terlihat.add(bentuk)
        respons = client.get(url)
        if respons.status_code != 200 or "text/html" not in respons.get("Content-Type", ""):
            continue
        dikunjungi.add(url)
        html = respons.content.decode()
        if inggris := pesan_inggris(html):
            temuan[url] = inggris
        for tautan in re.findall(r'href="(/admin/[^"#]*)"', html):
            tautan = tautan.replace("&amp;", "&")
            if not TIDAK_DIIKUTI.search(tautan) and _bentuk(tautan) not in bentuk_terlihat:
                antrean.append(tautan.split("?")[0])
    return temuan, dikunjungi


@pytest.mark.django_db
def test_setiap_peran_admin_tidak_melihat_pesan_berbahasa_inggris():
    katalog = Path(settings.BASE_DIR) / "locale" / "id" / "LC_MESSAGES" / "django.mo"
    assert katalog.exists(), "Katalog belum dikompilasi: jalankan `make katalog`."
    call_command("muat_demo", stdout=io.StringIO())
    User = get_user_model()
    _ajukan_moderasi(User.objects.get(username="pelatih"))
    semua_temuan = {}
    jumlah = {}
    bentuk_terlihat: set[str] = set()
    for username in PEJALAN:
        pengguna = User.objects.get(username=username)
        client = Client()
        client.force_login(pengguna)
        temuan, dikunjungi = _jalani(client, _url_awal(pengguna), bentuk_terlihat)
        jumlah[username] = len(dikunjungi)
        semua_temuan.update({f"{username} {url}": pesan for url, pesan in temuan.items()})
    # Each role really walked its admin (not a wall of redirects to the login page).
    assert all(n >= 15 for n in jumlah.values()), jumlah
    assert sum(jumlah.values()) >= 150, jumlah
    laporan = "\n".join(f"{url}: {pesan}" for url, pesan in sorted(semua_temuan.items()))
    assert not semua_temuan, f"Pesan admin berbahasa Inggris:\n{laporan}"
