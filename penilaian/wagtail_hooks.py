"""Wagtail admin for Admin Kepegawaian: units, employees, periods, kebijakan, capaian
organisasi, the indicator library, the audit history (read-only) and the import page."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permissions import register_permission_policy

from .akses import alasan_tolak_lingkup, atasan_pilihan, id_unit_lingkup, saring_lingkup
from .ekspor import templat_impor_xlsx
from .forms import FormImpor
from .impor import ImporGagal, baca_berkas, pegawai_impor
from .isian import IsianAdminMixin
from .kolom_admin import kolom_ya_tidak
from .lingkup_admin import (
    BatasiPilihanUnit,
    IzinTanpaLingkup,
    LingkupViewSetMixin,
    riwayat_dalam_lingkup,
)
from .models import (
    CapaianOrganisasi,
    Kebijakan,
    LingkupUnit,
    Pegawai,
    Periode,
    PustakaIndikator,
    RiwayatPerubahan,
    UnitKerja,
)
from .services import (
    KesalahanPenilaian,
    catat_riwayat,
    keadaan_objek,
    periksa_iki,
    wajib_bukan_diri_sendiri,
)
from .services.akun import LOG_AKUN_BUAT, LOG_AKUN_TAUTKAN, akun_pegawai_buat

#: Custom hook: functions ``(pegawai, user) -> list[MenuItem]`` adding buttons to each row of
#: the employee list (the site layer adds the account page there without this app importing it).
HOOK_TOMBOL_PEGAWAI = "tombol_baris_pegawai"


class BuatTercatat(generic.CreateView):
    """Admin creations enter the appraisal's audit history too (who, when, after)."""

    def save_instance(self):
        obj = super().save_instance()
        catat_riwayat(
            oleh=self.request.user,
            objek=obj,
            aksi="admin_buat",
            sebelum=None,
            sesudah=keadaan_objek(obj),
        )
        return obj


class UbahTercatat(generic.EditView):
    def save_instance(self):
        sebelum = keadaan_objek(type(self.form.instance).objects.get(pk=self.form.instance.pk))
        obj = super().save_instance()
        catat_riwayat(
            oleh=self.request.user,
            objek=obj,
            aksi="admin_ubah",
            sebelum=sebelum,
            sesudah=keadaan_objek(obj),
        )
        return obj


class HapusTercatat(generic.DeleteView):
    def delete_action(self):
        catat_riwayat(
            oleh=self.request.user,
            objek=self.object,
            aksi="admin_hapus",
            sebelum=keadaan_objek(self.object),
            sesudah=None,
        )
        super().delete_action()


class ModelViewSetTercatat(IsianAdminMixin, ModelViewSet):
    add_view_class = BuatTercatat
    edit_view_class = UbahTercatat
    delete_view_class = HapusTercatat


class FormUnitKerja(BatasiPilihanUnit, WagtailAdminModelForm):
    """A scoped administrator places a unit under a unit of its scope (never at the top of the
    tree); a scope's own root keeps the parent it has."""

    medan_unit = ("induk",)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        medan = self.fields.get("induk")
        if medan is not None and self.instance.induk_id and self.lingkup is not None:
            medan.queryset = medan.queryset | UnitKerja.objects.filter(pk=self.instance.induk_id)


class UnitKerjaViewSet(LingkupViewSetMixin, ModelViewSetTercatat):
    model = UnitKerja
    medan_lingkup = "pk"
    icon = "site"
    menu_label = _("Unit kerja")
    list_display = ["nama", "kode", "jenis", "induk"]
    list_filter = ["jenis"]
    list_export = ["kode", "nama", "jenis", "induk"]
    search_fields = ["nama", "kode"]
    form_fields = ["kode", "nama", "jenis", "induk"]
    copy_view_enabled = False

    def get_form_class(self, for_update=False):
        return forms.modelform_factory(UnitKerja, form=FormUnitKerja, fields=self.form_fields)


