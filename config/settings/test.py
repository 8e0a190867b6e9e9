"""Tests: fast password hashing, local memory cache, immediate tasks, no login lockout noise."""

import os

from .base import *  # noqa: F403
from .base import BASE_DIR

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
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
