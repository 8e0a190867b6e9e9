import pytest
from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from situs.models import HomePage


class TestHomePage(WagtailPageTestCase):
    def setUp(self):
        root = Page.get_first_root_node()
        self.home = root.add_child(
            instance=HomePage(title="Beranda uji", slug="beranda-uji", pengantar="Selamat datang")
        )
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "localhost", "root_page": self.home},
        )

    def test_hanya_boleh_di_bawah_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_hanya_satu_beranda(self):
        self.assertEqual(HomePage.max_count, 1)
        self.assertFalse(HomePage.can_create_at(Page.get_first_root_node()))

    def test_dapat_dirutekan_dan_dirender(self):
        self.assertPageIsRoutable(self.home)
        self.assertPageIsRenderable(self.home)
        self.assertPageIsPreviewable(
            self.home,
            post_data=nested_form_data(
                {
                    "title": "Beranda uji",
                    "slug": "beranda-uji",
                    "pengantar": "",
                    "isi": streamfield([]),
                }
            ),
        )

    def test_dapat_dibuat_lewat_admin(self):
        self.home.delete()
        self.login()
        self.assertCanCreate(
            Page.get_first_root_node(),
            HomePage,
            nested_form_data(
                {
                    "title": "Beranda baru",
                    "slug": "beranda-baru",
                    "pengantar": "Pengantar",
                    "isi": streamfield([("paragraf", rich_text("<p>Isi</p>"))]),
                }
            ),
        )


@pytest.mark.django_db
def test_beranda_berbahasa_indonesia_dan_aksesibel(client):
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Kinerja ASN", slug="beranda-a11y"))
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": home}
    )
    html = client.get("/").content.decode()
    assert '<html lang="id">' in html
    assert 'href="#konten"' in html and 'id="konten"' in html
    assert 'role="banner"' in html and 'role="contentinfo"' in html
    assert 'aria-label="Navigasi utama"' in html
    assert "Kecamatan Cipocok Jaya" in html and "Kota Serang" in html


@pytest.mark.django_db
def test_halaman_tidak_ada_memberi_404_berbahasa_indonesia(client):
    response = client.get("/tidak-ada-halaman-ini/")
    assert response.status_code == 404
    assert "Halaman tidak ditemukan" in response.content.decode()
