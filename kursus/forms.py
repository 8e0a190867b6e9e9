"""The enrolment assignment form (Wagtail admin): course, target, due date."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import KursusPage
from .penugasan import MAKS_BARIS_NIP, CocokJabatan, Sasaran, SasaranPenugasan, unit_dalam_lingkup


class FormPenugasan(forms.Form):
    kursus = forms.ModelChoiceField(
        label=_("Kursus"), queryset=KursusPage.objects.none(), empty_label=_("Pilih kursus")
    )
    jenis = forms.ChoiceField(
        label=_("Tugaskan kepada"),
        choices=[
            (Sasaran.UNIT, _("Unit kerja")),
            (Sasaran.JABATAN, _("Jabatan")),
            (Sasaran.NIP, _("Daftar NIP")),
        ],
        initial=Sasaran.UNIT,
        widget=forms.RadioSelect,
    )
    unit = forms.ModelChoiceField(
        label=_("Unit kerja"), queryset=None, required=False, empty_label=_("Pilih unit")
    )
    dengan_subunit = forms.BooleanField(
        label=_("Termasuk semua subunit di bawahnya"), required=False, initial=True
    )
    jabatan = forms.CharField(label=_("Jabatan"), required=False, max_length=200)
    cocok_jabatan = forms.ChoiceField(
        label=_("Cara mencocokkan jabatan"),
        choices=[
            (CocokJabatan.PERSIS, _("Sama persis")),
            (CocokJabatan.MEMUAT, _("Memuat teks ini")),
        ],
        initial=CocokJabatan.PERSIS,
        required=False,
    )
    daftar_nip = forms.CharField(
        label=_("Daftar NIP"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6, "spellcheck": "false"}),
        help_text=_("Satu NIP per baris; spasi, titik dan tanda hubung diabaikan."),
        max_length=MAKS_BARIS_NIP * 40,
    )
    tenggat = forms.DateField(
        label=_("Tenggat (opsional)"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"],
        help_text=_("Peserta melihat tenggat ini dan diingatkan 7 hari dan 1 hari sebelumnya."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kursus"].queryset = KursusPage.objects.live().order_by("title")
        self.fields["unit"].queryset = unit_dalam_lingkup(user)

    def clean_tenggat(self):
        tenggat = self.cleaned_data.get("tenggat")
        if tenggat and tenggat < timezone.localdate():
            raise forms.ValidationError(_("Tenggat tidak boleh sebelum hari ini."))
        return tenggat

    def clean(self):
        data = super().clean()
        jenis = data.get("jenis")
        if jenis == Sasaran.UNIT and not data.get("unit"):
            self.add_error("unit", _("Pilih unit kerja yang ditugaskan."))
        if jenis == Sasaran.JABATAN and not " ".join((data.get("jabatan") or "").split()):
            self.add_error("jabatan", _("Isi nama jabatan yang ditugaskan."))
        if jenis == Sasaran.NIP:
            baris = [b for b in (data.get("daftar_nip") or "").splitlines() if b.strip()]
            if not baris:
                self.add_error("daftar_nip", _("Tempel paling sedikit satu NIP."))
            elif len(baris) > MAKS_BARIS_NIP:
                self.add_error(
                    "daftar_nip",
                    _("Paling banyak %(maks)s NIP sekali tugaskan.") % {"maks": MAKS_BARIS_NIP},
                )
        return data

    def sasaran(self) -> SasaranPenugasan:
        data = self.cleaned_data
        unit = data.get("unit")
        return SasaranPenugasan(
            jenis=data["jenis"],
            unit_id=unit.pk if unit else None,
            dengan_subunit=bool(data.get("dengan_subunit")),
            jabatan=data.get("jabatan") or "",
            cocok_jabatan=data.get("cocok_jabatan") or CocokJabatan.PERSIS,
            daftar_nip=data.get("daftar_nip") or "",
        )
