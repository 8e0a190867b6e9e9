from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.sites.shortcuts import get_current_site
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from config.klien import alamat_klien

from . import aktivasi as layanan
from .forms import FormAktivasi, FormLupaSandi, FormSetelSandi
from .lupa_sandi import kirim_tautan_reset
from .pembatas import AKTIVASI_PER_IP, AKTIVASI_PER_NIP

#: Session key of the activation secret proven on the first step (the row's id, not the secret).
SESI_AKTIVASI = "aktivasi_id"


def tidak_ditemukan(request, exception=None):
    """404 in Bahasa Indonesia, through the site's base template."""
    return render(request, "404.html", status=404)


def aksesibilitas(request):
    """The accessibility statement the footer links to."""
    return render(request, "situs/aksesibilitas.html")


def _gagal(request, status: layanan.Status, *, kode: int = 400):
    return render(
        request, "registration/aktivasi_gagal.html", {"pesan": layanan.PESAN[status]}, status=kode
    )


@never_cache
@sensitive_post_parameters("kode")
def aktivasi(request):
    """Step 1 with a letter: NIP and code. Failures are counted per client address and per NIP
    typed; an unknown NIP and a wrong code answer alike."""
    ip = alamat_klien(request)
    if request.method == "POST":
        form = FormAktivasi(request.POST)
        if form.is_valid():
            nip = form.cleaned_data["nip"]
            if AKTIVASI_PER_IP.habis(ip) or AKTIVASI_PER_NIP.habis(nip):
                form.add_error(
                    None,
                    _(
                        "Terlalu banyak percobaan aktivasi. Tunggu 15 menit, lalu coba lagi "
                        "dengan teliti, atau hubungi admin kepegawaian."
                    ),
                )
            else:
                hasil = layanan.periksa_kode(nip=nip, kode=form.cleaned_data["kode"])
                if hasil.status is layanan.Status.SAH:
                    request.session[SESI_AKTIVASI] = hasil.aktivasi.pk
                    return redirect("aktivasi_sandi")
                AKTIVASI_PER_IP.catat(ip)
                AKTIVASI_PER_NIP.catat(nip)
                form.add_error(None, layanan.PESAN[hasil.status])
    else:
        form = FormAktivasi(initial={"nip": request.GET.get("nip", "")[:18]})
    return render(request, "registration/aktivasi.html", {"form": form})


@never_cache
def aktivasi_tautan(request, token):
    """Step 1 with an emailed link: the token is checked (not used) and kept in the session,
    then the address bar loses it (as Django's reset confirmation does)."""
    ip = alamat_klien(request)
    if AKTIVASI_PER_IP.habis(ip):
        return render(
            request,
            "registration/aktivasi_gagal.html",
            {"pesan": _("Terlalu banyak percobaan aktivasi. Tunggu 15 menit, lalu coba lagi.")},
            status=429,
        )
    hasil = layanan.periksa_token(token=token)
    if hasil.status is not layanan.Status.SAH:
        AKTIVASI_PER_IP.catat(ip)
        return _gagal(request, hasil.status)
    request.session[SESI_AKTIVASI] = hasil.aktivasi.pk
    return redirect("aktivasi_sandi")


@never_cache
@sensitive_post_parameters()
def aktivasi_sandi(request):
    """Step 2: choose the password (Django's validators), then log in and go to the dashboard."""
    aktivasi_id = request.session.get(SESI_AKTIVASI)
    if aktivasi_id is None:
        return redirect("aktivasi")
    hasil = layanan.periksa_id(aktivasi_id)
    if hasil.status is not layanan.Status.SAH:
        request.session.pop(SESI_AKTIVASI, None)
        return _gagal(request, hasil.status)
    user = hasil.aktivasi.user
    form = FormSetelSandi(user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        hasil = layanan.aktivasi_selesaikan(aktivasi_id=aktivasi_id, form=form)
        request.session.pop(SESI_AKTIVASI, None)
        if hasil.status is not layanan.Status.SAH:
            return _gagal(request, hasil.status)
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Akun Anda aktif. Selamat datang!"))
        tujuan = "penilaian:dasbor" if hasattr(user, "pegawai") else "/"
        return redirect(tujuan)
    return render(request, "registration/aktivasi_sandi.html", {"form": form, "akun": user})


class LupaSandiView(auth_views.PasswordResetView):
    """Django's reset view with the form above; the lookup and the email are the background
    task's (``situs.lupa_sandi``), so the answer does not depend on whether the account exists."""

    form_class = FormLupaSandi

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "request": self.request}

    def form_valid(self, form):
        nilai = form.cleaned_data["email"]
        domain = get_current_site(self.request).domain
        aman = self.request.is_secure()
        transaction.on_commit(lambda: kirim_tautan_reset.enqueue(nilai, domain, aman))
        return HttpResponseRedirect(self.get_success_url())


class AturUlangSandiView(auth_views.PasswordResetConfirmView):
    """Django's reset confirmation; a password set this way also voids the login's unused
    activation codes and links (they would otherwise set it again)."""

    form_class = FormSetelSandi

    @method_decorator(transaction.atomic)
    def form_valid(self, form):
        respons = super().form_valid(form)
        layanan.aktivasi_batalkan(user=form.user)
        return respons
