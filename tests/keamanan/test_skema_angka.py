"""The number-text patterns of the /api/nilai schema (penilaian.api_skema) accept exactly the
texts the engine reads as a number in each field's range: generated texts of digits, signs,
separators and whitespace are checked against ``ubah_angka`` and the field's rule."""

import re
from decimal import Decimal

import pytest
from hypothesis import example, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from penilaian import api_skema
from penilaian.mesin.angka import di_luar_rentang, ubah_angka


def _bulat(d: Decimal) -> bool:
    return d == d.to_integral_value()


ATURAN = {
    "POLA_NOL": lambda d: d == 0,
    "POLA_TIDAK_NEGATIF": lambda d: d >= 0,
    "POLA_POSITIF": lambda d: d > 0,
    "POLA_NILAI_100": lambda d: 0 <= d <= 100,
    "POLA_BULAT_TIDAK_NEGATIF": lambda d: d >= 0 and _bulat(d),
    "POLA_BULAN": lambda d: _bulat(d) and 1 <= d <= 12,
    "POLA_ANGKA": lambda d: True,
}
# Digits, both separators, the three signs, and whitespace as str.strip() sees it (and one
# that it does not: U+200B) around and inside.
_HURUF = st.sampled_from(list("0000123456789..,,+-\u2212 \t\n\xa0\u3000\u200ba"))
TEKS = st.one_of(
    st.text(_HURUF, max_size=70),
    st.builds(
        lambda a, b, c, d: f"{a}{b}{c}{d}",
        st.sampled_from(["", " ", "\u3000", "\n\t"]),
        st.sampled_from(["", "+", "-", "\u2212"]),
        st.text(st.sampled_from(list("0123456789.,")), min_size=1, max_size=64),
        st.sampled_from(["", " ", "\xa0"]),
    ),
)


def _diterima_mesin(teks: str, aturan) -> bool:
    d = ubah_angka(teks)
    return (
        d is not None
        and (d == 0 or not di_luar_rentang(d) or aturan is ATURAN["POLA_ANGKA"])
        and aturan(d)
    )


@pytest.mark.parametrize("nama", sorted(ATURAN))
@hsettings(max_examples=3000, deadline=None)
@given(teks=TEKS)
@example(teks="1.250")
@example(teks="1.250,0")
@example(teks="0,000000000000001")
@example(teks="0.0000000000000001")
@example(teks="999.999.999.999.999")
@example(teks="1.000.000.000.000.000")
@example(teks=" 100,000 ")
@example(teks="100.001")
@example(teks="-0,0")
@example(teks="0" * 60 + "1")
@example(teks="0" * 59 + "1")
@example(teks="12.0000")
def test_pola_angka_sama_dengan_mesin(nama, teks):
    # Each number text in the schema carries its field's pattern and the 60-character pattern.
    pola = re.compile(getattr(api_skema, nama))
    panjang = re.compile(api_skema.POLA_PANJANG)
    cocok = pola.search(teks) is not None and panjang.search(teks) is not None
    assert cocok == _diterima_mesin(teks, ATURAN[nama]), (nama, teks)
