"""gunicorn settings of the benchmarks (make bench-web, make bench-muatan).

Sync workers, as the production example in docs/operasi.md: one request at a time per
process, so the worker count is the concurrency the server really has. No access log: writing
one line per request would be part of what is measured.
"""

worker_class = "sync"
timeout = 60
graceful_timeout = 10
accesslog = None
errorlog = "-"
loglevel = "warning"
preload_app = True
