"""Demo data for the appraisal side, built from code (see situs' muat_demo)."""

import io
import secrets
from dataclasses import dataclass
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from . import services
from .models import (
    SKP,
    BuktiDukung,
    CapaianOrganisasi,
    Evaluasi,
    IndikatorKinerja,
    Kebijakan,
    Pegawai,
    Periode,
    PustakaIndikator,
    Realisasi,
    RencanaHasilKerja,
    UmpanBalik,
    UnitKerja,
)

KECAMATAN = ("kec-cipocok-jaya", "Kecamatan Cipocok Jaya")
KELURAHAN = (
    ("kel-banjaragung", "Kelurahan Banjaragung"),
    ("kel-banjarsari", "Kelurahan Banjarsari"),
    ("kel-cipocok-jaya", "Kelurahan Cipocok Jaya"),
    ("kel-dalung", "Kelurahan Dalung"),
    ("kel-gelam", "Kelurahan Gelam"),
    ("kel-karundang", "Kelurahan Karundang"),
)


@transaction.atomic
def muat_unit_kerja() -> list[UnitKerja]:
    """The kecamatan office and its six kelurahan; idempotent (keyed by ``kode``)."""
    kecamatan, _ = UnitKerja.objects.update_or_create(
        kode=KECAMATAN[0],
        defaults={"nama": KECAMATAN[1], "jenis": UnitKerja.Jenis.KECAMATAN, "induk": None},
    )
    units = [kecamatan]
    for kode, nama in KELURAHAN:
        unit, _ = UnitKerja.objects.update_or_create(
            kode=kode,
            defaults={"nama": nama, "jenis": UnitKerja.Jenis.KELURAHAN, "induk": kecamatan},
        )
        units.append(unit)
    return units


@transaction.atomic
def muat_kebijakan_dan_periode() -> Periode:
    """The default kebijakan (110 % / 90 %) and the running period 2026; idempotent."""
    kebijakan, _ = Kebijakan.objects.update_or_create(
        nama="Kebijakan Kecamatan Cipocok Jaya 2026",
        defaults={
            "ambang_di_atas": 110,
            "ambang_sesuai": 90,
            "keterangan": (
                "Pedoman lokal: capaian ≥ 110 % diusulkan di atas ekspektasi, ≥ 90 % sesuai "
                "ekspektasi. Rating akhir tetap keputusan pejabat penilai."
            ),
        },
    )
    Periode.objects.filter(aktif=True).exclude(tahun=2026).update(aktif=False)
    periode, _ = Periode.objects.update_or_create(
        tahun=2026, defaults={"kebijakan": kebijakan, "aktif": True, "kadens": "triwulanan"}
    )
    return periode


# --- employees, SKPs, realisation, evaluations -----------------------------------------------


@dataclass(frozen=True)
class PegawaiDemo:
    kunci: str
    nama: str
    jabatan: str
    jenis: str
    unit: str
    atasan: str | None
    lahir: str  # YYYYMMDD
    tmt: str  # YYYYMM
    kelamin: str  # 1 laki-laki, 2 perempuan
    profil: str  # which RHK set
    koefisien: str | None = None
    pimpinan: bool = False
    akun: str | None = None  # username of a situs demo account


def _kec(kunci, nama, jabatan, jenis, atasan, lahir, tmt, kelamin, profil, **kw):
    return PegawaiDemo(
        kunci, nama, jabatan, jenis, KECAMATAN[0], atasan, lahir, tmt, kelamin, profil, **kw
    )


