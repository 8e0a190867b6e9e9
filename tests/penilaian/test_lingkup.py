"""Unit scope (LingkupUnit): an administrator restricted to unit subtrees, or global."""

import pytest
from django.contrib.auth.models import AnonymousUser

from penilaian import akses
from penilaian.models import LingkupUnit, Pegawai, UnitKerja
from tests.factories import PenggunaFactory
from tests.penilaian import pabrik

pytestmark = pytest.mark.django_db


def _pohon():
    kec = pabrik.unit("kec", "Kecamatan")
    a = UnitKerja.objects.create(kode="kel-a", nama="Kel A", jenis="kelurahan", induk=kec)
    a1 = UnitKerja.objects.create(kode="seksi-a1", nama="Seksi A1", jenis="seksi", induk=a)
    b = UnitKerja.objects.create(kode="kel-b", nama="Kel B", jenis="kelurahan", induk=kec)
    return kec, a, a1, b


def _segar(user):
    """A fresh user object: the scope is cached per object (per request)."""
    return type(user).objects.get(pk=user.pk)


def test_tanpa_baris_lingkup_berarti_global():
    user = PenggunaFactory()
    assert akses.id_unit_lingkup(user) is None
    assert akses.dalam_lingkup(user, 12345)


def test_lingkup_mencakup_unit_dan_semua_turunannya():
    kec, a, a1, b = _pohon()
    user = PenggunaFactory()
    LingkupUnit.objects.create(user=user, unit=a)
    assert akses.id_unit_lingkup(_segar(user)) == {a.pk, a1.pk}
    assert not akses.dalam_lingkup(_segar(user), b.pk)
    assert not akses.dalam_lingkup(_segar(user), kec.pk)


def test_beberapa_akar_dan_akar_bertumpuk():
    kec, a, a1, b = _pohon()
    user = PenggunaFactory()
    LingkupUnit.objects.create(user=user, unit=a1)
    LingkupUnit.objects.create(user=user, unit=kec)
    assert akses.id_unit_lingkup(_segar(user)) == {kec.pk, a.pk, a1.pk, b.pk}


def test_siklus_induk_tidak_membuat_macet():
    kec, a, a1, b = _pohon()
    UnitKerja.objects.filter(pk=kec.pk).update(induk=a1)  # a broken tree: kec → a → a1 → kec
    user = PenggunaFactory()
    LingkupUnit.objects.create(user=user, unit=a)
    assert akses.id_unit_lingkup(_segar(user)) == {kec.pk, a.pk, a1.pk, b.pk}


def test_saring_lingkup_pada_berbagai_jalur():
    kec, a, a1, b = _pohon()
    p_a1 = pabrik.pegawai("Satu", unit_kerja=a1, akun=False)
    p_b = pabrik.pegawai("Dua", unit_kerja=b, akun=False)
    user = PenggunaFactory()
    LingkupUnit.objects.create(user=user, unit=a)
    user = _segar(user)
    assert list(akses.saring_lingkup(user, Pegawai.objects.all())) == [p_a1]
    assert set(akses.saring_lingkup(user, UnitKerja.objects.all(), medan="pk")) == {a, a1}
    global_ = PenggunaFactory()
    assert set(akses.saring_lingkup(global_, Pegawai.objects.all())) == {p_a1, p_b}


def test_anonim_dan_nonaktif_tidak_punya_lingkup():
    assert akses.id_unit_lingkup(AnonymousUser()) == frozenset()
    user = PenggunaFactory(is_active=False)
    assert akses.id_unit_lingkup(user) == frozenset()
    assert list(akses.saring_lingkup(user, Pegawai.objects.all())) == []
