"""Counters in the cache that throttle the account pages (activation, password reset).

django-axes throttles logins only (it hooks into ``authenticate``); activation codes and reset
requests never authenticate, so they are counted here, in the shared cache (Redis in
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


#: Failed activation attempts: per client address and per NIP typed (existing or not).
AKTIVASI_PER_IP = Pembatas("aktivasi-ip", batas=20, jendela=15 * 60)
AKTIVASI_PER_NIP = Pembatas("aktivasi-nip", batas=5, jendela=15 * 60)
#: Password reset requests: per client address and per address or NIP typed.
RESET_PER_IP = Pembatas("reset-ip", batas=10, jendela=60 * 60)
RESET_PER_ALAMAT = Pembatas("reset-alamat", batas=3, jendela=60 * 60)