PEGAWAI = [
    _kec(
        "camat",
        "Drs. H. Tb. Rasyid Hidayat, M.Si.",
        "Camat Cipocok Jaya",
        "struktural",
        None,
        "19720314",
        "199803",
        "1",
        "camat",
        pimpinan=True,
    ),
    _kec(
        "sekcam",
        "Hj. Nurlela Sari, S.Sos., M.Si.",
        "Sekretaris Kecamatan",
        "struktural",
        "camat",
        "19760822",
        "200012",
        "2",
        "sekcam",
    ),
    _kec(
        "kasubag-umum",
        "Dedi Kurniawan, S.IP.",
        "Kepala Subbagian Umum dan Kepegawaian",
        "struktural",
        "sekcam",
        "19800506",
        "200503",
        "1",
        "kasubag_umum",
    ),
    _kec(
        "kasubag-keu",
        "Siti Maemunah, S.E.",
        "Kepala Subbagian Perencanaan dan Keuangan",
        "struktural",
        "sekcam",
        "19830217",
        "200801",
        "2",
        "kasubag_keu",
    ),
    _kec(
        "kasi-pem",
        "Asep Saepudin, S.STP.",
        "Kepala Seksi Pemerintahan",
        "struktural",
        "camat",
        "19850909",
        "200710",
        "1",
        "kasi_pem",
    ),
    _kec(
        "kasi-pelayanan",
        "Ahmad Fauzi, S.Kom.",
        "Kepala Seksi Pelayanan Umum (PATEN)",
        "struktural",
        "camat",
        "19820415",
        "200604",
        "1",
        "kasi_pelayanan",
        akun="penilai",
    ),
    _kec(
        "kasi-trantib",
        "Jajang Sudrajat, S.H.",
        "Kepala Seksi Ketenteraman dan Ketertiban Umum",
        "struktural",
        "camat",
        "19790130",
        "200403",
        "1",
        "kasi_trantib",
    ),
    _kec(
        "kasi-kesos",
        "Eli Rohaeli, S.Sos.",
        "Kepala Seksi Kesejahteraan Sosial",
        "struktural",
        "camat",
        "19840611",
        "200912",
        "2",
        "kasi_kesos",
    ),
    _kec(
        "kasi-pm",
        "Rudi Hartono, S.T.",
        "Kepala Seksi Pemberdayaan Masyarakat",
        "struktural",
        "camat",
        "19811103",
        "201001",
        "1",
        "kasi_pm",
    ),
    _kec(
        "yuli",
        "Yuli Astuti, A.Md.",
        "Pengadministrasi Perkantoran",
        "pelaksana",
        "kasi-pelayanan",
        "19930719",
        "201903",
        "2",
        "staf_pelayanan",
        akun="pegawai",
    ),
    _kec(
        "pranata",
        "Fajar Ramadhan, S.Kom.",
        "Pranata Komputer Ahli Pertama",
        "fungsional",
        "kasi-pelayanan",
        "19951205",
        "202001",
        "1",
        "pranata",
        koefisien="12.5",
    ),
    _kec(
        "operator-paten",
        "Dewi Lestari",
        "Operator Layanan Operasional",
        "pelaksana",
        "kasi-pelayanan",
        "19970402",
        "202203",
        "2",
        "staf_pelayanan",
    ),
    _kec(
        "analis",
        "Muhamad Iqbal, S.IP.",
        "Analis Kebijakan Ahli Muda",
        "fungsional",
        "kasi-pem",
        "19880120",
        "201204",
        "1",
        "analis",
        koefisien="25",
    ),
    _kec(
        "admin-umum",
        "Nining Kurniasih",
        "Pengadministrasi Umum",
        "pelaksana",
        "kasubag-umum",
        "19900828",
        "201503",
        "2",
        "staf_umum",
    ),
    _kec(
        "bendahara",
        "Ujang Saefullah, S.E.",
        "Pengelola Keuangan",
        "pelaksana",
        "kasubag-keu",
        "19870314",
        "201101",
        "1",
        "staf_keu",
    ),
    _kec(
        "satpol",
        "Iwan Setiawan",
        "Pengelola Ketenteraman dan Ketertiban",
        "pelaksana",
        "kasi-trantib",
        "19890607",
        "201403",
        "1",
        "staf_trantib",
    ),
]

