"""The only place that turns models into engine types and back (public constructors only)."""

from decimal import Decimal

from django.db.models import Prefetch

from . import mesin
from .models import (
    SKP,
    CapaianOrganisasi,
    Kebijakan,
    Pegawai,
    PeriodeEvaluasi,
    Realisasi,
    RencanaHasilKerja,
    urutkan_rhk,
)

#: When the annual realisation is missing, the latest periodic one stands for it.
_URUTAN_CADANGAN = (
    "tahunan",
    *(f"b{m:02d}" for m in range(12, 0, -1)),
    "s2",
    "tw4",
    "tw3",
    "s1",
    "tw2",
    "tw1",
)


def kebijakan_ke_mesin(kebijakan: Kebijakan | None) -> mesin.Kebijakan:
    """A stored kebijakan as the engine's value; ``None`` gives the engine's default."""
    if kebijakan is None:
        return mesin.KEBIJAKAN_BAWAAN
    return mesin.Kebijakan(
        nama=kebijakan.nama,
        ambang_di_atas=kebijakan.ambang_di_atas,
        ambang_sesuai=kebijakan.ambang_sesuai,
    )


#: The engine's document kind every live and practice document is.
ATURAN = "permenpanrb-6-2022"


def dokumen_permen(
    *,
    rhk: list[dict],
    rating_perilaku: str,
    kebijakan: mesin.Kebijakan,
    rating_hasil_kerja: str | None = None,
    pendekatan: str = "kuantitatif",
    capaian_kinerja_organisasi: str | None = None,
    jabatan_fungsional: dict | None = None,
) -> dict:
    """The one builder of a PermenPANRB 6/2022 engine document, shared by live appraisals, the
    simulator and the lessons, so the same inputs score the same way under the same kebijakan.

    Returns the engine's own JSON document, exactly as it is scored and stored: numbers are
    JSON numbers (``mesin.angka_json``: exact, never ambiguous text), optional keys that are
    ``None`` are left out so the engine applies its defaults, and the kebijakan is written by
    the engine (``Kebijakan.ke_json``). ``rhk`` is a list in the engine's shape (``teks``,
    ``jenis``, ``rhk_atasan``, ``rating``, ``indikator``: ``teks``, ``aspek``, ``target``,
    ``realisasi``, ``satuan``, ``polaritas``); numbers may be ``Decimal``, ``int`` or JSON numbers.
    """
    dokumen = {
        "aturan": ATURAN,
        "pendekatan": str(pendekatan),
        "rhk": [_rhk_json(r) for r in rhk],
        "rating_hasil_kerja": str(rating_hasil_kerja) if rating_hasil_kerja else None,
        "rating_perilaku": str(rating_perilaku),
        "kebijakan": kebijakan.ke_json(),
        "capaian_kinerja_organisasi": capaian_kinerja_organisasi,
        "jabatan_fungsional": _angka_json(jabatan_fungsional),
    }
    return {k: v for k, v in dokumen.items() if v is not None}


def dengan_kebijakan(dokumen: dict, kebijakan: mesin.Kebijakan) -> dict:
    """A copy of an engine document scored under another kebijakan (lesson examples take the
    active one); ``pp46-2011`` documents have no kebijakan and come back unchanged."""
    if dokumen.get("aturan") != ATURAN or "distribusi" in dokumen:
        return dokumen
    return {**dokumen, "kebijakan": kebijakan.ke_json()}


def _rhk_json(rhk: dict) -> dict:
    hasil = {k: v for k, v in rhk.items() if v is not None or k == "indikator"}
    if isinstance(hasil.get("indikator"), list):
        hasil["indikator"] = [
            {
                k: _angka_json(v)
                for k, v in iki.items()
                if v is not None or k in ("target", "realisasi")
            }
            for iki in hasil["indikator"]
        ]
    return hasil


def _angka_json(nilai):
    """Decimals as exact JSON numbers, inside dicts too; everything else unchanged."""
    if isinstance(nilai, Decimal):
        return mesin.angka_json(nilai)
    if isinstance(nilai, dict):
        return {k: _angka_json(v) for k, v in nilai.items()}
    return nilai


def realisasi_untuk(indikator, periode_evaluasi: str) -> Decimal | None:
    """The realisation of an IKI for an evaluation period; for ``tahunan`` without its own
    value, the latest quarterly value (the year's running figure) stands in."""
    semua = {r.periode_evaluasi: r.nilai for r in indikator.realisasi.all()}
    if periode_evaluasi in semua:
        return semua[periode_evaluasi]
    if periode_evaluasi == PeriodeEvaluasi.TAHUNAN:
        for kunci in _URUTAN_CADANGAN:
            if kunci in semua:
                return semua[kunci]
    return None


def desimal_ringkas(nilai: Decimal | None) -> Decimal | None:
    """A stored DecimalField value without trailing zeros (12.00 → 12, 13.50 → 13.5), so
    the engine explains the numbers as the person typed them; the value is unchanged."""
    if nilai is None:
        return None
    if nilai == nilai.to_integral_value():
        return nilai.quantize(Decimal(1))
    return nilai.normalize()


def iki_ke_json(indikator, *, realisasi: Decimal | None) -> dict:
    """One IKI in the engine's JSON shape."""
    if indikator.target_min is not None and indikator.target_maks is not None:
        target = {
            "min": desimal_ringkas(indikator.target_min),
            "maks": desimal_ringkas(indikator.target_maks),
        }
    else:
        target = desimal_ringkas(indikator.target)
    if target is None and indikator.ekspektasi:
        # Kualitatif: the described expectation stands as the target.
        target = str(indikator.ekspektasi)
    realisasi = desimal_ringkas(realisasi)
    return {
        # str(): TextChoices members are str subclasses the engine does not accept.
        "teks": str(indikator.teks),
        "aspek": str(indikator.aspek),
        "target": target,
        "realisasi": realisasi,
        "satuan": str(indikator.satuan) or None,
        "polaritas": str(indikator.polaritas) or None,
    }


