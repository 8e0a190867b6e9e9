"""Forms of the participant's flow: plain HTML forms that work without JavaScript."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .angka import angka_teks, baca_angka, baca_target, target_mesin, tulis_angka, tulis_target
from .models import Aspek, IndikatorModel, Predikat

__all__ = ["FormIKI", "FormRHK", "FormRealisasi", "baca_angka", "baca_target", "formset_iki"]

MAKS_IKI = 5


class FormRHK(forms.Form):
    rhk = forms.CharField(
        label=_("Rencana Hasil Kerja (RHK) Anda"),
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": _("RHK wajib diisi: tulis hasil kerja yang Anda rencanakan.")},
    )


class FormIKI(forms.Form):
    teks = forms.CharField(label=_("Indikator (IKI)"), max_length=300)
    aspek = forms.ChoiceField(label=_("Aspek"), choices=Aspek.choices)
    target = forms.CharField(label=_("Target"), max_length=40)
    satuan = forms.CharField(label=_("Satuan"), max_length=50)
    polaritas = forms.ChoiceField(
        label=_("Polaritas"),
        required=False,
        choices=[("", _("Otomatis"))] + list(IndikatorModel.Polaritas.choices),
    )

    @property
    def nomor(self) -> int:
        return int(self.prefix.rsplit("-", 1)[1]) + 1 if self.prefix else 1

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if field.required:
                field.error_messages["required"] = _(
                    "Indikator %(nomor)s — %(kolom)s wajib diisi."
                ) % {"nomor": self.nomor, "kolom": str(field.label).lower()}

    def has_changed(self) -> bool:
        """A row counts as written when any text field holds text (the aspect select always
        has a value, and revisited rows carry their earlier values as initial data)."""
        return any(
            str(self.data.get(self.add_prefix(k)) or "").strip()
            for k in ("teks", "target", "satuan")
        )

    def clean_target(self) -> str | dict[str, str]:
        teks = self.cleaned_data["target"]
        target = baca_target(teks)
        if target is None:
            raise ValidationError(
                _(
                    "Indikator %(nomor)s — target “%(teks)s” bukan angka. Tulis angka saja, "
                    "misalnya 1.200 atau 3,5, atau rentang seperti 80–90; satuannya di kolom "
                    "Satuan."
                ),
                params={"nomor": self.nomor, "teks": teks},
                code="bukan_angka",
            )
        if isinstance(target, tuple) and target[0] > target[1]:
            raise ValidationError(
                _(
                    "Indikator %(nomor)s — target “%(teks)s”: batas bawah rentang (%(min)s) "
                    "lebih besar daripada batas atasnya (%(maks)s). Tulis yang kecil dulu, "
                    "misalnya %(maks)s–%(min)s."
                ),
                params={
                    "nomor": self.nomor,
                    "teks": teks,
                    "min": tulis_angka(target[0]),
                    "maks": tulis_angka(target[1]),
                },
                code="rentang_terbalik",
            )
        return target_mesin(target)


class _BaseFormsetIKI(forms.BaseFormSet):
    def clean(self):
        if any(self.errors):
            return
        terisi = [f for f in self.forms if f.has_changed()]
        if not terisi:
            raise ValidationError(_("Tulis paling sedikit satu indikator (IKI)."), code="kosong")
        if len(terisi) > MAKS_IKI:
            raise ValidationError(
                _("Paling banyak %(maks)s indikator untuk satu RHK; Anda menulis %(n)s."),
                params={"maks": MAKS_IKI, "n": len(terisi)},
                code="terlalu_banyak",
            )

    def indikator(self) -> list[dict]:
        return [
            {k: f.cleaned_data[k] for k in ("teks", "aspek", "target", "satuan", "polaritas")}
            for f in self.forms
            if f.has_changed() and f.cleaned_data
        ]


FormsetIKI = forms.formset_factory(
    FormIKI, formset=_BaseFormsetIKI, extra=0, min_num=MAKS_IKI, max_num=50, absolute_max=50
)


def formset_iki(data=None, initial: list[dict] | None = None):
    """Five rows (filled from ``initial``); empty rows are ignored, partial rows are checked."""
    if initial:
        initial = [dict(iki, target=tulis_target(iki["target"])) for iki in initial]
    formset = FormsetIKI(data=data, initial=initial or None, prefix="iki")
    for form in formset.forms:
        form.empty_permitted = True
        form.use_required_attribute = False
    return formset


class FormRealisasi(forms.Form):
    """Realisasi for each of the participant's own IKI, plus the predikat guess when asked."""

    def __init__(self, *args, indikator: list[dict], minta_prediksi: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.indikator = indikator
        for i, iki in enumerate(indikator):
            self.fields[f"realisasi_{i}"] = forms.CharField(
                label=_("Realisasi indikator %(n)s: %(teks)s (%(satuan)s)")
                % {"n": i + 1, "teks": iki["teks"], "satuan": iki["satuan"]},
                max_length=40,
                error_messages={
                    "required": _("Realisasi indikator %(n)s wajib diisi.") % {"n": i + 1}
                },
            )
        if minta_prediksi:
            self.fields["prediksi"] = forms.ChoiceField(
                label=_("Tebakan Anda: predikat kinerja yang akan keluar"),
                choices=[("", "—")] + list(Predikat.choices),
                error_messages={"required": _("Pilih tebakan predikat Anda.")},
            )

    def clean(self):
        data = super().clean()
        for i in range(len(self.indikator)):
            teks = data.get(f"realisasi_{i}")
            if teks is None:
                continue
            angka = baca_angka(teks)
            if angka is None:
                self.add_error(
                    f"realisasi_{i}",
                    ValidationError(
                        _(
                            "Realisasi indikator %(n)s — “%(teks)s” bukan angka; tulis misalnya 1.200 atau 3,5."
                        ),
                        params={"n": i + 1, "teks": teks},
                        code="bukan_angka",
                    ),
                )
            else:
                data[f"realisasi_{i}"] = angka_teks(angka)
        return data

    def realisasi(self) -> list[str]:
        return [self.cleaned_data[f"realisasi_{i}"] for i in range(len(self.indikator))]