_NAMA_KELURAHAN = [
    # (lurah, sekretaris, kasi, staf), each (nama, kelamin, lahir, tmt)
    (
        ("Hendra Gunawan, S.STP.", "1", "19860211", "200810"),
        ("Rina Marliana, S.AP.", "2", "19880324", "201103"),
        ("Agus Salim, S.Sos.", "1", "19870918", "201001"),
        ("Lia Amalia", "2", "19960110", "202103"),
    ),
    (
        ("Ade Supriatna, S.IP.", "1", "19800405", "200503"),
        ("Tati Suhartini, S.E.", "2", "19840712", "200912"),
        ("Ridwan Kamil Nugraha, S.T.", "1", "19900203", "201503"),
        ("Sri Wahyuni", "2", "19940516", "201903"),
    ),
    (
        ("Heri Hermawan, S.Sos.", "1", "19780823", "200301"),
        ("Euis Komalasari, S.AP.", "2", "19850129", "201001"),
        ("Dadang Suherman, S.H.", "1", "19830614", "200812"),
        ("Rahmat Hidayat", "1", "19980722", "202203"),
    ),
    (
        ("Hj. Yayah Rokayah, S.Sos.", "2", "19790911", "200403"),
        ("Wawan Setiawan, S.Kom.", "1", "19870426", "201204"),
        ("Neneng Hasanah, S.Pd.", "2", "19890818", "201403"),
        ("Bayu Pratama", "1", "19970303", "202103"),
    ),
    (
        ("Saepul Anwar, S.STP.", "1", "19880716", "201010"),
        ("Ika Kartika, S.E.", "2", "19900109", "201503"),
        ("Mulyadi, S.IP.", "1", "19860527", "201101"),
        ("Putri Handayani", "2", "19990614", "202303"),
    ),
    (
        ("Budi Setiadi, S.Sos.", "1", "19770301", "200203"),
        ("Mimin Mintarsih, S.AP.", "2", "19820920", "200801"),
        ("Ahmad Junaedi, S.H.", "1", "19851111", "201001"),
        ("Siti Nurjanah", "2", "19950802", "202001"),
    ),
]

for (kode, nama_kel), (lurah, sekel, kasi, staf) in zip(KELURAHAN, _NAMA_KELURAHAN, strict=True):
    kel = nama_kel.replace("Kelurahan ", "")
    PEGAWAI += [
        PegawaiDemo(
            f"{kode}-lurah",
            lurah[0],
            f"Lurah {kel}",
            "struktural",
            kode,
            "camat",
            lurah[2],
            lurah[3],
            lurah[1],
            "lurah",
            pimpinan=True,
        ),
        PegawaiDemo(
            f"{kode}-sekel",
            sekel[0],
            f"Sekretaris Kelurahan {kel}",
            "struktural",
            kode,
            f"{kode}-lurah",
            sekel[2],
            sekel[3],
            sekel[1],
            "sekel",
        ),
        PegawaiDemo(
            f"{kode}-kasi",
            kasi[0],
            f"Kepala Seksi Pemerintahan dan Trantib {kel}",
            "struktural",
            kode,
            f"{kode}-lurah",
            kasi[2],
            kasi[3],
            kasi[1],
            "kasi_kel",
        ),
        PegawaiDemo(
            f"{kode}-staf",
            staf[0],
            f"Pengadministrasi Kependudukan {kel}",
            "pelaksana",
            kode,
            f"{kode}-kasi",
            staf[2],
            staf[3],
            staf[1],
            "staf_kel",
        ),
    ]

