"""The only place that turns models into engine types and back (public constructors only)."""

from . import mesin
from .models import Kebijakan


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
