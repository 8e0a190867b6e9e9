"""gunicorn settings of the benchmarks (make bench-web, make bench-muatan).

Sync workers, as the production example in docs/operasi.md: one request at a time per
process, so the worker count is the concurrency the server really has. No access log: writing
one line per request would be part of what is measured.
"""

import sys
from pathlib import Path

worker_class = "sync"
timeout = 60
graceful_timeout = 10
accesslog = None
errorlog = "-"
loglevel = "warning"
preload_app = True

# The site's own hooks: each worker freezes its start-up heap, as in production.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from config.gunicorn import post_worker_init  # noqa: E402, F401 (a gunicorn hook)
