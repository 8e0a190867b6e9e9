from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from kursus.models import KursusIndexPage, KursusPage, PelajaranPage
from situs import demo
from situs.models import HomePage


class TestHalamanKursus(WagtailPageTestCase):
    def setUp(self):
        self.beranda = demo.muat_beranda()
        self.indeks = KursusIndexPage(title="Kursus", slug="kursus", pengantar="Pengantar")
        self.beranda.add_child(instance=self.indeks)
        self.kursus = KursusPage(
            title="Kursus uji", slug="kursus-uji", ringkasan="Ringkasan", durasi_jp=3
        )
        self.indeks.add_child(instance=self.kursus)
        self.pelajaran = PelajaranPage(
            title="Pelajaran satu",
            slug="pelajaran-satu",
            body=[{"type": "teks", "value": "<p>Isi</p>"}],
        )
        self.kursus.add_child(instance=self.pelajaran)

    def test_indeks_hanya_di_bawah_beranda_dan_hanya_satu(self):
        self.assertAllowedParentPageTypes(KursusIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(KursusIndexPage, {KursusPage})
        self.assertFalse(KursusIndexPage.can_create_at(self.beranda))

    def test_beranda_hanya_menerima_indeks_kursus_dan_sosialisasi(self):
        from sosialisasi.models import SosialisasiIndexPage

        self.assertAllowedSubpageTypes(HomePage, {KursusIndexPage, SosialisasiIndexPage})

    def test_kursus_hanya_di_bawah_indeks_dan_berisi_pelajaran(self):
        self.assertAllowedParentPageTypes(KursusPage, {KursusIndexPage})
        self.assertAllowedSubpageTypes(KursusPage, {PelajaranPage})

    def test_pelajaran_hanya_di_bawah_kursus_tanpa_anak(self):
        self.assertAllowedParentPageTypes(PelajaranPage, {KursusPage})
        self.assertAllowedSubpageTypes(PelajaranPage, set())

    def test_indeks_dapat_dirutekan_dirender_dan_dipratinjau(self):
        self.assertPageIsRoutable(self.indeks)
        self.assertPageIsRenderable(self.indeks)
        self.assertPageIsPreviewable(
            self.indeks,
            post_data=nested_form_data(
                {"title": "Kursus", "slug": "kursus", "pengantar": "Pengantar baru"}
            ),
        )

    def test_kursus_dapat_dirutekan_dirender_dan_dipratinjau(self):
        self.assertPageIsRoutable(self.kursus)
        self.assertPageIsRenderable(self.kursus)
        self.assertPageIsPreviewable(
            self.kursus,
            post_data=nested_form_data(
                {
                    "title": "Kursus uji",
                    "slug": "kursus-uji",
                    "ringkasan": "Ringkasan",
                    "tujuan_pembelajaran": rich_text("<ul><li>Tujuan</li></ul>"),
                    "durasi_jp": 3,
                    "prasyarat": rich_text(""),
                    "urutan_wajib": "on",
                }
            ),
        )

    def test_pelajaran_dapat_dirutekan_dirender_dan_dipratinjau(self):
        self.assertPageIsRoutable(self.pelajaran)
        self.assertPageIsRenderable(self.pelajaran)
        self.assertPageIsPreviewable(
            self.pelajaran,
            post_data=nested_form_data(
                {
                    "title": "Pelajaran satu",
                    "slug": "pelajaran-satu",
                    "estimasi_menit": 10,
                    "body": streamfield(
                        [
                            ("teks", rich_text("<p>Isi pratinjau</p>")),
                            ("judul", "Bagian"),
                        ]
                    ),
                }
            ),
        )

    def test_pelajaran_dapat_dibuat_lewat_admin(self):
        self.login()
        self.assertCanCreate(
            self.kursus,
            PelajaranPage,
            nested_form_data(
                {
                    "title": "Pelajaran baru",
                    "slug": "pelajaran-baru",
                    "estimasi_menit": 12,
                    "body": streamfield([("teks", rich_text("<p>Isi baru</p>"))]),
                }
            ),
        )

    def test_kursus_dapat_dibuat_lewat_admin(self):
        self.login()
        self.assertCanCreate(
            self.indeks,
            KursusPage,
            nested_form_data(
                {
                    "title": "Kursus baru",
                    "slug": "kursus-baru",
                    "ringkasan": "Ringkasan",
                    "tujuan_pembelajaran": rich_text("<p>Tujuan</p>"),
                    "durasi_jp": 2,
                    "prasyarat": rich_text(""),
                }
            ),
        )

    def test_navigasi_kursus_menuju_indeks(self):
        html = self.client.get("/").content.decode()
        self.assertIn('href="/kursus/"', html)
        response = self.client.get("/kursus/")
        self.assertContains(response, "Kursus uji")

    def test_pencarian_menemukan_pelajaran(self):
        response = self.client.get("/cari/?q=Pelajaran")
        self.assertContains(response, "Pelajaran satu")

    def test_pencarian_tidak_menampilkan_pelajaran_yang_dibatasi(self):
        from wagtail.models import PageViewRestriction

        pelajaran = PelajaranPage.objects.get(title="Pelajaran satu")
        PageViewRestriction.objects.create(
            page=pelajaran, restriction_type=PageViewRestriction.LOGIN
        )
        response = self.client.get("/cari/?q=Pelajaran")
        self.assertNotContains(response, "Pelajaran satu")

    def test_halaman_root_bukan_induk_kursus(self):
        self.assertFalse(KursusPage.can_create_at(Page.get_first_root_node()))
