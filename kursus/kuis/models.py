"""Question bank, quizzes, attempts and answers. Thin models: the scoring rules are in
``penilaian.py`` (pure) and the writes in ``services.py``."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import DraftStateMixin, Orderable, RevisionMixin, WorkflowMixin
from wagtail.search import index


class JenisSoal(models.TextChoices):
    TUNGGAL = "tunggal", _("Pilihan tunggal")
    GANDA = "ganda", _("Pilihan ganda (boleh lebih dari satu)")
    BENAR_SALAH = "benar_salah", _("Benar/salah")
    ISIAN = "isian", _("Isian singkat")
    ANGKA = "angka", _("Angka")
    ESAI = "esai", _("Esai")
    MENJODOHKAN = "menjodohkan", _("Menjodohkan")


class MetodeNilai(models.TextChoices):
    TERTINGGI = "tertinggi", _("Nilai tertinggi")
    TERAKHIR = "terakhir", _("Percobaan terakhir")
    PERTAMA = "pertama", _("Percobaan pertama")
    RATA_RATA = "rata_rata", _("Rata-rata semua percobaan")


class KategoriSoal(models.Model):
    """A competency; ``induk`` makes it a subcategory."""

    nama = models.CharField(_("nama"), max_length=120)
    induk = models.ForeignKey(
        "self",
        verbose_name=_("kategori induk"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="subkategori",
    )

    panels = [FieldPanel("nama"), FieldPanel("induk")]

    class Meta:
        verbose_name = _("kategori soal")
        verbose_name_plural = _("kategori soal")
        ordering = ["induk__nama", "nama"]
        constraints = [
            models.UniqueConstraint(
                fields=["nama"], condition=Q(induk=None), name="kategori_soal_unik_akar"
            ),
            models.UniqueConstraint(fields=["induk", "nama"], name="kategori_soal_unik_per_induk"),
        ]

    def __str__(self):
        return f"{self.induk.nama} › {self.nama}" if self.induk_id else self.nama

    @property
    def utama(self) -> "KategoriSoal":
        """The top-level category (progress is reported per top-level category)."""
        return self.induk if self.induk_id else self


class Soal(index.Indexed, ClusterableModel):
    """One question. Which answer fields matter depends on ``jenis``
    (see ``penilaian.periksa_soal`` for the rules an editor must satisfy)."""

    kode = models.SlugField(
        _("kode"),
        max_length=60,
        unique=True,
        help_text=_("Kode tetap untuk impor/ekspor, misalnya pre-01."),
    )
    kategori = models.ForeignKey(
        KategoriSoal, verbose_name=_("kategori"), on_delete=models.PROTECT, related_name="soal"
    )
    jenis = models.CharField(_("jenis soal"), max_length=20, choices=JenisSoal.choices)
    teks = models.TextField(_("pertanyaan"))
    penjelasan = models.TextField(
        _("penjelasan"), blank=True, help_text=_("Ditampilkan kepada peserta saat pembahasan.")
    )
    bobot = models.DecimalField(_("bobot (poin)"), max_digits=5, decimal_places=2, default=1)
    jawaban_isian = models.TextField(
        _("jawaban isian yang diterima"),
        blank=True,
        help_text=_("Satu jawaban per baris. Huruf besar/kecil dan spasi tidak dibedakan."),
    )
    jawaban_angka = models.DecimalField(
        _("jawaban angka"), max_digits=14, decimal_places=4, null=True, blank=True
    )
    toleransi = models.DecimalField(
        _("toleransi"),
        max_digits=14,
        decimal_places=4,
        default=0,
        help_text=_("Jawaban dalam ± toleransi ini dianggap benar."),
    )
    jawaban_benar_salah = models.BooleanField(_("pernyataan ini benar"), null=True, blank=True)
    rubrik = models.TextField(
        _("rubrik penilaian esai"),
        blank=True,
        help_text=_(
            "Satu kriteria per baris: skor maksimum | kriteria. Contoh: 2 | Menyebut satuan."
        ),
    )
    gambar = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("gambar"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Opsional: gambar yang ditampilkan di bawah pertanyaan."),
    )
    gambar_alt = models.CharField(
        _("teks alternatif gambar"),
        max_length=250,
        blank=True,
        help_text=_("Wajib bila ada gambar: isi gambar dalam kata-kata, dibacakan pembaca layar."),
    )

    panels = [
        FieldRowPanel([FieldPanel("kode"), FieldPanel("jenis")]),
        FieldPanel("kategori"),
        FieldPanel("teks"),
        FieldRowPanel([FieldPanel("gambar"), FieldPanel("gambar_alt")]),
        FieldPanel("bobot"),
        # ``data-untuk-jenis``: the question types a part of the answer key belongs to; the
        # editor shows only the parts of the chosen type (static/js/admin-soal.js).
        InlinePanel(
            "pilihan",
            heading=_("Pilihan jawaban (pilihan tunggal/ganda)"),
            label=_("Pilihan"),
            attrs={"data-untuk-jenis": f"{JenisSoal.TUNGGAL} {JenisSoal.GANDA}"},
        ),
        InlinePanel(
            "pasangan",
            heading=_("Pasangan (soal menjodohkan)"),
            label=_("Pasangan"),
            help_text=_(
                "Satu baris per pernyataan dan jawabannya. Baris dengan pernyataan kosong "
                "adalah jawaban pengecoh (ditawarkan, tetapi bukan pasangan siapa pun)."
            ),
            attrs={"data-untuk-jenis": JenisSoal.MENJODOHKAN},
        ),
        MultiFieldPanel(
            [
                FieldPanel(
                    "jawaban_benar_salah", attrs={"data-untuk-jenis": JenisSoal.BENAR_SALAH}
                ),
                FieldPanel("jawaban_isian", attrs={"data-untuk-jenis": JenisSoal.ISIAN}),
                FieldRowPanel(
                    [FieldPanel("jawaban_angka"), FieldPanel("toleransi")],
                    attrs={"data-untuk-jenis": JenisSoal.ANGKA},
                ),
                FieldPanel("rubrik", attrs={"data-untuk-jenis": JenisSoal.ESAI}),
            ],
            heading=_("Kunci jawaban (sesuai jenis soal)"),
        ),
        FieldPanel("penjelasan"),
    ]

    search_fields = [
        index.SearchField("teks"),
        index.AutocompleteField("kode"),
        index.FilterField("jenis"),
        index.FilterField("kategori"),
    ]

    class Meta:
        verbose_name = _("soal")
        verbose_name_plural = _("soal")
        ordering = ["kode"]

    def __str__(self):
        ringkas = self.teks if len(self.teks) <= 80 else f"{self.teks[:77]}…"
        return f"{self.kode}: {ringkas}"

    def daftar_rubrik(self) -> list[tuple[int, str]]:
        """The rubric as (maximum score, criterion) pairs."""
        from .penilaian import baca_rubrik

        return baca_rubrik(self.rubrik)


class PilihanJawaban(Orderable):
    soal = ParentalKey(
        Soal, verbose_name=_("soal"), on_delete=models.CASCADE, related_name="pilihan"
    )
    teks = models.CharField(_("teks pilihan"), max_length=500)
    benar = models.BooleanField(_("benar"), default=False)

    panels = [FieldPanel("teks"), FieldPanel("benar")]

    class Meta(Orderable.Meta):
        verbose_name = _("pilihan jawaban")
        verbose_name_plural = _("pilihan jawaban")

    def __str__(self):
        return self.teks


class PasanganJodoh(Orderable):
    """One line of a matching question: a premise and its answer. A line with no premise is
    a distractor: its answer is offered in every premise's list but matches none. Premises
    whose answers have the same text accept each other's (the list shows that text once)."""

    soal = ParentalKey(
        Soal, verbose_name=_("soal"), on_delete=models.CASCADE, related_name="pasangan"
    )
    premis = models.CharField(
        _("pernyataan"), max_length=500, blank=True, help_text=_("Kosongkan untuk pengecoh.")
    )
    jawaban = models.CharField(_("jawaban"), max_length=300)

    panels = [FieldRowPanel([FieldPanel("premis"), FieldPanel("jawaban")])]

    class Meta(Orderable.Meta):
        verbose_name = _("pasangan jawaban")
        verbose_name_plural = _("pasangan jawaban")

    def __str__(self):
        return f"{self.premis or '—'} → {self.jawaban}"


