import pytest

from sosialisasi.models import (
    BeritaPage,
    FieldSurvei,
    SosialisasiIndexPage,
    SurveiPage,
    TanyaJawabPage,
)

from .factories import acara_di


@pytest.fixture
def beranda(db):
    from situs import demo

    return demo.muat_beranda()


@pytest.fixture
def indeks(beranda):
    halaman = SosialisasiIndexPage(title="Sosialisasi", slug="sosialisasi")
    beranda.add_child(instance=halaman)
    return halaman


@pytest.fixture
def buat_berita(indeks):
    def _buat(slug="berita-uji", *, disematkan=False, judul=None, isi="<p>Isi berita</p>", **kw):
        halaman = BeritaPage(
            title=judul or f"Berita {slug}",
            slug=slug,
            ringkasan=f"Ringkasan {slug}",
            isi=isi,
            disematkan=disematkan,
            **kw,
        )
        indeks.add_child(instance=halaman)
        halaman.save_revision().publish()
        return halaman

    return _buat


@pytest.fixture
def buat_acara(indeks):
    """Factory: a live event starting ``mulai_dalam`` from now, lasting two hours."""

    def _buat(slug="acara-uji", **kw):
        return acara_di(indeks, slug, **kw)

    return _buat


@pytest.fixture
def tanya_jawab(indeks):
    halaman = TanyaJawabPage(
        title="Tanya jawab",
        slug="tanya-jawab",
        isi=[
            {
                "type": "tema",
                "value": {
                    "judul": "Beban kerja",
                    "daftar": [
                        {
                            "pertanyaan": "Apakah beban kerja bertambah?",
                            "jawaban": "<p>Di awal, ya.</p>",
                            "unggulan": True,
                        },
                        {"pertanyaan": "Harus unggah tiap hari?", "jawaban": "<p>Tidak.</p>"},
                    ],
                },
            }
        ],
    )
    indeks.add_child(instance=halaman)
    return halaman


TEMA = ("pemahaman", "sikap", "beban_kerja", "keadilan")


@pytest.fixture
def survei(indeks):
    """A survey with one Likert item per theme and no course (everyone is "sebelum")."""
    halaman = SurveiPage(title="Survei", slug="survei")
    indeks.add_child(instance=halaman)
    for i, tema in enumerate(TEMA):
        FieldSurvei.objects.create(
            page=halaman, sort_order=i, label=f"Butir {tema}", field_type="likert", tema=tema
        )
    return halaman