class FormPegawai(BatasiPilihanUnit, WagtailAdminModelForm):
    """Nobody chooses their own atasan (the services' rule), whatever their admin role. A scoped
    administrator picks the unit within its scope and the atasan among ``akses.atasan_pilihan``
    (the current atasan stays valid)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        medan = self.fields.get("atasan")
        if medan is not None and self.lingkup is not None:
            pilihan = atasan_pilihan(self.for_user)
            if self.instance.atasan_id:
                pilihan = pilihan | Pegawai.objects.filter(pk=self.instance.atasan_id)
            medan.queryset = pilihan
        medan = self.fields.get("user")
        if medan is not None and self.lingkup is not None:
            # Accounts of its own employees, or accounts not yet linked (never a superuser's).
            akun = medan.queryset.filter(
                Q(pegawai__unit_id__in=self.lingkup) | Q(pegawai=None, is_superuser=False)
            )
            if self.instance.user_id:
                akun = akun | medan.queryset.filter(pk=self.instance.user_id)
            medan.queryset = akun

    def clean(self):
        data = super().clean()
        if self.instance.pk and "atasan" in self.changed_data:
            try:
                wajib_bukan_diri_sendiri(self.for_user, self.instance, aksi=_("menetapkan atasan"))
            except KesalahanPenilaian as e:
                self.add_error("atasan", e.pesan)
        return data


class BuatPegawai(BuatTercatat):
    """A new employee gets a login in the same transaction (``akun_pegawai_buat``), unless the
    form linked one."""

    @transaction.atomic
    def save_instance(self):
        obj = super().save_instance()
        akun_pegawai_buat(oleh=self.request.user, pegawai=[obj])
        return obj


class IndeksPegawai(generic.IndexView):
    def get_list_more_buttons(self, instance):
        tombol = super().get_list_more_buttons(instance)
        for fungsi in hooks.get_hooks(HOOK_TOMBOL_PEGAWAI):
            tombol.extend(fungsi(instance, self.request.user))
        return tombol


class PegawaiViewSet(LingkupViewSetMixin, ModelViewSetTercatat):
    model = Pegawai
    add_view_class = BuatPegawai
    index_view_class = IndeksPegawai
    icon = "user"
    menu_label = _("Pegawai")
    list_display = [
        "nama",
        "nip",
        "jabatan",
        "jenis_jabatan",
        "unit",
        "atasan",
        kolom_ya_tidak(Pegawai, "aktif"),
    ]
    list_filter = ["unit", "jenis_jabatan", "aktif", "memimpin_unit"]
    list_export = [
        "nip",
        "nama",
        "email",
        "jabatan",
        "jenis_jabatan",
        "koefisien_jf",
        "unit",
        "atasan",
        "memimpin_unit",
        "aktif",
    ]
    search_fields = ["nama", "nip", "jabatan"]
    form_fields = [
        "nip",
        "nama",
        "email",
        "jabatan",
        "jenis_jabatan",
        "koefisien_jf",
        "unit",
        "atasan",
        "memimpin_unit",
        "user",
        "aktif",
    ]
    copy_view_enabled = False

    def get_form_class(self, for_update=False):
        return forms.modelform_factory(
            Pegawai,
            form=FormPegawai,
            fields=self.form_fields,
            formfield_callback=self.formfield_for_dbfield,
        )


class FormPeriode(WagtailAdminModelForm):
    """Choosing a period as running deactivates the previous one in the same save."""

    def _get_validation_exclusions(self):
        # The single-running-period constraint is met by ``save`` below.
        return {*super()._get_validation_exclusions(), "aktif"}

    @transaction.atomic
    def save(self, commit=True):
        if self.cleaned_data.get("aktif"):
            Periode.objects.exclude(pk=self.instance.pk).filter(aktif=True).update(aktif=False)
        return super().save(commit=commit)


class PeriodeViewSet(ModelViewSetTercatat):
    model = Periode
    icon = "date"
    menu_label = _("Periode")
    list_display = ["tahun", "kadens", "kebijakan", kolom_ya_tidak(Periode, "aktif")]
    list_filter = ["aktif", "kadens"]
    list_export = ["tahun", "kadens", "kebijakan", "aktif"]
    form_fields = ["tahun", "kadens", "kebijakan", "aktif"]
    copy_view_enabled = False

    def get_form_class(self, for_update=False):
        return forms.modelform_factory(Periode, form=FormPeriode, fields=self.form_fields)


class KebijakanViewSet(ModelViewSetTercatat):
    model = Kebijakan
    icon = "cog"
    menu_label = _("Kebijakan penilaian")
    list_display = ["nama", "ambang_di_atas", "ambang_sesuai"]
    list_export = ["nama", "ambang_di_atas", "ambang_sesuai", "keterangan"]
    search_fields = ["nama"]
    form_fields = ["nama", "ambang_di_atas", "ambang_sesuai", "keterangan"]


class FormCapaianOrganisasi(BatasiPilihanUnit, WagtailAdminModelForm):
    pass


class CapaianOrganisasiViewSet(LingkupViewSetMixin, ModelViewSetTercatat):
    model = CapaianOrganisasi
    icon = "doc-full"
    menu_label = _("Capaian kinerja organisasi")
    list_display = ["unit", "periode", "capaian"]
    list_filter = ["periode", "capaian"]
    list_export = ["unit", "periode", "capaian"]
    form_fields = ["unit", "periode", "capaian"]
    copy_view_enabled = False

    def get_form_class(self, for_update=False):
        return forms.modelform_factory(
            CapaianOrganisasi,
            form=FormCapaianOrganisasi,
            fields=self.form_fields,
            formfield_callback=self.formfield_for_dbfield,
        )


class FormPustaka(BatasiPilihanUnit, WagtailAdminModelForm):
    """Every library entry passes the indicator checker (no blocking finding)."""

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        hasil = periksa_iki(
            teks=data.get("teks", ""),
            target=data.get("target"),
            target_min=data.get("target_min"),
            target_maks=data.get("target_maks"),
            satuan=data.get("satuan", ""),
            aspek=data.get("aspek", ""),
            polaritas=data.get("polaritas", ""),
        )
        if not hasil.layak:
            raise forms.ValidationError([f"{t.pesan} {t.saran}" for t in hasil.temuan if t.blokir])
        self.instance.skor_pemeriksa = hasil.skor
        return data


class PustakaIndikatorViewSet(LingkupViewSetMixin, ModelViewSetTercatat):
    """A scoped administrator sees the entries for every unit and those of its units, and
    writes, changes and deletes only the latter (an entry for every unit is the instansi's)."""

    model = PustakaIndikator
    icon = "list-ul"
    menu_label = _("Pustaka indikator")
    list_display = ["teks", "aspek", "satuan", "unit", "jabatan", "skor_pemeriksa"]
    list_filter = ["aspek", "jenis_unit", "unit"]
    list_export = [
        "teks",
        "aspek",
        "target",
        "target_min",
        "target_maks",
        "satuan",
        "polaritas",
        "jenis_unit",
        "unit",
        "jabatan",
        "rhk",
        "dasar_tugas",
        "skor_pemeriksa",
    ]
    search_fields = ["teks", "jabatan", "dasar_tugas"]
    form_fields = [
        "jenis_unit",
        "unit",
        "jabatan",
        "dasar_tugas",
        "rhk",
        "teks",
        "aspek",
        "target",
        "target_min",
        "target_maks",
        "satuan",
        "polaritas",
    ]

    def get_form_class(self, for_update=False):
        return forms.modelform_factory(PustakaIndikator, form=FormPustaka, fields=self.form_fields)

    def saring_lingkup(self, user, qs):
        lingkup = id_unit_lingkup(user)
        return qs if lingkup is None else qs.filter(Q(unit=None) | Q(unit_id__in=lingkup))

    def saring_objek_lingkup(self, user, qs):
        return saring_lingkup(user, qs)


class RiwayatViewSet(LingkupViewSetMixin, IsianAdminMixin, ModelViewSet):
    """Read-only: the role holds only the view permission; the inspect view shows before and
    after. A scoped administrator reads the entries about its units' objects only."""

    model = RiwayatPerubahan
    icon = "history"
    menu_label = _("Riwayat perubahan")
    list_display = ["waktu", "pengguna", "aksi", "model", "objek", "alasan"]
    list_filter = ["aksi", "model", "waktu"]
    list_export = [
        "waktu",
        "pengguna",
        "aksi",
        "model",
        "objek_id",
        "objek",
        "sebelum",
        "sesudah",
        "alasan",
    ]
    search_fields = ["objek", "alasan"]
    form_fields = []
    inspect_view_enabled = True
    inspect_view_fields = [
        "waktu",
        "pengguna",
        "aksi",
        "model",
        "objek_id",
        "objek",
        "sebelum",
        "sesudah",
        "alasan",
    ]
    copy_view_enabled = False

    def saring_lingkup(self, user, qs):
        return riwayat_dalam_lingkup(user, qs)


class FormLingkupUnit(BatasiPilihanUnit, WagtailAdminModelForm):
    """Assigning a scope: the rules are ``akses.alasan_tolak_lingkup``'s, checked for the row as
    it was (what is taken away) and as it will be (what is given)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        medan = self.fields.get("user")
        if medan is not None and self.lingkup is not None:
            # Whom a scoped administrator can see: its employees' accounts, users already
            # scoped inside its units, and accounts not linked to any employee.
            medan.queryset = medan.queryset.filter(
                Q(pegawai__unit_id__in=self.lingkup)
                | Q(lingkup_unit__unit_id__in=self.lingkup)
                | Q(pegawai=None, is_superuser=False)
            ).distinct()

    def clean(self):
        data = super().clean()
        target, unit = data.get("user"), data.get("unit")
        if target is None or unit is None:
            return data
        alasan = None
        if self.instance.pk:
            lama = LingkupUnit.objects.select_related("user").get(pk=self.instance.pk)
            alasan = alasan_tolak_lingkup(
                self.for_user, target=lama.user, unit_id=lama.unit_id, cabut=lama.user != target
            )
        alasan = alasan or alasan_tolak_lingkup(self.for_user, target=target, unit_id=unit.pk)
        if alasan:
            raise forms.ValidationError(alasan)
        return data


class HapusLingkup(HapusTercatat):
    """Taking a scope away follows the same rules; refused, the row stays and the reason shows."""

    def dispatch(self, request, *args, **kwargs):
        alasan = alasan_tolak_lingkup(
            request.user, target=self.object.user, unit_id=self.object.unit_id, cabut=True
        )
        if alasan:
            messages.error(request, alasan)
            return redirect(self.index_url_name)
        return super().dispatch(request, *args, **kwargs)


class LingkupUnitViewSet(LingkupViewSetMixin, ModelViewSetTercatat):
    """Who administers which units (penilaian.models.LingkupUnit); every change is audited."""

    model = LingkupUnit
    icon = "lock"
    menu_label = _("Lingkup unit")
    delete_view_class = HapusLingkup
    list_display = ["user", "unit"]
    list_filter = ["unit"]
    list_export = ["user", "unit"]
    search_fields = ["user__username", "user__first_name", "user__last_name", "unit__nama"]
    form_fields = ["user", "unit"]
    copy_view_enabled = False

    def get_form_class(self, for_update=False):
        return forms.modelform_factory(LingkupUnit, form=FormLingkupUnit, fields=self.form_fields)


# Periods and kebijakan hold for the whole instansi: a scoped administrator reads them only.
register_permission_policy(Periode, IzinTanpaLingkup(Periode))
register_permission_policy(Kebijakan, IzinTanpaLingkup(Kebijakan))


class PenilaianGroup(ModelViewSetGroup):
    menu_label = _("Kepegawaian")
    menu_icon = "group"
    menu_order = 250
    items = (
        UnitKerjaViewSet("unit_kerja"),
        PegawaiViewSet("pegawai"),
        PeriodeViewSet("periode"),
        KebijakanViewSet("kebijakan"),
        CapaianOrganisasiViewSet("capaian_organisasi"),
        PustakaIndikatorViewSet("pustaka_indikator"),
        RiwayatViewSet("riwayat_perubahan"),
        LingkupUnitViewSet("lingkup_unit"),
    )


@hooks.register("register_admin_viewset")
def daftarkan_viewset():
    return PenilaianGroup()


def impor_pegawai(request):
    """Upload an XLSX/CSV of units and employees (all or nothing, every problem listed)."""
    if not request.user.has_perm("penilaian.add_pegawai"):
        raise PermissionDenied
    masalah = []
    if request.method == "POST":
        form = FormImpor(request.POST, request.FILES)
        if form.is_valid():
            berkas = form.cleaned_data["berkas"]
            try:
                hasil = pegawai_impor(
                    oleh=request.user, baris=baca_berkas(berkas.read(), berkas.name)
                )
            except ImporGagal as e:
                masalah = e.masalah
            else:
                messages.success(
                    request,
                    _(
                        "Impor selesai: %(b)s pegawai baru, %(u)s diubah, %(t)s tetap; "
                        "%(a)s akun dibuat."
                    )
                    % {
                        "b": hasil.dibuat,
                        "u": hasil.diubah,
                        "t": hasil.tetap,
                        "a": hasil.akun_dibuat,
                    },
                )
                return redirect("penilaian_impor")
    else:
        form = FormImpor()
    return TemplateResponse(
        request, "penilaian/admin/impor.html", {"form": form, "masalah": masalah}
    )


def impor_pegawai_templat(request):
    """The import template (XLSX): the header row and a sheet describing each column."""
    if not request.user.has_perm("penilaian.add_pegawai"):
        raise PermissionDenied
    respons = HttpResponse(
        templat_impor_xlsx(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    respons["Content-Disposition"] = 'attachment; filename="templat-impor-pegawai.xlsx"'
    return respons


@hooks.register("register_admin_urls")
def daftarkan_url():
    return [
        path("impor-pegawai/", impor_pegawai, name="penilaian_impor"),
        path("impor-pegawai/templat.xlsx", impor_pegawai_templat, name="penilaian_impor_templat"),
    ]


class MenuImpor(MenuItem):
    """Shown only to those who may import (others were shown the item and then refused)."""

    def is_shown(self, request):
        return request.user.has_perm("penilaian.add_pegawai")


@hooks.register("register_admin_menu_item")
def menu_impor():
    return MenuImpor(
        _("Impor pegawai"),
        reverse("penilaian_impor"),
        icon_name="upload",
        order=260,
    )


@hooks.register("register_log_actions")
def daftarkan_aksi_log(actions):
    actions.register_action(LOG_AKUN_BUAT, _("Akun pegawai dibuat"), _("Akun pegawai dibuat"))
    actions.register_action(
        LOG_AKUN_TAUTKAN,
        _("Akun yang ada ditautkan ke pegawai"),
        _("Akun yang ada ditautkan ke pegawai"),
    )
