"""Admin views for trainers: who enrolled, who finished, which certificates were issued.
Pelatih and Pelatih Senior hold the view permissions (situs.peran); records are written by
the site's services only, so the admin offers no add or edit here."""

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


from .kuis import wagtail_hooks as kuis_hooks  # noqa: E402,F401 (registers the quiz admin)
