"""Keeps the project's own Indonesian catalogue for the Wagtail and Django admin in step with the
installed packages.

Upstream Indonesian (``id``/``id_ID``) translates only part of Wagtail's admin messages. The
project's catalogue in ``locale/id/LC_MESSAGES/`` takes precedence over every app catalogue
(``LOCALE_PATHS``) and holds our own translations of the messages upstream leaves in English,
plus corrections of upstream translations that are wrong for this product.

    .venv/bin/python scripts/katalog_admin.py perbarui   # add new untranslated msgids (empty msgstr)
    .venv/bin/python scripts/katalog_admin.py periksa    # list entries still without a translation

Only msgids are taken from the installed packages (their English ``en`` catalogues); every
msgstr in our catalogue is written by the project. ``perbarui`` never changes or drops an entry
that already exists, so corrections and translations survive a package upgrade.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

import polib

AKAR = Path(__file__).resolve().parent.parent
KATALOG = AKAR / "locale" / "id" / "LC_MESSAGES"

#: (package, domain) whose admin messages trainers and Admin Kepegawaian meet: the Wagtail apps in
#: INSTALLED_APPS, Wagtail's admin JavaScript, and Django's auth (users, passwords, groups).
SUMBER: tuple[tuple[str, str], ...] = (
    ("wagtail.admin", "django"),
    ("wagtail.admin", "djangojs"),
    ("wagtail", "django"),
    ("wagtail.users", "django"),
    ("wagtail.snippets", "django"),
    ("wagtail.images", "django"),
    ("wagtail.documents", "django"),
    ("wagtail.search", "django"),
    ("wagtail.sites", "django"),
    ("wagtail.embeds", "django"),
    ("wagtail.locales", "django"),
    ("wagtail.contrib.settings", "django"),
    ("wagtail.contrib.forms", "django"),
    ("wagtail.contrib.redirects", "django"),
    ("wagtail.contrib.table_block", "django"),
    ("django.contrib.auth", "django"),
    ("django.contrib.contenttypes", "django"),
    ("django", "django"),
)

KEPALA = {
    "Project-Id-Version": "cipocok-jaya-kinerja",
    "Last-Translator": "Tim pengembang modul kinerja Cipocok Jaya",
    "Language-Team": "Bahasa Indonesia",
    "Language": "id",
    "MIME-Version": "1.0",
    "Content-Type": "text/plain; charset=UTF-8",
    "Content-Transfer-Encoding": "8bit",
    "Plural-Forms": "nplurals=1; plural=0;",
}


def folder_locale(paket: str) -> Path:
    spec = importlib.util.find_spec(paket)
    if spec is None or spec.origin is None:
        raise SystemExit(f"Paket {paket} tidak terpasang.")
    folder = Path(spec.origin).parent
    return folder / "conf" / "locale" if paket == "django" else folder / "locale"


def _kunci(entri: polib.POEntry) -> tuple[str | None, str]:
    return (entri.msgctxt, entri.msgid)


def _sudah_diterjemahkan(entri: polib.POEntry) -> bool:
    if entri.msgid_plural:
        return any(entri.msgstr_plural.values())
    return bool(entri.msgstr)


def _hulu(paket: str, domain: str) -> tuple[list[polib.POEntry], set[tuple[str | None, str]]]:
    """The English msgids of one package and the keys its Indonesian catalogue translates."""
    folder = folder_locale(paket)
    inggris = folder / "en" / "LC_MESSAGES" / f"{domain}.po"
    if not inggris.exists():
        return [], set()
    entri = [e for e in polib.pofile(str(inggris)) if e.msgid and not e.obsolete]
    terjemahan: set[tuple[str | None, str]] = set()
    for nama in ("id", "id_ID"):
        po = folder / nama / "LC_MESSAGES" / f"{domain}.po"
        if po.exists():
            terjemahan |= {
                _kunci(e)
                for e in polib.pofile(str(po))
                if _sudah_diterjemahkan(e) and not e.obsolete and "fuzzy" not in e.flags
            }
    return entri, terjemahan


def belum_ada(domain: str, po: polib.POFile) -> list[polib.POEntry]:
    """The admin msgids of ``domain`` that neither upstream nor our catalogue translates, as
    new entries with an empty msgstr (a package upgrade adds them)."""
    ada = {_kunci(e) for e in po}
    baru: list[polib.POEntry] = []
    for paket, dom in SUMBER:
        if dom != domain:
            continue
        entri, terjemahan = _hulu(paket, dom)
        for e in entri:
            if _kunci(e) in terjemahan or _kunci(e) in ada:
                continue
            baru.append(
                polib.POEntry(
                    msgid=e.msgid,
                    msgctxt=e.msgctxt,
                    msgid_plural=e.msgid_plural,
                    msgstr="",
                    msgstr_plural={0: ""} if e.msgid_plural else {},
                    flags=[f for f in e.flags if f.endswith("-format")],
                    comment=paket,
                )
            )
            ada.add(_kunci(e))
    return baru


def katalog(domain: str) -> polib.POFile:
    """Our catalogue of ``domain`` (a new, empty one when the file does not exist yet)."""
    berkas = KATALOG / f"{domain}.po"
    if berkas.exists():
        return polib.pofile(str(berkas), wrapwidth=99)
    po = polib.POFile(wrapwidth=99)
    po.metadata = dict(KEPALA)
    return po


def perbarui() -> int:
    KATALOG.mkdir(parents=True, exist_ok=True)
    tambah = 0
    for domain in ("django", "djangojs"):
        po = katalog(domain)
        baru = belum_ada(domain, po)
        po.extend(baru)
        tambah += len(baru)
        po.save(str(KATALOG / f"{domain}.po"))
    sys.stdout.write(f"{tambah} msgid baru ditambahkan ke {KATALOG}\n")
    return 0


def periksa() -> int:
    kosong = [
        (domain, e.msgid)
        for domain in ("django", "djangojs")
        for e in katalog(domain)
        if not _sudah_diterjemahkan(e)
    ]
    for domain, msgid in kosong:
        sys.stdout.write(f"{domain}: {msgid!r}\n")
    sys.stdout.write(f"{len(kosong)} entri belum diterjemahkan\n")
    return 1 if kosong else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("perintah", choices=["perbarui", "periksa"])
    args = parser.parse_args(argv)
    return perbarui() if args.perintah == "perbarui" else periksa()


if __name__ == "__main__":
    sys.exit(main())
