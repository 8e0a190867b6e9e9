"""The outbox in the Wagtail admin: every email the site queued, read-only, with "kirim ulang"
for failed ones, and a dashboard panel while any email has failed.

Who sees it: superusers and Admin Kepegawaian with the global role (no ``LingkupUnit`` rows). An
administrator scoped to a unit does not: outbox rows belong to no unit, and their addresses are
those of every unit. The bodies are never shown: an activation or password-reset email carries a
one-time link that would let the reader take over the account.
"""

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from penilaian.akses import adalah_admin_kepegawaian, id_unit_lingkup
from penilaian.mesin import format_ringkas

from .models import SurelKeluar
from .surel import surel_kirim_ulang

STATUS_GAGAL = (SurelKeluar.Status.GAGAL, SurelKeluar.Status.MENYERAH)


def boleh_lihat_kotak_keluar(user) -> bool:
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if user.is_superuser:
        return True
    return adalah_admin_kepegawaian(user) and id_unit_lingkup(user) is None


class IzinKotakKeluar(ModelPermissionPolicy):
    """Read-only for everyone (rows are written by the site's services only); "view" for the
    outbox's readers; resending asks for "view" too (it changes nothing but the queue)."""

    def user_has_permission(self, user, action):
        return action == "view" and boleh_lihat_kotak_keluar(user)

    def users_with_any_permission(self, actions):
        return self._get_users_with_any_permission_codenames([]).none()


register_permission_policy(SurelKeluar, IzinKotakKeluar(SurelKeluar))


class IndeksSurel(IndexView):
    @property
    def header_buttons(self):
        tombol = list(super().header_buttons)
        if SurelKeluar.objects.filter(status__in=STATUS_GAGAL).exists():
            tombol.append(
                HeaderButton(
                    _("Kirim ulang semua yang gagal"),
                    url=reverse("surel_keluar_kirim_ulang_semua"),
                    icon_name="resubmit",
                )
            )
        return tombol

    def get_list_more_buttons(self, instance):
        tombol = super().get_list_more_buttons(instance)
        if instance.status in STATUS_GAGAL:
            tombol.append(
                MenuItem(
                    _("Kirim ulang"),
                    url=reverse("surel_keluar_kirim_ulang", args=[instance.pk]),
                    icon_name="resubmit",
                    priority=15,
                )
            )
        return tombol


class SurelKeluarViewSet(ModelViewSet):
    model = SurelKeluar
    name = "surel_keluar"
    icon = "mail"
    menu_label = gettext_lazy("Surel keluar")
    menu_order = 900
    add_to_settings_menu = True
    index_view_class = IndeksSurel
    list_display = ["subjek", "kepada", "jenis", "status", "percobaan", "dibuat_pada"]
    list_filter = ["status", "jenis", "dibuat_pada"]
    list_export = [
        "dibuat_pada",
        "kepada",
        "subjek",
        "jenis",
        "status",
        "percobaan",
        "galat_terakhir",
        "dicoba_pada",
        "terkirim_pada",
    ]
    search_fields = ["kepada", "subjek"]
    form_fields = []
    inspect_view_enabled = True
    inspect_view_fields = list_export
    copy_view_enabled = False


def _konfirmasi(request, *, jumlah: int, surel=None):
    return TemplateResponse(
        request, "situs/admin/kirim_ulang.html", {"jumlah": jumlah, "surel": surel}
    )


def kirim_ulang(request, pk: int):
    """GET: confirm; POST: queue one failed email again."""
    if not boleh_lihat_kotak_keluar(request.user):
        raise Http404
    surel = get_object_or_404(SurelKeluar, pk=pk, status__in=STATUS_GAGAL)
    if request.method == "POST":
        surel_kirim_ulang(surel_id=surel.pk)
        messages.success(
            request, _("Surel ke %(kepada)s masuk antrean lagi.") % {"kepada": surel.kepada}
        )
        return redirect("surel_keluar:index")
    return _konfirmasi(request, jumlah=1, surel=surel)


def kirim_ulang_semua(request):
    """GET: confirm with the count; POST: queue every failed email again."""
    if not boleh_lihat_kotak_keluar(request.user):
        raise Http404
    if request.method == "POST":
        jumlah = surel_kirim_ulang()
        messages.success(
            request, _("%(jumlah)s surel masuk antrean lagi.") % {"jumlah": format_ringkas(jumlah)}
        )
        return redirect("surel_keluar:index")
    return _konfirmasi(request, jumlah=SurelKeluar.objects.filter(status__in=STATUS_GAGAL).count())


class PanelSurelGagal(Component):
    """Dashboard panel: how many emails failed, with a link to the filtered outbox."""

    name = "surel_gagal"
    order = 50
    template_name = "situs/admin/panel_surel_gagal.html"

    def __init__(self, jumlah: int):
        self.jumlah = jumlah

    def get_context_data(self, parent_context=None):
        return {
            "jumlah": self.jumlah,
            "url": reverse("surel_keluar:index") + "?status=gagal&status=menyerah",
        }


@hooks.register("register_admin_viewset")
def daftarkan_kotak_keluar():
    return SurelKeluarViewSet()


@hooks.register("register_admin_urls")
def url_kirim_ulang():
    return [
        path("surel-keluar/kirim-ulang/<int:pk>/", kirim_ulang, name="surel_keluar_kirim_ulang"),
        path(
            "surel-keluar/kirim-ulang-semua/",
            kirim_ulang_semua,
            name="surel_keluar_kirim_ulang_semua",
        ),
    ]


@hooks.register("construct_homepage_panels")
def panel_surel_gagal(request, panels):
    if not boleh_lihat_kotak_keluar(request.user):
        return
    jumlah = SurelKeluar.objects.filter(status__in=STATUS_GAGAL).count()
    if jumlah:
        panels.append(PanelSurelGagal(jumlah))
