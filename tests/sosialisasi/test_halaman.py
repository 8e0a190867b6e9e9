from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from situs import demo
from situs.models import HomePage
from sosialisasi.models import (
    AcaraPage,
    BeritaPage,
    PustakaRegulasiPage,
    SosialisasiIndexPage,
    SurveiPage,
    TanyaJawabPage,
)

from .factories import acara_di

ANAK = {BeritaPage, TanyaJawabPage, AcaraPage, PustakaRegulasiPage, SurveiPage}


class TestHalamanSosialisasi(WagtailPageTestCase):
    def setUp(self):
        self.beranda = demo.muat_beranda()
        self.indeks = self.beranda.add_child(
            instance=SosialisasiIndexPage(title="Sosialisasi", slug="sosialisasi")
        )
        self.berita = self.indeks.add_child(
            instance=BeritaPage(title="Berita", slug="berita", ringkasan="R", isi="<p>Isi</p>")
        )
        self.tanya = self.indeks.add_child(
            instance=TanyaJawabPage(
                title="Tanya jawab",
                slug="tanya-jawab",
                isi=[
                    {
                        "type": "tema",
                        "value": {
                            "judul": "Tema",
                            "daftar": [{"pertanyaan": "Mengapa?", "jawaban": "<p>Karena.</p>"}],
                        },
                    }
                ],
            )
        )
        self.acara = acara_di(self.indeks, "acara", kapasitas=10, jenis="bimtek")
        self.pustaka = self.indeks.add_child(
            instance=PustakaRegulasiPage(title="Pustaka regulasi", slug="pustaka-regulasi")
        )
        self.survei = self.indeks.add_child(instance=SurveiPage(title="Survei", slug="survei"))

    def test_indeks_hanya_di_bawah_beranda_dan_hanya_satu(self):
        self.assertAllowedParentPageTypes(SosialisasiIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(SosialisasiIndexPage, ANAK)
        self.assertFalse(SosialisasiIndexPage.can_create_at(self.beranda))

    def test_beranda_menerima_indeks_sosialisasi(self):
        self.assertCanCreateAt(HomePage, SosialisasiIndexPage)

    def test_setiap_halaman_anak_hanya_di_bawah_indeks_tanpa_anak(self):
        for model in ANAK:
            self.assertAllowedParentPageTypes(model, {SosialisasiIndexPage})
            self.assertAllowedSubpageTypes(model, set())

    def test_tanya_jawab_dan_pustaka_hanya_satu(self):
        self.assertFalse(TanyaJawabPage.can_create_at(self.indeks))
        self.assertFalse(PustakaRegulasiPage.can_create_at(self.indeks))
        self.assertTrue(BeritaPage.can_create_at(self.indeks))
        self.assertTrue(AcaraPage.can_create_at(self.indeks))

    def test_semua_halaman_dapat_dirutekan_dan_dirender(self):
        for halaman in (self.indeks, self.berita, self.tanya, self.acara, self.pustaka):
            with self.subTest(halaman=halaman.slug):
                self.assertPageIsRoutable(halaman)
                self.assertPageIsRenderable(halaman)

    def test_survei_dapat_dirutekan_dan_meminta_masuk(self):
        from tests.factories import PenggunaFactory

        self.assertPageIsRoutable(self.survei)
        self.assertPageIsRenderable(self.survei, accept_redirect=True)
        self.assertPageIsRenderable(self.survei, user=PenggunaFactory(peran=("Peserta",)))

    def test_berita_dapat_dibuat_di_admin(self):
        self.login()
        self.assertCanCreate(
            self.indeks,
            BeritaPage,
            nested_form_data(
                {
                    "title": "Pengumuman baru",
                    "slug": "pengumuman-baru",
                    "ringkasan": "Ringkasan pengumuman",
                    "isi": rich_text("<p>Isi pengumuman</p>"),
                    "disematkan": "on",
                    "tags": "pengumuman, jadwal",
                }
            ),
        )

    def test_tanya_jawab_dan_survei_dapat_dibuat_di_admin(self):
        self.login()
        self.tanya.delete()
        self.assertCanCreate(
            self.indeks,
            TanyaJawabPage,
            nested_form_data(
                {
                    "title": "Tanya jawab baru",
                    "slug": "tanya-baru",
                    "pengantar": "",
                    "isi": streamfield(
                        [
                            (
                                "tema",
                                {
                                    "judul": "Beban kerja",
                                    "daftar": streamfield(
                                        [
                                            (
                                                "item",
                                                {
                                                    "pertanyaan": "Bertambah?",
                                                    "jawaban": rich_text("<p>Ya, di awal.</p>"),
                                                    "pelajaran": "",
                                                    "regulasi": "",
                                                },
                                            )
                                        ]
                                    ),
                                },
                            )
                        ]
                    ),
                }
            ),
        )
        self.assertCanCreate(
            self.indeks,
            SurveiPage,
            nested_form_data(
                {
                    "title": "Survei baru",
                    "slug": "survei-baru",
                    "pengantar": rich_text(""),
                    "teks_terima_kasih": rich_text(""),
                    "form_fields": inline_formset(
                        [
                            {
                                "label": "Saya paham",
                                "field_type": "likert",
                                "tema": "pemahaman",
                                "required": "on",
                                "choices": "",
                                "default_value": "",
                                "help_text": "",
                            }
                        ]
                    ),
                }
            ),
        )
