"""Benchmarks (make bench-web, bench-skala, bench-muatan): the production settings with a fixed
throwaway secret, loopback hosts and plain HTTP on 127.0.0.1 (no TLS proxy in front), plus the
benchmark's floor view and template. Never used to serve real users."""

import os
from pathlib import Path

os.environ.setdefault("DJANGO_SECRET_KEY", "bench-only-not-secret-" + "x" * 40)
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
# Mail is kept in memory: a benchmark never sends to anyone.
os.environ.setdefault("EMAIL_URL", "memorymail://")

from .production import *  # noqa: E402, F403
from .production import BASE_DIR, TEMPLATES  # noqa: E402

ROOT_URLCONF = "bench.urls"
TEMPLATES[0]["DIRS"] = [BASE_DIR / "bench" / "templates", *TEMPLATES[0]["DIRS"]]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "var" / "bench" / "static"))
# Plain HTTP on loopback: the cookies must travel without TLS.
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
SECURE_HSTS_SECONDS = 0
