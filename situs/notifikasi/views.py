"""The inbox at /akun/notifikasi/: only the recipient sees a notification (404 otherwise), and
opening one goes to a path on this site only."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from penilaian.mesin import format_ringkas

from . import tautan_aman
from .forms import FormPreferensi
from .layanan import (
    kotak_masuk,
    notifikasi_buka,
    notifikasi_tandai_semua_dibaca,
    preferensi_dari,
    preferensi_simpan,
)

PER_HALAMAN = 20


@login_required
def daftar(request):
    halaman = Paginator(kotak_masuk(request.user), PER_HALAMAN).get_page(request.GET.get("halaman"))
    return render(
        request,
        "situs/notifikasi/daftar.html",
        {
            "halaman": halaman,
            "rentang": halaman.paginator.get_elided_page_range(halaman.number),
        },
    )


@login_required
def buka(request, pk: int):
    notifikasi = notifikasi_buka(
        user=request.user, notifikasi=get_object_or_404(kotak_masuk(request.user), pk=pk)
    )
    tujuan = tautan_aman(notifikasi.tautan)
    if tujuan and url_has_allowed_host_and_scheme(
        tujuan, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(tujuan)
    return redirect("notifikasi:daftar")


@login_required
@require_POST
def tandai_semua(request):
    jumlah = notifikasi_tandai_semua_dibaca(user=request.user)
    if jumlah:
        messages.success(
            request,
            _("%(jumlah)s notifikasi ditandai sudah dibaca.") % {"jumlah": format_ringkas(jumlah)},
        )
    return redirect("notifikasi:daftar")


@login_required
def pengaturan(request):
    form = FormPreferensi(request.POST or None, preferensi=preferensi_dari(request.user))
    if request.method == "POST" and form.is_valid():
        preferensi_simpan(user=request.user, pilihan=form.pilihan())
        messages.success(request, _("Pengaturan notifikasi disimpan."))
        return redirect("notifikasi:pengaturan")
    return render(request, "situs/notifikasi/pengaturan.html", {"form": form})