def skp_ke_rhk(skp: SKP, *, periode_evaluasi: str = PeriodeEvaluasi.TAHUNAN) -> list[dict]:
    """The SKP's RHK with IKI and realisation, in the shape ``dokumen_permen`` takes."""
    daftar = []
    for rhk in _rhk_dengan_iki(skp):
        daftar.append(
            {
                "teks": str(rhk.teks),
                "jenis": str(rhk.jenis),
                "rhk_atasan": rhk.rhk_atasan.teks if rhk.rhk_atasan_id else None,
                "indikator": [
                    iki_ke_json(iki, realisasi=realisasi_untuk(iki, periode_evaluasi))
                    for iki in rhk.indikator.all()
                ],
            }
        )
    return daftar


def rhk_prefetch() -> Prefetch:
    """The prefetch of an SKP's RHK with everything :func:`skp_ke_rhk` reads (atasan's RHK,
    IKI, realisation), in the order of :func:`urutkan_rhk`, for scoring many SKPs at once."""
    return Prefetch(
        "rhk",
        queryset=urutkan_rhk(
            RencanaHasilKerja.objects.select_related("rhk_atasan")
        ).prefetch_related("indikator__realisasi"),
    )


def _rhk_dengan_iki(skp: SKP):
    """The SKP's RHK in order with IKI and realisation: the prefetched ones when the caller
    loaded them with :func:`rhk_prefetch`, else one query each for RHK, IKI and realisation."""
    if "rhk" in getattr(skp, "_prefetched_objects_cache", {}):
        return skp.rhk.all()
    rhk_qs = urutkan_rhk(skp.rhk.select_related("rhk_atasan"))
    return rhk_qs.prefetch_related("indikator__realisasi")


#: Months an evaluation period covers, for angka kredit pro rata (PermenPANRB 1/2023,
#: PerBKN 3/2023: the annual coefficient by predikat, pro rata by months).
BULAN_PERIODE = {
    PeriodeEvaluasi.TAHUNAN: 12,
    **{p: 1 for p in PeriodeEvaluasi.values if p.startswith("b")},
    **{p: 3 for p in PeriodeEvaluasi.values if p.startswith("tw")},
    **{p: 6 for p in PeriodeEvaluasi.values if p.startswith("s")},
}


def jabatan_fungsional_ke_json(
    pegawai: Pegawai, *, periode_evaluasi: str = PeriodeEvaluasi.TAHUNAN
) -> dict | None:
    """Angka kredit input for a jabatan fungsional with a coefficient, for the months the
    evaluation covers (a quarter 3, a semester 6, a month 1, the year 12)."""
    if pegawai.jenis_jabatan != Pegawai.JenisJabatan.FUNGSIONAL or pegawai.koefisien_jf is None:
        return None
    return koefisien_ke_json(pegawai.koefisien_jf, bulan=BULAN_PERIODE[periode_evaluasi])


def koefisien_ke_json(koefisien: Decimal | None, *, bulan: int) -> dict | None:
    """The engine's ``jabatan_fungsional`` input for an annual coefficient and the months
    evaluated (``None`` without a coefficient); the simulator uses it for its JF cases."""
    if koefisien is None:
        return None
    return {"koefisien": desimal_ringkas(koefisien), "bulan": bulan}


#: Attribute on an SKP holding its unit's ``CapaianOrganisasi`` (or ``None``) when a caller
#: scoring many SKPs loaded them in one query.
ATRIBUT_CAPAIAN = "_capaian_organisasi_dimuat"


def capaian_organisasi_untuk(skp: SKP) -> str | None:
    """The unit's capaian kinerja organisasi, only for the employee who leads the unit."""
    if not skp.pegawai.memimpin_unit:
        return None
    if hasattr(skp, ATRIBUT_CAPAIAN):
        # Loaded for a whole batch by the caller (``None``: the unit has none).
        capaian = getattr(skp, ATRIBUT_CAPAIAN)
    else:
        capaian = CapaianOrganisasi.objects.filter(
            unit_id=skp.pegawai.unit_id, periode_id=skp.periode_id
        ).first()
    return str(capaian.capaian) if capaian else None


def dokumen_dari_skp(
    skp: SKP,
    *,
    periode_evaluasi: str,
    kebijakan: Kebijakan | None,
    rating_perilaku: str,
    rating_hasil_kerja: str | None = None,
) -> dict:
    """A live SKP as the engine's JSON document for one evaluation period, through
    :func:`dokumen_permen` (the builder the simulator uses too), so the same inputs give the
    same result in both places. ``kebijakan`` ``None`` is the engine's default."""
    return dokumen_permen(
        rhk=skp_ke_rhk(skp, periode_evaluasi=periode_evaluasi),
        rating_perilaku=rating_perilaku,
        kebijakan=kebijakan_ke_mesin(kebijakan),
        rating_hasil_kerja=rating_hasil_kerja,
        pendekatan=skp.pendekatan,
        capaian_kinerja_organisasi=capaian_organisasi_untuk(skp),
        jabatan_fungsional=jabatan_fungsional_ke_json(
            skp.pegawai, periode_evaluasi=periode_evaluasi
        ),
    )


def realisasi_ada(skp: SKP) -> bool:
    """Whether any IKI of the SKP has a realisation (the engine needs one per IKI)."""
    return Realisasi.objects.filter(indikator__rhk__skp=skp).exists()