class Kuis(WorkflowMixin, DraftStateMixin, RevisionMixin, index.Indexed, ClusterableModel):
    """A quiz: a pool of questions and the options of django-quiz-app, plus attempt limits,
    a server-enforced time limit, open/close dates and a grading method across attempts.

    The database row is the published version once the quiz is live: edits are kept as
    revisions and reach participants only when published (``live`` is the one flag; a quiz
    never published or unpublished is tried by trainers only, see ``selectors``). Trainers
    without the publish permission submit a draft to the "Moderasi kursus" workflow."""

    judul = models.CharField(_("judul"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    deskripsi = models.TextField(_("deskripsi"), blank=True)
    urutan_acak = models.BooleanField(_("urutan soal acak"), default=False)
    acak_pilihan = models.BooleanField(
        _("urutan pilihan jawaban acak"),
        default=False,
        help_text=_(
            "Urutan pilihan diundi sekali untuk setiap percobaan dan tetap sama saat halaman "
            "dimuat ulang dan di pembahasan."
        ),
    )
    maks_soal = models.PositiveSmallIntegerField(
        _("jumlah soal maksimum"),
        null=True,
        blank=True,
        help_text=_("Kosongkan untuk memakai semua soal; jika diisi, soal diundi dari bank."),
    )
    jawaban_di_akhir = models.BooleanField(
        _("pembahasan di akhir"),
        default=True,
        help_text=_(
            "Jika dicentang, kunci dan penjelasan ditampilkan setelah kuis diserahkan. Jika "
            "tidak, peserta melihat umpan balik setelah setiap soal (jawaban lalu terkunci)."
        ),
    )
    sekali_coba = models.BooleanField(_("hanya satu kali percobaan"), default=False)
    simpan_lembar_jawaban = models.BooleanField(
        _("simpan lembar jawaban"),
        default=True,
        help_text=_(
            "Perlu untuk soal esai dan analisis butir. Jika tidak dicentang, hanya skor yang "
            "disimpan setelah kuis diserahkan."
        ),
    )
    nilai_lulus = models.PositiveSmallIntegerField(
        _("nilai lulus (%)"), default=70, help_text=_("0–100; 0 berarti tidak ada batas lulus.")
    )
    teks_berhasil = models.TextField(_("pesan jika lulus"), blank=True)
    teks_gagal = models.TextField(_("pesan jika belum lulus"), blank=True)
    batas_percobaan = models.PositiveSmallIntegerField(
        _("batas percobaan"), default=0, help_text=_("0 berarti tanpa batas.")
    )
    batas_waktu = models.DurationField(
        _("batas waktu"),
        null=True,
        blank=True,
        help_text=_(
            "Format jj:mm:dd, misalnya 00:30:00 untuk 30 menit. Kosongkan jika tanpa batas."
        ),
    )
    dibuka_pada = models.DateTimeField(_("dibuka pada"), null=True, blank=True)
    ditutup_pada = models.DateTimeField(_("ditutup pada"), null=True, blank=True)
    metode_nilai = models.CharField(
        _("metode nilai antar-percobaan"),
        max_length=20,
        choices=MetodeNilai.choices,
        default=MetodeNilai.TERTINGGI,
    )
    revisions = GenericRelation("wagtailcore.Revision", related_query_name="kuis")
    _workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="kuis",
        for_concrete_model=False,
    )

    panels = [
        FieldPanel("judul"),
        FieldPanel("slug"),
        FieldPanel("deskripsi"),
        InlinePanel("soal_kuis", heading=_("Bank soal kuis ini"), label=_("Soal")),
        InlinePanel(
            "slot_acak",
            heading=_("Soal acak dari kategori"),
            label=_("Slot acak"),
            help_text=_(
                "Setiap percobaan mengundi soalnya sendiri dari kategori ini (di luar bank soal "
                "kuis di atas); poin per soal sama untuk semua soal yang terundi."
            ),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("urutan_acak"), FieldPanel("maks_soal")]),
                FieldPanel("acak_pilihan"),
                FieldRowPanel(
                    [FieldPanel("jawaban_di_akhir"), FieldPanel("simpan_lembar_jawaban")]
                ),
                FieldRowPanel(
                    [
                        FieldPanel("sekali_coba"),
                        FieldPanel("batas_percobaan"),
                        FieldPanel("metode_nilai"),
                    ]
                ),
                FieldPanel("batas_waktu"),
                FieldRowPanel([FieldPanel("dibuka_pada"), FieldPanel("ditutup_pada")]),
            ],
            heading=_("Pengaturan"),
        ),
        MultiFieldPanel(
            [FieldPanel("nilai_lulus"), FieldPanel("teks_berhasil"), FieldPanel("teks_gagal")],
            heading=_("Kelulusan"),
        ),
    ]

    search_fields = [index.SearchField("judul"), index.AutocompleteField("judul")]

    class Meta:
        verbose_name = _("kuis")
        verbose_name_plural = _("kuis")
        ordering = ["judul"]

    def __str__(self):
        return self.judul

    @property
    def batas_percobaan_efektif(self) -> int:
        """0 = unlimited; "single attempt" means a limit of one."""
        return 1 if self.sekali_coba else self.batas_percobaan


