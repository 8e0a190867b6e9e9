"""Admin views for trainers: who enrolled, who finished, which certificates were issued.
Pelatih and Pelatih Senior hold the view permissions (situs.peran); records are written by
the site's services only, so the admin offers no add or edit here."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from penilaian.isian import IsianAdminMixin

from .admin_views import (
    IZIN_LAPORAN_UNIT,
    IZIN_MENUGASKAN,
    LaporanUnitIndeks,
    LaporanUnitView,
    MenuBerizin,
    PenugasanView,
)
from .models import Pendaftaran, Sertifikat
from .penugasan import AKSI_LOG


class PendaftaranViewSet(IsianAdminMixin, ModelViewSet):
    model = Pendaftaran
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


class SertifikatViewSet(IsianAdminMixin, ModelViewSet):
    model = Sertifikat
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
