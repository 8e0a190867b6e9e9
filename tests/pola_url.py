"""Every URL pattern of the project as (route, name), for the tests that must cover them all
(the access matrices, the accessibility walk)."""

from django.urls import URLPattern, URLResolver


def semua_pola(patterns, awalan: str = "", namespace: str | None = None):
    """(route, name) of every pattern under ``patterns``, names with their namespaces
    (``""`` for an unnamed pattern)."""
    for p in patterns:
        if isinstance(p, URLResolver):
            ns = namespace
            if p.namespace:
                ns = f"{namespace}:{p.namespace}" if namespace else p.namespace
            yield from semua_pola(p.url_patterns, awalan + str(p.pattern), ns)
        elif isinstance(p, URLPattern):
            nama = f"{namespace}:{p.name}" if namespace and p.name else (p.name or "")
            yield awalan + str(p.pattern), nama