class SoalKuis(Orderable):
    """A question in a quiz's pool."""

    kuis = ParentalKey(
        Kuis, verbose_name=_("kuis"), on_delete=models.CASCADE, related_name="soal_kuis"
    )
    soal = models.ForeignKey(
        Soal, verbose_name=_("soal"), on_delete=models.PROTECT, related_name="+"
    )

    panels = [FieldPanel("soal")]

    class Meta(Orderable.Meta):
        verbose_name = _("soal kuis")
        verbose_name_plural = _("soal kuis")
        constraints = [models.UniqueConstraint(fields=["kuis", "soal"], name="soal_kuis_unik")]

    def __str__(self):
        return f"{self.kuis} — {self.soal.kode}"


class SlotAcak(Orderable):
    """Moodle's random question: "``jumlah`` questions drawn from ``kategori`` (with its
    subcategories or not)". Each attempt draws its own, once, and stores them
    (``SoalPercobaan``); every drawn question is worth ``bobot`` points, so the maximum score
    is the same whichever questions an attempt drew."""

    kuis = ParentalKey(
        Kuis, verbose_name=_("kuis"), on_delete=models.CASCADE, related_name="slot_acak"
    )
    kategori = models.ForeignKey(
        KategoriSoal, verbose_name=_("kategori"), on_delete=models.PROTECT, related_name="+"
    )
    termasuk_subkategori = models.BooleanField(_("termasuk subkategori"), default=True)
    jumlah = models.PositiveSmallIntegerField(_("jumlah soal"), default=1)
    bobot = models.DecimalField(_("poin per soal"), max_digits=5, decimal_places=2, default=1)

    panels = [
        FieldRowPanel([FieldPanel("kategori"), FieldPanel("termasuk_subkategori")]),
        FieldRowPanel([FieldPanel("jumlah"), FieldPanel("bobot")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("slot soal acak")
        verbose_name_plural = _("slot soal acak")

    def __str__(self):
        return f"{self.jumlah} × {self.kategori}"

    def kategori_ids(self) -> list[int]:
        """The category and, when included, every descendant."""
        ids, baru = [self.kategori_id], [self.kategori_id]
        while baru and self.termasuk_subkategori:
            baru = list(KategoriSoal.objects.filter(induk__in=baru).values_list("pk", flat=True))
            baru = [i for i in baru if i not in ids]
            ids += baru
        return ids


class PercobaanKuis(models.Model):
    """One attempt. ``urutan_soal`` is the paper drawn at the start (question ids in order);
    ``skor``/``persen``/``lulus`` are stored when the attempt is submitted and updated by
    essay marking."""

    class Status(models.TextChoices):
        BERJALAN = "berjalan", _("Sedang dikerjakan")
        MENUNGGU_PENILAIAN = "menunggu", _("Menunggu penilaian esai")
        SELESAI = "selesai", _("Selesai")
        # Voided by a trainer (``services.percobaan_batalkan``): kept with its answers, but it
        # no longer counts for the grade or the attempt limit. ``PembatalanPercobaan`` says
        # who voided it, why, and what it stood at.
        DIBATALKAN = "batal", _("Dibatalkan pelatih")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("peserta"),
        on_delete=models.CASCADE,
        related_name="percobaan_kuis",
    )
    kuis = models.ForeignKey(
        Kuis, verbose_name=_("kuis"), on_delete=models.PROTECT, related_name="percobaan"
    )
    nomor = models.PositiveSmallIntegerField(_("percobaan ke-"))
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.BERJALAN
    )
    dimulai_pada = models.DateTimeField(_("dimulai pada"))
    tenggat = models.DateTimeField(_("tenggat"), null=True, blank=True)
    diserahkan_pada = models.DateTimeField(_("diserahkan pada"), null=True, blank=True)
    habis_waktu = models.BooleanField(_("diserahkan otomatis karena waktu habis"), default=False)
    urutan_soal = models.JSONField(_("urutan soal"), default=list)
    skor = models.DecimalField(_("skor"), max_digits=8, decimal_places=2, null=True, blank=True)
    skor_maks = models.DecimalField(_("skor maksimum"), max_digits=8, decimal_places=2, default=0)
    persen = models.DecimalField(
        _("nilai (%)"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    lulus = models.BooleanField(_("lulus"), null=True, blank=True)

    class Meta:
        verbose_name = _("percobaan kuis")
        verbose_name_plural = _("percobaan kuis")
        ordering = ["kuis", "user", "nomor"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "kuis", "nomor"], name="percobaan_kuis_nomor_unik"
            ),
            # At most one open attempt per participant and quiz: a double click on "Mulai"
            # cannot open two.
            models.UniqueConstraint(
                fields=["user", "kuis"],
                condition=Q(status="berjalan"),
                name="percobaan_kuis_satu_berjalan",
            ),
        ]

    def __str__(self):
        return f"{self.kuis} — {self.user} #{self.nomor}"

    @property
    def jumlah_soal(self) -> int:
        return len(self.urutan_soal)


class SoalPercobaan(models.Model):
    """One question of an attempt's paper, fixed when the attempt starts: its number, the slot
    it was drawn for (null: the quiz's own pool), its points in this attempt and the order its
    options were shown (choice ids, or a matching question's answer ids). PROTECT: a question
    drawn by an attempt cannot be deleted, so stored attempts keep their paper."""

    percobaan = models.ForeignKey(
        "PercobaanKuis",
        verbose_name=_("percobaan"),
        on_delete=models.CASCADE,
        related_name="butir_soal",
    )
    soal = models.ForeignKey(
        Soal, verbose_name=_("soal"), on_delete=models.PROTECT, related_name="+"
    )
    nomor = models.PositiveSmallIntegerField(_("nomor"))
    slot = models.ForeignKey(
        SlotAcak,
        verbose_name=_("slot acak"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    bobot = models.DecimalField(_("poin"), max_digits=5, decimal_places=2)
    urutan_pilihan = models.JSONField(_("urutan pilihan yang ditampilkan"), default=list)

    class Meta:
        verbose_name = _("soal percobaan")
        verbose_name_plural = _("soal percobaan")
        ordering = ["percobaan", "nomor"]
        constraints = [
            models.UniqueConstraint(fields=["percobaan", "soal"], name="soal_percobaan_unik")
        ]

    def __str__(self):
        return f"{self.percobaan} — {self.nomor}"


class JawabanPeserta(models.Model):
    """A participant's answer to one question of an attempt, saved as soon as it is given.

    ``nilai`` is the points earned (null: an essay not marked yet). Essay marking stores the
    per-criterion scores, the comment and who marked it."""

    percobaan = models.ForeignKey(
        PercobaanKuis, verbose_name=_("percobaan"), on_delete=models.CASCADE, related_name="jawaban"
    )
    soal = models.ForeignKey(
        Soal, verbose_name=_("soal"), on_delete=models.PROTECT, related_name="+"
    )
    pilihan = models.JSONField(_("pilihan yang dipilih"), default=list, blank=True)
    teks = models.TextField(_("jawaban"), blank=True)
    jodoh = models.JSONField(
        _("pasangan yang dipilih"),
        default=dict,
        blank=True,
        help_text=_("Soal menjodohkan: id pernyataan → id jawaban yang dipilih."),
    )
    nilai = models.DecimalField(_("nilai"), max_digits=7, decimal_places=2, null=True, blank=True)
    dikunci = models.BooleanField(_("terkunci (umpan balik sudah ditampilkan)"), default=False)
    dijawab_pada = models.DateTimeField(_("dijawab pada"), auto_now=True)
    nilai_rubrik = models.JSONField(_("skor per kriteria rubrik"), default=list, blank=True)
    komentar = models.TextField(_("komentar pelatih"), blank=True)
    dinilai_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("dinilai oleh"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    dinilai_pada = models.DateTimeField(_("dinilai pada"), null=True, blank=True)

    class Meta:
        verbose_name = _("jawaban peserta")
        verbose_name_plural = _("jawaban peserta")
        constraints = [
            models.UniqueConstraint(fields=["percobaan", "soal"], name="jawaban_peserta_unik")
        ]

    def __str__(self):
        return f"{self.percobaan} — {self.soal.kode}"


class RiwayatNilaiEsai(models.Model):
    """Every mark and re-mark of an essay: who, when, and the score, rubric and comment before
    and after. Re-marking changes ``JawabanPeserta``; this row keeps what it replaced."""

    jawaban = models.ForeignKey(
        JawabanPeserta,
        verbose_name=_("jawaban"),
        on_delete=models.CASCADE,
        related_name="riwayat_nilai",
    )
    penilai = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("penilai"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    waktu = models.DateTimeField(_("waktu"), auto_now_add=True)
    nilai_lama = models.DecimalField(
        _("nilai lama"), max_digits=7, decimal_places=2, null=True, blank=True
    )
    nilai_baru = models.DecimalField(_("nilai baru"), max_digits=7, decimal_places=2)
    rubrik_lama = models.JSONField(_("skor rubrik lama"), default=list, blank=True)
    rubrik_baru = models.JSONField(_("skor rubrik baru"), default=list, blank=True)
    komentar_lama = models.TextField(_("komentar lama"), blank=True)
    komentar_baru = models.TextField(_("komentar baru"), blank=True)

    class Meta:
        verbose_name = _("riwayat nilai esai")
        verbose_name_plural = _("riwayat nilai esai")
        ordering = ["waktu", "pk"]

    def __str__(self):
        return f"{self.jawaban} — {self.waktu:%Y-%m-%d %H:%M}"


class PembatalanPercobaan(models.Model):
    """The record of a voided attempt: who voided it, when, why, and the status and result it
    had before. The attempt and its answers stay; only its status becomes ``batal``."""

    percobaan = models.OneToOneField(
        PercobaanKuis,
        verbose_name=_("percobaan"),
        on_delete=models.CASCADE,
        related_name="pembatalan",
    )
    oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("dibatalkan oleh"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    waktu = models.DateTimeField(_("waktu"), auto_now_add=True)
    alasan = models.TextField(_("alasan"))
    status_lama = models.CharField(_("status sebelumnya"), max_length=20)
    skor_lama = models.DecimalField(
        _("skor sebelumnya"), max_digits=8, decimal_places=2, null=True, blank=True
    )
    persen_lama = models.DecimalField(
        _("nilai sebelumnya (%)"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    lulus_lama = models.BooleanField(_("lulus sebelumnya"), null=True, blank=True)

    class Meta:
        verbose_name = _("pembatalan percobaan")
        verbose_name_plural = _("pembatalan percobaan")

    def __str__(self):
        return f"{self.percobaan} — {self.waktu:%Y-%m-%d %H:%M}"


class PerpanjanganKuis(models.Model):
    """One participant's override of a quiz's closing time and/or attempt limit, given by a
    trainer with a reason. Empty fields keep the quiz's own setting. One row per participant
    and quiz; a new extension replaces it (the audit log keeps every change)."""

    kuis = models.ForeignKey(
        Kuis, verbose_name=_("kuis"), on_delete=models.CASCADE, related_name="perpanjangan"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("peserta"),
        on_delete=models.CASCADE,
        related_name="perpanjangan_kuis",
    )
    ditutup_pada = models.DateTimeField(_("ditutup pada (khusus peserta ini)"), null=True)
    batas_percobaan = models.PositiveSmallIntegerField(
        _("batas percobaan (khusus peserta ini)"), null=True
    )
    alasan = models.TextField(_("alasan"))
    oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("diberikan oleh"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    diubah_pada = models.DateTimeField(_("diubah pada"), auto_now=True)

    class Meta:
        verbose_name = _("perpanjangan kuis")
        verbose_name_plural = _("perpanjangan kuis")
        constraints = [
            models.UniqueConstraint(fields=["kuis", "user"], name="perpanjangan_kuis_unik")
        ]

    def __str__(self):
        return f"{self.kuis} — {self.user}"
