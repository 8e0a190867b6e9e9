"""Admin views for trainers and Admin Kepegawaian: assign a course to a unit, a jabatan or a
list of NIP (preview, then confirm), and the per-unit completion report with its export."""

from django.contrib import messages
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import laporan_unit, penugasan
from .ekspor import ekspor_atau_antre
from .forms import FormPenugasan
from .models import KursusPage

IZIN_MENUGASKAN = "kursus.tugaskan_pendaftaran"
IZIN_LAPORAN_UNIT = laporan_unit.IZIN


class MenuBerizin(MenuItem):
    """An admin menu item shown only to users holding one permission."""

    def __init__(self, *args, izin: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.izin = izin

    def is_shown(self, request):
        return request.user.has_perm(self.izin)


class _JudulDiRemahRoti:
    """The page's own title as the last breadcrumb (otherwise the header says only "Home")."""

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]


class PenugasanView(
    _JudulDiRemahRoti, PermissionRequiredMixin, WagtailAdminTemplateMixin, FormView
):
    permission_required = IZIN_MENUGASKAN
    page_title = gettext_lazy("Tugaskan kursus")
    header_icon = "group"
    template_name = "kursus/admin/penugasan.html"
    form_class = FormPenugasan

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs() | {"user": self.request.user}
        if self.request.method == "GET" and self.request.GET.get("kursus", "").isdigit():
            kwargs["initial"] = {"kursus": int(self.request.GET["kursus"])}
        return kwargs

    def form_valid(self, form):
        kursus = form.cleaned_data["kursus"]
        sasaran = form.sasaran()
        if self.request.POST.get("aksi") != "konfirmasi":
            pratinjau = penugasan.pratinjau_penugasan(
                user=self.request.user, kursus=kursus, sasaran=sasaran
            )
            return self.render_to_response(self.get_context_data(form=form, pratinjau=pratinjau))
        hasil = penugasan.penugasan_simpan(
            user=self.request.user,
            kursus=kursus,
            sasaran=sasaran,
            tenggat=form.cleaned_data.get("tenggat"),
        )
        messages.success(
            self.request,
            _(
                "Kursus %(kursus)s ditugaskan: %(baru)s peserta baru, tenggat diperbarui untuk "
                "%(diubah)s, %(tetap)s sudah terdaftar tanpa perubahan, %(masalah)s tidak "
                "didaftarkan."
            )
            % {
                "kursus": kursus.title,
                "baru": hasil.baru,
                "diubah": hasil.tenggat_diubah,
                "tetap": hasil.tetap,
                "masalah": hasil.masalah,
            },
        )
        return redirect("kursus_laporan_unit", kursus_id=kursus.pk)


class LaporanUnitIndeks(
    _JudulDiRemahRoti, PermissionRequiredMixin, WagtailAdminTemplateMixin, TemplateView
):
    permission_required = IZIN_LAPORAN_UNIT
    page_title = gettext_lazy("Penyelesaian kursus per unit")
    header_icon = "table"
    template_name = "kursus/admin/laporan_unit_indeks.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            daftar=KursusPage.objects.live().order_by("title"),
            boleh_menugaskan=self.request.user.has_perm(IZIN_MENUGASKAN),
            **kwargs,
        )


class LaporanUnitView(PermissionRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    permission_required = IZIN_LAPORAN_UNIT
    page_title = gettext_lazy("Penyelesaian kursus per unit")
    header_icon = "table"
    template_name = "kursus/admin/laporan_unit.html"

    def get(self, request, *args, **kwargs):
        self.kursus = get_object_or_404(KursusPage, pk=kwargs["kursus_id"])
        self.unit = None
        self.peserta = None
        unit = request.GET.get("unit", "")
        if unit:
            if not unit.isdigit():
                raise Http404
            self.peserta = laporan_unit.peserta_unit(
                user=request.user, kursus=self.kursus, unit_id=int(unit)
            )
            if self.peserta is None:
                raise Http404
            self.unit = int(unit)
        format_ = request.GET.get("ekspor")
        if format_ in ("xlsx", "csv"):
            jumlah = len(laporan_unit.peserta_kursus(user=request.user, kursus=self.kursus))
            return ekspor_atau_antre(
                request,
                jenis=laporan_unit.JENIS_EKSPOR,
                judul=_("Laporan per unit: %(kursus)s (%(format)s)")
                % {"kursus": self.kursus.title, "format": format_.upper()},
                parameter={"kursus": self.kursus.pk, "format": format_},
                jumlah_baris=jumlah,
            )
        return super().get(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.kursus.title

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("kursus_laporan_unit_indeks"), "label": self.page_title},
            {"url": "", "label": self.kursus.title},
        ]

    def get_context_data(self, **kwargs):
        baris = laporan_unit.laporan_unit(user=self.request.user, kursus=self.kursus)
        nama_unit = next((b.nama for b in baris if b.unit_id == self.unit), "")
        return super().get_context_data(
            kursus=self.kursus,
            baris=baris,
            unit_terpilih=self.unit,
            nama_unit=nama_unit,
            peserta=self.peserta,
            boleh_menugaskan=self.request.user.has_perm(IZIN_MENUGASKAN),
            **kwargs,
        )
