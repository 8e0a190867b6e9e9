"""StreamField blocks for lessons.

Every block has a template, icon, description and preview value (GAYA.md). The indicator
example and the worked calculation call the pure engine at render time, so what a lesson shows
is always what the checker and the scoring engine say today, never text typed by hand.

Extension point: ``BLOK_PELAJARAN`` is the list PelajaranPage.body is built from. The quiz issue
(6) appends its quiz block and the simulator issue (7) its case block here — add the block class
to this module (or import it from ``simulasi``, which kursus may import) and append
``("kuis", KuisBlock())`` / ``("kasus_simulasi", KasusSimulasiBlock())`` to the list, then run
``makemigrations kursus``.
"""

import hashlib
import json

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

from penilaian.mappers import dengan_kebijakan, kebijakan_ke_mesin
from penilaian.mesin import VERSI_MESIN, KesalahanValidasi, nilai_json, periksa
from penilaian.selectors import kebijakan_aktif
from penilaian.services.nilai import dokumen_nilai
from simulasi.blocks import KasusSimulasiBlock

from .kuis.blocks import KuisBlock

FITUR_TEKS = ["h3", "bold", "italic", "link", "ol", "ul"]


class TeksBlock(blocks.RichTextBlock):
    class Meta:
        icon = "pilcrow"
        template = "blocks/kursus_teks.html"
        label = _("Teks")
        description = _("Paragraf dan daftar.")
        preview_value = "<p>Indikator kinerja mengukur <b>hasil</b>, bukan kegiatan.</p>"


def jangkar_judul(judul: str) -> str:
    """The anchor of a section heading, for the lesson's outline (``#bagian-…``)."""
    return "bagian-" + (slugify(judul) or "tanpa-judul")


class JudulBlock(blocks.CharBlock):
    def get_context(self, value, parent_context=None):
        konteks = super().get_context(value, parent_context=parent_context)
        konteks["jangkar"] = jangkar_judul(value or "")
        return konteks

    class Meta:
        icon = "title"
        template = "blocks/kursus_judul.html"
        form_classname = "title"
        label = _("Judul bagian")
        description = _("Judul bagian di dalam pelajaran (tingkat 2).")
        preview_value = "Hasil, bukan kegiatan"


class GambarBlock(blocks.StructBlock):
    gambar = ImageBlock(label=_("Gambar"))
    keterangan = blocks.CharBlock(label=_("Keterangan"), required=False)

    class Meta:
        icon = "image"
        template = "blocks/kursus_gambar.html"
        label = _("Gambar dengan keterangan")
        description = _("Gambar dengan teks alternatif dan keterangan di bawahnya.")
        preview_value = {"keterangan": "Alur layanan PATEN di kantor kecamatan"}


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Alamat video"))
    keterangan = blocks.CharBlock(label=_("Keterangan"), required=False)

    class Meta:
        icon = "media"
        template = "blocks/kursus_video.html"
        label = _("Video")
        description = _("Video dari layanan seperti YouTube atau Vimeo, dengan keterangan.")
        preview_value = {"keterangan": "Rekaman sosialisasi SKP"}


class CatatanBlock(blocks.StructBlock):
    jenis = blocks.ChoiceBlock(
        choices=[("catatan", _("Catatan")), ("penting", _("Penting")), ("contoh", _("Contoh"))],
        default="catatan",
        label=_("Jenis"),
    )
    judul = blocks.CharBlock(label=_("Judul"), required=False)
    isi = blocks.RichTextBlock(features=FITUR_TEKS, label=_("Isi"))

    class Meta:
        icon = "warning"
        template = "blocks/kursus_catatan.html"
        label = _("Kotak catatan")
        description = _("Catatan, hal penting, atau contoh yang ditonjolkan dari teks.")
        preview_value = {
            "jenis": "penting",
            "judul": "Ingat",
            "isi": "<p>Setiap IKI perlu target berangka dan satuan.</p>",
        }


#: Bump when a cached block's template changes, so a shared cache drops the old HTML.
VERSI_RENDER = 1
DETIK_RENDER = 60 * 60


class RenderTersimpan:
    """Cache the rendered HTML of a block whose output depends only on its own value (no user,
    no other rows): keyed by a hash of the value, the block type and the language, so there is
    no personal data in the cache and an edited value is a new key. Previews render fresh."""

    def render(self, value, context=None):
        request = (context or {}).get("request")
        if getattr(request, "is_preview", False):
            return super().render(value, context=context)
        mentah = json.dumps(self.get_prep_value(value), sort_keys=True, cls=DjangoJSONEncoder)
        ringkas = hashlib.sha256((mentah + self.kunci_tambahan()).encode()).hexdigest()[:32]
        # VERSI_MESIN: the indicator and calculation examples show the engine's output.
        kunci = (
            f"kursus:blok:{VERSI_RENDER}:{VERSI_MESIN}:{type(self).__name__}:{get_language()}:"
            f"{ringkas}"
        )
        return cache.get_or_set(
            kunci, lambda: super(RenderTersimpan, self).render(value, context=context), DETIK_RENDER
        )

    def kunci_tambahan(self) -> str:
        """What else, besides the value, the HTML depends on (none by default)."""
        return ""


