"""gunicorn settings of the site, for production (``--config config/gunicorn.py``, see
docs/operasi.md) and the benchmarks (bench/gunicorn.conf.py builds on this file).

A worker process holds ±280,000 long-lived objects once Django, Wagtail and the URL
configuration are loaded (modules, models, URL patterns), none of them ever garbage. Python's
cyclic collector walks all of them in each full collection, which a page's allocations trigger
every few hundred requests: a pause for whichever request is running, and at 8 connections for
the requests queued behind it. Measured in one process after three unit-dashboard requests
(demo data, 279,710 objects): a full collection 157–174 ms, 0.0 ms once frozen; over 150
dashboard requests the collector took 0.3–1.4 ms per request on average without freezing and
0.3–0.4 ms with it, the difference being those full collections.

So each worker, once the application is loaded, imports every view through the URL
configuration, collects once and freezes what is left (``gc.freeze``: moved out of the
collector's generations, never walked again). The background worker does the same before its
first task (``situs.memori_pekerja``).
"""

import gc


def post_worker_init(worker) -> None:
    from django.urls import get_resolver

    # Importing the views now puts them in the frozen heap rather than in the first request's.
    get_resolver().url_patterns  # noqa: B018
    gc.collect()
    gc.freeze()
