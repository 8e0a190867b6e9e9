"""Tests: fast password hashing, local memory cache (Redis when ``REDIS_URL`` is set: the Redis
pass of .ci/run), immediate tasks, no login lockout noise."""

import os

from .base import *  # noqa: F403
from .base import BASE_DIR

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
if REDIS_URL:  # noqa: F405 (from base)
    # The Redis pass of .ci/run: cache and sessions in Redis, as in production. Each xdist
    # worker uses its own Redis database number, because the suite clears the cache before
    # every test (tests/conftest.py) and a shared database would be cleared under the other.
    _nomor_db = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw") or 0)
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": f"{REDIS_URL.rstrip('/')}/{_nomor_db}",  # noqa: F405
            "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient"},
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cache"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Each test process writes its files under its own folder.
VAR_DIR = BASE_DIR / "var" / "test" / os.environ.get("PYTEST_XDIST_WORKER", "main")
MEDIA_ROOT = VAR_DIR / "media"
PRIVATE_MEDIA_ROOT = VAR_DIR / "privat"
WAGTAILADMIN_BASE_URL = "http://testserver"
AUTHENTICATION_BACKENDS = [
    "situs.auth.AxesTanpaRequestBackend",
    "django.contrib.auth.backends.ModelBackend",
]
WHITENOISE_AUTOREFRESH = True
