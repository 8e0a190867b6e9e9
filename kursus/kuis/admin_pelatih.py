"""Trainer tools in the Wagtail admin: the gradebook per participant, one attempt's answers,
voiding an attempt, extending a deadline for one participant, and regrading after a key
change with a preview. Permission first (without it every id answers alike), then the unit
scope: an object outside the trainer's scope answers 404, as one that does not exist."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _t
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from kursus.ekspor import berkas_csv, berkas_xlsx, respons_berkas
from penilaian.akses import id_unit_lingkup, nama_orang, saring_lingkup

from . import buku_nilai, nilai_ulang, selectors, services
from .forms import FormBatalPercobaan, FormPerpanjangan
from .models import Kuis, PercobaanKuis, Soal

IZIN_BUKU_NILAI = "kursus.view_percobaankuis"
IZIN_BATALKAN = "kursus.change_percobaankuis"
IZIN_PERPANJANG = "kursus.add_perpanjangankuis"
IZIN_NILAI_ULANG = ("kursus.change_soal", "kursus.change_percobaankuis")
PER_HALAMAN = 50


class _AdminPelatih(PermissionRequiredMixin, WagtailAdminTemplateMixin):
    header_icon = "user"

    def dispatch(self, request, *args, **kwargs):
        if not self.has_permission():
            return self.handle_no_permission()
        self.muat(**kwargs)
        return super().dispatch(request, *args, **kwargs)

    def muat(self, **kwargs) -> None:
        """Load the view's objects (404 when out of scope); after the permission check."""

    def remah(self, *item: tuple[str, str]):
        return (
            self.breadcrumbs_items
            + [{"url": reverse("kuis_peserta"), "label": _("Buku nilai peserta")}]
            + [{"url": url, "label": label} for url, label in item]
        )


class PesertaDaftarView(_AdminPelatih, TemplateView):
    permission_required = IZIN_BUKU_NILAI
    page_title = _("Buku nilai peserta")
    template_name = "kursus/kuis/admin/peserta_daftar.html"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": _("Buku nilai peserta")}]

    def get_context_data(self, **kwargs):
        q = self.request.GET.get("q", "")[:200]
        halaman = Paginator(buku_nilai.cari_peserta(pelatih=self.request.user, q=q), PER_HALAMAN)
        return super().get_context_data(
            q=q, halaman=halaman.get_page(self.request.GET.get("p")), **kwargs
        )


class BukuNilaiView(_AdminPelatih, TemplateView):
    permission_required = IZIN_BUKU_NILAI
    page_title = _("Buku nilai")
    template_name = "kursus/kuis/admin/buku_nilai.html"

    def muat(self, **kwargs):
        peserta = buku_nilai.peserta_atau_none(pelatih=self.request.user, pk=kwargs["pk"])
        if peserta is None:
            raise Http404
        self.buku = buku_nilai.buku_nilai(peserta)

    def get(self, request, *args, **kwargs):
        ekspor = request.GET.get("ekspor")
        nama = f"buku-nilai-{self.buku.peserta.get_username()}"
        baris = buku_nilai.baris_buku_nilai
        if ekspor == "csv":
            return respons_berkas(
                berkas_csv(f"{nama}.csv", buku_nilai.KOLOM_BUKU_NILAI, baris(self.buku))
            )
        if ekspor == "xlsx":
            lembar = [("Buku nilai", buku_nilai.KOLOM_BUKU_NILAI, baris(self.buku))]
            return respons_berkas(berkas_xlsx(f"{nama}.xlsx", lembar))
        return super().get(request, *args, **kwargs)

    def get_page_subtitle(self):
        return nama_orang(self.buku.peserta)

    def get_breadcrumbs_items(self):
        return self.remah(("", nama_orang(self.buku.peserta)))

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            buku=self.buku,
            nama=nama_orang(self.buku.peserta),
            pegawai=getattr(self.buku.peserta, "pegawai", None),
            **kwargs,
        )


def _percobaan_atau_404(request, pk) -> PercobaanKuis:
    percobaan = buku_nilai.percobaan_untuk_pelatih(pelatih=request.user, pk=pk)
    if percobaan is None:
        raise Http404
    return percobaan


