"""The one service that scores an engine document, and stores it with its result.

Everything that is scored (a simulator attempt, a live proposal, a stored final evaluation, a
correction, a periodic evaluation, a what-if, a lesson's worked example) is first an engine JSON
document built by a mapper (``penilaian.mappers.dokumen_permen`` and the functions that call it).
:func:`dokumen_nilai` scores exactly that document; :func:`hasil_simpan` puts exactly that
document beside its result, the engine version and the kebijakan on the row that keeps them;
:func:`hasil_putar_ulang` scores the stored document again. Nothing else builds or stores what
the engine is given, so a stored result always replays to itself.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from .. import mesin
from ..mesin.angka import ubah_angka

__all__ = ["HasilMesin", "dokumen_nilai", "hasil_putar_ulang", "hasil_simpan"]


@dataclass(frozen=True, slots=True)
class HasilMesin:
    """What the engine was given (``dokumen``, JSON) and what it returned (``hasil``, JSON)."""

    dokumen: dict[str, Any]
    hasil: dict[str, Any]
    versi_mesin: str

    @property
    def kebijakan(self) -> dict[str, Any] | None:
        """The kebijakan the document was scored under (``nama``, ``ambang_di_atas``,
        ``ambang_sesuai``): the document's own, exact, or the engine's default as the result
        reports it; ``None`` for a regime without one (PP 46/2011)."""
        return self.dokumen.get("kebijakan") or self.hasil.get("kebijakan")


def dokumen_nilai(
    *, dokumen: dict[str, Any], langkah: bool = True, salin: bool = True
) -> HasilMesin:
    """Score one engine document. Raises ``mesin.KesalahanValidasi`` (every problem with its
    JSON path) when the document is not valid; writes nothing.

    ``salin=False`` is for a caller that built ``dokumen`` for this call alone and keeps no
    reference to it (the re-scoring of :func:`penilaian.services.evaluasi_hitung_usulan`): the
    deep copy is then 8 % of re-scoring a batch of SKPs."""
    # A private copy: the result must describe the document as it was when scored, whatever
    # the caller does with its dict afterwards.
    if salin:
        dokumen = copy.deepcopy(dokumen)
    return HasilMesin(
        dokumen=dokumen,
        hasil=mesin.nilai_json(dokumen, langkah=langkah),
        versi_mesin=mesin.VERSI_MESIN,
    )


def hasil_simpan(obj, hasil: HasilMesin) -> None:
    """Put the document, the result, the engine version and the kebijakan used on ``obj``
    (an ``Evaluasi`` or a ``PercobaanSimulasi``: fields ``masukan_mesin``, ``hasil_mesin``,
    ``versi_mesin``, and ``kebijakan_nama``/``kebijakan_ambang_*`` where the model has them).
    Does not save: the caller's service saves inside its own transaction."""
    obj.masukan_mesin = hasil.dokumen
    obj.hasil_mesin = hasil.hasil
    obj.versi_mesin = hasil.versi_mesin
    kebijakan = hasil.kebijakan
    if kebijakan is not None and hasattr(obj, "kebijakan_nama"):
        obj.kebijakan_nama = kebijakan["nama"]
        obj.kebijakan_ambang_di_atas = _desimal(kebijakan["ambang_di_atas"])
        obj.kebijakan_ambang_sesuai = _desimal(kebijakan["ambang_sesuai"])


def hasil_putar_ulang(obj) -> HasilMesin:
    """Score the document stored on ``obj`` again (the replay of a stored result)."""
    return dokumen_nilai(dokumen=obj.masukan_mesin)


def _desimal(nilai: Any) -> Decimal | None:
    # A number the engine accepted (or produced), so never None here.
    return ubah_angka(nilai)
