"""Who may see and do what with an SKP: the object-level rules every view and service uses.

Role names are the groups of the site (``situs.peran``); the layer rules forbid importing situs
here, so the one name this module needs is repeated and a test keeps the two in step.
"""

from django.db.models import Q, QuerySet
from django.utils.translation import gettext

from .models import SKP, LingkupUnit, Pegawai, UnitKerja

ADMIN_KEPEGAWAIAN = "Admin Kepegawaian"


def adalah_admin_kepegawaian(user) -> bool:
    """Admin Kepegawaian (or a superuser) sees every SKP and may correct a final evaluation."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if user.is_superuser:
        return True
    cache = getattr(user, "_penilaian_admin", None)
    if cache is None:
        cache = user.groups.filter(name=ADMIN_KEPEGAWAIAN).exists()
        user._penilaian_admin = cache
    return cache


def turunan_unit(akar: set[int], *, batas: int = 50) -> frozenset[int]:
    """``akar`` and every unit below them, walking ``induk`` one level per query (a unit tree is
    shallow: kecamatan → kelurahan → seksi; ``batas`` stops a cycle)."""
    hasil = set(akar)
    lapis = set(akar)
    for _ in range(batas):
        lapis = set(UnitKerja.objects.filter(induk_id__in=lapis).values_list("pk", flat=True))
        lapis -= hasil
        if not lapis:
            break
        hasil |= lapis
    return frozenset(hasil)


def id_unit_lingkup(user) -> frozenset[int] | None:
    """The units an administrator may act on: ``None`` when not restricted (no ``LingkupUnit``
    rows: the global role), otherwise the scoped units and all their descendants (possibly empty
    for an anonymous or inactive user). Cached on the user object for the request."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return frozenset()
    cache = getattr(user, "_penilaian_lingkup", False)
    if cache is not False:
        return cache
    akar = set(LingkupUnit.objects.filter(user=user).values_list("unit_id", flat=True))
    hasil = turunan_unit(akar) if akar else None
    user._penilaian_lingkup = hasil
    return hasil


def saring_lingkup(user, qs: QuerySet, medan: str = "unit") -> QuerySet:
    """``qs`` restricted to the user's unit scope through the unit foreign key at ``medan``
    (``"unit"`` on Pegawai, ``"pegawai__unit"`` on SKP, ``"pk"`` on UnitKerja itself)."""
    lingkup = id_unit_lingkup(user)
    if lingkup is None:
        return qs
    kunci = "pk__in" if medan == "pk" else f"{medan}_id__in"
    return qs.filter(**{kunci: lingkup})


def dalam_lingkup(user, unit_id: int | None) -> bool:
    """Whether one unit is inside the user's scope (always, for the global role)."""
    lingkup = id_unit_lingkup(user)
    return lingkup is None or unit_id in lingkup


def admin_untuk_unit(user, unit_id: int | None) -> bool:
    """Admin Kepegawaian acting on a unit: the global role, or a scope that includes it. Every
    administrative right over one employee, SKP or evaluation asks this, not the group alone."""
    return adalah_admin_kepegawaian(user) and dalam_lingkup(user, unit_id)


def alasan_tolak_lingkup(oleh, *, target, unit_id: int | None, cabut: bool = False) -> str | None:
    """Why ``oleh`` may not give ``target`` a scope row on ``unit_id`` (or, with ``cabut``, take
    one away), or ``None`` when it may. A global administrator may do anything; a scoped one
    acts only on units of its scope, never on its own rows (it could widen itself), never on a
    superuser or an administrator without a scope (it would restrict its own supervisor), and
    never takes away a user's last row (without rows the user is global)."""
    if not adalah_admin_kepegawaian(oleh):
        return gettext("Hanya Admin Kepegawaian yang dapat mengatur lingkup unit.")
    if target.is_superuser and not cabut:
        return gettext("Superuser selalu berperan global dan tidak diberi lingkup unit.")
    lingkup = id_unit_lingkup(oleh)
    if lingkup is None:
        return None
    if target.pk == oleh.pk:
        return gettext(
            "Lingkup unit Anda sendiri hanya dapat diubah oleh administrator tanpa lingkup."
        )
    if unit_id not in lingkup:
        return gettext("Unit ini di luar lingkup unit Anda.")
    baris_target = LingkupUnit.objects.filter(user=target)
    if not baris_target.exists() and adalah_admin_kepegawaian(target):
        return gettext(
            "Pengguna ini administrator tanpa lingkup; hanya administrator tanpa lingkup yang "
            "dapat mengatur lingkupnya."
        )
    if cabut and baris_target.count() <= 1:
        return gettext(
            "Ini lingkup terakhir pengguna ini; tanpa lingkup ia menjadi global, jadi hanya "
            "administrator tanpa lingkup yang dapat mencabutnya."
        )
    return None


