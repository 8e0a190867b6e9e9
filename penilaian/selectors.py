"""Reads for the appraisal side (the simulator reads the active kebijakan through here)."""

from .models import Kebijakan, Periode


def periode_aktif() -> Periode | None:
    """The running period, or ``None`` when the administrator has not chosen one."""
    return Periode.objects.select_related("kebijakan").filter(aktif=True).first()


def kebijakan_aktif() -> Kebijakan | None:
    """The kebijakan of the running period; ``None`` means the engine's default applies."""
    periode = periode_aktif()
    return periode.kebijakan if periode else None
