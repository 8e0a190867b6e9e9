"""Shared fixtures. Django is imported lazily: tests/mesin runs without it (-p no:django)."""

import os

import pytest
from hypothesis import settings as hypothesis_settings

# Property tests and fuzzers run the same examples on every run (``derandomize``), so a run of
# ``make test`` or CI is reproducible and never red by chance; a new example is found by
# exploring on purpose: ``HYPOTHESIS_PROFILE=jelajah make test`` (random, with the local example
# database), and what it finds becomes a fixed test.
hypothesis_settings.register_profile("tetap", derandomize=True, print_blob=True)
hypothesis_settings.register_profile("jelajah", derandomize=False, print_blob=True)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "tetap"))


@pytest.fixture
def buat_pengguna(db):
    """Factory: a user with the given role groups (names from situs.peran)."""
    from tests.factories import PenggunaFactory

    def _buat(*peran: str, **kwargs):
        return PenggunaFactory(peran=peran, **kwargs)

    return _buat


@pytest.fixture(autouse=True)
def _cache_kosong():
    """Every test starts with an empty cache: the database is rolled back after each test but
    the local-memory cache is not, and the test transaction never commits, so the content
    version (kursus.kerangka) does not move between tests that build different courses."""
    from django.conf import settings

    if settings.configured:
        from django.core.cache import cache

        cache.clear()


@pytest.fixture
def pelayan_smtp(settings):
    """A real SMTP server (aiosmtpd) on a free local port, with Django's SMTP backend pointed at
    it: mail goes over a socket as in production, not into the locmem outbox. Yields the list
    of received messages (``email.message.EmailMessage``)."""
    import socket
    from email import message_from_bytes, policy

    from aiosmtpd.controller import Controller

    diterima = []

    class Penampung:
        async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook
            diterima.append(message_from_bytes(envelope.content, policy=policy.default))
            return "250 OK"

    with socket.socket() as s:  # a free port (aiosmtpd's readiness probe needs a real one)
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    kendali = Controller(Penampung(), hostname="127.0.0.1", port=port)
    kendali.start()
    try:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = port
        settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
        settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
        yield diterima
    finally:
        kendali.stop()
