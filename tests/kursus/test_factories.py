import pytest

from tests.kursus.factories import KursusPageFactory, PelajaranPageFactory

pytestmark = pytest.mark.django_db


def test_kursus_page_factory_membuat_kursus_di_bawah_indeks(indeks):
    kursus = KursusPageFactory(parent=indeks)
    assert kursus.get_parent().specific == indeks
    assert kursus.live


def test_pelajaran_page_factory_membuat_pelajaran_berisi_teks(indeks):
    kursus = KursusPageFactory(parent=indeks)
    pelajaran = PelajaranPageFactory(parent=kursus, title="Satu")
    assert pelajaran.get_parent().specific == kursus
    assert pelajaran.body[0].block_type == "teks"
