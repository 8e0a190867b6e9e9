"""The client's address, read through the reverse proxies the deployment trusts.

Behind nginx every request reaches gunicorn from 127.0.0.1, so ``REMOTE_ADDR`` alone would put
every visitor under one address (one locked login would lock everybody's, and one API client's
rate limit would be everybody's). ``X-Forwarded-For`` is only believed when the request came
from a proxy listed in ``settings.PROXY_TERPERCAYA`` (addresses or networks, from the
environment variable of the same name): the header is read from the right, skipping our own
proxies, and the first address no trusted proxy owns is the client. Anything a client writes
itself into the header sits further left and is never reached. Without trusted proxies the
header is ignored altogether. Used by django-axes (``AXES_CLIENT_IP_CALLABLE``) and by the API's
rate limit.
"""

from __future__ import annotations

import ipaddress
from functools import lru_cache

from django.conf import settings
from django.http import HttpRequest

Jaringan = ipaddress.IPv4Network | ipaddress.IPv6Network


@lru_cache(maxsize=8)
def _jaringan(daftar: tuple[str, ...]) -> tuple[Jaringan, ...]:
    return tuple(ipaddress.ip_network(item, strict=False) for item in daftar)


def _alamat(teks: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    teks = teks.strip()
    if teks.startswith("[") and "]" in teks:  # "[2001:db8::1]:443"
        teks = teks[1 : teks.index("]")]
    elif teks.count(":") == 1:  # "203.0.113.5:51234"
        teks = teks.split(":", 1)[0]
    try:
        return ipaddress.ip_address(teks)
    except ValueError:
        return None


def alamat_klien(request: HttpRequest) -> str:
    """The client's IP address as text (``REMOTE_ADDR`` when no trusted proxy forwarded it)."""
    langsung = request.META.get("REMOTE_ADDR", "") or ""
    terpercaya = _jaringan(tuple(getattr(settings, "PROXY_TERPERCAYA", ())))
    if not terpercaya:
        return langsung

    def dipercaya(alamat) -> bool:
        return any(alamat in jaringan for jaringan in terpercaya)

    pengirim = _alamat(langsung)
    if pengirim is None or not dipercaya(pengirim):
        return langsung
    diteruskan = request.META.get("HTTP_X_FORWARDED_FOR", "")
    for bagian in reversed(diteruskan.split(",")):
        alamat = _alamat(bagian)
        if alamat is None:
            # Garbage to the right of every trusted hop was written by the client: stop at the
            # last address a trusted proxy vouched for.
            break
        if not dipercaya(alamat):
            return str(alamat)
        pengirim = alamat
    return str(pengirim)
