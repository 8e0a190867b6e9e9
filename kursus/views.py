"""Thin views: parse input, call one service or selector, respond."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Site
from wagtail.url_routing import RouteResult
from wagtail.views import serve

from . import selectors, services
from .models import KursusPage, PelajaranPage, Sertifikat
from .pdf import sertifikat_pdf


def kursus(request, kursus: str):
    """Serve a course page in one query, like :func:`pelajaran`: Wagtail's own routing
    would fetch every URL segment's page and then the specific page. Anything not found here
    (another page type, a draft) falls through to Wagtail's routing unchanged; Wagtail's
    ``serve`` still runs the hooks (view restrictions, privacy) and ``page.serve``."""
    path = f"kursus/{kursus}/"
    site = Site.find_for_request(request)
    if site is not None:
        # The pre-test and post-test the page shows come in the same query.
        halaman = (
            KursusPage.objects.live()
            .select_related("pre_test", "post_test")
            .filter(url_path=f"{site.root_page.url_path}{path}")
            .first()
        )
        if halaman is not None:
            request._wagtail_route_for_request = RouteResult(halaman)
    return serve(request, path)


def pelajaran(request, kursus: str, pelajaran: str):
    """Serve a lesson page in one query instead of Wagtail's two per URL segment: find the
    PelajaranPage by its url_path, hand it to Wagtail as the route result, and let Wagtail's
    own ``serve`` run the usual hooks (view restrictions) and ``page.serve``. Anything not
    found here (another page type, a draft) falls through to Wagtail's routing unchanged."""
    path = f"kursus/{kursus}/{pelajaran}/"
    site = Site.find_for_request(request)
    if site is not None:
        halaman = (
            PelajaranPage.objects.live().filter(url_path=f"{site.root_page.url_path}{path}").first()
        )
        if halaman is not None:
            request._wagtail_route_for_request = RouteResult(halaman)
    return serve(request, path)


def indeks(request):
    """``/kursus/`` is the KursusIndexPage (slug ``kursus``); a named URL lets the navigation
    reverse it without a query. Wagtail serves the page itself."""
    return serve(request, "kursus/")


@require_POST
@login_required
def daftar(request, kursus_id: int):
    kursus = get_object_or_404(KursusPage.objects.live(), pk=kursus_id)
    services.pendaftaran_buat(user=request.user, kursus=kursus)
    messages.success(request, _("Anda terdaftar di kursus ini. Selamat belajar!"))
    status = selectors.status_kursus(kursus=kursus, user=request.user)
    berikutnya = status.berikutnya
    return redirect(berikutnya.pelajaran.url if berikutnya else kursus.url)


@require_POST
@login_required
def tandai_selesai(request, pelajaran_id: int):
    pelajaran = get_object_or_404(PelajaranPage.objects.live(), pk=pelajaran_id)
    try:
        pendaftaran = services.kemajuan_tandai_selesai(user=request.user, pelajaran=pelajaran)
    except services.BelumTerdaftar:
        messages.error(request, _("Daftar ke kursus ini dahulu untuk mencatat kemajuan."))
        return redirect(pelajaran.url)
    except services.PelajaranTerkunci:
        messages.error(request, _("Selesaikan pelajaran sebelumnya terlebih dahulu."))
        return redirect(pelajaran.url)
    if pendaftaran.selesai_pada:
        messages.success(request, _("Selamat, Anda telah menyelesaikan kursus ini!"))
        return redirect(pendaftaran.kursus.url)
    status = selectors.status_kursus(kursus=pendaftaran.kursus, user=request.user)
    berikutnya = status.berikutnya
    messages.success(request, _("Pelajaran ditandai selesai."))
    return redirect(berikutnya.pelajaran.url if berikutnya else pendaftaran.kursus.url)


@login_required
def kursus_saya(request):
    return render(
        request, "kursus/kursus_saya.html", {"daftar": selectors.kursus_saya(user=request.user)}
    )


@login_required
def sertifikat_unduh(request, kode: str):
    sertifikat = get_object_or_404(Sertifikat, kode=kode.upper(), pendaftaran__user=request.user)
    url = request.build_absolute_uri(reverse("kursus:verifikasi", kwargs={"kode": sertifikat.kode}))
    response = HttpResponse(sertifikat_pdf(sertifikat, url_verifikasi=url), "application/pdf")
    response["Content-Disposition"] = f'attachment; filename="sertifikat-{sertifikat.kode}.pdf"'
    return response


def verifikasi(request, kode: str):
    sertifikat = selectors.sertifikat_dengan_kode(kode=kode)
    status = 200 if sertifikat else 404
    return render(
        request,
        "kursus/verifikasi.html",
        {"sertifikat": sertifikat, "kode": kode},
        status=status,
    )


def cari(request):
    q = request.GET.get("q", "")[:200]
    hasil = selectors.cari_pelajaran(q=q)
    return render(request, "kursus/cari.html", {"q": q, "hasil": hasil})
