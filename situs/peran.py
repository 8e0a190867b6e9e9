"""The roles of the product as Django groups, with the permissions each one needs.

One table says who may do what in the Wagtail admin and on the site (see docs/arsitektur.md,
Peran). Site views check object-level rules themselves (an SKP is seen only by its employee,
the appraisers above them and Admin Kepegawaian); these groups grant the coarse rights.

``sinkronkan_peran`` is idempotent: the data migration calls it to create the groups, and it runs
again after every ``migrate`` so a permission added to this table reaches existing databases
(apps add models in later migrations; their permissions exist only after those migrations).
"""

from django.utils.translation import gettext_lazy as _

PESERTA = "Peserta"
PELATIH = "Pelatih"
PELATIH_SENIOR = "Pelatih Senior"
PEGAWAI = "Pegawai"
PENILAI = "Penilai"
ADMIN_KEPEGAWAIAN = "Admin Kepegawaian"

AKSES_ADMIN = "wagtailadmin.access_admin"

#: Quizzes (kursus.kuis): trainers keep the question bank and quizzes, see attempts and reports,
#: mark essays (change_jawabanpeserta), void attempts and regrade them (change_percobaankuis)
#: and extend a quiz for one participant (add/change_perpanjangankuis).
IZIN_KUIS_PELATIH = tuple(
    f"kursus.{aksi}_{model}"
    for model in ("soal", "kategorisoal", "kuis")
    for aksi in ("add", "change", "view", "delete")
) + (
    "kursus.view_percobaankuis",
    "kursus.change_percobaankuis",
    "kursus.view_jawabanpeserta",
    "kursus.change_jawabanpeserta",
    "kursus.add_perpanjangankuis",
    "kursus.change_perpanjangankuis",
    "kursus.view_perpanjangankuis",
)

#: The socialisation side (sosialisasi): trainers keep the regulation library (through the
#: moderation workflow), answer visitors' questions and see event registrations.
IZIN_SOSIALISASI_PELATIH = (
    "sosialisasi.add_regulasi",
    "sosialisasi.change_regulasi",
    "sosialisasi.view_regulasi",
    "sosialisasi.view_pertanyaanpengunjung",
    "sosialisasi.change_pertanyaanpengunjung",
    "sosialisasi.view_pendaftaranacara",
)

#: role → (description, permissions as "app_label.codename"). A listed permission whose model
#: does not exist (yet) is skipped, so the table may name what later migrations create.
PERAN: dict[str, tuple[str, tuple[str, ...]]] = {
    PESERTA: (
        _("ASN yang belajar: mendaftar kursus, mengerjakan kuis, berlatih di simulator."),
        (),
    ),
    PELATIH: (
        _("Menulis pelajaran, kuis, dan kasus simulasi; menilai esai; melihat laporan kohort."),
        (
            AKSES_ADMIN,
            "simulasi.add_kasussimulasi",
            "simulasi.change_kasussimulasi",
            "simulasi.view_kasussimulasi",
            "simulasi.publish_kasussimulasi",
            "penilaian.add_pustakaindikator",
            "penilaian.change_pustakaindikator",
            "penilaian.view_pustakaindikator",
            "wagtailimages.add_image",
            "wagtailimages.change_image",
            "wagtailimages.choose_image",
            "wagtaildocs.add_document",
            "wagtaildocs.change_document",
            "wagtaildocs.choose_document",
            "kursus.view_pendaftaran",
            "kursus.tugaskan_pendaftaran",
            "kursus.view_sertifikat",
            *IZIN_KUIS_PELATIH,
            *IZIN_SOSIALISASI_PELATIH,
        ),
    ),
    PELATIH_SENIOR: (
        _("Pelatih yang menyetujui dan menerbitkan pelajaran serta kursus dalam alur moderasi."),
        (
            AKSES_ADMIN,
            "wagtailimages.add_image",
            "wagtailimages.change_image",
            "wagtailimages.choose_image",
            "wagtaildocs.add_document",
            "wagtaildocs.change_document",
            "wagtaildocs.choose_document",
            "kursus.view_pendaftaran",
            "kursus.tugaskan_pendaftaran",
            "kursus.view_sertifikat",
            *IZIN_KUIS_PELATIH,
            # Quizzes go through the same moderation as lessons: only senior trainers publish.
            "kursus.publish_kuis",
            *IZIN_SOSIALISASI_PELATIH,
            "sosialisasi.publish_regulasi",
        ),
    ),
    PEGAWAI: (
        _("Menyusun SKP sendiri, melaporkan realisasi dengan bukti dukung, melihat hasil sendiri."),
        (),
    ),
    PENILAI: (
        _("Pejabat penilai: menyetujui SKP bawahan, memberi umpan balik, menilai, memfinalkan."),
        (),
    ),
    ADMIN_KEPEGAWAIAN: (
        _("Data pegawai dan unit, periode, kebijakan penilaian, laporan, impor."),
        (
            AKSES_ADMIN,
            *(
                f"penilaian.{aksi}_{model}"
                for model in (
                    "unitkerja",
                    "pegawai",
                    "periode",
                    "kebijakan",
                    "capaianorganisasi",
                    "pustakaindikator",
                    # Scopes: who may assign which is decided per row (akses.alasan_tolak_lingkup).
                    "lingkupunit",
                )
                for aksi in ("add", "change", "delete", "view")
            ),
            "penilaian.view_riwayatperubahan",
            # The kop, emblem and certificate signatory of every PDF (Wagtail settings).
            "penilaian.change_pengaturandokumen",
            "wagtailimages.add_image",
            "wagtailimages.choose_image",
            "sosialisasi.view_pendaftaranacara",
            # Enrolment by unit, jabatan or NIP, and the per-unit completion report (scoped:
            # the enrolment listing itself stays with the trainers).
            "kursus.tugaskan_pendaftaran",
        ),
    ),
}


def _permission(Permission, ContentType, kode: str):
    app_label, codename = kode.split(".", 1)
    if app_label == "wagtailadmin" and codename == "access_admin":
        # Wagtail's admin permission hangs on a content type of its own; create it if the
        # wagtailadmin migrations have not run in this database yet.
        content_type, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type,
            codename="access_admin",
            defaults={"name": "Can access Wagtail admin"},
        )
        return permission
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()


#: Image and document permissions are granted per collection in Wagtail, not on the group.
APP_KOLEKSI = ("wagtailimages", "wagtaildocs")


def sinkronkan_peran(
    Group, Permission, ContentType, Collection=None, GroupCollectionPermission=None
):
    """Create every role's group and add the permissions the table lists (never removes)."""
    root = Collection.objects.filter(depth=1).first() if Collection is not None else None
    for nama, (_keterangan, izin) in PERAN.items():
        group, _ = Group.objects.get_or_create(name=nama)
        tersedia = [p for p in (_permission(Permission, ContentType, kode) for kode in izin) if p]
        biasa = [p for p in tersedia if p.content_type.app_label not in APP_KOLEKSI]
        if biasa:
            group.permissions.add(*biasa)
        if root is None:
            continue
        for permission in tersedia:
            if permission.content_type.app_label in APP_KOLEKSI:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root, permission=permission
                )
