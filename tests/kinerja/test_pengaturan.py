"""Settings that matter once the site runs in several processes."""

from config.settings import base


def test_sesi_tidak_dibaca_dari_cache_milik_satu_proses():
    """Without Redis the cache is local to each gunicorn worker, so sessions must not be read
    through it: a worker would serve its own stale copy of a session another worker changed."""
    if "locmem" in base.CACHES["default"]["BACKEND"]:
        assert base.SESSION_ENGINE == "django.contrib.sessions.backends.db"
    else:
        assert "redis" in base.CACHES["default"]["BACKEND"].lower()


def test_pencarian_memilih_backend_menurut_basis_data():
    backend = base.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"]
    if base.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
        assert backend == "modelsearch.backends.database.postgres.postgres"
    else:
        assert backend == "wagtail.search.backends.database"
