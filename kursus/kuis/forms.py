"""The answer form for one question, built for its type."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminDateTimeInput

from penilaian import mesin
from penilaian.isian import IsianAngka, IsianBulat, MasukanAngka

from . import selectors, services
from .models import JenisSoal, Soal

AWALAN_JODOH = "jodoh_"


class FormJawaban(forms.Form):
    """Fields ``pilihan`` (choice questions), one ``jodoh_<premise id>`` select per premise
    (matching) or ``teks`` (everything else). Options come in the order the attempt stored
    (``selectors.pilihan_tampil``); their values are ids, never positions."""

    def __init__(self, *args, soal: Soal, **kwargs):
        super().__init__(*args, **kwargs)
        self.soal = soal
        pilihan = [(str(p.pk), p.teks) for p in selectors.pilihan_tampil(soal)]
        label = _("Jawaban Anda")
        if soal.jenis == JenisSoal.MENJODOHKAN:
            opsi = [("", _("— pilih —"))] + [
                (str(p.pk), p.jawaban) for p in selectors.opsi_jodoh_tampil(soal)
            ]
            for p in selectors.premis_jodoh(soal):
                self.fields[f"{AWALAN_JODOH}{p.pk}"] = forms.ChoiceField(
                    label=p.premis,
                    choices=opsi,
                    required=False,
                    widget=forms.Select(attrs={"class": "kuis-jodoh__pilih"}),
                )
        elif soal.jenis == JenisSoal.TUNGGAL:
            self.fields["pilihan"] = forms.ChoiceField(
                label=label, choices=pilihan, widget=forms.RadioSelect, required=False
            )
        elif soal.jenis == JenisSoal.GANDA:
            self.fields["pilihan"] = forms.MultipleChoiceField(
                label=_("Pilih semua jawaban yang benar"),
                choices=pilihan,
                widget=forms.CheckboxSelectMultiple,
                required=False,
            )
        elif soal.jenis == JenisSoal.BENAR_SALAH:
            self.fields["teks"] = forms.ChoiceField(
                label=label,
                choices=[("benar", _("Benar")), ("salah", _("Salah"))],
                widget=forms.RadioSelect,
                required=False,
            )
        elif soal.jenis == JenisSoal.ANGKA:
            self.fields["teks"] = forms.CharField(
                label=label,
                required=False,
                max_length=40,
                help_text=_("Tulis angka saja; koma desimal boleh, misalnya 102,11."),
                widget=MasukanAngka(),
            )
        elif soal.jenis == JenisSoal.ESAI:
            self.fields["teks"] = forms.CharField(
                label=label,
                required=False,
                max_length=10_000,
                widget=forms.Textarea(attrs={"rows": 8}),
            )
        else:
            self.fields["teks"] = forms.CharField(
                label=label,
                required=False,
                max_length=300,
                widget=forms.TextInput(attrs={"autocomplete": "off"}),
            )

    def clean_teks(self):
        teks = self.cleaned_data.get("teks") or ""
        if self.soal.jenis == JenisSoal.ANGKA and teks.strip():
            try:
                mesin.baca_angka(teks)
            except mesin.AngkaTidakSah as e:
                raise forms.ValidationError(
                    _("Jawaban: %(pesan)s."), params={"pesan": str(e)}, code="bukan_angka"
                ) from None
        return teks

    def nilai_awal(self, jawaban) -> None:
        if jawaban is None:
            return
        if self.soal.jenis == JenisSoal.MENJODOHKAN:
            for premis, pilihan in (jawaban.jodoh or {}).items():
                self.initial[f"{AWALAN_JODOH}{premis}"] = str(pilihan)
        elif "pilihan" in self.fields:
            dipilih = [str(i) for i in jawaban.pilihan]
            self.initial["pilihan"] = (
                dipilih if self.soal.jenis == JenisSoal.GANDA else next(iter(dipilih), None)
            )
        else:
            self.initial["teks"] = jawaban.teks

    @property
    def kosong(self) -> bool:
        data = self.cleaned_data
        pilihan = data.get("pilihan")
        return not pilihan and not (data.get("teks") or "").strip() and not self.jodoh_terpilih()

    def jodoh_terpilih(self) -> dict[int, int]:
        """Matching: premise id → chosen answer id, for the premises answered."""
        return {
            int(nama.removeprefix(AWALAN_JODOH)): int(nilai)
            for nama, nilai in self.cleaned_data.items()
            if nama.startswith(AWALAN_JODOH) and nilai
        }

    def pilihan_terpilih(self) -> list[int]:
        pilihan = self.cleaned_data.get("pilihan") or []
        if isinstance(pilihan, str):
            pilihan = [pilihan]
        return [int(i) for i in pilihan]


class FormNilaiEsai(forms.Form):
    """One score field per rubric criterion, plus a comment."""

    komentar = forms.CharField(
        label=_("Komentar untuk peserta"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args, rubrik: list[tuple[int, str]], **kwargs):
        super().__init__(*args, **kwargs)
        self.rubrik = rubrik
        for i, (maks, kriteria) in enumerate(rubrik):
            self.fields[f"kriteria_{i}"] = IsianAngka(
                label=f"{kriteria} (0–{maks})",
                min_value=0,
                max_value=maks,
                max_digits=7,
                decimal_places=2,
                widget=MasukanAngka({"size": 6}),
            )
        self.order_fields([f"kriteria_{i}" for i in range(len(rubrik))] + ["komentar"])

    def nilai_rubrik(self):
        return [self.cleaned_data[f"kriteria_{i}"] for i in range(len(self.rubrik))]


class FormImpor(forms.Form):
    berkas = forms.FileField(label=_("Berkas XLSX"), help_text=_("Kolom seperti berkas ekspor."))


class FormBatalPercobaan(forms.Form):
    alasan = forms.CharField(
        label=_("Alasan pembatalan"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Disimpan dalam riwayat kuis; misalnya gangguan jaringan saat ujian."),
        error_messages={"required": _("Alasan pembatalan: wajib diisi.")},
    )


class FormPerpanjangan(forms.Form):
    """A later closing time and/or a higher attempt limit for one participant, with a reason.
    The service checks that it extends (``services.periksa_perpanjangan``)."""

    ditutup_pada = forms.DateTimeField(
        label=_("Waktu tutup baru untuk peserta ini"),
        required=False,
        widget=AdminDateTimeInput(),
        help_text=_("Kosongkan bila waktu tutup tidak diubah."),
        error_messages={"invalid": _("Waktu tutup baru: tulis tanggal dan jam yang sah.")},
    )
    batas_percobaan = IsianBulat(
        label=_("Batas percobaan baru untuk peserta ini"),
        required=False,
        min_value=1,
        max_value=100,
        help_text=_("Jumlah percobaan keseluruhan; kosongkan bila tidak diubah."),
    )
    alasan = forms.CharField(
        label=_("Alasan perpanjangan"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Alasan perpanjangan: wajib diisi.")},
    )

    def __init__(self, *args, kuis, **kwargs):
        super().__init__(*args, **kwargs)
        self.kuis = kuis

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        for kolom, pesan in services.periksa_perpanjangan(
            kuis=self.kuis,
            ditutup_pada=data.get("ditutup_pada"),
            batas_percobaan=data.get("batas_percobaan"),
        ).items():
            self.add_error(None if kolom == "__all__" else kolom, pesan)
        return data
