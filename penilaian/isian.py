"""Form fields for numbers people type: the one reader in, the one formatter out.

Every number a person types on the site or in the Wagtail admin is read by
``penilaian.mesin.baca_angka`` (Indonesian convention: "96,7", "1.250", "1.250,5") and every
number shown back in a field, prefilled values included, is written by ``format_ringkas``
("95", not "95.00"). The inputs are text inputs with ``inputmode``, never the browser's number input type:
a browser with an English locale reads the comma of "96,7" in a number input as a thousands
separator and sends 967.

``IsianAngka`` replaces ``forms.DecimalField`` and ``IsianBulat`` replaces
``forms.IntegerField``; ``daftarkan_di_admin`` makes every Wagtail admin form built from a
model use them (see ``penilaian/apps.py``).
"""

from __future__ import annotations

import math
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import DecimalValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from .mesin import AngkaTidakSah, baca_angka, format_ringkas, periksa

__all__ = [
    "PolaritasDikonfirmasi",
    "IsianAdminMixin",
    "KolomTahun",
    "IsianAngka",
    "IsianBulat",
    "MasukanAngka",
    "daftarkan_di_admin",
    "teks_sel",
]


class MasukanAngka(forms.TextInput):
    """A text input that brings up the numeric keyboard on phones (``inputmode``)."""

    def __init__(self, attrs=None, *, bulat: bool = False):
        bawaan = {
            "inputmode": "numeric" if bulat else "decimal",
            "autocomplete": "off",
            "spellcheck": "false",
            "class": "isian-angka",
        }
        super().__init__({**bawaan, **(attrs or {})})


def _baca(nilai, label) -> Decimal | None:
    """The typed text as a Decimal, or a ValidationError naming the field and how to write it."""
    if nilai in (None, ""):
        return None
    if isinstance(nilai, Decimal | int) and not isinstance(nilai, bool):
        return Decimal(nilai)
    if isinstance(nilai, str) and not nilai.strip():
        return None
    try:
        return baca_angka(str(nilai))
    except AngkaTidakSah as e:
        raise ValidationError(
            _("%(kolom)s: %(pesan)s."),
            code="invalid",
            params={"kolom": label or _("Angka"), "pesan": str(e)},
        ) from None


def _tampil(nilai, *, kelompok: bool = True) -> str | object:
    """A value for the field's text: stored numbers as people write them, typed text as typed."""
    if isinstance(nilai, float) and math.isfinite(nilai):
        nilai = Decimal(repr(nilai))
    if isinstance(nilai, Decimal | int) and not isinstance(nilai, bool):
        if not kelompok:
            return str(int(nilai)) if Decimal(nilai) == int(nilai) else format_ringkas(nilai)
        return format_ringkas(nilai)
    return nilai


def _pesan_batas(field: forms.Field) -> None:
    """Replace Django's range and digit validators with ones whose messages name the field and
    write the limit as people write it ("Realisasi: tidak boleh kurang dari 0.")."""
    kolom = str(field.label or _("Angka")).replace("%", "%%")
    diganti = []
    for v in field.validators:
        if isinstance(v, MinValueValidator):
            v = MinValueValidator(
                v.limit_value,
                message=_("%(kolom)s: tidak boleh kurang dari %(batas)s.")
                % {"kolom": kolom, "batas": format_ringkas(Decimal(v.limit_value))},
            )
        elif isinstance(v, MaxValueValidator):
            v = MaxValueValidator(
                v.limit_value,
                message=_("%(kolom)s: tidak boleh lebih dari %(batas)s.")
                % {"kolom": kolom, "batas": format_ringkas(Decimal(v.limit_value))},
            )
        elif isinstance(v, DecimalValidator):
            v = _ValidatorDigit(v.max_digits, v.decimal_places, kolom)
        diganti.append(v)
    field.validators = diganti


class _ValidatorDigit(DecimalValidator):
    def __init__(self, max_digits, decimal_places, kolom: str):
        super().__init__(max_digits, decimal_places)
        self.messages = {
            "invalid": _("%(kolom)s: angka tidak sah.") % {"kolom": kolom},
            "max_digits": _("%(kolom)s: paling banyak %%(max)s angka.") % {"kolom": kolom},
            "max_decimal_places": _("%(kolom)s: paling banyak %%(max)s angka di belakang koma.")
            % {"kolom": kolom},
            "max_whole_digits": _("%(kolom)s: paling banyak %%(max)s angka di depan koma.")
            % {"kolom": kolom},
        }


