"""django-csp's middleware with the policy text built once instead of at every response.

``csp.middleware.CSPMiddleware`` rebuilds both headers from the settings at every response
(``build_policy`` twice, ±0,6 ms CPU), even when nothing about the response changes them: no
nonce was used and no view decorator (``csp_update``/``csp_replace``/``csp_override``/
``csp_exempt``) set a per-response policy. That is every JSON answer of the API and most pages
without inline scripts. Such responses get the same text from a cache that is cleared when a
``CONTENT_SECURITY_POLICY*`` setting changes (tests override them); everything else goes
through django-csp unchanged. Measured in ``make bench-indikator`` (docs/pemeriksa-indikator.md).
"""

from __future__ import annotations

from functools import cache

from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.middleware import CheckableLazyObject
from csp.middleware import CSPMiddleware as _CSPMiddleware
from csp.utils import build_policy
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponseBase

_PER_RESPONS = (
    "_csp_config",
    "_csp_update",
    "_csp_replace",
    "_csp_config_ro",
    "_csp_update_ro",
    "_csp_replace_ro",
    "_csp_exempt",
    "_csp_exempt_ro",
)


@cache
def _kebijakan() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(header, policy text, excluded path prefixes) for each policy the settings define."""
    hasil = []
    for header, nama, report_only in (
        (HEADER, "CONTENT_SECURITY_POLICY", False),
        (HEADER_REPORT_ONLY, "CONTENT_SECURITY_POLICY_REPORT_ONLY", True),
    ):
        teks = build_policy(report_only=report_only)
        if teks:
            awalan = (getattr(settings, nama, None) or {}).get("EXCLUDE_URL_PREFIXES") or ()
            hasil.append((header, teks, tuple(awalan)))
    return tuple(hasil)


@receiver(setting_changed)
def _kosongkan(*, setting: str, **kwargs) -> None:
    if setting.startswith("CONTENT_SECURITY_POLICY") or setting == "DEBUG":
        _kebijakan.cache_clear()


class CSPMiddleware(_CSPMiddleware):
    """Same headers as django-csp's; the text is cached for responses that cannot change it."""

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        if getattr(request, "_csp_nonce", None) is not None or any(
            hasattr(response, nama) for nama in _PER_RESPONS
        ):
            return super().process_response(request, response)
        if response.status_code in (404, 500) and settings.DEBUG:
            return response
        for header, teks, awalan in _kebijakan():
            if header not in response and not request.path_info.startswith(awalan):
                response[header] = teks
        # As django-csp does: a nonce asked for after the header is written is an error.
        request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)
        return response
