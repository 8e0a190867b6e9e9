from django import forms
from django.utils.translation import gettext_lazy as _

from ..models import JenisNotifikasi


class FormPreferensi(forms.Form):
    """Two check boxes per kind of notification: in the inbox, by email."""

    def __init__(self, *args, preferensi, **kwargs):
        super().__init__(*args, **kwargs)
        self.baris = []
        for p in preferensi:
            aplikasi = f"aplikasi_{p.jenis}"
            surel = f"surel_{p.jenis}"
            self.fields[aplikasi] = forms.BooleanField(
                label=_("%(jenis)s: di kotak masuk") % {"jenis": p.label},
                required=False,
                initial=p.di_aplikasi,
            )
            self.fields[surel] = forms.BooleanField(
                label=_("%(jenis)s: lewat surel") % {"jenis": p.label},
                required=False,
                initial=p.surel,
            )
            self.baris.append((p, self[aplikasi], self[surel]))

    def pilihan(self) -> dict[str, tuple[bool, bool]]:
        return {
            jenis: (self.cleaned_data[f"aplikasi_{jenis}"], self.cleaned_data[f"surel_{jenis}"])
            for jenis in JenisNotifikasi.values
        }