class _IsianIndonesia:
    """What the two fields share: the text input, the one reader, the one writer."""

    widget = MasukanAngka
    kelompok_ribuan = True

    def _angka(self, value) -> Decimal | None:
        return None if value in self.empty_values else _baca(value, self.label)

    def prepare_value(self, value):
        return _tampil(value, kelompok=self.kelompok_ribuan)

    def widget_attrs(self, widget):
        # Django adds step/min/max for number inputs only; keep the text input plain.
        return forms.Field.widget_attrs(self, widget)


class IsianAngka(_IsianIndonesia, forms.DecimalField):
    """A decimal number typed the Indonesian way; ``max_digits``/``decimal_places``,
    ``min_value``/``max_value`` work as in Django's ``DecimalField``."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _pesan_batas(self)

    def to_python(self, value):
        angka = self._angka(value)
        if angka is not None and not angka.is_finite():
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return angka


class IsianBulat(_IsianIndonesia, forms.IntegerField):
    """A whole number typed the Indonesian way ("1.250" is 1250; "12,5" is refused).

    ``kelompok_ribuan=False`` for numbers that are names rather than amounts (a year:
    2026, not 2.026)."""

    default_error_messages = {
        "invalid": _("%(kolom)s: harus bilangan bulat, misalnya 12 atau 1.250."),
    }

    def __init__(self, *args, kelompok_ribuan: bool = True, **kwargs):
        self.kelompok_ribuan = kelompok_ribuan
        kwargs.pop("step_size", None)
        super().__init__(*args, **kwargs)
        self.widget.attrs["inputmode"] = "numeric"
        _pesan_batas(self)

    def to_python(self, value):
        angka = self._angka(value)
        if angka is None:
            return None
        if angka != angka.to_integral_value():
            raise ValidationError(
                self.error_messages["invalid"],
                code="invalid",
                params={"kolom": self.label or _("Angka")},
            )
        return int(angka)


class KolomTahun(models.PositiveSmallIntegerField):
    """A year as a model field: its form field is ``IsianBulat`` written without grouping
    (2026, never 2.026), on the site and in every admin form."""

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": IsianBulat, "kelompok_ribuan": False, **kwargs})


#: Model fields whose admin form field becomes ours (subclasses included: Positive…Integer).
_GANTI = (
    (models.DecimalField, IsianAngka),
    (models.IntegerField, IsianBulat),
)


def daftarkan_di_admin() -> None:
    """Make every Wagtail admin model form (pages, snippets, ModelViewSets, settings) use
    ``IsianAngka``/``IsianBulat`` for numeric model fields."""
    from wagtail.admin.forms.models import register_form_field_override

    for kolom, isian in _GANTI:
        register_form_field_override(kolom, override={"form_class": isian})
    _port_situs()
    _rentang_jumlah_pemakaian()


def _port_situs() -> None:
    """Wagtail's own Site form is a plain ModelForm, built before any override: give its port
    (the only number in Wagtail's stock forms a superuser meets) our whole-number field, with
    the model field's label and help text, written without grouping (8000, not 8.000)."""
    from wagtail.sites.forms import SiteForm

    lama = SiteForm.base_fields["port"]
    SiteForm.base_fields["port"] = IsianBulat(
        label=lama.label,
        help_text=lama.help_text,
        initial=lama.initial,
        required=lama.required,
        min_value=1,
        max_value=65535,
        kelompok_ribuan=False,
    )


def teks_sel(nilai) -> str:
    """A spreadsheet cell as the text a person would have typed in it, for imports that read
    every column as text and numbers with ``baca_angka``: whole numbers without grouping (a NIP
    or a year stays "2026"), fractions with the decimal comma, exactly ("12,5", never the
    float's binary "12.4999…", and never "1.125", which the reader takes for thousands)."""
    if nilai is None:
        return ""
    if isinstance(nilai, bool):
        return "ya" if nilai else "tidak"
    if isinstance(nilai, int):
        return str(nilai)
    if isinstance(nilai, float):
        if not math.isfinite(nilai):
            return str(nilai)
        if nilai.is_integer():
            return str(int(nilai))
        return format_ringkas(Decimal(repr(nilai)))
    if isinstance(nilai, Decimal):
        return str(int(nilai)) if nilai == nilai.to_integral_value() else format_ringkas(nilai)
    return str(nilai).strip()


class IsianAdminMixin:
    """For Wagtail ``ModelViewSet`` subclasses: build their forms through Wagtail's field
    registry, as page and snippet forms are built, so numeric model fields get
    ``IsianAngka``/``IsianBulat`` (and dates Wagtail's date widgets). Wagtail's generic
    ``ModelViewSet`` otherwise calls ``db_field.formfield()`` directly and renders
    the browser's number input type."""

    def formfield_for_dbfield(self, db_field, **kwargs):
        from wagtail.admin.forms.models import formfield_for_dbfield

        return formfield_for_dbfield(db_field, **kwargs)


def _rentang_jumlah_pemakaian() -> None:
    """The "usage count" range filter of Wagtail's image and document listings renders two
    number inputs and reads them with Django's DecimalField: make both halves our whole-number
    field and text input, in every filter set that has it (they copy the filter at class
    creation, so each subclass is changed)."""
    import django_filters
    from wagtail.admin.filters import NumberRangeWidget, WagtailFilterSet

    class RentangBulat(django_filters.fields.RangeField):
        def __init__(self, fields=None, *args, **kwargs):
            super().__init__((IsianBulat(), IsianBulat()), *args, **kwargs)

    def semua(kelas):
        for anak in kelas.__subclasses__():
            yield anak
            yield from semua(anak)

    for kelas in semua(WagtailFilterSet):
        for saring in kelas.base_filters.values():
            widget = saring.extra.get("widget")
            if isinstance(widget, NumberRangeWidget):
                widget.widgets = [
                    MasukanAngka({"placeholder": w.attrs.get("placeholder", "")}, bulat=True)
                    for w in widget.widgets
                ]
                saring.field_class = RentangBulat


class PolaritasDikonfirmasi:
    """Form mixin: the polarity is never a silent default.

    A written row sent without a polarity gets the checker's suggestion prefilled (read from
    its text, target and unit, as the live check reads them) and an error asking the person to
    confirm it; where the checker cannot tell, the person must choose. The form defines the
    fields ``teks``, ``target``, ``satuan`` and ``polaritas``, and may define ``nama`` (the
    row's name in messages).
    """

    def isi_usulan_polaritas(self) -> None:
        self.usulan_polaritas: tuple[str, str] | None = None
        if not self.is_bound or self.data.get(self.add_prefix("polaritas")):
            return
        teks = str(self.data.get(self.add_prefix("teks")) or "").strip()
        if not teks:
            return
        hasil = periksa(
            {
                "teks": teks,
                "target": str(self.data.get(self.add_prefix("target")) or ""),
                "satuan": str(self.data.get(self.add_prefix("satuan")) or ""),
            }
        )
        if hasil.polaritas_usulan is None:
            return
        self.data = self.data.copy()
        self.data[self.add_prefix("polaritas")] = hasil.polaritas_usulan
        self.usulan_polaritas = (hasil.polaritas_usulan, hasil.alasan_polaritas)

    def clean_polaritas(self):
        nilai = self.cleaned_data["polaritas"]
        nama = getattr(self, "nama", _("Indikator"))
        if self.usulan_polaritas is not None:
            usulan, alasan = self.usulan_polaritas
            raise ValidationError(
                _(
                    "%(nama)s — polaritas belum dipilih. Pemeriksa mengusulkan “%(usulan)s”: "
                    "%(alasan)s Periksa pilihan itu, lalu kirim lagi."
                ),
                params={"nama": nama, "usulan": usulan, "alasan": alasan},
                code="polaritas_usulan",
            )
        if not nilai:
            raise ValidationError(
                _(
                    "%(nama)s — polaritas wajib dipilih: naik bila makin tinggi makin baik, "
                    "turun bila makin rendah makin baik."
                ),
                params={"nama": nama},
                code="polaritas_kosong",
            )
        return nilai