#: RHK sets per profile: (rhk, jenis, [(iki, aspek, target, satuan, polaritas)]). A target
#: given as (min, maks) is a range.
_U, _T = "utama", "tambahan"
RHK = {
    "camat": [
        (
            "Meningkatnya kualitas pelayanan publik di Kecamatan Cipocok Jaya",
            _U,
            [
                (
                    "Indeks kepuasan masyarakat terhadap layanan PATEN per tahun",
                    "kualitas",
                    85,
                    "indeks",
                    "",
                ),
                (
                    "Persentase layanan PATEN yang selesai sesuai standar waktu",
                    "kuantitas",
                    95,
                    "%",
                    "",
                ),
            ],
        )
    ],
    "sekcam": [
        (
            "Terwujudnya tata kelola administrasi kecamatan yang akuntabel",
            _U,
            [
                ("Persentase realisasi anggaran kecamatan tahun 2026", "kuantitas", 95, "%", ""),
                (
                    "Jumlah temuan material hasil pemeriksaan keuangan",
                    "kualitas",
                    0,
                    "temuan",
                    "turun",
                ),
            ],
        )
    ],
    "kasubag_umum": [
        (
            "Tertibnya administrasi kepegawaian kecamatan",
            _U,
            [
                (
                    "Persentase usulan kenaikan pangkat yang diajukan tepat waktu",
                    "kuantitas",
                    100,
                    "%",
                    "",
                ),
            ],
        )
    ],
    "kasubag_keu": [
        (
            "Tersusunnya laporan keuangan kecamatan tepat waktu",
            _U,
            [
                (
                    "Jumlah laporan realisasi anggaran yang disampaikan tepat waktu per tahun",
                    "kuantitas",
                    12,
                    "laporan",
                    "",
                ),
            ],
        )
    ],
    "kasi_pem": [
        (
            "Terlaksananya pembinaan pemerintahan kelurahan sesuai rencana tahun 2026",
            _U,
            [
                (
                    "Jumlah kelurahan yang dibina dalam penyusunan profil kelurahan",
                    "kuantitas",
                    6,
                    "kelurahan",
                    "",
                ),
            ],
        )
    ],
    "kasi_pelayanan": [
        (
            "Meningkatnya ketepatan waktu layanan administrasi kependudukan",
            _U,
            [
                (
                    "Persentase dokumen kependudukan yang selesai dalam 1 hari kerja",
                    "kuantitas",
                    95,
                    "%",
                    "",
                ),
                ("Rata-rata waktu penyelesaian surat pengantar", "waktu", (1, 2), "hari", ""),
            ],
        )
    ],
    "kasi_trantib": [
        (
            "Terkendalinya gangguan ketenteraman dan ketertiban umum",
            _U,
            [
                (
                    "Persentase pengaduan ketertiban yang ditindaklanjuti dalam 3 hari kerja",
                    "kuantitas",
                    90,
                    "%",
                    "",
                ),
            ],
        )
    ],
    "kasi_kesos": [
        (
            "Tersalurkannya bantuan sosial tepat sasaran tahun 2026",
            _U,
            [
                (
                    "Persentase data penerima bantuan sosial yang diverifikasi per triwulan",
                    "kuantitas",
                    100,
                    "%",
                    "",
                ),
            ],
        )
    ],
    "kasi_pm": [
        (
            "Meningkatnya partisipasi masyarakat dalam musrenbang kelurahan",
            _U,
            [
                (
                    "Jumlah usulan musrenbang yang terverifikasi tahun 2026",
                    "kuantitas",
                    60,
                    "usulan",
                    "",
                ),
            ],
        )
    ],
    "staf_pelayanan": [
        (
            "Tersedianya layanan administrasi kependudukan yang tepat waktu",
            _U,
            [
                (
                    "Jumlah berkas KTP-el dan KK yang diverifikasi per tahun",
                    "kuantitas",
                    1200,
                    "berkas",
                    "",
                ),
                (
                    "Persentase surat masuk yang diagendakan pada hari yang sama",
                    "kuantitas",
                    100,
                    "%",
                    "",
                ),
            ],
        ),
        (
            "Tersusunnya laporan bulanan layanan PATEN",
            _T,
            [
                (
                    "Jumlah laporan bulanan layanan PATEN yang disampaikan tepat waktu",
                    "kuantitas",
                    12,
                    "laporan",
                    "",
                ),
            ],
        ),
    ],
    "pranata": [
        (
            "Tersedianya sistem antrean layanan PATEN yang andal",
            _U,
            [
                ("Persentase waktu operasional sistem antrean per bulan", "kualitas", 98, "%", ""),
            ],
        )
    ],
    "analis": [
        (
            "Tersusunnya kajian kebijakan pemerintahan kecamatan",
            _U,
            [
                (
                    "Jumlah naskah kajian kebijakan yang diselesaikan tahun 2026",
                    "kuantitas",
                    4,
                    "naskah",
                    "",
                ),
            ],
        )
    ],
    "staf_umum": [
        (
            "Tertibnya administrasi persuratan kecamatan",
            _U,
            [
                (
                    "Jumlah surat keluar yang diarsipkan sesuai tata naskah per tahun",
                    "kuantitas",
                    600,
                    "surat",
                    "",
                ),
            ],
        )
    ],
    "staf_keu": [
        (
            "Tertibnya penatausahaan keuangan kecamatan",
            _U,
            [
                (
                    "Jumlah SPJ yang diverifikasi tepat waktu per tahun",
                    "kuantitas",
                    240,
                    "dokumen",
                    "",
                ),
            ],
        )
    ],
    "staf_trantib": [
        (
            "Terlaksananya patroli ketertiban umum sesuai jadwal",
            _U,
            [
                (
                    "Jumlah patroli ketertiban yang terlaksana per tahun",
                    "kuantitas",
                    48,
                    "kegiatan",
                    "",
                ),
            ],
        )
    ],
    "lurah": [
        (
            "Meningkatnya kualitas pelayanan dan pemberdayaan masyarakat kelurahan",
            _U,
            [
                (
                    "Persentase layanan administrasi kelurahan yang selesai sesuai standar waktu",
                    "kuantitas",
                    95,
                    "%",
                    "",
                ),
                (
                    "Jumlah kegiatan posyandu yang terlaksana per tahun",
                    "kuantitas",
                    48,
                    "kegiatan",
                    "",
                ),
            ],
        )
    ],
    "sekel": [
        (
            "Tersusunnya administrasi dan laporan keuangan kelurahan tepat waktu",
            _U,
            [
                (
                    "Jumlah laporan keuangan kelurahan yang disampaikan tepat waktu per tahun",
                    "kuantitas",
                    12,
                    "laporan",
                    "",
                ),
            ],
        )
    ],
    "kasi_kel": [
        (
            "Terlaksananya pendataan penduduk dan ketertiban kelurahan",
            _U,
            [
                (
                    "Jumlah RT yang data kependudukannya dimutakhirkan tahun 2026",
                    "kuantitas",
                    40,
                    "RT",
                    "",
                ),
            ],
        )
    ],
    "staf_kel": [
        (
            "Tersedianya data kependudukan kelurahan yang mutakhir",
            _U,
            [
                (
                    "Jumlah surat pengantar kependudukan yang diselesaikan per tahun",
                    "kuantitas",
                    480,
                    "surat",
                    "",
                ),
            ],
        )
    ],
}