def saring_peserta(user, qs: QuerySet, medan_user: str = "user") -> QuerySet:
    """``qs`` (rows about participants, reached through the user foreign key at ``medan_user``)
    restricted to the scope: a scoped trainer or administrator sees participants whose employee
    record is in a unit of its scope; participants without one are seen by the global role only.
    """
    return saring_lingkup(user, qs, medan=f"{medan_user}__pegawai__unit")


def atasan_pilihan(user) -> QuerySet[Pegawai]:
    """Whom a scoped administrator may name as an employee's atasan: the employees of its scope
    and the appraisers already above one of them (a lurah's atasan is the camat, outside a
    kelurahan's scope). Everyone for the global role."""
    lingkup = id_unit_lingkup(user)
    if lingkup is None:
        return Pegawai.objects.all()
    di_lingkup = Pegawai.objects.filter(unit_id__in=lingkup)
    return Pegawai.objects.filter(
        Q(unit_id__in=lingkup) | Q(pk__in=di_lingkup.exclude(atasan=None).values("atasan_id"))
    )


def nama_orang(user) -> str:
    """How a person is named in lists, exports and certificates: the employee record's name,
    else the account's full name, else its user name."""
    pegawai = getattr(user, "pegawai", None)
    return (pegawai.nama if pegawai else "") or user.get_full_name() or user.get_username()


def pegawai_dari(user) -> Pegawai | None:
    """The employee record of a logged-in user, or ``None``."""
    if not getattr(user, "is_authenticated", False):
        return None
    try:
        return user.pegawai
    except Pegawai.DoesNotExist:
        return None


def rantai_atasan(pegawai: Pegawai, *, batas: int = 20) -> list[int]:
    """IDs of the appraisers above ``pegawai``, nearest first (a cycle or depth stops the walk)."""
    ids: list[int] = []
    atasan_id = pegawai.atasan_id
    while atasan_id and atasan_id not in ids and atasan_id != pegawai.pk and len(ids) < batas:
        ids.append(atasan_id)
        atasan_id = Pegawai.objects.filter(pk=atasan_id).values_list("atasan_id", flat=True).first()
    return ids


def id_bawahan(pegawai: Pegawai, *, batas: int = 20) -> set[int]:
    """IDs of every employee below ``pegawai`` in the hierarchy (transitively)."""
    hasil: set[int] = set()
    lapis = {pegawai.pk}
    for _ in range(batas):
        lapis = set(Pegawai.objects.filter(atasan_id__in=lapis).values_list("pk", flat=True))
        lapis -= hasil | {pegawai.pk}
        if not lapis:
            break
        hasil |= lapis
    return hasil


def boleh_lihat_skp(user, skp: SKP) -> bool:
    """The employee, the appraisers above them (transitively) and Admin Kepegawaian whose scope
    includes the employee's unit."""
    if admin_untuk_unit(user, skp.pegawai.unit_id):
        return True
    saya = pegawai_dari(user)
    if saya is None:
        return False
    if skp.pegawai_id == saya.pk:
        return True
    return saya.pk in rantai_atasan(skp.pegawai)


def adalah_pemilik(user, skp: SKP) -> bool:
    saya = pegawai_dari(user)
    return saya is not None and skp.pegawai_id == saya.pk


def adalah_atasan_langsung(user, skp: SKP) -> bool:
    """Only the direct atasan approves and rates; nobody is their own atasan."""
    saya = pegawai_dari(user)
    return saya is not None and skp.pegawai_id != saya.pk and skp.pegawai.atasan_id == saya.pk


def boleh_sunting_skp(user, skp: SKP) -> bool:
    """Drafting (RHK and IKI forms) is the owner's, and only while the SKP is a draft. Everyone
    else who may see the SKP gets 404 from its edit forms, like any other forbidden object."""
    return skp.status == SKP.Status.DRAFT and adalah_pemilik(user, skp)
