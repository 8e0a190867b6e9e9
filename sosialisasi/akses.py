"""Who may do what on the socialisation side.

Role names are the groups of the site (``situs.peran``); the layer rules forbid importing situs
here, so the names are repeated and a test keeps them in step (as ``penilaian.akses`` does)."""

from penilaian.akses import adalah_admin_kepegawaian, id_unit_lingkup, pegawai_dari, turunan_unit
from penilaian.models import UnitKerja

PELATIH = "Pelatih"
PELATIH_SENIOR = "Pelatih Senior"
ADMIN_KEPEGAWAIAN = "Admin Kepegawaian"

#: Who organises events: shows the check-in QR and exports attendance.
PENYELENGGARA = (PELATIH, PELATIH_SENIOR, ADMIN_KEPEGAWAIAN)


def adalah_penyelenggara(user) -> bool:
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if user.is_superuser:
        return True
    cache = getattr(user, "_sosialisasi_penyelenggara", None)
    if cache is None:
        cache = user.groups.filter(name__in=PENYELENGGARA).exists()
        user._sosialisasi_penyelenggara = cache
    return cache


def unit_dasbor_adopsi(user) -> list[UnitKerja]:
    """Units whose adoption figures the user may see: for Admin Kepegawaian every unit (global)
    or the units of its scope; for the leader of a unit (the camat, a lurah) that unit and the
    units below it; nobody else."""
    ids: set[int] = set()
    if adalah_admin_kepegawaian(user):
        lingkup = id_unit_lingkup(user)
        if lingkup is None:
            return list(UnitKerja.objects.order_by("nama", "pk"))
        ids |= lingkup
    saya = pegawai_dari(user)
    if saya is not None and saya.memimpin_unit and saya.aktif:
        ids |= turunan_unit({saya.unit_id})
    if not ids:
        return []
    return list(UnitKerja.objects.filter(pk__in=ids).order_by("nama", "pk"))
