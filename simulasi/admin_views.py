"""The trainer's report per case in the Wagtail admin, with CSV/XLSX export."""

from __future__ import annotations

import io

from django.contrib.auth.mixins import PermissionRequiredMixin
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.snippets.views.snippets import PreviewOnCreateView, PreviewOnEditView

from penilaian.ekspor import baris_aman, tulis_csv

from . import selectors
from .grafik import grafik_laporan
from .models import KasusSimulasi

IZIN_LAPORAN = "simulasi.view_kasussimulasi"


class _PratinjauTanpaPemeriksa:
    """The preview renders the form as typed; the checker guards saving, not looking."""

    def validate_form(self, form):
        form.pratinjau = True
        return super().validate_form(form)


class PratinjauKasusBaru(_PratinjauTanpaPemeriksa, PreviewOnCreateView):
    pass


class PratinjauKasusUbah(_PratinjauTanpaPemeriksa, PreviewOnEditView):
    pass


class LaporanIndeks(PermissionRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    permission_required = IZIN_LAPORAN
    page_title = _("Laporan simulasi")
    header_icon = "table"
    template_name = "simulasi/admin/laporan_indeks.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            daftar=selectors.ringkasan_kasus(user=self.request.user), **kwargs
        )


class LaporanKasusView(PermissionRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    permission_required = IZIN_LAPORAN
    page_title = _("Laporan simulasi")
    header_icon = "table"
    template_name = "simulasi/admin/laporan_kasus.html"

    def get(self, request, *args, **kwargs):
        self.kasus = get_object_or_404(KasusSimulasi, pk=kwargs["pk"])
        self.laporan = selectors.laporan_kasus(self.kasus, user=request.user)
        format_ekspor = request.GET.get("ekspor")
        if format_ekspor == "csv":
            return self._csv()
        if format_ekspor == "xlsx":
            return self._xlsx()
        return super().get(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.kasus.judul

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("simulasi_laporan"), "label": _("Laporan simulasi")},
            {"url": "", "label": self.kasus.judul},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            laporan=self.laporan, **grafik_laporan(self.laporan), **kwargs
        )

    def _nama_berkas(self, akhiran: str) -> str:
        return f"laporan-simulasi-{self.kasus.slug}.{akhiran}"

    def _csv(self) -> HttpResponse:
        isi = tulis_csv(selectors.KOLOM_EKSPOR, selectors.baris_ekspor(self.laporan))
        respons = HttpResponse(isi, content_type="text/csv; charset=utf-8")
        respons["Content-Disposition"] = f'attachment; filename="{self._nama_berkas("csv")}"'
        return respons

    def _xlsx(self) -> HttpResponse:
        from openpyxl import Workbook

        buku = Workbook(write_only=True)
        lembar = buku.create_sheet("Percobaan")
        lembar.append(list(selectors.KOLOM_EKSPOR))
        for baris in selectors.baris_ekspor(self.laporan):
            lembar.append(baris_aman(baris))
        ringkas = buku.create_sheet("Ringkasan")
        ringkas.append(["jumlah_percobaan", self.laporan.jumlah])
        ringkas.append(["jumlah_peserta", self.laporan.jumlah_peserta])
        ringkas.append(["rata_skor", self.laporan.rata_skor])
        for rentang, n in self.laporan.distribusi:
            ringkas.append([f"skor {rentang}", n])
        for kode, n in self.laporan.temuan:
            ringkas.append(baris_aman([f"temuan {kode}", n]))
        keluaran = io.BytesIO()
        buku.save(keluaran)
        respons = HttpResponse(
            keluaran.getvalue(),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        respons["Content-Disposition"] = f'attachment; filename="{self._nama_berkas("xlsx")}"'
        return respons
