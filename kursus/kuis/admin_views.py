"""Trainer views in the Wagtail admin: essays awaiting marking, per-quiz reports, pre/post
gain, and XLSX import/export of questions. Reports export as CSV and XLSX."""

from decimal import Decimal
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView, View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from kursus.ekspor import (
    MIME_XLSX,
    BerkasEkspor,
    berkas_csv,
    berkas_xlsx,
    ekspor_atau_antre,
    respons_berkas,
)
from kursus.models import KursusPage
from penilaian.mesin import format_ringkas

from . import buku_nilai, grafik, impor, laporan, services
from .forms import FormImpor, FormNilaiEsai
from .models import Kuis, PercobaanKuis

IZIN_LAPORAN = "kursus.view_kuis"
IZIN_MENILAI = "kursus.change_jawabanpeserta"
IZIN_SOAL = "kursus.add_soal"


def _id_saring(nilai) -> int | None:
    """A filter's id from the query string; anything but digits means no filter."""
    nilai = str(nilai or "")
    return int(nilai) if nilai.isdigit() and len(nilai) < 12 else None


def saringan_antrean(data) -> dict[str, int]:
    """The queue's filters (quiz, unit) from a query string or form, valid ids only."""
    return {k: v for k in ("kuis", "unit") if (v := _id_saring(data.get(k))) is not None}


class PenilaianDaftar(PermissionRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    """The essay marking queue: oldest submission first, filtered by quiz and by the
    participant's unit (with its sub-units), counts per quiz and per unit; in the trainer's
    unit scope."""

    permission_required = IZIN_MENILAI
    page_title = _("Penilaian esai")
    header_icon = "edit"
    template_name = "kursus/kuis/admin/penilaian_daftar.html"

    def get_context_data(self, **kwargs):
        saring = saringan_antrean(self.request.GET)
        daftar = buku_nilai.antrean_esai(
            pelatih=self.request.user, kuis_id=saring.get("kuis"), unit_id=saring.get("unit")
        )
        per_kuis, per_unit = buku_nilai.hitungan_antrean(pelatih=self.request.user)
        return super().get_context_data(
            daftar=list(daftar[:500]),
            jumlah=daftar.count(),
            jumlah_semua=sum(n for _k, n in per_kuis),
            per_kuis=per_kuis,
            per_unit=per_unit,
            saring=saring,
            kueri=urlencode(saring),
            **kwargs,
        )


def _skor_rubrik(skor: list[str]) -> str:
    """Per-criterion scores (stored as decimal text) as people write them: "2; 1,5"."""
    return "; ".join(format_ringkas(Decimal(n)) for n in skor) or "—"


class PenilaianEsaiView(PermissionRequiredMixin, WagtailAdminTemplateMixin, FormView):
    permission_required = IZIN_MENILAI
    page_title = _("Nilai esai")
    header_icon = "edit"
    template_name = "kursus/kuis/admin/penilaian_esai.html"
    form_class = FormNilaiEsai

    def dispatch(self, request, *args, **kwargs):
        # Permission first: without it every id answers alike (no hint which answers exist).
        if not self.has_permission():
            return self.handle_no_permission()
        # Running and voided attempts, and participants outside the trainer's units: 404.
        self.jawaban = buku_nilai.jawaban_esai_untuk_pelatih(pelatih=request.user, pk=kwargs["pk"])
        if self.jawaban is None:
            raise Http404
        self.saring = saringan_antrean(request.GET)
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["rubrik"] = self.jawaban.soal.daftar_rubrik()
        if self.jawaban.dinilai_pada:
            kwargs["initial"] = {"komentar": self.jawaban.komentar} | {
                # Stored as decimal text; a Decimal is shown as people write it (1,5).
                f"kriteria_{i}": Decimal(n)
                for i, n in enumerate(self.jawaban.nilai_rubrik)
            }
        return kwargs

    def get_page_subtitle(self):
        return f"{self.jawaban.percobaan.kuis} — {self.jawaban.percobaan.user}"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("kuis_penilaian"), "label": _("Penilaian esai")},
            {"url": "", "label": self.jawaban.soal.kode},
        ]

    def get_context_data(self, **kwargs):
        riwayat = [
            {
                "baris": r,
                "rubrik_lama": _skor_rubrik(r.rubrik_lama),
                "rubrik_baru": _skor_rubrik(r.rubrik_baru),
            }
            for r in self.jawaban.riwayat_nilai.select_related("penilai")
        ]
        return super().get_context_data(
            jawaban=self.jawaban, riwayat=riwayat, kueri=urlencode(self.saring), **kwargs
        )

    def form_valid(self, form):
        try:
            services.jawaban_nilai_esai(
                jawaban=self.jawaban,
                nilai_rubrik=form.nilai_rubrik(),
                komentar=form.cleaned_data["komentar"],
                penilai=self.request.user,
            )
        except services.NilaiTidakSah:
            form.add_error(None, _("Skor harus di antara 0 dan skor maksimum setiap kriteria."))
            return self.form_invalid(form)
        except services.PercobaanDibatalkan:
            raise Http404 from None
        percobaan = PercobaanKuis.objects.get(pk=self.jawaban.percobaan_id)
        messages.success(
            self.request,
            _("Esai dinilai. Nilai percobaan peserta sekarang %(persen)s (%(status)s).")
            % {
                "persen": format_ringkas(percobaan.persen),
                "status": percobaan.get_status_display(),
            },
        )
        kembali = reverse("kuis_penilaian")
        return redirect(f"{kembali}?{urlencode(self.saring)}" if self.saring else kembali)


