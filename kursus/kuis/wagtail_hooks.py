"""Admin registration for quizzes (loaded by kursus/wagtail_hooks.py): the question bank and
quizzes as snippets, essay marking, reports and XLSX import/export."""

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import ObjectList
from wagtail.admin.widgets.button import HeaderButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from kursus.admin_views import MenuBerizin
from penilaian.kolom_admin import kolom_ya_tidak

from . import penilaian
from .admin_views import (
    IZIN_LAPORAN,
    IZIN_MENILAI,
    EksporSoalView,
    ImporSoalView,
    LaporanIndeks,
    LaporanKenaikanView,
    LaporanKuisView,
    PenilaianDaftar,
    PenilaianEsaiView,
)
from .models import JenisSoal, KategoriSoal, Kuis, Soal


def _formulir_aktif(formset):
    return [
        f
        for f in formset.forms
        if f.is_valid() and f.cleaned_data and not f.cleaned_data.get("DELETE")
    ]


class FormSoalAdmin(WagtailAdminModelForm):
    """Checks the key against the question type with the same rules as the XLSX import."""

    def clean(self):
        data = super().clean()
        formset = self.formsets.get("pilihan")
        pilihan = []
        if formset is not None:
            pilihan = [
                (f.cleaned_data.get("teks", ""), f.cleaned_data.get("benar", False))
                for f in _formulir_aktif(formset)
            ]
        jenis = data.get("jenis")
        if not jenis:
            return data
        galat = penilaian.periksa_soal(
            jenis=jenis,
            pilihan=pilihan,
            jawaban_isian=data.get("jawaban_isian") or "",
            jawaban_angka=data.get("jawaban_angka"),
            jawaban_benar_salah=data.get("jawaban_benar_salah"),
            rubrik=data.get("rubrik") or "",
            toleransi=data.get("toleransi") or 0,
        )
        kolom_kunci = {
            JenisSoal.BENAR_SALAH: "jawaban_benar_salah",
            JenisSoal.ISIAN: "jawaban_isian",
            JenisSoal.ANGKA: "jawaban_angka",
        }
        for kunci, pesan in galat.items():
            field = {"kunci": kolom_kunci.get(jenis), "pilihan": None}.get(kunci, kunci)
            self.add_error(field if field in self.fields else None, pesan.capitalize() + ".")
        return data


class FormKuisAdmin(WagtailAdminModelForm):
    def clean(self):
        data = super().clean()
        dibuka, ditutup = data.get("dibuka_pada"), data.get("ditutup_pada")
        if dibuka and ditutup and ditutup <= dibuka:
            self.add_error("ditutup_pada", _("Waktu tutup harus sesudah waktu buka."))
        formset = self.formsets.get("soal_kuis")
        if formset is not None and not data.get("simpan_lembar_jawaban"):
            soal = [f.cleaned_data.get("soal") for f in _formulir_aktif(formset)]
            if any(s is not None and s.jenis == JenisSoal.ESAI for s in soal):
                self.add_error(
                    "simpan_lembar_jawaban",
                    _("Kuis dengan soal esai harus menyimpan lembar jawaban untuk dinilai."),
                )
        return data


class SoalIndexView(IndexView):
    @property
    def header_buttons(self):
        tombol = list(super().header_buttons)
        if self.request.user.has_perm("kursus.add_soal"):
            tombol.append(
                HeaderButton(_("Impor XLSX"), url=reverse("kuis_impor_soal"), icon_name="upload")
            )
        tombol.append(
            HeaderButton(_("Ekspor XLSX"), url=reverse("kuis_ekspor_soal"), icon_name="download")
        )
        return tombol


class SoalViewSet(SnippetViewSet):
    model = Soal
    icon = "help"
    menu_label = _("Bank soal")
    index_view_class = SoalIndexView
    list_display = ["kode", "teks", "jenis", "kategori", "bobot"]
    list_filter = ["jenis", "kategori"]
    list_export = ["kode", "jenis", "kategori", "teks", "bobot", "penjelasan"]
    search_fields = ["teks", "kode"]
    ordering = ["kode"]
    edit_handler = ObjectList(Soal.panels, base_form_class=FormSoalAdmin)


class KategoriSoalViewSet(SnippetViewSet):
    model = KategoriSoal
    icon = "folder-open-inverse"
    menu_label = _("Kategori soal")
    list_display = ["nama", "induk"]
    ordering = ["induk__nama", "nama"]


class KuisViewSet(SnippetViewSet):
    model = Kuis
    icon = "tasks"
    menu_label = _("Kuis")
    list_display = ["judul", "slug", "nilai_lulus", "metode_nilai", kolom_ya_tidak(Kuis, "live")]
    list_filter = ["live", "metode_nilai"]
    list_export = ["judul", "slug", "nilai_lulus", "batas_percobaan", "metode_nilai", "live"]
    search_fields = ["judul"]
    ordering = ["judul"]
    edit_handler = ObjectList(Kuis.panels, base_form_class=FormKuisAdmin)


class KuisGroup(SnippetViewSetGroup):
    menu_label = _("Kuis")
    menu_icon = "tasks"
    menu_name = "kuis"
    menu_order = 300
    items = (KuisViewSet, SoalViewSet, KategoriSoalViewSet)


register_snippet(KuisGroup)


@hooks.register("insert_global_admin_js")
def js_editor_soal():
    """The question editor shows only the answer key of the chosen type (no-op elsewhere)."""
    return format_html('<script src="{}" defer></script>', static("js/admin-soal.js"))


@hooks.register("register_admin_urls")
def urls_kuis():
    return [
        path("kuis/penilaian/", PenilaianDaftar.as_view(), name="kuis_penilaian"),
        path("kuis/penilaian/<int:pk>/", PenilaianEsaiView.as_view(), name="kuis_nilai_esai"),
        path("kuis/laporan/", LaporanIndeks.as_view(), name="kuis_laporan"),
        path("kuis/laporan/<int:pk>/", LaporanKuisView.as_view(), name="kuis_laporan_kuis"),
        path(
            "kuis/laporan/kenaikan/<int:kursus_id>/",
            LaporanKenaikanView.as_view(),
            name="kuis_laporan_kenaikan",
        ),
        path("kuis/soal/impor/", ImporSoalView.as_view(), name="kuis_impor_soal"),
        path("kuis/soal/ekspor/", EksporSoalView.as_view(), name="kuis_ekspor_soal"),
    ]


@hooks.register("register_admin_menu_item")
def menu_penilaian():
    return MenuBerizin(
        _("Penilaian esai"),
        reverse("kuis_penilaian"),
        icon_name="edit",
        order=301,
        name="penilaian-esai",
        izin=IZIN_MENILAI,
    )


@hooks.register("register_reports_menu_item")
def menu_laporan():
    return MenuBerizin(
        _("Laporan kuis"), reverse("kuis_laporan"), icon_name="table", order=901, izin=IZIN_LAPORAN
    )