#: Realisation as a share of the target, cycling through employees for a varied distribution.
_FAKTOR = (
    Decimal("1.00"),
    Decimal("1.12"),
    Decimal("0.95"),
    Decimal("0.85"),
    Decimal("1.03"),
    Decimal("1.20"),
    Decimal("0.92"),
)
_PERILAKU = ("sesuai_ekspektasi",) * 4 + ("di_atas_ekspektasi",) * 2 + ("di_bawah_ekspektasi",)
#: 2026 status by position in the list (every status appears; the demo accounts get
#: disetujui so their pages show realisation and evaluation).
_STATUS_2026 = (
    SKP.Status.DISETUJUI,
    SKP.Status.DIAJUKAN,
    SKP.Status.DRAFT,
    SKP.Status.DINILAI,
    SKP.Status.FINAL,
    SKP.Status.DISETUJUI,
)

PUSTAKA = [
    (
        None,
        "",
        "Persentase surat masuk yang diagendakan pada hari yang sama",
        "kuantitas",
        100,
        "%",
    ),
    (
        None,
        "",
        "Jumlah laporan bulanan yang disampaikan tepat waktu per tahun",
        "kuantitas",
        12,
        "laporan",
    ),
    (None, "", "Indeks kepuasan masyarakat terhadap layanan per tahun", "kualitas", 85, "indeks"),
    (
        KECAMATAN[0],
        "Pengadministrasi Perkantoran",
        "Jumlah berkas KTP-el dan KK yang diverifikasi per tahun",
        "kuantitas",
        1200,
        "berkas",
    ),
    (
        KECAMATAN[0],
        "",
        "Persentase dokumen kependudukan yang selesai dalam 1 hari kerja",
        "kuantitas",
        95,
        "%",
    ),
    (None, "", "Jumlah kegiatan posyandu yang terlaksana per tahun", "kuantitas", 48, "kegiatan"),
    (None, "", "Persentase realisasi anggaran tahun berjalan", "kuantitas", 95, "%"),
]


