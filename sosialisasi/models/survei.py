"""The readiness and perception survey, built on Wagtail's form builder.

A survey page is answered once before and once after training. The phase is not asked: it is
read from the participant's enrolment and test attempts in the linked course
(``selectors.fase_survei``) and stored on the submission, with the participant's unit at that
moment, so results per unit do not move when someone changes unit later."""

from django import forms
from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.forms.forms import FormBuilder
from wagtail.contrib.forms.models import AbstractForm, AbstractFormField, AbstractFormSubmission
from wagtail.fields import RichTextField


class TemaSurvei(models.TextChoices):
    PEMAHAMAN = "pemahaman", _("Pemahaman")
    SIKAP = "sikap", _("Sikap terhadap perubahan")
    BEBAN_KERJA = "beban_kerja", _("Perkiraan beban kerja")
    KEADILAN = "keadilan", _("Rasa keadilan penilaian")


class FaseSurvei(models.TextChoices):
    SEBELUM = "sebelum", _("Sebelum pelatihan")
    SESUDAH = "sesudah", _("Sesudah pelatihan")


#: The five points of every Likert item, stored as "1" … "5".
SKALA_LIKERT = (
    ("1", _("Sangat tidak setuju")),
    ("2", _("Tidak setuju")),
    ("3", _("Ragu-ragu")),
    ("4", _("Setuju")),
    ("5", _("Sangat setuju")),
)

#: The field types trainers may use. "number" is left out on purpose: the site never uses
#: a number-type input (see docs/arsitektur.md); Likert items are radio choices.
JENIS_ISIAN = (
    ("likert", _("Skala Likert 1–5")),
    ("singleline", _("Teks satu baris")),
    ("multiline", _("Teks panjang")),
    ("radio", _("Pilihan tunggal")),
    ("checkboxes", _("Pilihan ganda")),
    ("dropdown", _("Daftar pilihan")),
)


class PembangunFormSurvei(FormBuilder):
    def create_likert_field(self, field, options):
        return forms.ChoiceField(
            choices=SKALA_LIKERT,
            widget=forms.RadioSelect(attrs={"class": "likert"}),
            **options,
        )


class FieldSurvei(AbstractFormField):
    page = ParentalKey(
        "sosialisasi.SurveiPage", on_delete=models.CASCADE, related_name="form_fields"
    )
    field_type = models.CharField(_("jenis isian"), max_length=16, choices=JENIS_ISIAN)
    tema = models.CharField(
        _("tema"),
        max_length=20,
        choices=TemaSurvei.choices,
        blank=True,
        help_text=_("Butir Likert dihitung per tema; pernyataan ditulis positif (5 = terbaik)."),
    )

    panels = [*AbstractFormField.panels, FieldPanel("tema")]


class JawabanSurvei(AbstractFormSubmission):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("peserta"),
        on_delete=models.CASCADE,
        related_name="jawaban_survei",
    )
    fase = models.CharField(_("fase"), max_length=10, choices=FaseSurvei.choices)
    unit = models.ForeignKey(
        "penilaian.UnitKerja",
        verbose_name=_("unit kerja"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("jawaban survei")
        verbose_name_plural = _("jawaban survei")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "user", "fase"], name="jawaban_survei_sekali_per_fase"
            )
        ]

    def get_data(self):
        return {**super().get_data(), "fase": self.get_fase_display()}


class SurveiPage(AbstractForm):
    pengantar = RichTextField(_("pengantar"), features=["bold", "italic", "link"], blank=True)
    kursus = models.ForeignKey(
        "kursus.KursusPage",
        verbose_name=_("kursus"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Fase sebelum/sesudah dibaca dari pendaftaran dan post-test kursus ini."),
    )
    teks_terima_kasih = RichTextField(
        _("teks setelah mengisi"), features=["bold", "italic", "link"], blank=True
    )

    form_builder = PembangunFormSurvei

    content_panels = [
        *AbstractForm.content_panels,
        FieldPanel("pengantar"),
        FieldPanel("kursus"),
        InlinePanel("form_fields", label=_("Butir survei")),
        FieldPanel("teks_terima_kasih"),
    ]

    parent_page_types = ["sosialisasi.SosialisasiIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("survei")
        verbose_name_plural = _("survei")

    def get_submission_class(self):
        return JawabanSurvei

    def process_form_submission(self, form):
        from ..services import survei_jawab

        return survei_jawab(survei=self, user=form.user, data=form.cleaned_data)

    def serve(self, request, *args, **kwargs):
        """Only logged-in participants answer; a phase already answered shows a notice
        instead of the form, and a second POST for it changes nothing."""
        from ..selectors import fase_survei
        from ..services import SudahMenjawab

        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        context = self.get_context(request)
        context["fase"] = fase_survei(survei=self, user=request.user)
        form = None
        if not context["fase"].sudah_dijawab:
            form = self.get_form(
                request.POST if request.method == "POST" else None, page=self, user=request.user
            )
        if form is not None and request.method == "POST" and form.is_valid():
            try:
                jawaban = self.process_form_submission(form)
            except SudahMenjawab:
                context["fase"] = fase_survei(survei=self, user=request.user)
                form = None
            else:
                return self.render_landing_page(request, jawaban, *args, **kwargs)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context)
