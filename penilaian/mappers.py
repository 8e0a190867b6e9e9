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
