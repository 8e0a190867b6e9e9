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


def dokumen_permen(
    *,
    rhk: list[dict],
    rating_perilaku: str,
    kebijakan: Kebijakan | None,
    rating_hasil_kerja: str | None = None,
    pendekatan: str = "kuantitatif",
    capaian_kinerja_organisasi: str | None = None,
    jabatan_fungsional: dict | None = None,
) -> mesin.DokumenPermen:
    """The one builder of a PermenPANRB 6/2022 engine document, shared by live appraisals and
    the simulator, so both score the same inputs the same way under the same kebijakan.

    ``rhk`` is a list in the engine's JSON shape (``teks``, ``jenis``, ``rhk_atasan``, ``rating``,
    ``indikator``: ``teks``, ``aspek``, ``target``, ``realisasi``, ``satuan``, ``polaritas``);
    numbers may be ``Decimal``, ``int`` or decimal strings. Raises ``mesin.KesalahanValidasi``
    with every problem and its path when the data is not a valid document.
    """
    aturan = kebijakan_ke_mesin(kebijakan)
    data = {
        "aturan": "permenpanrb-6-2022",
        "pendekatan": pendekatan,
        "rhk": [_tanpa_none(r, wajib=("indikator",)) for r in rhk],
        "rating_hasil_kerja": rating_hasil_kerja,
        "rating_perilaku": rating_perilaku,
        "kebijakan": {
            "nama": aturan.nama,
            "ambang_di_atas": str(aturan.ambang_di_atas),
            "ambang_sesuai": str(aturan.ambang_sesuai),
        },
        "capaian_kinerja_organisasi": capaian_kinerja_organisasi,
        "jabatan_fungsional": jabatan_fungsional,
    }
    return mesin.parse_dokumen(data)


def _tanpa_none(rhk: dict, *, wajib: tuple[str, ...]) -> dict:
    """Leave out optional keys that are ``None`` so the engine applies its defaults."""
    hasil = {k: v for k, v in rhk.items() if v is not None or k in wajib}
    if isinstance(hasil.get("indikator"), list):
        hasil["indikator"] = [
            {k: _angka(v) for k, v in iki.items() if v is not None or k in ("target", "realisasi")}
            for iki in hasil["indikator"]
        ]
    return hasil


def _angka(nilai):
    # Model DecimalFields give Decimal; the engine reads decimal text exactly.
    from decimal import Decimal

    if isinstance(nilai, Decimal):
        return str(nilai)
    if isinstance(nilai, dict):
        return {k: _angka(v) for k, v in nilai.items()}
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


def jabatan_fungsional_ke_json(pegawai: Pegawai) -> dict | None:
    """Angka kredit input for a jabatan fungsional with a coefficient (a full year)."""
    if pegawai.jenis_jabatan != Pegawai.JenisJabatan.FUNGSIONAL or pegawai.koefisien_jf is None:
        return None
    return {"koefisien": desimal_ringkas(pegawai.koefisien_jf), "bulan": 12}


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


def skp_ke_dokumen(
    skp: SKP,
    *,
    kebijakan: Kebijakan | None,
    rating_perilaku: str,
    rating_hasil_kerja: str | None = None,
    periode_evaluasi: str = PeriodeEvaluasi.TAHUNAN,
) -> mesin.DokumenPermen:
    """A live SKP as the engine's document, through :func:`dokumen_permen` (the builder the
    simulator uses too), so the same inputs give the same result in both places."""
    return dokumen_permen(
        rhk=skp_ke_rhk(skp, periode_evaluasi=periode_evaluasi),
        rating_perilaku=str(rating_perilaku),
        kebijakan=kebijakan,
        rating_hasil_kerja=str(rating_hasil_kerja) if rating_hasil_kerja else None,
        pendekatan=str(skp.pendekatan),
        capaian_kinerja_organisasi=capaian_organisasi_untuk(skp),
        jabatan_fungsional=jabatan_fungsional_ke_json(skp.pegawai),
    )


def realisasi_ada(skp: SKP) -> bool:
    """Whether any IKI of the SKP has a realisation (the engine needs one per IKI)."""
    return Realisasi.objects.filter(indikator__rhk__skp=skp).exists()
