"""factory_boy factories shared by the Django tests."""

from .pengguna import SANDI, PenggunaFactory

__all__ = ["SANDI", "PenggunaFactory"]
