"""Settings shared by every environment.

Configuration that differs between machines comes from the environment:
``DATABASE_URL`` (PostgreSQL; SQLite when absent), ``REDIS_URL`` (cache and sessions;
local memory cache when absent), ``DJANGO_SECRET_KEY`` and ``ALLOWED_HOSTS``.
"""

import os
from pathlib import Path

import dj_database_url
import environ
from csp.constants import NONE, SELF

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("VAR_DIR", BASE_DIR / "var"))


def env_list(name: str, default: str = "") -> list[str]:
    """A comma-separated environment variable as a list, empty items dropped."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")

INSTALLED_APPS = [
    # the project's apps, top layer first (see docs/arsitektur.md)
    "situs",
    "sosialisasi",
    "kursus",
    "simulasi",
    "penilaian",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Django and well-kept packages
    "django_tasks_db",
    # django-ninja as an app: /api/dokumentasi renders Swagger UI from the package's own static
    # files instead of a CDN the site's CSP would block.
    "ninja",
    "axes",
    "csp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # the reviewer's message after approving from the dashboard's modal (kursus/moderasi.py)
    "kursus.moderasi.PesanPersetujuanMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # django-csp's, with the policy text cached (config/csp.py)
    "config.csp.CSPMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # last, as django-axes asks
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
                "situs.context_processors.navigasi",
                "situs.context_processors.notifikasi",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers and one writer work at once; IMMEDIATE takes the write lock at the start of a
    # transaction so concurrent writers queue instead of failing with "database is locked".
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;",
        "transaction_mode": "IMMEDIATE",
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient"},
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cache"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    # Sessions in the database only. The local memory cache belongs to one process: with
    # several gunicorn workers, "cached_db" would let a worker answer from its own stale copy
    # of a session another worker has just changed (make bench-muatan lost simulator drafts
    # that way). Tests run in one process and may use cached_db (config/settings/test.py).
    SESSION_ENGINE = "django.contrib.sessions.backends.db"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/"

# Login throttling: five failures for the same username from the same address lock that
# combination for 30 minutes; a lockout never locks other users out of a shared office address.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 0.5  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/terkunci.html"
# The address is the client's, not the reverse proxy's: X-Forwarded-For is believed only from
# the proxies listed here (IP addresses or networks, comma-separated; nginx on the same machine
# is "127.0.0.1,::1"). Empty: the header is ignored and REMOTE_ADDR is the client (docs/operasi.md).
PROXY_TERPERCAYA = env_list("PROXY_TERPERCAYA")
AXES_CLIENT_IP_CALLABLE = "config.klien.alamat_klien"
# API requests per client address ("jumlah/s|m|h|d"); the worst accepted request costs under
# 100 ms CPU (make bench-api), so 60 a minute is at most a tenth of one core per client.
API_LAJU = os.environ.get("API_LAJU", "60/m") or None

# Language and time: Bahasa Indonesia everywhere. "id-id" makes gettext look for Wagtail's
# id_ID catalogue first and fall back to Django's "id" catalogue.
LANGUAGE_CODE = "id-id"
LANGUAGES = [("id-id", "Bahasa Indonesia")]
WAGTAILADMIN_PERMITTED_LANGUAGES = [("id-id", "Bahasa Indonesia")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Jakarta"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"
# Evidence files (bukti dukung) and generated documents: outside the web root, served only by
# views that check who may see them.
PRIVATE_MEDIA_ROOT = VAR_DIR / "privat"
# The TrueType fonts embedded in every PDF (penilaian.pdf_resmi): Debian's fonts-dejavu-core.
PDF_FOLDER_HURUF = Path(os.environ.get("PDF_FOLDER_HURUF", "/usr/share/fonts/truetype/dejavu"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_MEMORY_SIZE = 12 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024

# Outgoing email from one URL (django-environ's EMAIL_URL syntax): smtp+tls://user:pass@host:587,
# smtps://…:465, consolemail://, filemail:///path. Without it, mail is written to the console
# (development) and nothing leaves the machine. Mail is sent by a background task from the
# situs.SurelKeluar outbox (situs/surel.py), never inside a request.
if os.environ.get("EMAIL_URL"):
    globals().update(environ.Env.email_url_config(os.environ["EMAIL_URL"]))
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Kinerja ASN Cipocok Jaya <noreply@localhost>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_TIMEOUT = 20
#: Sending attempts of one email before it is left as failed for the administrator to see.
SUREL_MAKS_PERCOBAAN = 5

# Background tasks through Django's tasks interface (the django-tasks backport Wagtail uses).
# TASKS_BACKEND=database queues them in the database for a separate worker process
# (``manage.py db_worker``, see docs/operasi.md); otherwise they run at once, in the request.
if os.environ.get("TASKS_BACKEND", "") == "database":
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
else:
    TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Wagtail
WAGTAIL_SITE_NAME = "Kinerja ASN Cipocok Jaya"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # PostgreSQL full-text search (modelsearch's backend, which Wagtail 8 uses), with the
    # Indonesian stemmer and stop words PostgreSQL ships ("indonesian" text search config).
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "modelsearch.backends.database.postgres.postgres",
            "SEARCH_CONFIG": "indonesian",
        }
    }
else:
    # SQLite FTS5 where available (the database backend picks it), else a plain LIKE search.
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "csv", "txt"]
WAGTAIL_I18N_ENABLED = False
# No Gravatar: the site's CSP allows no third-party images (the avatars were broken images) and
# appraisal staff's email hashes should not go to a third party; Wagtail draws its own default.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# Content Security Policy for the public site. The Wagtail admin keeps its own inline scripts,
# so it is excluded here and protected by login, CSRF and X-Frame-Options instead.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF, "https://www.youtube-nocookie.com", "https://www.youtube.com"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    },
}

X_FRAME_OPTIONS = "SAMEORIGIN"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
