"""The cache's keys in tests, whichever backend runs: local memory (the default test settings)
or Redis (the Redis pass of .ci/run, through django-redis)."""

from django.core.cache import cache


def kunci_tembolok(bagian: str) -> list[str]:
    """Keys that contain ``bagian``, as the code names them (without the prefix and version
    Django adds, ``:1:``), so ``cache.get_many`` reads them back."""
    if isinstance(getattr(cache, "_cache", None), dict):
        return [k.split(":", 2)[2] for k in list(cache._cache) if bagian in k]
    return list(cache.keys(f"*{bagian}*"))
