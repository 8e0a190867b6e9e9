"""Issue 17: in the moderation workflow the reviewer's "Setujui" is the editor's primary
button (not hidden in the "…" menu), and approving says so in a success message."""

import pytest
from django.test import RequestFactory
from wagtail.admin.action_menu import PageActionMenu
from wagtail.test.utils.form_data import nested_form_data, rich_text

from kursus.demo import pastikan_moderasi
from sosialisasi.models import BeritaPage

pytestmark = pytest.mark.django_db


def _data() -> dict:
    return {
        "title": "Pengumuman dari pelatih",
        "slug": "pengumuman-pelatih",
        "ringkasan": "Ringkasan",
        "isi": rich_text("<p>Isi</p>"),
        "tags": "",
    }


@pytest.fixture
def diajukan(client, indeks, buat_pengguna):
    pastikan_moderasi(indeks=indeks)
    client.force_login(buat_pengguna("Pelatih"))
    data = nested_form_data({**_data(), "action-submit": "Kirim untuk moderasi"})
    respons = client.post(f"/admin/pages/add/sosialisasi/beritapage/{indeks.pk}/", data)
    assert respons.status_code == 302
    client.logout()
    return BeritaPage.objects.get(slug="pengumuman-pelatih")


def test_setujui_adalah_tombol_utama_peninjau(diajukan, buat_pengguna):
    senior = buat_pengguna("Pelatih", "Pelatih Senior")
    request = RequestFactory().get("/")
    request.user = senior
    menu = PageActionMenu(request, view="edit", page=diajukan, locked_for_user=False, lock=None)
    assert menu.default_item.name == "approve"
    assert not menu.default_item.launch_modal
    # The other choices stay in the menu.
    assert {"reject", "action-save-draft"} <= {i.name for i in menu.menu_items}


def test_menyetujui_memberi_pesan_berhasil_dan_menerbitkan(client, diajukan, buat_pengguna):
    client.force_login(buat_pengguna("Pelatih", "Pelatih Senior"))
    data = nested_form_data(
        {**_data(), "action-workflow-action": "true", "workflow-action-name": "approve"}
    )
    respons = client.post(f"/admin/pages/{diajukan.pk}/edit/", data, follow=True)
    isi = respons.content.decode()
    assert "“Pengumuman dari pelatih” disetujui." in isi
    diajukan.refresh_from_db()
    assert diajukan.live
