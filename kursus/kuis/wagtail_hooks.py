"""Admin registration for quizzes (loaded by kursus/wagtail_hooks.py): the question bank and
quizzes as snippets, essay marking, reports and XLSX import/export."""

from datetime import datetime
from decimal import Decimal

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import ObjectList
from wagtail.admin.widgets.button import HeaderButton, ListingButton
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from kursus.admin_views import MenuBerizin
from penilaian.kolom_admin import kolom_ya_tidak
from penilaian.mesin import format_ringkas

from . import penilaian, services
from .admin_pelatih import (
    IZIN_BUKU_NILAI,
    IZIN_NILAI_ULANG,
    BatalkanPercobaanView,
    BukuNilaiView,
    NilaiUlangKuisView,
    NilaiUlangSoalView,
    PercobaanView,
    PerpanjanganView,
    PesertaDaftarView,
)
from .admin_views import (
    IZIN_LAPORAN,
    IZIN_MENILAI,
    EksporSoalView,
    ImporSoalView,
    LaporanIndeks,
    LaporanKenaikanView,
    LaporanKuisView,
    PenilaianDaftar,
    PenilaianEsaiView,
)
from .models import JenisSoal, KategoriSoal, Kuis, SlotAcak, Soal


def _formulir_aktif(formset):
    return [
        f
        for f in formset.forms
        if f.is_valid() and f.cleaned_data and not f.cleaned_data.get("DELETE")
    ]


class FormSoalAdmin(WagtailAdminModelForm):
    """Checks the key against the question type with the same rules as the XLSX import."""

    def clean(self):
        data = super().clean()
        formset = self.formsets.get("pilihan")
        pilihan = []
        if formset is not None:
            pilihan = [
                (f.cleaned_data.get("teks", ""), f.cleaned_data.get("benar", False))
                for f in _formulir_aktif(formset)
            ]
        formset_pasangan = self.formsets.get("pasangan")
        pasangan = []
        if formset_pasangan is not None:
            pasangan = [
                (f.cleaned_data.get("premis", ""), f.cleaned_data.get("jawaban", ""))
                for f in _formulir_aktif(formset_pasangan)
            ]
        jenis = data.get("jenis")
        if not jenis:
            return data
        galat = penilaian.periksa_soal(
            jenis=jenis,
            pilihan=pilihan,
            jawaban_isian=data.get("jawaban_isian") or "",
            jawaban_angka=data.get("jawaban_angka"),
            jawaban_benar_salah=data.get("jawaban_benar_salah"),
            rubrik=data.get("rubrik") or "",
            toleransi=data.get("toleransi") or 0,
            pasangan=pasangan,
            ada_gambar=data.get("gambar") is not None,
            gambar_alt=data.get("gambar_alt") or "",
        )
        kolom_kunci = {
            JenisSoal.BENAR_SALAH: "jawaban_benar_salah",
            JenisSoal.ISIAN: "jawaban_isian",
            JenisSoal.ANGKA: "jawaban_angka",
        }
        for kunci, pesan in galat.items():
            field = {"kunci": kolom_kunci.get(jenis), "pilihan": None, "pasangan": None}.get(
                kunci, kunci
            )
            self.add_error(field if field in self.fields else None, pesan.capitalize() + ".")
        return data


class FormKuisAdmin(WagtailAdminModelForm):
    def clean(self):
        data = super().clean()
        dibuka, ditutup = data.get("dibuka_pada"), data.get("ditutup_pada")
        if dibuka and ditutup and ditutup <= dibuka:
            self.add_error("ditutup_pada", _("Waktu tutup harus sesudah waktu buka."))
        formset = self.formsets.get("soal_kuis")
        soal = []
        if formset is not None:
            soal = [f.cleaned_data.get("soal") for f in _formulir_aktif(formset)]
        slot = self.formsets.get("slot_acak")
        ada_esai_acak = self._periksa_slot(slot, soal) if slot is not None else False
        if not data.get("simpan_lembar_jawaban") and (
            ada_esai_acak or any(s is not None and s.jenis == JenisSoal.ESAI for s in soal)
        ):
            self.add_error(
                "simpan_lembar_jawaban",
                _("Kuis dengan soal esai harus menyimpan lembar jawaban untuk dinilai."),
            )
        return data

    @staticmethod
    def _periksa_slot(formset, soal) -> bool:
        """Each random slot must find enough questions in its category that are not already
        on the paper (the quiz's pool and earlier slots): otherwise attempts could not start, or
        would differ in length. Returns whether a slot may draw an essay."""
        bank = {s.pk for s in soal if s is not None}
        sebelumnya: list[tuple[set[int], int]] = []
        ada_esai = False
        for f in _formulir_aktif(formset):
            kategori, jumlah = f.cleaned_data.get("kategori"), f.cleaned_data.get("jumlah")
            if kategori is None or jumlah is None:
                continue
            if jumlah < 1:
                f.add_error("jumlah", _("Jumlah soal sedikitnya 1."))
                continue
            if (f.cleaned_data.get("bobot") or 0) <= 0:
                f.add_error("bobot", _("Poin per soal harus lebih besar dari 0."))
            slot = SlotAcak(
                kategori=kategori,
                termasuk_subkategori=f.cleaned_data.get("termasuk_subkategori", False),
                jumlah=jumlah,
            )
            kandidat = set(services.kandidat_slot(slot, kecuali=bank))
            # Earlier slots draw first; at worst each took its count from this slot's questions.
            ada = len(kandidat) - sum(min(n, len(k & kandidat)) for k, n in sebelumnya)
            sebelumnya.append((kandidat, jumlah))
            if ada < jumlah:
                f.add_error(
                    "jumlah",
                    _(
                        "Kategori '%(kategori)s' hanya memiliki %(ada)d soal yang bisa diundi "
                        "(di luar bank soal kuis dan soal slot sebelumnya); jumlah paling "
                        "banyak %(ada)d."
                    )
                    % {"kategori": kategori, "ada": max(ada, 0)},
                )
                continue
            ada_esai = (
                ada_esai or Soal.objects.filter(pk__in=kandidat, jenis=JenisSoal.ESAI).exists()
            )
        return ada_esai