def nip_demo(p: PegawaiDemo, urut: int) -> str:
    return f"{p.lahir}{p.tmt}{p.kelamin}{urut:03d}"


def _pdf_bukti(judul: str, baris: list[str]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    keluaran = io.BytesIO()
    c = canvas.Canvas(keluaran, pagesize=A4)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, 780, judul[:90])
    c.setFont("Helvetica", 10)
    for i, teks in enumerate(baris):
        c.drawString(60, 750 - 16 * i, teks[:110])
    c.drawString(60, 80, "Kecamatan Cipocok Jaya, Kota Serang — dokumen contoh untuk demo")
    c.save()
    return keluaran.getvalue()


@transaction.atomic
def muat_pegawai() -> list[Pegawai]:
    """About 40 employees across the units with a realistic hierarchy; the demo accounts
    ``penilai`` and ``pegawai`` are linked to Ahmad Fauzi and his staff Yuli Astuti.
    Idempotent (keyed by NIP)."""
    User = get_user_model()
    units = {u.kode: u for u in muat_unit_kerja()}
    hasil: dict[str, Pegawai] = {}
    for urut, p in enumerate(PEGAWAI, start=1):
        user = User.objects.filter(username=p.akun).first() if p.akun else None
        obj, _ = Pegawai.objects.update_or_create(
            nip=nip_demo(p, urut),
            defaults={
                "nama": p.nama,
                "jabatan": p.jabatan,
                "jenis_jabatan": p.jenis,
                "koefisien_jf": Decimal(p.koefisien) if p.koefisien else None,
                "unit": units[p.unit],
                "memimpin_unit": p.pimpinan,
                "atasan": hasil.get(p.atasan) if p.atasan else None,
            },
        )
        if user is not None and obj.user_id != user.pk:
            Pegawai.objects.filter(user=user).exclude(pk=obj.pk).update(user=None)
            obj.user = user
            obj.save(update_fields=["user"])
        hasil[p.kunci] = obj
    return list(hasil.values())


@transaction.atomic
def muat_pustaka() -> int:
    """Reviewed indicators (each passes the checker through the service); idempotent."""
    units = {u.kode: u for u in UnitKerja.objects.all()}
    for kode, jabatan, teks, aspek, target, satuan in PUSTAKA:
        if PustakaIndikator.objects.filter(teks=teks, jabatan=jabatan).exists():
            continue
        services.pustaka_simpan(
            oleh=None,
            pustaka=PustakaIndikator(
                unit=units.get(kode) if kode else None,
                jabatan=jabatan,
                teks=teks,
                aspek=aspek,
                target=Decimal(target),
                satuan=satuan,
            ),
        )
    return PustakaIndikator.objects.count()


