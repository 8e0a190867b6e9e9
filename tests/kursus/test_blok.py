import json

import pytest
from django.core.exceptions import ValidationError

from kursus import blocks
from tests.tembolok import kunci_tembolok

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("nama", "blok"), blocks.BLOK_PELAJARAN)
def test_setiap_blok_punya_templat_ikon_deskripsi_dan_pratinjau(nama, blok):
    assert blok.meta.template.startswith("blocks/")
    assert blok.meta.icon
    assert blok.meta.description
    assert blok.meta.preview_value is not None


@pytest.mark.parametrize(("nama", "blok"), blocks.BLOK_PELAJARAN)
def test_setiap_blok_dirender_dari_nilai_pratinjaunya(nama, blok):
    nilai = blok.to_python(blok.get_prep_value(blok.normalize(blok.meta.preview_value)))
    html = blok.render(nilai)
    assert html.strip()


def test_catatan_menampilkan_jenisnya():
    blok = blocks.CatatanBlock()
    html = blok.render(blok.to_python({"jenis": "penting", "judul": "Awas", "isi": "<p>x</p>"}))
    assert "catatan--penting" in html and "Penting: Awas" in html


def test_tabel_memakai_baris_pertama_sebagai_kepala():
    blok = blocks.TabelBlock()
    html = blok.render(blok.meta.preview_value)
    assert "<th" in html and "Polaritas" in html and "turun" in html


def test_contoh_indikator_menampilkan_temuan_pemeriksa_untuk_kedua_rumusan():
    blok = blocks.ContohIndikatorBlock()
    html = blok.render(blok.to_python(blok.meta.preview_value))
    assert "Belum layak" in html
    assert "Indikator masih berupa kegiatan, bukan ukuran hasil." in html
    assert "✓ Layak" in html and "skor SMART 100/100" in html


def test_contoh_perhitungan_menampilkan_langkah_dari_mesin():
    blok = blocks.ContohPerhitunganBlock()
    html = blok.render(blok.to_python(blok.meta.preview_value))
    assert "capaian = 93/90 × 100 = 103,33 %" in html
    assert "Predikat" in html


def test_contoh_perhitungan_memakai_kebijakan_aktif_bukan_milik_dokumen():
    """The lesson's example scores like the simulator and live appraisals today: under the
    running period's kebijakan, whatever kebijakan its JSON names, and its cached HTML follows
    a change of kebijakan."""
    from penilaian.models import Kebijakan
    from tests.penilaian import pabrik

    blok = blocks.ContohPerhitunganBlock()
    dokumen = json.loads(blok.meta.preview_value["dokumen"])
    dokumen["kebijakan"] = {"nama": "Kebijakan dokumen", "ambang_di_atas": 100, "ambang_sesuai": 50}
    nilai = blok.to_python({"judul": "Contoh", "dokumen": json.dumps(dokumen)})
    periode = pabrik.periode(
        kebijakan=Kebijakan.objects.create(
            nama="Kebijakan aktif", ambang_di_atas=110, ambang_sesuai=90
        )
    )
    html = blok.render(nilai)
    assert "Kebijakan aktif" in html and "Kebijakan dokumen" not in html
    assert "maka usulan rating hasil kerja sesuai ekspektasi" in html  # 103,33 % < 110 %
    periode.kebijakan = Kebijakan.objects.create(
        nama="Kebijakan baru", ambang_di_atas=103, ambang_sesuai=90
    )
    periode.save()
    html = blok.render(nilai)
    assert "Kebijakan baru" in html
    assert "maka usulan rating hasil kerja di atas ekspektasi" in html


def test_contoh_perhitungan_menolak_dokumen_tidak_sah():
    blok = blocks.ContohPerhitunganBlock()
    with pytest.raises(ValidationError):
        blok.clean(blok.to_python({"judul": "x", "dokumen": json.dumps({"aturan": "pp46-2011"})}))


def test_blok_statis_dirender_dari_cache_menurut_nilainya(settings):
    """Checker and engine output depend only on the block value: the HTML is cached by a hash
    of the value, so an edited value renders fresh and the cached HTML equals a fresh render."""
    from django.core.cache import cache

    from kursus.blocks import ContohIndikatorBlock

    cache.clear()
    blok = ContohIndikatorBlock()
    nilai = blok.to_python(
        {"awal": "Melaksanakan pelayanan dengan baik", "perbaikan": "Persentase surat selesai"}
    )
    pertama = blok.render(nilai)
    assert blok.render(nilai) == pertama
    assert kunci_tembolok("kursus:blok:")
    lain = blok.to_python({"awal": "Indikator lain sama sekali", "perbaikan": "Jumlah kegiatan"})
    assert "Indikator lain sama sekali" in blok.render(lain)
    assert "Indikator lain sama sekali" not in blok.render(nilai)


def test_pratinjau_blok_statis_tidak_memakai_cache(rf):
    from django.core.cache import cache

    from kursus.blocks import ContohIndikatorBlock

    cache.clear()
    request = rf.get("/")
    request.is_preview = True
    blok = ContohIndikatorBlock()
    nilai = blok.to_python({"awal": "Awal", "perbaikan": "Perbaikan"})
    blok.render(nilai, context={"request": request})
    assert not kunci_tembolok("kursus:blok:")
