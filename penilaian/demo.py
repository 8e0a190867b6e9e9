"""Demo data for the appraisal side, built from code (see situs' muat_demo)."""

from django.db import transaction

from .models import UnitKerja

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
