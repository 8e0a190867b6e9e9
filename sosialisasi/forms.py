from django import forms
from django.utils.translation import gettext_lazy as _


class FormPertanyaan(forms.Form):
    """A visitor's question. ``situs_web`` is a honeypot: hidden from people (CSS and
    aria-hidden), filled in by bots; a filled one is dropped without saving."""

    pertanyaan = forms.CharField(
        label=_("Pertanyaan Anda"),
        max_length=1000,
        min_length=10,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={
            "required": _("Pertanyaan wajib diisi."),
            "min_length": _("Pertanyaan terlalu pendek (paling sedikit 10 huruf)."),
            "max_length": _("Pertanyaan terlalu panjang (paling banyak 1000 huruf)."),
        },
    )
    nama = forms.CharField(label=_("Nama (boleh dikosongkan)"), max_length=100, required=False)
    email = forms.EmailField(
        label=_("Email (boleh dikosongkan)"),
        required=False,
        help_text=_("Hanya untuk membalas Anda; tidak pernah ditampilkan."),
        error_messages={"invalid": _("Alamat email tidak valid.")},
    )
    situs_web = forms.CharField(
        label=_("Jangan diisi"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def adalah_bot(self) -> bool:
        return bool(self.cleaned_data.get("situs_web"))


class FormHadir(forms.Form):
    kode = forms.CharField(
        label=_("Kode hadir"),
        max_length=20,
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
        error_messages={"required": _("Kode hadir wajib diisi.")},
    )