class SoalIndexView(IndexView):
    @property
    def header_buttons(self):
        tombol = list(super().header_buttons)
        if self.request.user.has_perm("kursus.add_soal"):
            tombol.append(
                HeaderButton(_("Impor XLSX"), url=reverse("kuis_impor_soal"), icon_name="upload")
            )
        tombol.append(
            HeaderButton(_("Ekspor XLSX"), url=reverse("kuis_ekspor_soal"), icon_name="download")
        )
        return tombol


class SoalViewSet(SnippetViewSet):
    model = Soal
    icon = "help"
    menu_label = _("Bank soal")
    index_view_class = SoalIndexView
    list_display = ["kode", "teks", "jenis", "kategori", "bobot"]
    list_filter = ["jenis", "kategori"]
    list_export = ["kode", "jenis", "kategori", "teks", "bobot", "penjelasan"]
    search_fields = ["teks", "kode"]
    ordering = ["kode"]
    edit_handler = ObjectList(Soal.panels, base_form_class=FormSoalAdmin)


class KategoriSoalViewSet(SnippetViewSet):
    model = KategoriSoal
    icon = "folder-open-inverse"
    menu_label = _("Kategori soal")
    list_display = ["nama", "induk"]
    ordering = ["induk__nama", "nama"]


class KuisViewSet(SnippetViewSet):
    model = Kuis
    icon = "tasks"
    menu_label = _("Kuis")
    list_display = ["judul", "slug", "nilai_lulus", "metode_nilai", kolom_ya_tidak(Kuis, "live")]
    list_filter = ["live", "metode_nilai"]
    list_export = ["judul", "slug", "nilai_lulus", "batas_percobaan", "metode_nilai", "live"]
    search_fields = ["judul"]
    ordering = ["judul"]
    edit_handler = ObjectList(Kuis.panels, base_form_class=FormKuisAdmin)


class KuisGroup(SnippetViewSetGroup):
    menu_label = _("Kuis")
    menu_icon = "tasks"
    menu_name = "kuis"
    menu_order = 300
    items = (KuisViewSet, SoalViewSet, KategoriSoalViewSet)


register_snippet(KuisGroup)


@hooks.register("insert_global_admin_js")
def js_editor_soal():
    """The question editor shows only the answer key of the chosen type (no-op elsewhere)."""
    return format_html('<script src="{}" defer></script>', static("js/admin-soal.js"))


@hooks.register("register_admin_urls")
def urls_kuis():
    return [
        path("kuis/penilaian/", PenilaianDaftar.as_view(), name="kuis_penilaian"),
        path("kuis/penilaian/<int:pk>/", PenilaianEsaiView.as_view(), name="kuis_nilai_esai"),
        path("kuis/laporan/", LaporanIndeks.as_view(), name="kuis_laporan"),
        path("kuis/laporan/<int:pk>/", LaporanKuisView.as_view(), name="kuis_laporan_kuis"),
        path(
            "kuis/laporan/kenaikan/<int:kursus_id>/",
            LaporanKenaikanView.as_view(),
            name="kuis_laporan_kenaikan",
        ),
        path("kuis/soal/impor/", ImporSoalView.as_view(), name="kuis_impor_soal"),
        path("kuis/soal/ekspor/", EksporSoalView.as_view(), name="kuis_ekspor_soal"),
        path("kuis/peserta/", PesertaDaftarView.as_view(), name="kuis_peserta"),
        path("kuis/peserta/<int:pk>/", BukuNilaiView.as_view(), name="kuis_buku_nilai"),
        path("kuis/percobaan/<int:pk>/", PercobaanView.as_view(), name="kuis_percobaan"),
        path(
            "kuis/percobaan/<int:pk>/batalkan/",
            BatalkanPercobaanView.as_view(),
            name="kuis_batalkan_percobaan",
        ),
        path(
            "kuis/<int:kuis_pk>/perpanjangan/<int:user_pk>/",
            PerpanjanganView.as_view(),
            name="kuis_perpanjangan",
        ),
        path(
            "kuis/soal/<int:pk>/nilai-ulang/",
            NilaiUlangSoalView.as_view(),
            name="kuis_nilai_ulang_soal",
        ),
        path("kuis/<int:pk>/nilai-ulang/", NilaiUlangKuisView.as_view(), name="kuis_nilai_ulang"),
    ]


