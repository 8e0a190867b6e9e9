"""Who may do what on the socialisation side.

Role names are the groups of the site (``situs.peran``); the layer rules forbid importing situs
here, so the names are repeated and a test keeps them in step (as ``penilaian.akses`` does)."""

from penilaian.akses import adalah_admin_kepegawaian, pegawai_dari
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
    """Units whose adoption figures the user may see: every unit for Admin Kepegawaian; for
    the leader of a unit (the camat, a lurah) that unit and the units below it; nobody else."""
    if adalah_admin_kepegawaian(user):
        return list(UnitKerja.objects.order_by("nama"))
    saya = pegawai_dari(user)
    if saya is None or not saya.memimpin_unit or not saya.aktif:
        return []
    semua = list(UnitKerja.objects.only("pk", "nama", "kode", "jenis", "induk_id"))
    anak: dict[int | None, list[UnitKerja]] = {}
    for unit in semua:
        anak.setdefault(unit.induk_id, []).append(unit)
    hasil, antre, dilihat = [], [saya.unit_id], set()
    while antre:
        pk = antre.pop()
        if pk in dilihat:
            continue
        dilihat.add(pk)
        hasil.extend(u for u in semua if u.pk == pk)
        antre.extend(u.pk for u in anak.get(pk, []))
    return sorted(hasil, key=lambda u: u.nama)
