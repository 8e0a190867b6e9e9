"""Unit scope in the Wagtail admin: model viewsets whose listings, exports and object pages
keep a scoped administrator inside its units (``penilaian.akses.saring_lingkup``).

A viewset names the path from its model to the unit (``medan_lingkup``: ``"unit"`` on Pegawai,
``"pk"`` on UnitKerja, ``"user__pegawai__unit"`` on a participant's enrolment) or, for a rule
that is not one path, overrides ``saring_lingkup``. The listing (and its CSV/XLSX export, which
Wagtail builds from the same queryset) omits what is outside the scope; every view of one
object (edit, delete, inspect, history, usage) answers 404 for it, as the site does for any
forbidden object. A global administrator (no ``LingkupUnit`` rows) sees everything, as before.
"""

from __future__ import annotations

from collections.abc import Callable

from django.db.models import CharField, Q, QuerySet
from django.db.models.functions import Cast
from django.http import Http404
from wagtail.permission_policies import ModelPermissionPolicy

from .akses import id_unit_lingkup, saring_lingkup
from .models import (
    SKP,
    BuktiDukung,
    CapaianOrganisasi,
    Evaluasi,
    IndikatorKinerja,
    LingkupUnit,
    Pegawai,
    Realisasi,
    RencanaHasilKerja,
    UmpanBalik,
    UnitKerja,
)

#: The views of a ModelViewSet that show or change one object.
_VIEW_OBJEK = (
    "edit_view_class",
    "delete_view_class",
    "inspect_view_class",
    "history_view_class",
    "usage_view_class",
    "copy_view_class",
)

Saringan = Callable[[object, QuerySet], QuerySet]


class _IndeksDalamLingkup:
    saring_indeks: Saringan | None = None

    def get_base_queryset(self):
        return self.saring_indeks(self.request.user, super().get_base_queryset())


class _ObjekDalamLingkup:
    saring_objek: Saringan | None = None

    def get_object(self, *args, **kwargs):
        obj = super().get_object(*args, **kwargs)
        satu = type(obj)._default_manager.filter(pk=obj.pk)
        if id_unit_lingkup(self.request.user) is not None and not (
            self.saring_objek(self.request.user, satu).exists()
        ):
            raise Http404
        return obj


class LingkupViewSetMixin:
    """Mix into a ``ModelViewSet`` (before it) and set ``medan_lingkup``."""

    medan_lingkup: str = "unit"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Subclasses made per viewset instance: the class attributes of the viewset (the
        # audited views of penilaian, Wagtail's defaults) stay their bases.
        self.index_view_class = type(
            f"{self.index_view_class.__name__}Lingkup",
            (_IndeksDalamLingkup, self.index_view_class),
            {},
        )
        for nama in _VIEW_OBJEK:
            asal = getattr(self, nama)
            setattr(self, nama, type(f"{asal.__name__}Lingkup", (_ObjekDalamLingkup, asal), {}))

    def saring_lingkup(self, user, qs: QuerySet) -> QuerySet:
        """What the listing and its exports show."""
        return saring_lingkup(user, qs, self.medan_lingkup)

    def saring_objek_lingkup(self, user, qs: QuerySet) -> QuerySet:
        """Which objects' own pages open (the listing's, unless a viewset says otherwise)."""
        return self.saring_lingkup(user, qs)

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            saring_indeks=self.saring_lingkup, saring_objek=self.saring_objek_lingkup, **kwargs
        )


class BatasiPilihanUnit:
    """Form mixin (a ``WagtailAdminModelForm``): the unit foreign keys named in ``medan_unit``
    offer only units of the user's scope (a global administrator sees all), so a scoped
    administrator cannot move anything into, or leave it in, a unit it does not administer."""

    medan_unit: tuple[str, ...] = ("unit",)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = getattr(self, "for_user", None)
        #: The user's scope (``None``: global, or a form built without a user).
        self.lingkup = id_unit_lingkup(user) if user is not None else None
        if self.lingkup is None:
            return
        for nama in self.medan_unit:
            medan = self.fields.get(nama)
            if medan is not None:
                medan.queryset = medan.queryset.filter(pk__in=self.lingkup)
                medan.required = True


class IzinTanpaLingkup(ModelPermissionPolicy):
    """Instansi-wide settings (periods, kebijakan): a scoped administrator may look, not change;
    adding, changing and deleting stay with the global role."""

    def user_has_permission(self, user, action):
        if action != "view" and id_unit_lingkup(user) is not None:
            return False
        return super().user_has_permission(user, action)


#: How an audit entry's object reaches its unit, by the model named in RiwayatPerubahan.model.
JALUR_RIWAYAT = (
    (UnitKerja, "pk"),
    (Pegawai, "unit"),
    (LingkupUnit, "unit"),
    (CapaianOrganisasi, "unit"),
    (SKP, "pegawai__unit"),
    (Evaluasi, "skp__pegawai__unit"),
    (RencanaHasilKerja, "skp__pegawai__unit"),
    (UmpanBalik, "rhk__skp__pegawai__unit"),
    (IndikatorKinerja, "rhk__skp__pegawai__unit"),
    (Realisasi, "indikator__rhk__skp__pegawai__unit"),
    (BuktiDukung, "realisasi__indikator__rhk__skp__pegawai__unit"),
)


def riwayat_dalam_lingkup(user, qs: QuerySet) -> QuerySet:
    """Audit entries (``RiwayatPerubahan``) about objects in the user's scope; entries about
    instansi-wide things (periods, kebijakan, the library) only for the global role."""
    if id_unit_lingkup(user) is None:
        return qs
    syarat = Q(pk__in=[])
    for model, medan in JALUR_RIWAYAT:
        pk_teks = (
            saring_lingkup(user, model._default_manager.all(), medan)
            .annotate(pk_teks=Cast("pk", CharField()))
            .values("pk_teks")
        )
        syarat |= Q(model=model._meta.model_name, objek_id__in=pk_teks)
    return qs.filter(syarat)