@hooks.register("register_admin_menu_item")
def menu_buku_nilai():
    return MenuBerizin(
        _("Buku nilai peserta"),
        reverse("kuis_peserta"),
        icon_name="user",
        order=302,
        name="buku-nilai",
        izin=IZIN_BUKU_NILAI,
    )


@hooks.register("register_snippet_listing_buttons")
def tombol_nilai_ulang(snippet, user, next_url=None):
    """The "Nilai ulang" entry in the row menu of questions and quizzes (regrade after a key change)."""
    if not user.has_perms(IZIN_NILAI_ULANG):
        return []
    if isinstance(snippet, Soal):
        url = reverse("kuis_nilai_ulang_soal", args=[snippet.pk])
    elif isinstance(snippet, Kuis):
        url = reverse("kuis_nilai_ulang", args=[snippet.pk])
    else:
        return []
    return [ListingButton(_("Nilai ulang"), url, icon_name="redirect", priority=60)]


class _FormatLog(LogFormatter):
    """Messages built from the entry's data (who, which attempt, why), so the quiz's and the
    question's "Riwayat" and the site history say what happened without another lookup."""

    def format_comment(self, log_entry):
        return log_entry.data.get("alasan", "")


@hooks.register("register_log_actions")
def aksi_log_pelatih(actions):
    @actions.register_action(services.AKSI_BATALKAN)
    class _Batalkan(_FormatLog):
        label = _("Batalkan percobaan kuis")

        def format_message(self, log_entry):
            d = log_entry.data
            return _("Percobaan ke-%(nomor)s milik %(peserta)s dibatalkan (nilai %(persen)s).") % {
                "nomor": d.get("nomor"),
                "peserta": d.get("nama") or d.get("peserta"),
                "persen": _teks_nilai(d.get("persen_lama")),
            }

    @actions.register_action(services.AKSI_PERPANJANG)
    class _Perpanjang(_FormatLog):
        label = _("Perpanjangan kuis")

        def format_message(self, log_entry):
            d = log_entry.data
            bagian = []
            if d.get("ditutup_pada"):
                waktu = timezone.localtime(datetime.fromisoformat(d["ditutup_pada"]))
                bagian.append(_("ditutup %(w)s") % {"w": waktu.strftime("%d-%m-%Y %H.%M")})
            if d.get("batas_percobaan"):
                bagian.append(_("batas %(n)s percobaan") % {"n": d["batas_percobaan"]})
            return _("Perpanjangan untuk %(peserta)s: %(isi)s.") % {
                "peserta": d.get("nama") or d.get("peserta"),
                "isi": ", ".join(str(b) for b in bagian),
            }

    @actions.register_action(services.AKSI_NILAI_ULANG)
    class _NilaiUlang(LogFormatter):
        label = _("Nilai ulang jawaban")

        def format_message(self, log_entry):
            d = log_entry.data
            return _(
                "Nilai ulang: %(berubah)s dari %(diperiksa)s percobaan berubah; "
                "%(lulus)s peserta berubah status kelulusan."
            ) % {
                "berubah": d.get("jumlah_berubah"),
                "diperiksa": d.get("jumlah_diperiksa"),
                "lulus": d.get("jumlah_kelulusan_berubah"),
            }


def _teks_nilai(teks) -> str:
    return "—" if teks in (None, "") else format_ringkas(Decimal(teks))


@hooks.register("register_admin_menu_item")
def menu_penilaian():
    return MenuBerizin(
        _("Penilaian esai"),
        reverse("kuis_penilaian"),
        icon_name="edit",
        order=301,
        name="penilaian-esai",
        izin=IZIN_MENILAI,
    )


@hooks.register("register_reports_menu_item")
def menu_laporan():
    return MenuBerizin(
        _("Laporan kuis"), reverse("kuis_laporan"), icon_name="table", order=901, izin=IZIN_LAPORAN
    )
