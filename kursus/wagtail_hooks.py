"""Admin views for trainers: who enrolled, who finished, which certificates were issued.
Pelatih and Pelatih Senior hold the view permissions (situs.peran); records are written by
the site's services only, so the admin offers no add or edit here."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from penilaian.isian import IsianAdminMixin
from penilaian.lingkup_admin import LingkupViewSetMixin

from .admin_views import (
    IZIN_LAPORAN_UNIT,
    IZIN_MENUGASKAN,
    LaporanUnitIndeks,
    LaporanUnitView,
    MenuBerizin,
    PenugasanView,
)
from .models import Pendaftaran, Sertifikat
from .moderasi import pesan_disetujui
from .penugasan import AKSI_LOG


class PendaftaranViewSet(LingkupViewSetMixin, IsianAdminMixin, ModelViewSet):
    """A scoped trainer sees the enrolments of participants in its units only."""

    model = Pendaftaran
    medan_lingkup = "user__pegawai__unit"
    name = "pendaftaran"
    icon = "group"
    menu_label = _("Pendaftaran")
    list_display = ["user", "kursus", "didaftarkan_pada", "tenggat", "selesai_pada"]
    list_export = [
        "user",
        "kursus",
        "didaftarkan_pada",
        "tenggat",
        "ditugaskan_oleh",
        "ditugaskan_pada",
        "selesai_pada",
    ]
    list_filter = ["kursus", "tenggat", "selesai_pada"]
    search_fields = ["user__username", "user__first_name", "user__last_name"]
    form_fields = ["selesai_pada"]
    inspect_view_enabled = True


class SertifikatViewSet(LingkupViewSetMixin, IsianAdminMixin, ModelViewSet):
    model = Sertifikat
    medan_lingkup = "pendaftaran__user__pegawai__unit"
    name = "sertifikat"
    icon = "doc-full"
    menu_label = _("Sertifikat")
    list_display = ["kode", "nama_peserta", "nip", "judul_kursus", "diterbitkan_pada"]
    list_export = ["kode", "nama_peserta", "nip", "judul_kursus", "durasi_jp", "diterbitkan_pada"]
    list_filter = ["judul_kursus"]
    search_fields = ["kode", "nama_peserta", "nip"]
    form_fields = ["nama_peserta"]
    inspect_view_enabled = True


class KursusViewSetGroup(ViewSetGroup):
    items = (PendaftaranViewSet, SertifikatViewSet)
    menu_icon = "clipboard-list"
    menu_label = _("Peserta kursus")
    menu_order = 250


@hooks.register("after_create_page")
def pasang_moderasi_pada_indeks_baru(request, page):
    """A course index created in the admin gets the trainers' moderation workflow and page
    permissions at once (Pelatih submit, Pelatih Senior approve), as the demo's index has."""
    from .demo import pastikan_moderasi
    from .models import KursusIndexPage

    if isinstance(page.specific, KursusIndexPage):
        pastikan_moderasi(indeks=page.specific)


@hooks.register("register_admin_viewset")
def daftarkan_viewset():
    return KursusViewSetGroup()


# --- moderation: the reviewer's approval in sight, and said when done (issue 17) -------------


def _setujui_sebagai_tombol_utama(menu_items: list) -> None:
    """Wagtail makes the first action-menu item the editor's primary button; by default that
    is "Simpan draf" and a reviewer finds "Setujui" only in the "…" menu. The approve action
    without a comment goes first; the others (with comment, request changes) stay listed."""
    for i, item in enumerate(menu_items):
        if getattr(item, "name", None) == "approve" and not getattr(item, "launch_modal", True):
            menu_items.insert(0, menu_items.pop(i))
            return


@hooks.register("construct_page_action_menu")
def setujui_utama_di_halaman(menu_items, request, context):
    _setujui_sebagai_tombol_utama(menu_items)


@hooks.register("construct_snippet_action_menu")
def setujui_utama_di_snippet(menu_items, request, context):
    _setujui_sebagai_tombol_utama(menu_items)


def _pesan_disetujui(request, judul: str) -> None:
    """Wagtail's editor only says the page "has been updated" after an approval (the dashboard's
    approval modal: ``kursus.moderasi.PesanPersetujuanMiddleware``)."""
    if request.POST.get("action-workflow-action") and (
        request.POST.get("workflow-action-name") == "approve"
    ):
        pesan_disetujui(request, judul)


@hooks.register("after_edit_page")
def pesan_setelah_setujui_halaman(request, page):
    _pesan_disetujui(request, page.get_admin_display_title())


@hooks.register("after_edit_snippet")
def pesan_setelah_setujui_snippet(request, instance):
    _pesan_disetujui(request, str(instance))


@hooks.register("register_admin_urls")
def urls_penugasan():
    return [
        path("kursus/tugaskan/", PenugasanView.as_view(), name="kursus_penugasan"),
        path(
            "kursus/laporan-unit/", LaporanUnitIndeks.as_view(), name="kursus_laporan_unit_indeks"
        ),
        path(
            "kursus/laporan-unit/<int:kursus_id>/",
            LaporanUnitView.as_view(),
            name="kursus_laporan_unit",
        ),
    ]


@hooks.register("register_admin_menu_item")
def menu_penugasan():
    return MenuBerizin(
        _("Tugaskan kursus"),
        reverse("kursus_penugasan"),
        icon_name="group",
        order=251,
        name="tugaskan-kursus",
        izin=IZIN_MENUGASKAN,
    )


@hooks.register("register_reports_menu_item")
def menu_laporan_unit():
    return MenuBerizin(
        _("Penyelesaian kursus per unit"),
        reverse("kursus_laporan_unit_indeks"),
        icon_name="table",
        order=902,
        izin=IZIN_LAPORAN_UNIT,
    )


@hooks.register("register_log_actions")
def aksi_log_penugasan(actions):
    actions.register_action(
        AKSI_LOG, _("Tugaskan kursus"), _("Kursus ditugaskan kepada unit, jabatan atau daftar NIP")
    )


from .kuis import wagtail_hooks as kuis_hooks  # noqa: E402,F401 (registers the quiz admin)
