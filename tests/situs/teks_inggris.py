"""Finds English admin messages on a rendered page.

A message is "English on screen" when a piece of text a person sees (a text node, a placeholder,
a button's value, a tooltip, an accessible label, or a string in the JSON the admin's JavaScript
renders: the sidebar menu, StreamField chrome) is a Wagtail/Django msgid, whole or with its
placeholders filled, and the active Indonesian catalogue gives it no translation. Messages that
read the same in both languages ("Status", "URL") are translated to themselves in a catalogue and
so pass; raw ``True``/``False`` never do.
"""

from __future__ import annotations

import importlib.util
import json
import re
from dataclasses import dataclass
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

import polib
from django.utils import translation
from django.utils.translation import gettext, ngettext, npgettext, pgettext


def skrip_katalog():
    """scripts/katalog_admin.py as a module: its package list is the one the catalogue covers."""
    berkas = Path(__file__).resolve().parents[2] / "scripts" / "katalog_admin.py"
    spec = importlib.util.spec_from_file_location("katalog_admin", berkas)
    modul = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(modul)
    return modul


#: Shown raw instead of a label: booleans in admin lists.
SELALU_INGGRIS = frozenset({"True", "False"})

ATRIBUT_TERLIHAT = ("placeholder", "title", "aria-label", "alt", "data-w-tooltip-content-value")
_PENANDA = re.compile(r"%\((\w+)\)[sd]|%[sd]|\{\w*\}")


@dataclass(frozen=True)
class Pesan:
    konteks: str | None
    msgid: str
    msgid_jamak: str | None

    def diterjemahkan(self) -> bool:
        """True when the active catalogue translates this message (even to the same words)."""
        if self.msgid_jamak:
            if self.konteks:
                hasil = npgettext(self.konteks, self.msgid, self.msgid_jamak, 2)
            else:
                hasil = ngettext(self.msgid, self.msgid_jamak, 2)
            return hasil != self.msgid_jamak or _sama_disengaja(self.msgid)
        hasil = pgettext(self.konteks, self.msgid) if self.konteks else gettext(self.msgid)
        return hasil != self.msgid or _sama_disengaja(self.msgid)


def _sama_disengaja(msgid: str) -> bool:
    return msgid in _identik()


@cache
def _identik() -> frozenset[str]:
    """Msgids a catalogue translates to the same words ("Status", "URL", "Admin")."""
    with translation.override("id-id"):
        katalog = translation.trans_real.translation("id-id")._catalog
        return frozenset(k for k, v in katalog.items() if isinstance(k, str) and k == v)


@cache
def pesan_admin() -> tuple[dict[str, list[Pesan]], re.Pattern, list[tuple[re.Pattern, Pesan]]]:
    """Every English msgid of the admin packages: exact texts, and patterns for those with
    placeholders (only when their fixed words are long enough to mean something)."""
    tepat: dict[str, list[Pesan]] = {}
    pola: list[tuple[re.Pattern, Pesan]] = []
    skrip = skrip_katalog()
    for paket, domain in skrip.SUMBER:
        berkas = skrip.folder_locale(paket) / "en" / "LC_MESSAGES" / f"{domain}.po"
        if not berkas.exists():
            continue
        for e in polib.pofile(str(berkas)):
            if not e.msgid or e.obsolete:
                continue
            pesan = Pesan(e.msgctxt, e.msgid, e.msgid_plural or None)
            for bentuk in filter(None, (e.msgid, e.msgid_plural)):
                teks = _rapikan(bentuk)
                if _PENANDA.search(teks):
                    tetap = _PENANDA.sub("", re.sub(r"<[^>]+>", "", teks))
                    if len(re.sub(r"[^A-Za-z]", "", tetap)) >= 8 and " " in tetap.strip():
                        pola.append((_ke_pola(teks), pesan))
                else:
                    tepat.setdefault(teks, []).append(pesan)
    gabungan = re.compile("|".join(f"(?:{p.pattern})" for p, _ in pola))
    return tepat, gabungan, pola


def _ke_pola(msgid: str) -> re.Pattern:
    tanpa_tag = re.sub(r"<[^>]+>", "", msgid)
    bagian = _PENANDA.split(tanpa_tag)
    # split() also returns the captured placeholder names: keep the literal parts only.
    literal = bagian[0::2]
    return re.compile(".+?".join(re.escape(_rapikan(x)) for x in literal))


def _rapikan(teks: str) -> str:
    return " ".join(teks.split())


class _PengumpulTeks(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.teks: list[str] = []
        self._skrip: str | None = None
        self._isi_skrip: list[str] = []

    def handle_starttag(self, tag, attrs):
        atribut = dict(attrs)
        if tag in ("script", "style"):
            self._skrip = (atribut.get("type") or "") if tag == "script" else "style"
            self._isi_skrip = []
        for nama in ATRIBUT_TERLIHAT:
            if atribut.get(nama):
                self.teks.append(atribut[nama])
        if tag == "input" and atribut.get("type") in ("submit", "button") and atribut.get("value"):
            self.teks.append(atribut["value"])
        for nama, nilai in attrs:
            # Props of the admin's JavaScript components (the block chrome, choosers, sidebar).
            if nama.startswith("data-") and nilai and nilai[:1] in "[{":
                self._dari_json(nilai)

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skrip is not None:
            if self._skrip == "application/json":
                self._dari_json("".join(self._isi_skrip))
            self._skrip = None

    def handle_data(self, data):
        if self._skrip is not None:
            self._isi_skrip.append(data)
        elif data.strip():
            self.teks.append(data)

    def _dari_json(self, mentah: str) -> None:
        try:
            data = json.loads(mentah)
        except ValueError:
            return
        tumpukan = [data]
        while tumpukan:
            nilai = tumpukan.pop()
            if isinstance(nilai, dict):
                tumpukan.extend(nilai.values())
            elif isinstance(nilai, list):
                tumpukan.extend(nilai)
            elif isinstance(nilai, str) and nilai.strip() and "<" not in nilai[:1]:
                self.teks.append(nilai)
            elif isinstance(nilai, str) and nilai.strip():
                # HTML rendered into JSON (block templates): read its text too.
                self.teks.extend(teks_terlihat(nilai))


def teks_terlihat(html: str) -> list[str]:
    pengumpul = _PengumpulTeks()
    pengumpul.feed(html)
    return [_rapikan(t) for t in pengumpul.teks if _rapikan(t)]


def pesan_inggris(html: str) -> list[str]:
    """The English admin messages visible in a page's HTML (each once)."""
    with translation.override("id-id"):
        return _pesan_inggris(html)


def _pesan_inggris(html: str) -> list[str]:
    tepat, gabungan, pola = pesan_admin()
    temuan: dict[str, None] = {}
    for teks in teks_terlihat(html):
        if teks in SELALU_INGGRIS:
            temuan[teks] = None
            continue
        if teks in tepat:
            if not any(p.diterjemahkan() for p in tepat[teks]):
                temuan[teks] = None
            continue
        if gabungan.pattern and gabungan.fullmatch(teks):
            cocok = [p for pl, p in pola if pl.fullmatch(teks)]
            if cocok and not any(p.diterjemahkan() for p in cocok):
                temuan[teks] = None
    return list(temuan)
