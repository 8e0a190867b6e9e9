"""Thin views: parse input, call one service or selector, respond."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Site
from wagtail.url_routing import RouteResult
from wagtail.views import serve

from . import selectors, services
from .ekspor import ekspor_milik
from .kerangka import dengan_versi
from .models import EksporBerkas, KursusPage, PelajaranPage, Sertifikat
from .pdf import sertifikat_pdf

DETIK_AKAR_SITUS = 60 * 60  # as long as Wagtail keeps its site root paths


def _akar_situs(request) -> str | None:
    """The url_path of the root page of the request's site. Wagtail's own routing looks the
    site up with one query per request; the course routes keep the answer in the cache, checked
    against Wagtail's cached site root paths (which Wagtail rebuilds after any Site change), so
    it is as current as the URLs Wagtail itself generates."""
    semua = Site.get_site_root_paths()
    kunci = f"kursus:akar-situs:{request.get_host()}:{request.get_port()}"
    simpan = cache.get(kunci)
    if simpan is not None and simpan[0] == semua:
        return simpan[1]
    site = Site.find_for_request(request)
    akar = site.root_page.url_path if site is not None else None
    cache.set(kunci, (semua, akar), DETIK_AKAR_SITUS)
    return akar


def _rute_satu_kueri(request, model, path: str):
    """Serve the live ``model`` page at ``path`` found in one query (with the content version
    its cached parts are keyed by, ``kursus.kerangka``), handed to Wagtail as the route result:
    Wagtail's own routing would fetch the site and then every URL segment's page. Wagtail's
    ``serve`` still runs the hooks (view restrictions, privacy) and ``page.serve``. Anything
    not found here (another page type, a draft) falls through to Wagtail's routing unchanged."""
    akar = _akar_situs(request)
    if akar is not None:
        halaman = dengan_versi(model.objects.live()).filter(url_path=f"{akar}{path}").first()
        if halaman is not None:
            request._wagtail_route_for_request = RouteResult(halaman)
    return serve(request, path)


def kursus(request, kursus: str):
    return _rute_satu_kueri(request, KursusPage, f"kursus/{kursus}/")


def pelajaran(request, kursus: str, pelajaran: str):
    return _rute_satu_kueri(request, PelajaranPage, f"kursus/{kursus}/{pelajaran}/")


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


def verifikasi_cari(request):
    """A form to type the code printed under the certificate's QR code; a typed code goes to its
    own verification page (spaces and hyphens dropped, letters upper-cased)."""
    kode = "".join(ch for ch in request.GET.get("kode", "")[:64] if ch.isalnum()).upper()
    if kode:
        return redirect("kursus:verifikasi", kode=kode)
    galat = _("Isi kode verifikasi.") if "kode" in request.GET else None
    return render(request, "kursus/verifikasi.html", {"formulir_saja": True, "galat": galat})


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


@login_required
def ekspor(request, pk: int):
    """An export being prepared: "Sedang disiapkan…" (the page refreshes itself), then the
    download link; another user's or an expired export is 404."""
    berkas = ekspor_milik(user=request.user, pk=pk)
    if berkas is None:
        raise Http404
    return render(request, "kursus/ekspor.html", {"ekspor": berkas})


@login_required
def ekspor_unduh(request, pk: int):
    berkas = ekspor_milik(user=request.user, pk=pk)
    if berkas is None or berkas.status != EksporBerkas.Status.SIAP or not berkas.berkas:
        raise Http404
    return FileResponse(
        berkas.berkas.open("rb"),
        as_attachment=True,
        filename=berkas.nama_berkas,
        content_type=berkas.jenis_mime,
    )
