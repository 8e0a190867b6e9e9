from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from penilaian.kolom_admin import kolom_ya_tidak

from .admin_forms import FormKasusSimulasi
from .admin_views import (
    IZIN_LAPORAN,
    LaporanIndeks,
    LaporanKasusView,
    PratinjauKasusBaru,
    PratinjauKasusUbah,
)
from .models import KasusSimulasi


class KasusSimulasiViewSet(SnippetViewSet):
    model = KasusSimulasi
    icon = "clipboard-list"
    menu_label = _("Kasus simulasi")
    menu_name = "kasus-simulasi"
    add_to_admin_menu = True
    menu_order = 310
    list_display = ["judul", "unit_kerja", "tingkat", kolom_ya_tidak(KasusSimulasi, "live")]
    list_filter = ["tingkat", "live"]
    list_export = [
        "judul",
        "slug",
        "jabatan",
        "unit_kerja",
        "tingkat",
        "rhk_atasan",
        "rhk_model",
        "live",
    ]
    search_fields = ["judul", "narasi"]
    ordering = ["judul"]
    # The form refuses a model answer whose indicators do not pass the checker.
    edit_handler = ObjectList(KasusSimulasi.panels, base_form_class=FormKasusSimulasi)
    preview_on_add_view_class = PratinjauKasusBaru
    preview_on_edit_view_class = PratinjauKasusUbah


register_snippet(KasusSimulasiViewSet)


@hooks.register("register_admin_urls")
def urls_laporan():
    return [
        path("simulasi/laporan/", LaporanIndeks.as_view(), name="simulasi_laporan"),
        path(
            "simulasi/laporan/<int:pk>/", LaporanKasusView.as_view(), name="simulasi_laporan_kasus"
        ),
    ]


class _MenuLaporan(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(IZIN_LAPORAN)


@hooks.register("register_reports_menu_item")
def menu_laporan():
    return _MenuLaporan(
        _("Laporan simulasi"), reverse("simulasi_laporan"), icon_name="table", order=900
    )
