"""Forms of the participant's flow: plain HTML forms that work without JavaScript."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from penilaian.isian import MasukanAngka, PolaritasDikonfirmasi
from penilaian.mesin import AngkaTidakSah, angka_json, baca_angka

from .angka import baca_target, target_json, tulis_angka, tulis_target
from .jawaban import MAKS_RHK, nama_indikator, nama_per_indikator
from .models import Aspek, IndikatorModel, Predikat

__all__ = [
    "FormIKI",
    "FormRHK",
    "FormRealisasi",
    "baca_target",
    "formset_iki",
    "kolom_rhk",
    "prefiks_iki",
]

MAKS_IKI = 5


def kolom_rhk(nomor_rhk: int) -> str:
    """Field name of an RHK's text: ``rhk`` for the first RHK, ``rhk_2``, ``rhk_3`` after."""
    return "rhk" if nomor_rhk == 1 else f"rhk_{nomor_rhk}"


class FormRHK(forms.Form):
    rhk = forms.CharField(
        label=_("Rencana Hasil Kerja (RHK) Anda"),
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": _("RHK wajib diisi: tulis hasil kerja yang Anda rencanakan.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # RHK 2 and 3 may stay empty; their formsets check that text and IKI come together.
        for n in range(2, MAKS_RHK + 1):
            self.fields[kolom_rhk(n)] = forms.CharField(
                label=_("RHK %(n)s") % {"n": n},
                max_length=300,
                required=False,
                widget=forms.Textarea(attrs={"rows": 2}),
            )

    def rhk_tambahan(self) -> list[str]:
        """The texts of RHK 2 … ``MAKS_RHK`` in order (empty when left blank)."""
        return [self.cleaned_data[kolom_rhk(n)].strip() for n in range(2, MAKS_RHK + 1)]


class FormIKI(PolaritasDikonfirmasi, forms.Form):
    teks = forms.CharField(label=_("Indikator (IKI)"), max_length=300)
    aspek = forms.ChoiceField(label=_("Aspek"), choices=Aspek.choices)
    target = forms.CharField(
        label=_("Target"),
        max_length=40,
        help_text=_("Angka (1.200 atau 3,5) atau rentang (80–90); satuannya di kolom Satuan."),
    )
    satuan = forms.CharField(label=_("Satuan"), max_length=50)
    polaritas = forms.ChoiceField(
        label=_("Polaritas"),
        required=False,
        choices=[("", _("— pilih —"))] + list(IndikatorModel.Polaritas.choices),
        help_text=_("Naik: makin tinggi makin baik. Turun: makin rendah makin baik."),
    )

    @property
    def nomor(self) -> int:
        return int(self.prefix.rsplit("-", 1)[1]) + 1 if self.prefix else 1

    @property
    def nama(self) -> str:
        """The row's name in messages: "Indikator 2" in RHK 1, "RHK 2, indikator 1" after."""
        return nama_indikator(self.nomor_rhk, self.nomor, sebut_rhk=self.nomor_rhk > 1)

    def __init__(self, *args, nomor_rhk: int = 1, **kwargs):
        self.nomor_rhk = nomor_rhk
        super().__init__(*args, **kwargs)
        self.isi_usulan_polaritas()
        for field in self.fields.values():
            if field.required:
                field.error_messages["required"] = _("%(nama)s — %(kolom)s wajib diisi.") % {
                    "nama": self.nama,
                    "kolom": str(field.label).lower(),
                }

    def has_changed(self) -> bool:
        """A row counts as written when any text field holds text (the aspect select always
        has a value, and revisited rows carry their earlier values as initial data)."""
        return any(
            str(self.data.get(self.add_prefix(k)) or "").strip()
            for k in ("teks", "target", "satuan")
        )

    def clean_target(self):
        teks = self.cleaned_data["target"]
        try:
            target = baca_target(teks)
        except AngkaTidakSah as e:
            raise ValidationError(
                _("%(nama)s — target: %(pesan)s. Satuannya di kolom Satuan."),
                params={"nama": self.nama, "pesan": str(e)},
                code="bukan_angka",
            ) from None
        batas = target if isinstance(target, tuple) else (target,)
        if any(b < 0 for b in batas):
            raise ValidationError(
                _("%(nama)s — target “%(teks)s” tidak boleh negatif."),
                params={"nama": self.nama, "teks": teks},
                code="negatif",
            )
        if isinstance(target, tuple) and target[0] > target[1]:
            raise ValidationError(
                _(
                    "%(nama)s — target “%(teks)s”: batas bawah rentang (%(min)s) "
                    "lebih besar daripada batas atasnya (%(maks)s). Tulis yang kecil dulu, "
                    "misalnya %(maks)s–%(min)s."
                ),
                params={
                    "nama": self.nama,
                    "teks": teks,
                    "min": tulis_angka(target[0]),
                    "maks": tulis_angka(target[1]),
                },
                code="rentang_terbalik",
            )
        return target_json(target)


class _BaseFormsetIKI(forms.BaseFormSet):
    """The IKI rows of one RHK. The first RHK needs at least one; RHK 2 and 3 may be left
    empty, but their text and their IKI come together or not at all."""

    nomor_rhk = 1

    def teks_rhk(self) -> str:
        return str(self.data.get(kolom_rhk(self.nomor_rhk)) or "").strip()

    def clean(self):
        if any(self.errors):
            return
        terisi = [f for f in self.forms if f.has_changed()]
        if self.nomor_rhk > 1:
            self._clean_tambahan(bool(terisi))
        elif not terisi:
            raise ValidationError(_("Tulis paling sedikit satu indikator (IKI)."), code="kosong")
        if len(terisi) > MAKS_IKI:
            pesan = _("Paling banyak %(maks)s indikator untuk satu RHK; Anda menulis %(n)s.")
            if self.nomor_rhk > 1:
                pesan = _(
                    "RHK %(r)s — paling banyak %(maks)s indikator untuk satu RHK; "
                    "Anda menulis %(n)s."
                )
            raise ValidationError(
                pesan,
                params={"maks": MAKS_IKI, "n": len(terisi), "r": self.nomor_rhk},
                code="terlalu_banyak",
            )

    def _clean_tambahan(self, ada_iki: bool) -> None:
        ada_teks = bool(self.teks_rhk())
        if ada_teks and not ada_iki:
            raise ValidationError(
                _(
                    "%(nama)s — teks indikator wajib diisi karena RHK %(r)s sudah ditulis. "
                    "Tulis indikatornya, atau kosongkan RHK %(r)s bila tidak dipakai."
                ),
                params={
                    "nama": nama_indikator(self.nomor_rhk, 1, sebut_rhk=True),
                    "r": self.nomor_rhk,
                },
                code="rhk_tanpa_iki",
            )
        if ada_iki and not ada_teks:
            raise ValidationError(
                _(
                    "RHK %(r)s — teks RHK wajib diisi karena indikatornya sudah ditulis. "
                    "Tulis RHK-nya, atau kosongkan indikator RHK %(r)s bila tidak dipakai."
                ),
                params={"r": self.nomor_rhk},
                code="iki_tanpa_rhk",
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


def prefiks_iki(nomor_rhk: int) -> str:
    """Form prefix of an RHK's IKI rows: ``iki`` for the first RHK, ``iki2``, ``iki3`` after."""
    return "iki" if nomor_rhk == 1 else f"iki{nomor_rhk}"


def formset_iki(data=None, initial: list[dict] | None = None, *, nomor_rhk: int = 1):
    """Five rows (filled from ``initial``); empty rows are ignored, partial rows are checked."""
    prefix = prefiks_iki(nomor_rhk)
    if initial:
        initial = [dict(iki, target=tulis_target(iki["target"])) for iki in initial]
    if data is not None and nomor_rhk > 1 and f"{prefix}-TOTAL_FORMS" not in data:
        # A form posted without the extra RHK's rows (an older page) leaves that RHK empty.
        data = data.copy()
        data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
    formset = FormsetIKI(
        data=data, initial=initial or None, prefix=prefix, form_kwargs={"nomor_rhk": nomor_rhk}
    )
    formset.nomor_rhk = nomor_rhk
    for form in formset.forms:
        form.empty_permitted = True
        form.use_required_attribute = False
    return formset


class FormRealisasi(forms.Form):
    """Realisasi for each of the participant's own IKI, plus the predikat guess when asked.

    ``rhk`` is the draft's RHK list (``jawaban.daftar_rhk``); the fields ``realisasi_0``,
    ``realisasi_1``, … number the IKI across all RHK in order.
    """

    def __init__(self, *args, rhk: list[dict], minta_prediksi: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.rhk = rhk
        self.indikator = [iki for r in rhk for iki in r["indikator"]]
        self.nama = nama_per_indikator(rhk, awal=False)
        for i, (iki, nama) in enumerate(zip(self.indikator, self.nama, strict=True)):
            self.fields[f"realisasi_{i}"] = forms.CharField(
                label=_("Realisasi %(nama)s: %(teks)s (%(satuan)s)")
                % {"nama": nama, "teks": iki["teks"], "satuan": iki["satuan"]},
                max_length=40,
                widget=MasukanAngka(),
                error_messages={"required": _("Realisasi %(nama)s wajib diisi.") % {"nama": nama}},
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
            try:
                angka = baca_angka(teks)
            except AngkaTidakSah as e:
                self.add_error(
                    f"realisasi_{i}",
                    ValidationError(
                        _("Realisasi %(nama)s — %(pesan)s."),
                        params={"nama": self.nama[i], "pesan": str(e)},
                        code="bukan_angka",
                    ),
                )
                continue
            if angka < 0:
                self.add_error(
                    f"realisasi_{i}",
                    ValidationError(
                        _("Realisasi %(nama)s tidak boleh negatif."),
                        params={"nama": self.nama[i]},
                        code="negatif",
                    ),
                )
            else:
                data[f"realisasi_{i}"] = angka_json(angka)
        return data

    def realisasi(self) -> list:
        return [self.cleaned_data[f"realisasi_{i}"] for i in range(len(self.indikator))]

    def kelompok(self) -> list[tuple[str, list]]:
        """The realisation fields grouped by RHK, as ``(teks RHK, [bound field, …])``."""
        kelompok, i = [], 0
        for r in self.rhk:
            jumlah = len(r["indikator"])
            kelompok.append((r["rhk"], [self[f"realisasi_{j}"] for j in range(i, i + jumlah)]))
            i += jumlah
        return kelompok

    def realisasi_per_rhk(self) -> list[dict]:
        """The draft's RHK list with each IKI's cleaned realisation added."""
        nilai = iter(self.realisasi())
        return [
            {
                "rhk": r["rhk"],
                "indikator": [dict(iki, realisasi=next(nilai)) for iki in r["indikator"]],
            }
            for r in self.rhk
        ]
