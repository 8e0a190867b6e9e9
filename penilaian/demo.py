"""Demo data for the appraisal side, built from code (see situs' muat_demo)."""

import io
import json
import secrets
import tomllib
from decimal import Decimal
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from . import services
from .impor import baca_berkas, pegawai_impor
from .models import (
    SKP,
    BuktiDukung,
    CapaianOrganisasi,
    Evaluasi,
    IndikatorKinerja,
    Kebijakan,
    Pegawai,
    PengaturanDokumen,
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


#: Readable demo sources: the employees in the import format (penilaian/impor.py, with two
#: demo-only columns: ``profil_rhk`` and ``akun_demo``) and the RHK/IKI sets per profile.
KONTEN = Path(__file__).parent / "konten"


def baris_pegawai() -> list[dict[str, str]]:
    return baca_berkas((KONTEN / "pegawai-demo.csv").read_bytes(), "pegawai-demo.csv")


def data_rhk() -> dict:
    return json.loads((KONTEN / "rhk-demo.json").read_text(encoding="utf-8"))


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


def _pdf_bukti(judul: str, baris: list[str]) -> bytes:
    """A sample evidence file as an employee would upload it (plain page, embedded fonts)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from . import pdf_resmi

    pdf_resmi.daftarkan_huruf()
    keluaran = io.BytesIO()
    c = canvas.Canvas(keluaran, pagesize=A4, initialFontName=pdf_resmi.HURUF_TEKS)
    c.setFont(pdf_resmi.HURUF_TEKS_TEBAL, 14)
    c.drawString(60, 780, judul[:90])
    c.setFont(pdf_resmi.HURUF_TEKS, 10)
    for i, teks in enumerate(baris):
        c.drawString(60, 750 - 16 * i, teks[:110])
    c.drawString(60, 80, "Kecamatan Cipocok Jaya, Kota Serang — dokumen contoh untuk demo")
    c.save()
    return keluaran.getvalue()


@transaction.atomic
def muat_pegawai() -> list[Pegawai]:
    """About 40 employees across the units with a realistic hierarchy, through the same
    import the administrators use (idempotent, keyed by NIP); the demo accounts ``penilai``
    and ``pegawai`` are linked to Ahmad Fauzi and his staff Yuli Astuti."""
    muat_unit_kerja()
    baris = baris_pegawai()
    pegawai_impor(oleh=None, baris=baris)
    User = get_user_model()
    for r in baris:
        user = (
            User.objects.filter(username=r.get("akun_demo")).first() if r.get("akun_demo") else None
        )
        if user is None:
            continue
        obj = Pegawai.objects.get(nip=r["nip"])
        if obj.user_id != user.pk:
            Pegawai.objects.filter(user=user).exclude(pk=obj.pk).update(user=None)
            dari_impor = obj.user
            obj.user = user
            obj.save(update_fields=["user"])
            # The login the import just made for this NIP is replaced by the demo account.
            if (
                dari_impor
                and dari_impor.username == obj.nip
                and not dari_impor.has_usable_password()
            ):
                dari_impor.delete()
    return list(Pegawai.objects.filter(nip__in=[r["nip"] for r in baris]))


@transaction.atomic
def muat_pengaturan_dokumen() -> PengaturanDokumen:
    """The PDF settings from the demo data: the kecamatan's head (the employee who leads the
    kecamatan unit in pegawai-demo.csv) signs certificates. The emblem stays empty: no freely
    licensed emblem file of Kota Serang comes with a package, and none is drawn. Settings an
    administrator already changed are kept (only empty signatory fields are filled)."""
    p = PengaturanDokumen.load()
    camat = (
        Pegawai.objects.filter(
            unit__jenis=UnitKerja.Jenis.KECAMATAN, unit__induk=None, memimpin_unit=True
        )
        .order_by("nip")
        .first()
    )
    if camat is not None and not p.penanda_tangan_nama:
        p.penanda_tangan_nama = camat.nama
        p.penanda_tangan_nip = camat.nip
        p.penanda_tangan_jabatan = camat.jabatan
        p.save()
    return p


#: Fields of a library entry that the TOML file sets; the natural key is the first three.
_KOLOM_PUSTAKA = (
    "jabatan",
    "jenis_unit",
    "teks",
    "rhk",
    "aspek",
    "polaritas",
    "satuan",
    "target",
    "target_min",
    "target_maks",
    "dasar_tugas",
)


def _desimal_atau_kosong(nilai: str | None) -> Decimal | None:
    return None if nilai is None else Decimal(nilai)


def baca_pustaka() -> list[dict]:
    """Every entry of ``konten/pustaka-indikator.toml`` as model field values: the position's
    name and unit kind from its ``[[jabatan]]`` table, ``dasar_tugas`` as the duty the entry
    measures followed by the rule the position's duties rest on."""
    data = tomllib.loads((KONTEN / "pustaka-indikator.toml").read_text(encoding="utf-8"))
    hasil = []
    for jabatan in data["jabatan"]:
        for iki in jabatan["indikator"]:
            hasil.append(
                {
                    "jabatan": jabatan["nama"],
                    "jenis_unit": jabatan["jenis_unit"],
                    "teks": iki["teks"],
                    "rhk": iki["rhk"],
                    "aspek": iki["aspek"],
                    "polaritas": iki["polaritas"],
                    "satuan": iki["satuan"],
                    "target": _desimal_atau_kosong(iki.get("target")),
                    "target_min": _desimal_atau_kosong(iki.get("target_min")),
                    "target_maks": _desimal_atau_kosong(iki.get("target_maks")),
                    "dasar_tugas": f"{iki['tugas']}; {jabatan['dasar']}",
                }
            )
    return hasil


