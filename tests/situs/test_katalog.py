"""The project's Indonesian catalogue for the admin (locale/id): complete, well-formed, in use."""

import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext, ngettext

from tests.situs.teks_inggris import skrip_katalog

AKAR = Path(__file__).resolve().parents[2]
FOLDER = AKAR / "locale" / "id" / "LC_MESSAGES"
DOMAIN = ("django", "djangojs")
PENANDA = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")
TAG = re.compile(r"</?[a-z][^>]*>")


def _entri():
    return [(d, e) for d in DOMAIN for e in polib.pofile(str(FOLDER / f"{d}.po"))]


def _terjemahan(e: polib.POEntry) -> str:
    return e.msgstr_plural[0] if e.msgid_plural else e.msgstr


def test_locale_paths_menunjuk_folder_katalog_yang_ada():
    assert [Path(p) for p in settings.LOCALE_PATHS] == [AKAR / "locale"]
    assert (FOLDER / "django.po").exists()
    assert (FOLDER / "djangojs.po").exists()


def test_setiap_pesan_admin_yang_tidak_diterjemahkan_hulu_ada_di_katalog_kita():
    """After a Wagtail/Django upgrade this fails until ``scripts/katalog_admin.py perbarui``
    adds the new msgids and someone translates them."""
    skrip = skrip_katalog()
    for domain in DOMAIN:
        baru = skrip.belum_ada(domain, skrip.katalog(domain))
        assert not baru, [e.msgid for e in baru]


def _salah(entri: polib.POEntry) -> str | None:
    teks = _terjemahan(entri)
    if not teks.strip():
        return "belum diterjemahkan"
    sumber = entri.msgid_plural or entri.msgid
    penanda = PENANDA.findall(teks)
    # Indonesian has one plural form, used for every count: it carries the plural's
    # placeholders (the singular's "1" becomes %(counter)s where the plural has it).
    if not set(penanda) <= set(PENANDA.findall(sumber)) | set(PENANDA.findall(entri.msgid)):
        return f"penanda asing {penanda}"
    if not entri.msgid_plural and Counter(penanda) != Counter(PENANDA.findall(entri.msgid)):
        return f"penanda berubah {penanda}"
    if sorted(TAG.findall(teks)) != sorted(TAG.findall(sumber)):
        return "tag HTML berubah"
    return None


def test_setiap_entri_diterjemahkan_dengan_penanda_dan_tag_utuh():
    salah = {(d, e.msgid): m for d, e in _entri() if (m := _salah(e))}
    assert len(_entri()) > 1100
    assert not salah


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext: make sistem")
def test_msgfmt_check_menerima_katalog():
    for domain in DOMAIN:
        hasil = subprocess.run(  # noqa: S603
            ["msgfmt", "--check", "-o", "/dev/null", str(FOLDER / f"{domain}.po")],  # noqa: S607
            capture_output=True,
            text=True,
            check=False,
        )
        assert hasil.returncode == 0, hasil.stderr


def test_katalog_kita_didahulukan_atas_terjemahan_hulu_yang_salah():
    with translation.override("id-id"):
        assert gettext("Password") == "Kata sandi"
        assert gettext("Roles") == "Peran"
        assert gettext("Username") == "Nama pengguna"
        assert gettext("pages") == "halaman"


def test_pesan_yang_dilaporkan_di_issue_17_berbahasa_indonesia():
    with translation.override("id-id"):
        for pesan in (
            "Bulk actions",
            "Filter by",
            "More actions",
            "Search all pages…",
            "Saved",
            "Autosave is paused",
            "View history",
            "Request changes",
            "Approve with comment",
            "Compare with previous version",
            "No publishing schedule set",
            "Skip to main content",
            "Last login",
            "Access level",
        ):
            assert gettext(pesan) != pesan, pesan
        assert ngettext("Delete 1 page", "Delete %(counter)s pages", 3) % {"counter": 3} == (
            "Hapus 3 halaman"
        )


@pytest.mark.django_db
def test_katalog_javascript_admin_memuat_terjemahan_kita(client):
    respons = client.get("/admin/jsi18n/", HTTP_ACCEPT_LANGUAGE="id")
    teks = respons.content.decode()
    assert respons.status_code == 200
    assert '"Collapse all": "Tutup semua"' in teks
    assert '"Insert a block": "Sisipkan blok"' in teks
