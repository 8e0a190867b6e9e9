"""Admin Kepegawaian's account pages in the Wagtail admin: one employee's login (create,
deactivate, reactivate, re-send activation) and the activation letters of a unit.

Every view needs ``penilaian.change_pegawai`` and looks employees and units up within the
administrator's unit scope (``saring_lingkup``): anything outside it is a 404. Each action asks
for confirmation (a page with one POST button) and is written to Wagtail's log.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import ListingButton

from penilaian.akses import saring_lingkup
from penilaian.models import Pegawai, UnitKerja
from penilaian.wagtail_hooks import HOOK_TOMBOL_PEGAWAI

from . import akun

IZIN = "penilaian.change_pegawai"

#: action → (confirmation question, button label, success message); %(nama)s is the employee.
AKSI = {
    "buat": (
        gettext_lazy("Buat akun untuk %(nama)s? Nama penggunanya NIP."),
        gettext_lazy("Buat akun"),
        gettext_lazy("Akun %(nama)s dibuat."),
    ),
    "nonaktifkan": (
        gettext_lazy("Nonaktifkan akun %(nama)s? Ia tidak dapat masuk sampai diaktifkan lagi."),
        gettext_lazy("Nonaktifkan akun"),
        gettext_lazy("Akun %(nama)s dinonaktifkan."),
    ),
    "aktifkan": (
        gettext_lazy("Aktifkan kembali akun %(nama)s?"),
        gettext_lazy("Aktifkan kembali"),
        gettext_lazy("Akun %(nama)s aktif kembali."),
    ),
    "kirim_ulang": (
        gettext_lazy(
            "Terbitkan aktivasi baru untuk %(nama)s? Kode dan tautan sebelumnya tidak berlaku lagi."
        ),
        gettext_lazy("Terbitkan aktivasi baru"),
        gettext_lazy("Tautan aktivasi baru untuk %(nama)s masuk antrean surel."),
    ),
}


def _wajib_izin(request) -> None:
    if not request.user.has_perm(IZIN):
        raise PermissionDenied


def _pegawai_lingkup(request):
    return saring_lingkup(request.user, Pegawai.objects.select_related("user", "unit"))


def _pdf(isi: bytes, nama: str) -> HttpResponse:
    respons = HttpResponse(isi, content_type="application/pdf")
    respons["Content-Disposition"] = f'attachment; filename="{nama}"'
    return respons


def akun_pegawai(request, pk):
    """One employee's login: its state, and the actions it allows (each confirmed first)."""
    _wajib_izin(request)
    pegawai = get_object_or_404(_pegawai_lingkup(request), pk=pk)
    kembali = redirect("situs_akun_pegawai", pk=pegawai.pk)
    if request.method == "POST":
        aksi = request.POST.get("aksi", "")
        if aksi not in AKSI:
            messages.error(request, _("Tindakan tidak dikenal."))
            return kembali
        nama = {"nama": pegawai.nama}
        if aksi != "buat" and pegawai.user_id is None:
            messages.error(request, _("%(nama)s belum punya akun.") % nama)
            return kembali
        if aksi == "buat":
            akun.akun_buat(oleh=request.user, pegawai=pegawai)
        elif aksi in ("nonaktifkan", "aktifkan"):
            akun.akun_atur_aktif(oleh=request.user, pegawai=pegawai, aktif=aksi == "aktifkan")
        else:
            pdf = akun.aktivasi_kirim_ulang(oleh=request.user, pegawai=pegawai)
            if pdf is not None:
                return _pdf(pdf, f"surat-aktivasi-{pegawai.nip}.pdf")
        messages.success(request, AKSI[aksi][2] % nama)
        return kembali
    konfirmasi = request.GET.get("konfirmasi", "")
    return TemplateResponse(
        request,
        "situs/admin/akun_pegawai.html",
        {
            "pegawai": pegawai,
            "keadaan": akun.keadaan_akun(pegawai),
            "Keadaan": akun.Keadaan,
            "konfirmasi": konfirmasi if konfirmasi in AKSI else "",
            "pertanyaan": AKSI[konfirmasi][0] % {"nama": pegawai.nama}
            if konfirmasi in AKSI
            else "",
            "label_tombol": AKSI[konfirmasi][1] if konfirmasi in AKSI else "",
        },
    )


class FormSuratUnit(forms.Form):
    unit = forms.ModelChoiceField(label=gettext_lazy("Unit kerja"), queryset=UnitKerja.objects)
    semua = forms.BooleanField(
        label=gettext_lazy("Juga pegawai yang akunnya sudah aktif"),
        required=False,
        help_text=gettext_lazy(
            "Biasanya hanya pegawai yang belum mengaktifkan akun. Surat baru membatalkan kode "
            "dan tautan sebelumnya."
        ),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = saring_lingkup(user, UnitKerja.objects.all(), medan="pk")


def surat_unit(request):
    """The activation letters of a whole unit in one PDF (one page each)."""
    _wajib_izin(request)
    form = FormSuratUnit(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        unit = form.cleaned_data["unit"]
        daftar = akun.pegawai_untuk_surat(
            unit=unit, semua=form.cleaned_data["semua"], lingkup_qs=_pegawai_lingkup(request)
        )
        if daftar:
            pdf = akun.surat_cetak(oleh=request.user, pegawai=daftar)
            return _pdf(pdf, f"surat-aktivasi-{unit.kode}.pdf")
        form.add_error("unit", _("Tidak ada pegawai di unit ini yang menunggu aktivasi akun."))
    return TemplateResponse(request, "situs/admin/surat_unit.html", {"form": form})


@hooks.register("register_admin_urls")
def daftarkan_url():
    return [
        path("akun-pegawai/<int:pk>/", akun_pegawai, name="situs_akun_pegawai"),
        path("akun-pegawai/surat-unit/", surat_unit, name="situs_surat_unit"),
    ]


@hooks.register(HOOK_TOMBOL_PEGAWAI)
def tombol_akun(pegawai, user):
    if not user.has_perm(IZIN):
        return []
    return [
        ListingButton(
            _("Akun"),
            url=reverse("situs_akun_pegawai", args=[pegawai.pk]),
            icon_name="key",
            priority=15,
        )
    ]


class MenuSuratAktivasi(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(IZIN)


@hooks.register("register_admin_menu_item")
def menu_surat_aktivasi():
    return MenuSuratAktivasi(
        gettext_lazy("Surat aktivasi"),
        reverse("situs_surat_unit"),
        icon_name="mail",
        order=265,
    )


@hooks.register("register_log_actions")
def daftarkan_aksi_log(actions):
    for kode, label in (
        (akun.LOG_NONAKTIFKAN, gettext_lazy("Akun pegawai dinonaktifkan")),
        (akun.LOG_AKTIFKAN, gettext_lazy("Akun pegawai diaktifkan kembali")),
        (akun.LOG_KIRIM_SUREL, gettext_lazy("Tautan aktivasi dikirim ulang")),
        (akun.LOG_CETAK_SURAT, gettext_lazy("Surat aktivasi dicetak")),
    ):
        actions.register_action(kode, label, label)


# The outbox's admin pages register their own hooks when imported (one wagtail_hooks per app).
from . import admin_surel  # noqa: E402, F401
