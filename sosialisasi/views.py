"""Thin views: parse input, call one service or selector, respond."""

from datetime import datetime

import segno
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.views import serve

from kursus.ekspor import ekspor_atau_antre

from . import adopsi, ekspor, selectors, services
from .akses import adalah_penyelenggara, unit_dasbor_adopsi
from .forms import FormHadir, FormPertanyaan
from .models import AcaraPage, PendaftaranAcara, TanyaJawabPage

KUNCI_SESI_PERTANYAAN = "sosialisasi:pertanyaan_terakhir"


def indeks(request):
    """``/sosialisasi/`` is the SosialisasiIndexPage (slug ``sosialisasi``); a named URL lets
    the navigation reverse it without a query. Wagtail serves the page itself."""
    return serve(request, "sosialisasi/")


def _acara(pk: int) -> AcaraPage:
    return get_object_or_404(AcaraPage.objects.live().public(), pk=pk)


@require_POST
@login_required
def acara_daftar(request, pk: int):
    acara = _acara(pk)
    try:
        pendaftaran = services.acara_daftar(user=request.user, acara=acara)
    except services.KesalahanSosialisasi as e:
        messages.error(request, e.pesan)
    else:
        if pendaftaran.status == pendaftaran.Status.TERDAFTAR:
            messages.success(request, _("Anda terdaftar. Sampai jumpa di acara!"))
        else:
            messages.info(
                request,
                _(
                    "Kursi sudah penuh: Anda masuk daftar tunggu dan akan naik otomatis bila ada yang batal."
                ),
            )
    return redirect(acara.url)


@require_POST
@login_required
def acara_batal(request, pk: int):
    acara = _acara(pk)
    try:
        services.acara_batal(user=request.user, acara=acara)
    except services.KesalahanSosialisasi as e:
        messages.error(request, e.pesan)
    else:
        messages.success(request, _("Pendaftaran Anda dibatalkan."))
    return redirect(acara.url)


def acara_ics(request, pk: int):
    acara = _acara(pk)
    isi = ekspor.acara_ics(
        acara, url=request.build_absolute_uri(acara.url), host=request.get_host().split(":")[0]
    )
    respons = HttpResponse(isi, content_type="text/calendar; charset=utf-8")
    respons["Content-Disposition"] = f'attachment; filename="acara-{acara.pk}.ics"'
    return respons


@login_required
def hadir(request, pk: int):
    """Check-in: the QR leads here with ``?kode=``; the participant confirms with one click,
    or types the code read from the screen."""
    acara = _acara(pk)
    form = FormHadir(request.POST or None, initial={"kode": request.GET.get("kode", "")[:20]})
    if request.method == "POST" and form.is_valid():
        try:
            services.hadir_catat(user=request.user, acara=acara, kode=form.cleaned_data["kode"])
        except services.KesalahanSosialisasi as e:
            form.add_error("kode", e.pesan)
        else:
            messages.success(request, _("Kehadiran Anda tercatat. Terima kasih!"))
            return redirect(acara.url)
    return render(request, "sosialisasi/hadir.html", {"acara": acara, "form": form})


def _khusus_penyelenggara(request, pk: int) -> AcaraPage:
    # 404, not 403, for everyone else: like the rest of the site, no hint the page exists.
    if not adalah_penyelenggara(request.user):
        raise Http404
    return get_object_or_404(AcaraPage, pk=pk)


def kode_hadir(request, pk: int):
    """The organiser's page: the check-in code and its QR, to show on the projector."""
    acara = _khusus_penyelenggara(request, pk)
    kode = services.kode_hadir_pastikan(acara=acara)
    url = request.build_absolute_uri(
        f"{reverse('sosialisasi:hadir', args=[acara.pk])}?kode={kode.kode}"
    )
    qr = segno.make(url, error="m")
    svg = qr.svg_inline(scale=8, title=_("Kode QR kehadiran"), svgclass="qr", lineclass=None)
    awal, akhir = services.jendela_hadir(acara)
    baris, per_unit = selectors.kehadiran(acara, user=request.user)
    return render(
        request,
        "sosialisasi/kode_hadir.html",
        {
            "acara": acara,
            "kode": kode.kode,
            "url_hadir": url,
            "qr": mark_safe(svg),  # noqa: S308 (segno's SVG of our own URL)
            "awal": awal,
            "akhir": akhir,
            "baris": baris,
            "per_unit": per_unit,
        },
    )


def _kehadiran_unduh(request, pk: int, format_: str):
    """The attendance list, at once when small, otherwise prepared in the background."""
    acara = _khusus_penyelenggara(request, pk)
    jumlah = acara.pendaftaran.exclude(status=PendaftaranAcara.Status.BATAL).count()
    return ekspor_atau_antre(
        request,
        jenis=ekspor.JENIS_EKSPOR,
        judul=_("Daftar hadir: %(acara)s (%(format)s)")
        % {"acara": acara.title, "format": format_.upper()},
        parameter={"acara": acara.pk, "format": format_},
        jumlah_baris=jumlah,
    )


def kehadiran_xlsx(request, pk: int):
    return _kehadiran_unduh(request, pk, "xlsx")


def kehadiran_csv(request, pk: int):
    return _kehadiran_unduh(request, pk, "csv")


@require_POST
def tanya(request, pk: int):
    halaman = get_object_or_404(TanyaJawabPage.objects.live().public(), pk=pk)
    form = FormPertanyaan(request.POST)
    if not form.is_valid():
        context = halaman.get_context(request)
        context["form_pertanyaan"] = form
        return render(request, halaman.get_template(request), context, status=400)
    if form.adalah_bot():
        # Look the same as a success to the bot; nothing is stored.
        messages.success(request, _("Terima kasih, pertanyaan Anda akan dijawab setelah ditinjau."))
        return redirect(halaman.url)
    terakhir = request.session.get(KUNCI_SESI_PERTANYAAN)
    try:
        services.pertanyaan_ajukan(
            halaman=halaman,
            pertanyaan=form.cleaned_data["pertanyaan"],
            nama=form.cleaned_data["nama"],
            email=form.cleaned_data["email"],
            terakhir=datetime.fromisoformat(terakhir) if terakhir else None,
        )
    except services.TerlaluCepat as e:
        messages.error(request, e.pesan)
        return redirect(halaman.url)
    request.session[KUNCI_SESI_PERTANYAAN] = timezone.now().isoformat()
    messages.success(request, _("Terima kasih, pertanyaan Anda akan dijawab setelah ditinjau."))
    return redirect(f"{halaman.url}#kirim-pertanyaan")


@login_required
def dasbor_adopsi(request):
    unit = unit_dasbor_adopsi(request.user)
    if not unit:
        raise Http404
    return render(request, "sosialisasi/dasbor_adopsi.html", adopsi.dasbor(unit=unit))