class TabelBlock(RenderTersimpan, TableBlock):
    class Meta:
        icon = "table"
        template = "blocks/kursus_tabel.html"
        label = _("Tabel")
        description = _("Tabel sederhana; baris pertama menjadi kepala tabel.")
        preview_value = {
            "first_row_is_table_header": True,
            "first_col_is_header": False,
            "data": [["Aspek", "Polaritas"], ["Kuantitas", "naik"], ["Waktu", "turun"]],
        }


class ContohIndikatorBlock(RenderTersimpan, blocks.StructBlock):
    """An indicator as first written beside its improved form; findings come from the checker."""

    konteks = blocks.CharBlock(
        label=_("Konteks"), required=False, help_text=_("Misalnya: Seksi Pelayanan, PATEN.")
    )
    awal = blocks.CharBlock(label=_("Indikator awal"))
    target_awal = blocks.CharBlock(label=_("Target awal"), required=False)
    perbaikan = blocks.CharBlock(label=_("Indikator perbaikan"))
    target_perbaikan = blocks.CharBlock(label=_("Target perbaikan"), required=False)
    penjelasan = blocks.TextBlock(label=_("Penjelasan"), required=False)

    class Meta:
        icon = "doc-full"
        template = "blocks/kursus_contoh_indikator.html"
        label = _("Contoh indikator")
        description = _(
            "Indikator awal di samping perbaikannya; temuan pemeriksa indikator dihitung saat "
            "halaman ditampilkan."
        )
        preview_value = {
            "konteks": "Pelayanan KTP-el di kecamatan",
            "awal": "Melaksanakan pelayanan KTP dengan baik",
            "target_awal": "",
            "perbaikan": "Persentase permohonan KTP-el yang selesai dalam 3 hari kerja",
            "target_perbaikan": "90 %",
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["hasil_awal"] = periksa({"teks": value["awal"], "target": value["target_awal"]})
        context["hasil_perbaikan"] = periksa(
            {"teks": value["perbaikan"], "target": value["target_perbaikan"]}
        )
        return context


class ContohPerhitunganBlock(RenderTersimpan, blocks.StructBlock):
    """A worked example: an engine document (JSON) whose steps are computed at render time."""

    judul = blocks.CharBlock(label=_("Judul"))
    dokumen = blocks.TextBlock(
        label=_("Dokumen mesin (JSON)"),
        help_text=_("Dokumen masukan mesin penilaian; lihat docs/algoritma-skor.md."),
    )

    class Meta:
        icon = "calculator"
        template = "blocks/kursus_contoh_perhitungan.html"
        label = _("Contoh perhitungan")
        description = _("Langkah perhitungan yang dihitung langsung oleh mesin penilaian.")
        preview_value = {
            "judul": "Capaian satu IKI",
            "dokumen": json.dumps(
                {
                    "aturan": "permenpanrb-6-2022",
                    "rhk": [
                        {
                            "teks": "Meningkatnya ketepatan layanan",
                            "indikator": [
                                {
                                    "teks": "Persentase surat selesai 1 hari kerja",
                                    "aspek": "kuantitas",
                                    "target": 90,
                                    "realisasi": 93,
                                }
                            ],
                        }
                    ],
                    "rating_perilaku": "sesuai_ekspektasi",
                }
            ),
        }

    def clean(self, value):
        value = super().clean(value)
        try:
            nilai_json(json.loads(value["dokumen"]), langkah=False)
        except (ValueError, KesalahanValidasi) as exc:
            raise blocks.StructBlockValidationError(
                block_errors={"dokumen": ValidationError(str(exc))}
            ) from exc
        return value

    def kunci_tambahan(self) -> str:
        # The example is scored under the active kebijakan: another kebijakan, another HTML.
        return json.dumps(_kebijakan_aktif().ke_json(), sort_keys=True)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        try:
            dokumen = dengan_kebijakan(json.loads(value["dokumen"]), _kebijakan_aktif())
            context["hasil"] = dokumen_nilai(dokumen=dokumen).hasil
        except (ValueError, KesalahanValidasi):
            context["hasil"] = None
        return context


def _kebijakan_aktif():
    """The running period's kebijakan as the engine's value: lessons score their worked
    examples exactly as the simulator and live appraisals score under it today."""
    return kebijakan_ke_mesin(kebijakan_aktif())


BLOK_PELAJARAN = [
    ("teks", TeksBlock(features=FITUR_TEKS)),
    ("judul", JudulBlock()),
    ("gambar", GambarBlock()),
    ("video", VideoBlock()),
    ("catatan", CatatanBlock()),
    ("tabel", TabelBlock()),
    ("contoh_indikator", ContohIndikatorBlock()),
    ("contoh_perhitungan", ContohPerhitunganBlock()),
    ("kuis", KuisBlock()),
    ("kasus_simulasi", KasusSimulasiBlock()),
]
