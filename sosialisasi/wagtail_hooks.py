"""Admin: the regulation library (a snippet in the moderation workflow), visitors' questions
to moderate and answer, and the event registrations (read only)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from penilaian.kolom_admin import kolom_ya_tidak
from penilaian.lingkup_admin import LingkupViewSetMixin

from . import services
from .models import PendaftaranAcara, PertanyaanPengunjung, Regulasi, SosialisasiIndexPage


class RegulasiViewSet(SnippetViewSet):
    model = Regulasi
    icon = "doc-full-inverse"
    menu_label = _("Pustaka regulasi")
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["__str__", "tentang", "status", kolom_ya_tidak(Regulasi, "live")]
    list_filter = ["jenis", "status", "live"]
    list_export = ["jenis", "penerbit", "nomor", "tahun", "tentang", "status", "live"]
    search_fields = ["tentang", "nomor", "ringkasan"]


class FormJawabPertanyaan(WagtailAdminModelForm):
    """Answering goes through the service: an answered question needs an answer, and its
    date is set once."""

    def clean(self):
        data = super().clean()
        if (
            data.get("status") == PertanyaanPengunjung.Status.DIJAWAB
            and not (data.get("jawaban") or "").strip()
        ):
            raise ValidationError({"jawaban": _("Tuliskan jawaban sebelum menandai dijawab.")})
        return data

    def save(self, commit=True):
        if not commit:
            return super().save(commit=False)
        return services.pertanyaan_jawab(
            pertanyaan=self.instance,
            status=self.cleaned_data["status"],
            jawaban=self.cleaned_data["jawaban"],
        )


class PertanyaanViewSet(ModelViewSet):
    model = PertanyaanPengunjung
    name = "pertanyaan"
    icon = "help"
    menu_label = _("Pertanyaan pengunjung")
    list_display = ["pertanyaan", "status", "diajukan_pada", "dijawab_pada"]
    list_filter = ["status"]
    list_export = ["pertanyaan", "status", "jawaban", "diajukan_pada", "dijawab_pada"]
    search_fields = ["pertanyaan", "jawaban"]
    add_view_enabled = False
    inspect_view_enabled = True
    edit_handler = ObjectList(
        [
            FieldPanel("pertanyaan", read_only=True),
            FieldPanel("status"),
            FieldPanel("jawaban"),
        ],
        base_form_class=FormJawabPertanyaan,
    )


class PendaftaranAcaraViewSet(LingkupViewSetMixin, ModelViewSet):
    """Registrations; a scoped organiser sees the participants of its units only."""

    model = PendaftaranAcara
    medan_lingkup = "user__pegawai__unit"
    name = "pendaftaran_acara"
    icon = "date"
    menu_label = _("Pendaftaran acara")
    list_display = ["user", "acara", "status", "diantre_pada", "hadir_pada"]
    list_filter = ["acara", "status"]
    list_export = ["user", "acara", "status", "diantre_pada", "hadir_pada"]
    search_fields = ["user__username", "user__first_name", "user__last_name"]
    form_fields = ["status"]
    add_view_enabled = False
    inspect_view_enabled = True


class SosialisasiViewSetGroup(ViewSetGroup):
    items = (PertanyaanViewSet, PendaftaranAcaraViewSet)
    menu_icon = "group"
    menu_label = _("Sosialisasi")
    menu_order = 255


register_snippet(RegulasiViewSet)


@hooks.register("register_admin_viewset")
def daftarkan_viewset():
    return SosialisasiViewSetGroup()


@hooks.register("after_create_page")
def pasang_moderasi_pada_indeks_baru(request, page):
    """A socialisation index created in the admin gets the trainers' moderation workflow and
    page permissions at once, as the demo's index has."""
    from kursus.demo import pastikan_moderasi

    from .demo import pastikan_moderasi_regulasi

    if isinstance(page.specific, SosialisasiIndexPage):
        pastikan_moderasi_regulasi(alur=pastikan_moderasi(indeks=page.specific))
