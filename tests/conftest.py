"""Shared fixtures. Django is imported lazily: tests/mesin runs without it (-p no:django)."""

import pytest


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