def _periode_2025(kebijakan_2026):
    kebijakan, _ = Kebijakan.objects.get_or_create(
        nama="Kebijakan Kecamatan Cipocok Jaya 2025",
        defaults={
            "ambang_di_atas": 110,
            "ambang_sesuai": 90,
            "keterangan": "Pedoman lokal tahun 2025.",
        },
    )
    periode, _ = Periode.objects.get_or_create(
        tahun=2025, defaults={"kebijakan": kebijakan, "aktif": False, "kadens": "triwulanan"}
    )
    return periode


def _isi_skp(skp: SKP, profil: str, faktor: Decimal, *, realisasi: tuple[str, ...], bukti: bool):
    atasan_rhk = None
    if skp.pegawai.atasan_id:
        atasan_rhk = RencanaHasilKerja.objects.filter(
            skp__pegawai_id=skp.pegawai.atasan_id, skp__periode=skp.periode, jenis="utama"
        ).first()
    for n, (teks, jenis, daftar) in enumerate(RHK[profil], start=1):
        rhk = RencanaHasilKerja.objects.create(
            skp=skp,
            teks=teks,
            jenis=jenis,
            urutan=n,
            # One RHK of Yuli's 2026 SKP stays unlinked to show the dashboard reminder.
            rhk_atasan=atasan_rhk if (n == 1 or skp.periode.tahun == 2025) else None,
        )
        for m, (iki_teks, aspek, target, satuan, polaritas) in enumerate(daftar, start=1):
            rentang = isinstance(target, tuple)
            iki = IndikatorKinerja.objects.create(
                rhk=rhk,
                teks=iki_teks,
                aspek=aspek,
                satuan=satuan,
                polaritas=polaritas,
                urutan=m,
                target=None if rentang else Decimal(target),
                target_min=Decimal(target[0]) if rentang else None,
                target_maks=Decimal(target[1]) if rentang else None,
            )
            for k, periode_evaluasi in enumerate(realisasi, start=1):
                bagian = (
                    Decimal(k) / Decimal(len(realisasi)) if periode_evaluasi != "tahunan" else 1
                )
                nilai = _realisasi(target, polaritas, aspek, satuan, faktor, bagian)
                r = Realisasi.objects.create(
                    indikator=iki,
                    periode_evaluasi=periode_evaluasi,
                    nilai=nilai,
                    keterangan="Sesuai rekap bukti dukung",
                )
                if bukti and m == 1:
                    b = BuktiDukung(
                        realisasi=r,
                        nama_asli=f"rekap-{periode_evaluasi}-{skp.periode.tahun}.pdf",
                        jenis_konten="application/pdf",
                        ukuran=0,
                    )
                    isi = _pdf_bukti(
                        f"Rekap realisasi {r.get_periode_evaluasi_display()} {skp.periode.tahun}",
                        [
                            f"Pegawai: {skp.pegawai.nama}",
                            f"Indikator: {iki_teks}",
                            f"Realisasi: {nilai} {satuan}",
                        ],
                    )
                    b.ukuran = len(isi)
                    b.berkas.save(b.nama_asli, ContentFile(isi), save=False)
                    b.save()


def _realisasi(target, polaritas, aspek, satuan, faktor, bagian) -> Decimal:
    if isinstance(target, tuple):
        return Decimal("1.5")
    t = Decimal(target)
    if polaritas == "turun" or t == 0:
        return Decimal(0)
    if satuan in ("%", "indeks"):
        return min(t * faktor, Decimal(100)).quantize(Decimal("0.01"))
    return (t * faktor * bagian).quantize(Decimal(1))


def _evaluasi_final(skp: SKP, perilaku: str, penilai_user) -> Evaluasi:
    masukan, hasil = services.evaluasi_hitung(skp=skp, rating_perilaku=perilaku)
    evaluasi = Evaluasi(skp=skp, periode_evaluasi="tahunan", kebijakan=skp.periode.kebijakan)
    services.terapkan_hasil(evaluasi, masukan, hasil)
    evaluasi.catatan_perilaku = {
        "berorientasi_pelayanan": "Ramah dan cepat menanggapi warga.",
        "kolaboratif": "Aktif membantu rekan saat antrean padat.",
    }
    evaluasi.penilai = penilai_user
    evaluasi.status = Evaluasi.Status.FINAL
    evaluasi.difinalkan = timezone.now()
    evaluasi.kode_verifikasi = secrets.token_hex(6).upper()
    evaluasi.save()
    return evaluasi