@transaction.atomic
def muat_pustaka() -> int:
    """The reviewed indicator library from its TOML file, each entry saved through the service
    (so it must pass the checker). Idempotent: entries are keyed by position, unit kind and
    text; an unchanged entry is not saved again, a changed one is updated; entries removed from
    the file stay (a trainer may have edited them in the admin)."""
    ada = {
        (p.jabatan, p.jenis_unit, p.teks): p
        for p in PustakaIndikator.objects.filter(unit__isnull=True)
    }
    for entri in baca_pustaka():
        pustaka = ada.get((entri["jabatan"], entri["jenis_unit"], entri["teks"]))
        if pustaka is not None and all(getattr(pustaka, k) == entri[k] for k in _KOLOM_PUSTAKA):
            continue
        pustaka = pustaka or PustakaIndikator()
        for kunci in _KOLOM_PUSTAKA:
            setattr(pustaka, kunci, entri[kunci])
        services.pustaka_simpan(oleh=None, pustaka=pustaka)
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


def _isi_skp(
    skp: SKP, rhk_set: list[dict], faktor: Decimal, *, realisasi: tuple[str, ...], bukti: bool
):
    atasan_rhk = None
    if skp.pegawai.atasan_id:
        atasan_rhk = RencanaHasilKerja.objects.filter(
            skp__pegawai_id=skp.pegawai.atasan_id, skp__periode=skp.periode, jenis="utama"
        ).first()
    for n, contoh in enumerate(rhk_set, start=1):
        rhk = RencanaHasilKerja.objects.create(
            skp=skp,
            teks=contoh["teks"],
            jenis=contoh["jenis"],
            urutan=n,
            # One RHK of Yuli's 2026 SKP stays unlinked to show the dashboard reminder.
            rhk_atasan=atasan_rhk if (n == 1 or skp.periode.tahun == 2025) else None,
        )
        for m, i in enumerate(contoh["indikator"], start=1):
            iki_teks, aspek, target, satuan = i["teks"], i["aspek"], i["target"], i["satuan"]
            polaritas = i.get("polaritas", "")
            rentang = isinstance(target, dict)
            iki = IndikatorKinerja.objects.create(
                rhk=rhk,
                teks=iki_teks,
                aspek=aspek,
                satuan=satuan,
                polaritas=polaritas,
                urutan=m,
                target=None if rentang else Decimal(str(target)),
                target_min=Decimal(str(target["min"])) if rentang else None,
                target_maks=Decimal(str(target["maks"])) if rentang else None,
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
    if isinstance(target, dict):
        return (Decimal(str(target["min"])) + Decimal(str(target["maks"]))) / 2
    t = Decimal(str(target))
    if polaritas == "turun" or t == 0:
        return Decimal(0)
    if satuan in ("%", "indeks"):
        return min(t * faktor, Decimal(100)).quantize(Decimal("0.01"))
    return (t * faktor * bagian).quantize(Decimal(1))


def _evaluasi_final(skp: SKP, perilaku: str, penilai_user) -> Evaluasi:
    hasil = services.evaluasi_hitung(skp=skp, rating_perilaku=perilaku)
    evaluasi = Evaluasi(skp=skp, periode_evaluasi="tahunan", kebijakan=skp.periode.kebijakan)
    services.terapkan_hasil(evaluasi, hasil)
    evaluasi.catatan_perilaku = {
        "berorientasi_pelayanan": "Ramah dan cepat menanggapi warga.",
        "kolaboratif": "Aktif membantu rekan saat antrean padat.",
    }
    evaluasi.penilai = penilai_user
    evaluasi.status = Evaluasi.Status.FINAL
    evaluasi.difinalkan = timezone.now()
    evaluasi.kode_verifikasi = secrets.token_hex(6).upper()
    evaluasi.unit_id = skp.pegawai.unit_id
    evaluasi.save()
    return evaluasi


#: Demo accounts left without an SKP in the running period, so that a visitor can draft one
#: from the start (every other account shows an SKP already under way).
AKUN_TANPA_SKP_BERJALAN = frozenset({"pegawai"})


@transaction.atomic
def muat_skp() -> dict[str, int]:
    """SKPs for 2025 (final evaluations) and 2026 (every status), with realisation and evidence
    PDFs. Idempotent: an SKP that exists is left as it is."""
    baris = baris_pegawai()
    rhk_per_profil = data_rhk()["rhk"]
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
    for i, r in enumerate(baris):
        obj = Pegawai.objects.select_related("atasan__user").get(nip=r["nip"])
        rhk_set, akun = rhk_per_profil[r["profil_rhk"]], r.get("akun_demo")
        faktor = _FAKTOR[i % len(_FAKTOR)]
        if obj.atasan_id and not SKP.objects.filter(pegawai=obj, periode=periode_2025).exists():
            skp = SKP.objects.create(
                pegawai=obj, periode=periode_2025, status=SKP.Status.FINAL, penilai=obj.atasan
            )
            _isi_skp(
                skp,
                rhk_set,
                faktor,
                realisasi=("tw1", "tw2", "tw3", "tw4", "tahunan"),
                bukti=bool(akun),
            )
            _evaluasi_final(skp, _PERILAKU[i % len(_PERILAKU)], obj.atasan.user)
            jumlah["2025"] += 1
        if SKP.objects.filter(pegawai=obj, periode=periode_2026).exists():
            continue
        if akun in AKUN_TANPA_SKP_BERJALAN:
            continue
        status = SKP.Status.DISETUJUI if akun or not obj.atasan_id else _STATUS_2026[i % 6]
        skp = SKP.objects.create(
            pegawai=obj, periode=periode_2026, status=status, penilai=obj.atasan
        )
        jalan = status in (SKP.Status.DISETUJUI, SKP.Status.DINILAI, SKP.Status.FINAL)
        _isi_skp(
            skp, rhk_set, faktor, realisasi=("tw1", "tw2", "tw3") if jalan else (), bukti=jalan
        )
        if jalan and obj.atasan_id:
            UmpanBalik.objects.create(
                rhk=skp.rhk.first(),
                periode_evaluasi="tw2",
                pemberi=obj.atasan.user,
                teks="Capaian triwulan II sesuai rencana; lengkapi foto kegiatan sebagai bukti.",
            )
        if status in (SKP.Status.DINILAI, SKP.Status.FINAL):
            hasil = services.evaluasi_hitung(skp=skp, rating_perilaku="sesuai_ekspektasi")
            if status == SKP.Status.FINAL:
                _evaluasi_final(skp, "sesuai_ekspektasi", obj.atasan.user)
            else:
                e = Evaluasi(skp=skp, kebijakan=periode_2026.kebijakan, penilai=obj.atasan.user)
                services.terapkan_hasil(e, hasil)
                e.save()
        if status == SKP.Status.DRAFT and i % 12 == 2:
            skp.catatan_pengembalian = (
                "Indikator kedua belum memiliki target waktu; mohon dilengkapi."
            )
            skp.save(update_fields=["catatan_pengembalian"])
        jumlah["2026"] += 1
    return jumlah


def terbitkan_transparansi() -> services.HasilTerbit:
    """Publish the closed 2025 period so the public transparency page has figures, as an
    administrator would when the period closes (idempotent: a second run writes nothing)."""
    return services.transparansi_terbitkan(oleh=None, periode=Periode.objects.get(tahun=2025))
