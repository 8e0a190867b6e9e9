"""Admin views for trainers: who enrolled, who finished, which certificates were issued.
Pelatih and Pelatih Senior hold the view permissions (situs.peran); records are written by
the site's services only, so the admin offers no add or edit here."""

from django.contrib import messages
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from penilaian.isian import IsianAdminMixin
from penilaian.lingkup_admin import LingkupViewSetMixin

from .models import Pendaftaran, Sertifikat


class PendaftaranViewSet(LingkupViewSetMixin, IsianAdminMixin, ModelViewSet):
    """A scoped trainer sees the enrolments of participants in its units only."""

    model = Pendaftaran
    medan_lingkup = "user__pegawai__unit"
    name = "pendaftaran"
    icon = "group"
    menu_label = _("Pendaftaran")
    list_display = ["user", "kursus", "didaftarkan_pada", "selesai_pada"]
    list_export = ["user", "kursus", "didaftarkan_pada", "selesai_pada"]
    list_filter = ["kursus", "selesai_pada"]
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
    """Wagtail's editor only says the page "has been updated" after an approval."""
    if request.POST.get("action-workflow-action") and (
        request.POST.get("workflow-action-name") == "approve"
    ):
        messages.success(
            request,
            gettext("“%(judul)s” disetujui. Bila ini tahap moderasi terakhir, kini sudah terbit.")
            % {"judul": judul},
        )


@hooks.register("after_edit_page")
def pesan_setelah_setujui_halaman(request, page):
    _pesan_disetujui(request, page.get_admin_display_title())


@hooks.register("after_edit_snippet")
def pesan_setelah_setujui_snippet(request, instance):
    _pesan_disetujui(request, str(instance))


from .kuis import wagtail_hooks as kuis_hooks  # noqa: E402,F401 (registers the quiz admin)
