"""Demo data for the appraisal side, built from code (see situs' muat_demo)."""

from django.db import transaction

from .models import Kebijakan, Periode, UnitKerja

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
