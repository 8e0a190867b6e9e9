"""The site's demo state: page tree and one account per role. Idempotent."""

import secrets
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import Collection, GroupCollectionPermission, Locale, Page, Site

from penilaian import demo as demo_penilaian
from penilaian.models import LingkupUnit, UnitKerja

from . import peran
from .models import HomePage
from .peran import sinkronkan_peran

PENGANTAR = (
    "Belajar menyusun indikator kinerja yang terukur, berlatih menilai kasus nyata, dan "
    "menjalankan penilaian kinerja berbasis capaian menurut PermenPANRB Nomor 6 Tahun 2022."
)

ISI = [
    {"type": "judul", "value": "Mengapa berbasis capaian?"},
    {
        "type": "paragraf",
        "value": (
            "<p>Penilaian kinerja ASN kini menilai <b>hasil kerja</b> yang dapat diukur, bukan "
            "sekadar kehadiran atau daftar kegiatan. Warga Kecamatan Cipocok Jaya merasakan "
            "hasilnya: layanan PATEN yang lebih cepat, posyandu yang berjalan, dan anggaran "
            "yang terserap tepat waktu.</p>"
        ),
    },
    {
        "type": "paragraf",
        "value": (
            "<p>Mulailah dari kursus, berlatih di simulator dengan kasus dari kelurahan-kelurahan "
            "di Cipocok Jaya, lalu terapkan pada SKP Anda sendiri. Simulator dan penilaian "
            "sesungguhnya memakai mesin penilaian dan kebijakan yang sama.</p>"
        ),
    },
]


@dataclass(frozen=True)
class AkunDemo:
    username: str
    nama_depan: str
    nama_belakang: str
    peran: tuple[str, ...]
    superuser: bool = False
    #: Unit codes of the account's scope (penilaian.models.LingkupUnit); empty: global.
    lingkup: tuple[str, ...] = ()


AKUN = (
    AkunDemo("admin", "Admin", "Sistem", (peran.ADMIN_KEPEGAWAIAN,), superuser=True),
    AkunDemo("kepegawaian", "Rina", "Marlina", (peran.ADMIN_KEPEGAWAIAN,)),
    AkunDemo(
        "kepegawaian.kelurahan",
        "Dewi",
        "Lestari",
        (peran.ADMIN_KEPEGAWAIAN,),
        lingkup=("kel-dalung",),
    ),
    AkunDemo("pelatih", "Dedi", "Supriadi", (peran.PELATIH,)),
    AkunDemo("pelatih.senior", "Siti", "Nurhayati", (peran.PELATIH, peran.PELATIH_SENIOR)),
    AkunDemo("penilai", "Ahmad", "Fauzi", (peran.PENILAI, peran.PEGAWAI, peran.PESERTA)),
    AkunDemo("pegawai", "Yuli", "Astuti", (peran.PEGAWAI, peran.PESERTA)),
    AkunDemo("peserta", "Budi", "Santoso", (peran.PESERTA,)),
)

#: The development password of every demo account; printed only when DEBUG is on.
SANDI_DEMO = "Cipocok-2026"  # noqa: S105


@transaction.atomic
def pastikan_dasar() -> None:
    """What the migrations create and a flushed database lacks: Wagtail's default locale, root
    page and root collection, and the role groups."""
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType
    from wagtail.coreutils import get_supported_content_language_variant

    Locale.objects.get_or_create(
        language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
    )
    if not Page.get_first_root_node():
        Page.add_root(instance=Page(title="Root", slug="root"))
    if not Collection.get_first_root_node():
        Collection.add_root(name="Root")
    sinkronkan_peran(Group, Permission, ContentType, Collection, GroupCollectionPermission)


@transaction.atomic
def muat_beranda() -> HomePage:
    """Put the HomePage at the root of the default site, replacing Wagtail's welcome page."""
    pastikan_dasar()
    root = Page.get_first_root_node()
    home = HomePage.objects.first()
    if home is None:
        home = HomePage(title="Kinerja ASN Cipocok Jaya", slug="beranda")
        root.add_child(instance=home)
    home.title = "Kinerja ASN Cipocok Jaya"
    home.pengantar = PENGANTAR
    home.isi = ISI
    home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = "Kinerja ASN Cipocok Jaya"
        site.save()
    # Wagtail's "Welcome to your new Wagtail site!" page, if the install left it.
    for page in root.get_children().exclude(pk=home.pk).specific():
        if type(page) is Page:
            page.delete()
    return home


@transaction.atomic
def muat_akun() -> dict[str, str]:
    """One account per role; returns username → password (random outside development). A
    scoped account gets exactly its scope rows (the units are loaded first, so it is never
    left without them, which would make it global)."""
    User = get_user_model()
    demo_penilaian.muat_unit_kerja()
    sandi = {}
    for akun in AKUN:
        user, dibuat = User.objects.get_or_create(username=akun.username)
        user.first_name = akun.nama_depan
        user.last_name = akun.nama_belakang
        user.email = f"{akun.username}@cipocokjaya.example"
        user.is_superuser = akun.superuser
        user.is_staff = akun.superuser
        if dibuat:
            sandi[akun.username] = SANDI_DEMO if settings.DEBUG else secrets.token_urlsafe(12)
            user.set_password(sandi[akun.username])
        user.save()
        user.groups.set(Group.objects.filter(name__in=akun.peran))
        unit = UnitKerja.objects.filter(kode__in=akun.lingkup)
        LingkupUnit.objects.filter(user=user).exclude(unit__in=unit).delete()
        for u in unit:
            LingkupUnit.objects.get_or_create(user=user, unit=u)
    return sandi
