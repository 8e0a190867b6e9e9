"""Plain forms for the appraisal pages (they work without JavaScript). Rules live in services."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .isian import IsianAngka, PolaritasDikonfirmasi
from .models import (
    BERAKHLAK,
    SKP,
    Aspek,
    IndikatorKinerja,
    PeriodeEvaluasi,
    Rating,
    RencanaHasilKerja,
)

#: A versioned form posted without its version would overwrite whatever is stored.
PESAN_TANPA_VERSI = _(
    "Formulir ini tidak membawa versi data yang Anda muat, sehingga tidak dapat dipastikan "
    "bahwa tidak ada yang mengubahnya sejak itu. Muat ulang halaman, lalu simpan kembali. "
    "Belum ada yang disimpan."
)


class FormVersi(forms.Form):
    """Carries the version of the SKP or evaluation the page was loaded with (0: nothing was
    stored yet). Required: a POST without it, or with it empty, is refused and saves nothing."""

    versi = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)

    def clean(self):
        data = super().clean()
        if data.get("versi") is None:
            # A non-field error, so the page shows it (a hidden field's error has no place).
            self.errors.pop("versi", None)
            raise forms.ValidationError(PESAN_TANPA_VERSI, code="tanpa_versi")
        return data


class FormSKPBaru(forms.Form):
    pendekatan = forms.ChoiceField(
        label=_("Pendekatan"),
        choices=SKP.Pendekatan.choices,
        initial=SKP.Pendekatan.KUANTITATIF,
        help_text=_("Kuantitatif: target berupa angka. Kualitatif: ekspektasi yang diuraikan."),
    )


class FormRHK(FormVersi):
    teks = forms.CharField(
        label=_("Rencana hasil kerja"),
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Tulis sebagai hasil: “Tersusunnya …”, “Meningkatnya …”, “Terlaksananya …”."),
    )
    jenis = forms.ChoiceField(label=_("Jenis"), choices=RencanaHasilKerja.Jenis.choices)
    rhk_atasan = forms.ModelChoiceField(
        label=_("RHK atasan yang diintervensi"),
        queryset=RencanaHasilKerja.objects.none(),
        required=False,
        empty_label=_("— belum ditautkan (dapat ditautkan nanti) —"),
    )

    def __init__(self, *args, pilihan_atasan=None, **kwargs):
        super().__init__(*args, **kwargs)
        if pilihan_atasan is not None:
            self.fields["rhk_atasan"].queryset = pilihan_atasan


class FormTautkan(forms.Form):
    rhk_atasan = forms.ModelChoiceField(
        label=_("RHK atasan"),
        queryset=RencanaHasilKerja.objects.none(),
        required=False,
        empty_label=_("— belum ditautkan —"),
    )

    def __init__(self, *args, pilihan_atasan=None, **kwargs):
        super().__init__(*args, **kwargs)
        if pilihan_atasan is not None:
            self.fields["rhk_atasan"].queryset = pilihan_atasan


class FormIKI(PolaritasDikonfirmasi, FormVersi):
    teks = forms.CharField(
        label=_("Indikator kinerja individu"),
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Ukuran hasil: “Jumlah …”, “Persentase …”, “Rata-rata waktu …”."),
    )
    aspek = forms.ChoiceField(label=_("Aspek"), choices=Aspek.choices)
    target = IsianAngka(
        label=_("Target"), required=False, min_value=0, max_digits=16, decimal_places=2
    )
    target_min = IsianAngka(
        label=_("atau rentang: minimum"),
        required=False,
        min_value=0,
        max_digits=16,
        decimal_places=2,
    )
    target_maks = IsianAngka(
        label=_("maksimum"), required=False, min_value=0, max_digits=16, decimal_places=2
    )
    satuan = forms.CharField(label=_("Satuan"), max_length=50, required=False)
    ekspektasi = forms.CharField(
        label=_("Ekspektasi (pendekatan kualitatif)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    polaritas = forms.ChoiceField(
        label=_("Polaritas"),
        choices=[("", _("— pilih —"))] + list(IndikatorKinerja.Polaritas.choices),
        required=False,
        help_text=_("Naik: makin tinggi makin baik. Turun: makin rendah makin baik."),
    )

    def __init__(self, *args, kualitatif: bool = True, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # The page shows the expectation only for a qualitative SKP; a field it does not show
        # must not be read (nor refuse what was posted in it where the user cannot see it).
        if not kualitatif:
            del self.fields["ekspektasi"]
        self.isi_usulan_polaritas()


class FormKembalikan(FormVersi):
    catatan = forms.CharField(
        label=_("Catatan untuk pegawai"),
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Tuliskan catatan untuk pegawai.")},
    )


class FormRealisasi(forms.Form):
    """One IKI's realisation for a chosen period. The page carries the version of each
    period's realisation (``versi_<periode>``, 0 when none yet); the chosen period's is
    required, as ``versi`` is on the other versioned forms."""

    periode_evaluasi = forms.ChoiceField(label=_("Periode"), choices=PeriodeEvaluasi.choices)
    nilai = IsianAngka(label=_("Realisasi"), min_value=0, max_digits=16, decimal_places=2)
    keterangan = forms.CharField(label=_("Keterangan"), required=False, max_length=500)
    berkas = forms.FileField(
        label=_("Bukti dukung (PDF, JPG, PNG, XLSX, DOCX; paling besar 10 MB)"), required=False
    )

    def clean(self):
        data = super().clean()
        periode = data.get("periode_evaluasi")
        if periode:
            teks = (self.data.get(f"versi_{periode}") or "").strip()
            if not teks.isdigit() or len(teks) > 9:
                raise forms.ValidationError(PESAN_TANPA_VERSI, code="tanpa_versi")
            data["versi"] = int(teks)
        return data


class FormUmpanBalik(forms.Form):
    periode_evaluasi = forms.ChoiceField(label=_("Periode"), choices=PeriodeEvaluasi.choices)
    teks = forms.CharField(label=_("Umpan balik"), widget=forms.Textarea(attrs={"rows": 2}))


def _isian_periode_evaluasi(pilihan: list[tuple[str, str]]) -> forms.ChoiceField:
    """The evaluation period, limited to the choices of the Periode's cadence; left out, it is
    the annual evaluation (what the pages and links before periodic evaluation sent)."""
    return forms.ChoiceField(
        label=_("Periode evaluasi"),
        choices=pilihan,
        required=False,
        error_messages={
            "invalid_choice": _(
                "Periode evaluasi “%(value)s” tidak termasuk kadens periode SKP ini; "
                "pilih salah satu periode yang tersedia."
            ),
        },
    )


class _DenganPeriodeEvaluasi:
    def clean_periode_evaluasi(self) -> str:
        return self.cleaned_data.get("periode_evaluasi") or PeriodeEvaluasi.TAHUNAN


class FormPeriodeEvaluasi(_DenganPeriodeEvaluasi, forms.Form):
    """Which evaluation of the SKP a page or action is about (query string or hidden field)."""

    def __init__(self, *args, pilihan: list[tuple[str, str]], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["periode_evaluasi"] = _isian_periode_evaluasi(pilihan)

    def periode(self) -> str | None:
        """The valid period (the annual one when none was given), or ``None`` when the value
        is not a period of the cadence (the error is then on the form)."""
        if not self.is_valid():
            return None
        return self.cleaned_data["periode_evaluasi"]


class FormEvaluasi(_DenganPeriodeEvaluasi, FormVersi):
    rating_hasil_kerja = forms.ChoiceField(
        label=_("Rating hasil kerja"),
        choices=[("", _("Ikuti usulan mesin"))] + list(Rating.choices),
        required=False,
    )
    alasan_rating = forms.CharField(
        label=_("Alasan bila berbeda dari usulan"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
    )
    #: No rating is preselected: the appraiser chooses one (an assumed "sesuai ekspektasi" would
    #: be saved by anyone who only meant to store the work rating).
    rating_perilaku = forms.ChoiceField(
        label=_("Rating perilaku kerja"),
        choices=[("", _("— Pilih rating perilaku —"))] + list(Rating.choices),
        error_messages={"required": _("Rating perilaku kerja wajib dipilih.")},
    )

    def __init__(self, *args, pilihan_periode: list[tuple[str, str]], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["periode_evaluasi"] = _isian_periode_evaluasi(pilihan_periode)
        for kunci, label in BERAKHLAK:
            self.fields[f"perilaku_{kunci}"] = forms.CharField(
                label=label, required=False, widget=forms.Textarea(attrs={"rows": 1})
            )

    def catatan_perilaku(self) -> dict:
        return {k: self.cleaned_data.get(f"perilaku_{k}", "") for k, _label in BERAKHLAK}


class FormFinalkan(FormVersi):
    """Finalising cannot be undone except by an Admin Kepegawaian correction, so the appraiser
    ticks a confirmation; a POST without it is refused and changes nothing."""

    konfirmasi = forms.BooleanField(
        label=_(
            "Saya sudah memeriksa penilaian ini dan memahami bahwa evaluasi yang difinalkan "
            "tidak dapat diubah lagi kecuali lewat koreksi Admin Kepegawaian."
        ),
        error_messages={
            "required": _(
                "Evaluasi belum difinalkan: centang konfirmasi bahwa penilaian sudah diperiksa "
                "dan tidak dapat diubah lagi setelah difinalkan."
            )
        },
    )


class FormKoreksi(FormVersi):
    rating_hasil_kerja = forms.ChoiceField(
        label=_("Rating hasil kerja"),
        choices=[("", _("Tetap"))] + list(Rating.choices),
        required=False,
    )
    rating_perilaku = forms.ChoiceField(
        label=_("Rating perilaku kerja"),
        choices=[("", _("Tetap"))] + list(Rating.choices),
        required=False,
    )
    alasan = forms.CharField(
        label=_("Alasan koreksi"),
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Alasan koreksi wajib diisi.")},
    )


class FormCocokNIP(forms.Form):
    """The public verification page shows the predikat only to a visitor who types the NIP
    printed on the document (spaces, as NIP are often printed in groups, are ignored)."""

    nip = forms.CharField(
        label=_("NIP pegawai yang tercantum pada dokumen"),
        max_length=40,
        error_messages={"required": _("NIP wajib diisi untuk mencocokkan dokumen.")},
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )

    def clean_nip(self) -> str:
        return "".join(self.cleaned_data["nip"].split())


class FormImpor(forms.Form):
    berkas = forms.FileField(label=_("Berkas XLSX atau CSV"))


class FormSaringUnit(forms.Form):
    """Narrows the unit dashboard's table (read from the query string; an invalid value is shown
    as an error and not applied)."""

    status = forms.ChoiceField(
        label=_("Status SKP"),
        choices=[("", _("Semua status"))] + list(SKP.Status.choices),
        required=False,
    )
    cari = forms.CharField(label=_("Nama atau NIP"), max_length=100, required=False)

    def saringan(self) -> dict[str, str]:
        """The valid filters, as keyword arguments of ``selectors.saring_skp``."""
        self.is_valid()
        return {k: self.cleaned_data.get(k, "") for k in ("status", "cari")}
