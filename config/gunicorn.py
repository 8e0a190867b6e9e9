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

So each worker, once the application is loaded and before it accepts a request, imports every
view through the URL configuration and what drawing charts needs (``penilaian.grafik.siapkan``:
otherwise the first chart a worker draws waits ±1.3 s for matplotlib, which make bench-skala-pg
saw as a c=1 p95 of 767 ms on a page whose p50 was 36 ms), collects once and freezes what is
left (``gc.freeze``: moved out of the collector's generations, never walked again). The
background worker freezes its heap the same way before its first task
(``situs.memori_pekerja``).
"""

import gc


def post_worker_init(worker) -> None:
    from django.urls import get_resolver

    from penilaian import grafik

    # Imported now, they are in the frozen heap rather than in the first requests' time.
    get_resolver().url_patterns  # noqa: B018
    grafik.siapkan()
    gc.collect()
    gc.freeze()