class _DenganPercobaan(_AdminPelatih):
    def muat(self, **kwargs):
        self.percobaan = _percobaan_atau_404(self.request, kwargs["pk"])

    def get_page_subtitle(self):
        p = self.percobaan
        return f"{p.kuis.judul} — {nama_orang(p.user)} #{p.nomor}"

    def url_percobaan(self):
        return reverse("kuis_percobaan", args=[self.percobaan.pk])

    def remah_percobaan(self, *item):
        p = self.percobaan
        return self.remah(
            (reverse("kuis_buku_nilai", args=[p.user_id]), nama_orang(p.user)),
            (self.url_percobaan(), f"{p.kuis.judul} #{p.nomor}"),
            *item,
        )


class PercobaanView(_DenganPercobaan, TemplateView):
    permission_required = IZIN_BUKU_NILAI
    page_title = _("Jawaban percobaan")
    template_name = "kursus/kuis/admin/percobaan.html"

    def get_breadcrumbs_items(self):
        p = self.percobaan
        return self.remah(
            (reverse("kuis_buku_nilai", args=[p.user_id]), nama_orang(p.user)),
            ("", f"{p.kuis.judul} #{p.nomor}"),
        )

    def get_context_data(self, **kwargs):
        p = self.percobaan
        return super().get_context_data(
            percobaan=p,
            nama=nama_orang(p.user),
            tinjauan=selectors.tinjauan(p) if p.kuis.simpan_lembar_jawaban else [],
            pembatalan=getattr(p, "pembatalan", None),
            boleh_batalkan=self.request.user.has_perm(IZIN_BATALKAN)
            and p.status != PercobaanKuis.Status.DIBATALKAN,
            boleh_perpanjang=self.request.user.has_perm(IZIN_PERPANJANG),
            boleh_menilai=self.request.user.has_perm("kursus.change_jawabanpeserta"),
            **kwargs,
        )


class BatalkanPercobaanView(_DenganPercobaan, FormView):
    permission_required = IZIN_BATALKAN
    page_title = _("Batalkan percobaan")
    header_icon = "warning"
    template_name = "kursus/kuis/admin/batalkan.html"
    form_class = FormBatalPercobaan

    def muat(self, **kwargs):
        super().muat(**kwargs)
        if self.percobaan.status == PercobaanKuis.Status.DIBATALKAN:
            raise Http404

    def get_breadcrumbs_items(self):
        return self.remah_percobaan(("", _("Batalkan")))

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            percobaan=self.percobaan, nama=nama_orang(self.percobaan.user), **kwargs
        )

    def form_valid(self, form):
        try:
            services.percobaan_batalkan(
                percobaan=self.percobaan,
                alasan=form.cleaned_data["alasan"],
                oleh=self.request.user,
            )
        except services.PercobaanDibatalkan:
            raise Http404 from None
        messages.success(
            self.request,
            _t("Percobaan ke-%(n)s dibatalkan. Peserta dapat mencoba lagi.")
            % {"n": self.percobaan.nomor},
        )
        return redirect("kuis_buku_nilai", self.percobaan.user_id)


class PerpanjanganView(_AdminPelatih, FormView):
    """Two steps: the form, then a confirmation page that repeats what will change; only the
    confirmed POST (``konfirmasi``) writes."""

    permission_required = IZIN_PERPANJANG
    page_title = _("Perpanjangan kuis")
    header_icon = "time"
    template_name = "kursus/kuis/admin/perpanjangan.html"
    form_class = FormPerpanjangan

    def muat(self, **kwargs):
        self.kuis = get_object_or_404(Kuis, pk=kwargs["kuis_pk"])
        self.peserta = buku_nilai.peserta_atau_none(pelatih=self.request.user, pk=kwargs["user_pk"])
        if self.peserta is None:
            raise Http404
        self.aturan = selectors.aturan_peserta(kuis=self.kuis, user=self.peserta)

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs() | {"kuis": self.kuis}
        lama = self.aturan.perpanjangan
        if lama is not None and self.request.method == "GET":
            kwargs["initial"] = {
                "ditutup_pada": lama.ditutup_pada,
                "batas_percobaan": lama.batas_percobaan,
            }
        return kwargs

    def get_page_subtitle(self):
        return f"{self.kuis.judul} — {nama_orang(self.peserta)}"

    def get_breadcrumbs_items(self):
        return self.remah(
            (reverse("kuis_buku_nilai", args=[self.peserta.pk]), nama_orang(self.peserta)),
            ("", _("Perpanjangan: %(kuis)s") % {"kuis": self.kuis.judul}),
        )

    def get_context_data(self, **kwargs):
        terhitung = selectors.percobaan_terhitung(kuis=self.kuis, user=self.peserta).count()
        return super().get_context_data(
            kuis=self.kuis,
            nama=nama_orang(self.peserta),
            aturan=self.aturan,
            terhitung=terhitung,
            **kwargs,
        )

    def form_valid(self, form):
        if not self.request.POST.get("konfirmasi"):
            return self.render_to_response(self.get_context_data(form=form, konfirmasi=True))
        try:
            services.perpanjangan_simpan(
                kuis=self.kuis,
                peserta=self.peserta,
                ditutup_pada=form.cleaned_data["ditutup_pada"],
                batas_percobaan=form.cleaned_data["batas_percobaan"],
                alasan=form.cleaned_data["alasan"],
                oleh=self.request.user,
            )
        except services.PerpanjanganTidakSah as exc:
            for kolom, pesan in exc.galat.items():
                form.add_error(None if kolom == "__all__" else kolom, pesan)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _t("Perpanjangan untuk %(nama)s pada kuis %(kuis)s disimpan.")
            % {"nama": nama_orang(self.peserta), "kuis": self.kuis.judul},
        )
        return redirect("kuis_buku_nilai", self.peserta.pk)


