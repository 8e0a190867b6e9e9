"""The trainer's case form in the Wagtail admin: a model answer must pass the indicator checker.

A case teaches by its model answer, so a model IKI the checker would flag (an activity instead
of a result, a vague word, no target…) is refused with the indicator and its blocking findings
named, and nothing is saved.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminModelForm

from . import services

NAMA_FORMSET_MODEL = "indikator_model"


class FormKasusSimulasi(WagtailAdminModelForm):
    #: Set by the preview views: a trainer still sees the preview while fixing an indicator
    #: (saving, as draft or published, always checks).
    pratinjau = False

    def clean(self):
        data = super().clean()
        if self.pratinjau:
            return data
        formset = self.formsets.get(NAMA_FORMSET_MODEL)
        # Field errors of the indicators are shown by the formset itself; the checker needs
        # whole, valid rows.
        if formset is None or not formset.is_valid():
            return data
        baris = [f for f in formset.ordered_forms if f.cleaned_data.get("teks")]
        indikator = [
            {k: f.cleaned_data.get(k) for k in ("teks", "aspek", "target", "satuan", "polaritas")}
            for f in baris
        ]
        gagal = services.periksa_jawaban_model(
            indikator=indikator,
            rhk=data.get("rhk_model") or "",
            rhk_atasan=data.get("rhk_atasan") or "",
        )
        for i, hasil in gagal:
            temuan = [t for t in hasil["temuan"] if t["blokir"]] or hasil["temuan"]
            daftar = "; ".join(f"{t['pesan']} ({t['kode']})" for t in temuan)
            self.add_error(
                None,
                ValidationError(
                    _(
                        "Indikator jawaban model %(n)s “%(teks)s” belum lolos pemeriksa "
                        "indikator: %(temuan)s. Perbaiki indikatornya; kasus belum disimpan."
                    ),
                    params={"n": i + 1, "teks": indikator[i]["teks"], "temuan": daftar},
                    code="indikator_model_tidak_layak",
                ),
            )
            baris[i].add_error(
                "teks",
                ValidationError(
                    _("Belum lolos pemeriksa indikator: %(temuan)s. Saran: %(saran)s"),
                    params={"temuan": daftar, "saran": temuan[0]["saran"] if temuan else "—"},
                    code="indikator_model_tidak_layak",
                ),
            )
        return data