class LaporanIndeks(PermissionRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    permission_required = IZIN_LAPORAN
    page_title = _("Laporan kuis")
    header_icon = "table"
    template_name = "kursus/kuis/admin/laporan_indeks.html"

    def get_context_data(self, **kwargs):
        kursus = KursusPage.objects.filter(pre_test__isnull=False, post_test__isnull=False)
        return super().get_context_data(
            daftar=Kuis.objects.order_by("judul"), kursus=kursus, **kwargs
        )


class LaporanKuisView(PermissionRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    permission_required = IZIN_LAPORAN
    page_title = _("Laporan kuis")
    header_icon = "table"
    template_name = "kursus/kuis/admin/laporan_kuis.html"

    def get(self, request, *args, **kwargs):
        self.kuis = get_object_or_404(Kuis, pk=kwargs["pk"])
        ekspor = request.GET.get("ekspor")
        if ekspor in laporan.FORMAT_EKSPOR:
            return ekspor_atau_antre(
                request,
                jenis=laporan.JENIS_EKSPOR,
                judul=_("Laporan kuis: %(kuis)s (%(format)s)")
                % {"kuis": self.kuis.judul, "format": ekspor.upper()},
                parameter={"kuis": self.kuis.pk, "format": ekspor},
                jumlah_baris=PercobaanKuis.objects.filter(kuis=self.kuis).count(),
            )
        self.laporan = laporan.laporan_kuis(self.kuis, user=request.user)
        return super().get(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.kuis.judul

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("kuis_laporan"), "label": _("Laporan kuis")},
            {"url": "", "label": self.kuis.judul},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            laporan=self.laporan,
            batas_grafik=grafik.BUTIR_DI_GRAFIK,
            **grafik.konteks_kesukaran(self.laporan),
            **kwargs,
        )


class LaporanKenaikanView(PermissionRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    permission_required = IZIN_LAPORAN
    page_title = _("Kenaikan pre-test ke post-test")
    header_icon = "table"
    template_name = "kursus/kuis/admin/laporan_kenaikan.html"

    def get(self, request, *args, **kwargs):
        self.kursus = get_object_or_404(
            KursusPage, pk=kwargs["kursus_id"], pre_test__isnull=False, post_test__isnull=False
        )
        self.laporan = laporan.laporan_kenaikan(
            pre_test=self.kursus.pre_test, post_test=self.kursus.post_test, user=request.user
        )
        ekspor = request.GET.get("ekspor")
        nama = f"kenaikan-{self.kursus.slug}"
        if ekspor == "csv":
            return respons_berkas(
                berkas_csv(
                    f"{nama}.csv", laporan.KOLOM_KENAIKAN, laporan.baris_kenaikan(self.laporan)
                )
            )
        if ekspor == "xlsx":
            return respons_berkas(
                berkas_xlsx(
                    f"{nama}.xlsx",
                    [("Kenaikan", laporan.KOLOM_KENAIKAN, laporan.baris_kenaikan(self.laporan))],
                )
            )
        return super().get(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.kursus.title

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            laporan=self.laporan,
            kursus=self.kursus,
            **grafik.konteks_kenaikan(self.laporan),
            **kwargs,
        )


class ImporSoalView(PermissionRequiredMixin, WagtailAdminTemplateMixin, FormView):
    permission_required = IZIN_SOAL
    page_title = _("Impor soal dari XLSX")
    header_icon = "upload"
    template_name = "kursus/kuis/admin/impor.html"
    form_class = FormImpor

    def get_context_data(self, **kwargs):
        return super().get_context_data(kolom=impor.KOLOM, **kwargs)

    def form_valid(self, form):
        hasil = impor.impor_xlsx(form.cleaned_data["berkas"])
        if not hasil.berhasil:
            return self.render_to_response(self.get_context_data(form=form, galat=hasil.galat))
        messages.success(
            self.request,
            _("Impor berhasil: %(baru)s soal baru, %(diubah)s soal diperbarui.")
            % {"baru": hasil.baru, "diubah": hasil.diubah},
        )
        return redirect("wagtailsnippets_kursus_soal:list")


class EksporSoalView(PermissionRequiredMixin, View):
    permission_required = "kursus.view_soal"

    def get(self, request):
        return respons_berkas(BerkasEkspor("bank-soal.xlsx", impor.ekspor_xlsx(), MIME_XLSX))