class _NilaiUlangView(_AdminPelatih, TemplateView):
    """GET: the preview; POST with the preview's fingerprint: regrade in one transaction."""

    permission_required = IZIN_NILAI_ULANG
    page_title = _("Nilai ulang")
    header_icon = "redirect"
    template_name = "kursus/kuis/admin/nilai_ulang.html"

    #: ``{"soal": …}`` or ``{"kuis": …}``, set by the subclass's ``muat``.
    sasaran: dict

    def get_context_data(self, **kwargs):
        hasil = nilai_ulang.pratinjau(**self.sasaran)
        lingkup = id_unit_lingkup(self.request.user)
        terlihat = hasil.perubahan
        akhir = hasil.nilai_akhir
        if lingkup is not None:
            # A scoped trainer regrades every attempt (the key is the same for all) but sees
            # by name only the participants in their units.
            User = get_user_model()
            boleh = set(
                saring_lingkup(
                    self.request.user,
                    User.objects.filter(pk__in={u.percobaan.user_id for u in terlihat}),
                    medan="pegawai__unit",
                ).values_list("pk", flat=True)
            )
            terlihat = [u for u in terlihat if u.percobaan.user_id in boleh]
            akhir = [n for n in akhir if n.user.pk in boleh]
        return super().get_context_data(
            hasil=hasil,
            perubahan=terlihat,
            nilai_akhir=akhir,
            tersembunyi=len(hasil.perubahan) - len(terlihat),
            kelulusan_berubah=sum(1 for n in hasil.nilai_akhir if n.kelulusan_berubah),
            **self.sasaran,
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        try:
            hasil = nilai_ulang.terapkan(
                sidik=request.POST.get("sidik", ""), oleh=request.user, **self.sasaran
            )
        except nilai_ulang.PratinjauKedaluwarsa:
            messages.error(
                request,
                _t(
                    "Jawaban atau kunci berubah sejak pratinjau dibuat. Periksa pratinjau "
                    "terbaru di bawah, lalu konfirmasi lagi."
                ),
            )
            return redirect(request.path)
        messages.success(
            request,
            _t("Nilai ulang selesai: %(n)s percobaan berubah dari %(total)s yang diperiksa.")
            % {"n": hasil.jumlah_berubah, "total": hasil.jumlah_diperiksa},
        )
        return redirect(request.path)


class NilaiUlangSoalView(_NilaiUlangView):
    def muat(self, **kwargs):
        self.soal = get_object_or_404(Soal, pk=kwargs["pk"])
        self.sasaran = {"soal": self.soal}

    def get_page_subtitle(self):
        return self.soal.kode

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("wagtailsnippets_kursus_soal:list"), "label": _("Bank soal")},
            {"url": "", "label": _("Nilai ulang %(kode)s") % {"kode": self.soal.kode}},
        ]


class NilaiUlangKuisView(_NilaiUlangView):
    def muat(self, **kwargs):
        self.kuis = get_object_or_404(Kuis, pk=kwargs["pk"])
        self.sasaran = {"kuis": self.kuis}

    def get_page_subtitle(self):
        return self.kuis.judul

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("kuis_laporan_kuis", args=[self.kuis.pk]), "label": self.kuis.judul},
            {"url": "", "label": _("Nilai ulang")},
        ]
