"""Shared fixtures. Django is imported lazily: tests/mesin runs without it (-p no:django)."""

import pytest


@pytest.fixture
def buat_pengguna(db):
    """Factory: a user with the given role groups (names from situs.peran)."""
    from tests.factories import PenggunaFactory

    def _buat(*peran: str, **kwargs):
        return PenggunaFactory(peran=peran, **kwargs)

    return _buat
