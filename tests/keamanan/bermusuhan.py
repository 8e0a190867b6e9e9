"""Shared pieces of the hostile-input suite: what a hostile user types, and the one check every
fuzzed request must pass (no 5xx; refused means an Indonesian error and nothing written)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.messages import constants
from django.forms import BaseForm, BaseFormSet
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

#: Every fuzzed form runs this many examples: enough for the hand-picked values below to
#: come up, few enough that the whole suite stays within make test's budget.
CONTOH_PER_FORMULIR = 15

pengaturan = settings(
    max_examples=CONTOH_PER_FORMULIR,
    deadline=None,
    # One logged-in client and one set of objects per role, reused across examples.
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)

TEKS_KHAS = [
    "",
    " ",
    "\x00",
    "laporan\x00bulanan",
    "\u202eexe.fdp\u202c",
    "\u200f\u200e\u2066x\u2069",
    "<script>alert(1)</script>",
    '<img src="/etc/passwd">',
    "<",
    "&amp;<b>tebal</b>",
    "'; DROP TABLE penilaian_skp; --",
    '=HYPERLINK("http://contoh.invalid","klik")',
    "{{ request }}{% debug %}",
    "%s%n%x",
    "\r\n\t\x0b\x0c\x1b[31m",
    "\ud7ff\ue000\uffff",
    "𝕏🙂" * 20,
    "x" * 5000,
    "y" * 100_000,
]

ANGKA_KHAS = [
    "1e309",
    "-1e309",
    "NaN",
    "nan",
    "Infinity",
    "-Infinity",
    "-0",
    "9" * 40,
    "1.2.3",
    "1,2,3",
    "1e-400",
    "0x1F",
    "½",
    "٣",
    "１２",
    "1.000.000,25",
    "-1",
    "12 laporan",
    "",
]

teks = st.one_of(st.sampled_from(TEKS_KHAS), st.text(max_size=300))
angka = st.one_of(
    st.sampled_from(ANGKA_KHAS),
    st.sampled_from(TEKS_KHAS),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.from_regex(r"[-+]?[0-9.,eE ]{1,40}", fullmatch=True),
)


def pilihan(*sah: str) -> st.SearchStrategy[str]:
    """A valid choice most of the time, anything else otherwise."""
    return st.one_of(st.sampled_from(sah), teks)


#: Django's own English messages: a refusal that shows one of these is not in Indonesian.
PESAN_INGGRIS = (
    "This field",
    "Enter a ",
    "Ensure this",
    "Select a valid",
    "is not one of",
    "Null characters",
    "valid choice",
    "is required",
    "Server Error",
)


@dataclass
class Jawaban:
    status: int
    galat: list[tuple[str | None, str]]
    berubah: bool
    isi: str


def _galat_formulir(respons) -> list[tuple[str | None, str]]:
    """(label, message) of every error of every form the page rendered, and every error
    message the page shows."""
    keluar: list[tuple[str | None, str]] = []
    dilihat: set[int] = set()
    for konteks in respons.context or []:
        for nilai in konteks.flatten().values() if hasattr(konteks, "flatten") else []:
            formulir = list(nilai.forms) if isinstance(nilai, BaseFormSet) else [nilai]
            for f in formulir:
                if not isinstance(f, BaseForm) or id(f) in dilihat or not f.is_bound:
                    continue
                dilihat.add(id(f))
                for kolom, pesan in f.errors.items():
                    label = f.fields[kolom].label if kolom in f.fields else None
                    keluar.extend((str(label) if label else None, str(p)) for p in pesan)
            if isinstance(nilai, BaseFormSet) and nilai.is_bound and id(nilai) not in dilihat:
                dilihat.add(id(nilai))
                keluar.extend((None, str(p)) for p in nilai.non_form_errors())
    for pesan in (respons.context or {}).get("messages", []) if respons.context else []:
        if pesan.level >= constants.WARNING:
            keluar.append((None, str(pesan)))
    return keluar


def kirim(
    client, url: str, data: dict, *, keadaan: Callable[[], object], kolom: tuple[str, ...] = ()
) -> Jawaban:
    """POST ``data`` (following redirects, so the message is read where the user reads it)
    and check the rules of the suite: no 5xx; a refusal shows Indonesian errors, each naming
    its field (a form error sits beside its field's label; a message must name one of
    ``kolom``, the labels of the fields sent), and
    leaves ``keadaan()`` (row counts and the edited rows) exactly as it was."""
    sebelum = keadaan()
    respons = client.post(url, data, follow=True)
    assert respons.status_code < 500, respons.content[:500]
    sesudah = keadaan()
    galat = _galat_formulir(respons)
    isi = respons.content.decode(errors="replace")
    if galat:
        assert sesudah == sebelum, f"ditolak ({galat[:3]}) tetapi data berubah"
        for label, pesan in galat:
            assert pesan.strip(), "pesan galat kosong"
            assert not any(e in pesan for e in PESAN_INGGRIS), pesan
            assert label is None or label in isi, (label, pesan)
            if label is None and kolom:
                assert any(k.lower() in pesan.lower() for k in kolom), (kolom, pesan)
    return Jawaban(respons.status_code, galat, sesudah != sebelum, isi)
