"""Property: for any unit tree and any scope, ``saring_lingkup`` keeps exactly the units (and
the employees of the units) that have a scope root among their ancestors or themselves, found
here by the naive walk up the ``induk`` chain."""

import pytest
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from penilaian import akses
from penilaian.models import LingkupUnit, Pegawai, UnitKerja
from tests.factories import PenggunaFactory

pytestmark = pytest.mark.django_db


@st.composite
def pohon_dan_lingkup(draw):
    """A forest of up to 12 units (each unit's parent is an earlier unit or none) and a set of
    scope roots among them (possibly empty: then the user has no rows and is global)."""
    n = draw(st.integers(min_value=1, max_value=12))
    induk = [None] + [draw(st.none() | st.integers(0, i - 1)) for i in range(1, n)]
    akar = draw(st.sets(st.integers(0, n - 1), max_size=4))
    pegawai_per_unit = draw(st.lists(st.integers(0, 2), min_size=n, max_size=n))
    return induk, akar, pegawai_per_unit


def _dalam_lingkup_naif(i: int, induk: list[int | None], akar: set[int]) -> bool:
    while i is not None:
        if i in akar:
            return True
        i = induk[i]
    return False


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=pohon_dan_lingkup())
def test_saring_lingkup_sama_dengan_jalan_naik_ke_induk(data):
    induk, akar, pegawai_per_unit = data
    with transaction.atomic():
        units: list[UnitKerja] = []
        for i, p in enumerate(induk):
            units.append(
                UnitKerja.objects.create(
                    kode=f"u{i}",
                    nama=f"Unit {i}",
                    jenis=UnitKerja.Jenis.KELURAHAN,
                    induk=units[p] if p is not None else None,
                )
            )
        nip = 0
        for i, jumlah in enumerate(pegawai_per_unit):
            for _ in range(jumlah):
                nip += 1
                Pegawai.objects.create(
                    nip=f"{nip:018d}", nama=f"P{nip}", jabatan="Staf", unit=units[i]
                )
        user = PenggunaFactory()
        for i in akar:
            LingkupUnit.objects.create(user=user, unit=units[i])
        user = type(user).objects.get(pk=user.pk)  # the scope is cached per user object

        unit_tersaring = set(akses.saring_lingkup(user, UnitKerja.objects.all(), medan="pk"))
        pegawai_tersaring = set(akses.saring_lingkup(user, Pegawai.objects.all()))
        if akar:
            harapan = {u for i, u in enumerate(units) if _dalam_lingkup_naif(i, induk, akar)}
        else:
            harapan = set(units)  # no rows: the global role
        assert unit_tersaring == harapan
        assert pegawai_tersaring == {p for p in Pegawai.objects.all() if p.unit in harapan}
        for i, u in enumerate(units):
            assert akses.dalam_lingkup(user, u.pk) == (u in harapan), i
        transaction.set_rollback(True)