@transaction.atomic
def muat_skp() -> dict[str, int]:
    """SKPs for 2025 (final evaluations) and 2026 (every status), with realisation and evidence
    PDFs. Idempotent: an SKP that exists is left as it is."""
    pegawai = {p.kunci: Pegawai.objects.get(nip=nip_demo(p, i)) for i, p in enumerate(PEGAWAI, 1)}
    periode_2026 = Periode.objects.get(tahun=2026)
    periode_2025 = _periode_2025(periode_2026.kebijakan)
    for kode, capaian in zip(
        [KECAMATAN[0]] + [k for k, _ in KELURAHAN],
        ["baik", "istimewa", "baik", "baik", "butuh_perbaikan", "baik", "baik"],
        strict=True,
    ):
        CapaianOrganisasi.objects.get_or_create(
            unit=UnitKerja.objects.get(kode=kode),
            periode=periode_2025,
            defaults={"capaian": capaian},
        )
    jumlah = {"2025": 0, "2026": 0}
    for i, p in enumerate(PEGAWAI):
        obj = pegawai[p.kunci]
        faktor = _FAKTOR[i % len(_FAKTOR)]
        if obj.atasan_id and not SKP.objects.filter(pegawai=obj, periode=periode_2025).exists():
            skp = SKP.objects.create(
                pegawai=obj, periode=periode_2025, status=SKP.Status.FINAL, penilai=obj.atasan
            )
            _isi_skp(
                skp,
                p.profil,
                faktor,
                realisasi=("tw1", "tw2", "tw3", "tw4", "tahunan"),
                bukti=p.akun is not None,
            )
            _evaluasi_final(skp, _PERILAKU[i % len(_PERILAKU)], obj.atasan.user)
            jumlah["2025"] += 1
        if SKP.objects.filter(pegawai=obj, periode=periode_2026).exists():
            continue
        status = SKP.Status.DISETUJUI if p.akun or not obj.atasan_id else _STATUS_2026[i % 6]
        skp = SKP.objects.create(
            pegawai=obj, periode=periode_2026, status=status, penilai=obj.atasan
        )
        jalan = status in (SKP.Status.DISETUJUI, SKP.Status.DINILAI, SKP.Status.FINAL)
        _isi_skp(
            skp, p.profil, faktor, realisasi=("tw1", "tw2", "tw3") if jalan else (), bukti=jalan
        )
        if jalan and obj.atasan_id:
            UmpanBalik.objects.create(
                rhk=skp.rhk.first(),
                periode_evaluasi="tw2",
                pemberi=obj.atasan.user,
                teks="Capaian triwulan II sesuai rencana; lengkapi foto kegiatan sebagai bukti.",
            )
        if status in (SKP.Status.DINILAI, SKP.Status.FINAL):
            masukan, hasil = services.evaluasi_hitung(skp=skp, rating_perilaku="sesuai_ekspektasi")
            if status == SKP.Status.FINAL:
                _evaluasi_final(skp, "sesuai_ekspektasi", obj.atasan.user)
            else:
                e = Evaluasi(skp=skp, kebijakan=periode_2026.kebijakan, penilai=obj.atasan.user)
                services.terapkan_hasil(e, masukan, hasil)
                e.save()
        if status == SKP.Status.DRAFT and i % 12 == 2:
            skp.catatan_pengembalian = (
                "Indikator kedua belum memiliki target waktu; mohon dilengkapi."
            )
            skp.save(update_fields=["catatan_pengembalian"])
        jumlah["2026"] += 1
    return jumlah
