import pytest

from simulasi.blocks import KasusSimulasiBlock

pytestmark = pytest.mark.django_db


def test_blok_menampilkan_kasus_dan_tautannya(kasus_demo):
    blok = KasusSimulasiBlock()
    kasus = kasus_demo["pemberdayaan-umkm"]
    html = blok.render(
        blok.to_python({"kasus": kasus.pk, "pengantar": "Latihan UMKM", "label_tombol": ""})
    )
    assert kasus.judul in html
    assert kasus.get_absolute_url() in html


def test_blok_menolak_kasus_draf(kasus_demo):
    from django.core.exceptions import ValidationError

    blok = KasusSimulasiBlock()
    kasus = kasus_demo["trantibum"]
    kasus.live = False
    kasus.save()
    with pytest.raises(ValidationError):
        blok.clean(blok.to_python({"kasus": kasus.pk, "pengantar": "", "label_tombol": "x"}))


def test_nilai_pratinjau_dapat_dirender():
    blok = KasusSimulasiBlock()
    assert "simulator" in blok.render(blok.to_python(blok.meta.preview_value)).lower()
