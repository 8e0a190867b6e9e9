"""Counters in the cache that throttle what guessing could break: activation codes and password
reset requests (``situs``), the NIP typed on a public verification page (``penilaian``).

django-axes throttles logins only (it hooks into ``authenticate``); these never authenticate,
so they are counted here, in the shared cache (Redis in
production, so every app process sees the same counts). A counter lives for its window from
its first hit (``cache.add``) and is raised atomically (``cache.incr``). Keys hold a hash of
the value, never the NIP or address itself.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from django.core.cache import cache


@dataclass(frozen=True)
class Pembatas:
    """At most ``batas`` hits per value within ``jendela`` seconds."""

    nama: str
    batas: int
    jendela: int

    def _kunci(self, nilai: str) -> str:
        sidik = hashlib.sha256(nilai.strip().lower().encode()).hexdigest()[:32]
        return f"pembatas:{self.nama}:{sidik}"

    def habis(self, nilai: str) -> bool:
        """Whether ``nilai`` has used up its hits in the current window."""
        return (cache.get(self._kunci(nilai)) or 0) >= self.batas

    def catat(self, nilai: str) -> None:
        """Count one hit for ``nilai``."""
        kunci = self._kunci(nilai)
        if cache.add(kunci, 1, self.jendela):
            return
        try:
            cache.incr(kunci)
        except ValueError:  # expired between add and incr
            cache.set(kunci, 1, self.jendela)
