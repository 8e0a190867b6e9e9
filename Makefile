# Entry points named in README.md. Everything the project needs is installed from here.
SHELL := /bin/bash
PY := .venv/bin/python
UV := .tools/bin/uv
UV_VERSION := 0.13.9
export UV_PYTHON_DOWNLOADS := never
PYTEST_WORKERS ?= 2
## The pure engine's suite (no database); .ci/run's second pass (PostgreSQL) sets it to tidak.
UJI_MESIN ?= ya

.PHONY: demo test lint format sistem pasang katalog serve bench bench-mesin bench-indikator bench-simulasi bench-web bench-skala bench-skala-pg

## The environment: uv (in .tools) installs the locked dependencies into .venv.
.venv/.terpasang: pyproject.toml uv.lock
	@test -x $(UV) || (python3 -m venv .tools && .tools/bin/pip install --quiet "uv==$(UV_VERSION)")
	$(UV) sync --frozen --python python3 --compile-bytecode
	@touch $@

## axe-core for the browser tests' accessibility checks, from npm by the lock (package-lock.json).
node_modules/.terpasang: package.json package-lock.json
	@command -v npm >/dev/null 2>&1 || bash scripts/pasang-sistem.sh
	npm ci --no-audit --no-fund
	@touch $@

pasang: .venv/.terpasang katalog node_modules/.terpasang

## The project's Indonesian catalogue for the Wagtail/Django admin (locale/, LOCALE_PATHS): the .mo
## files are build output, compiled by Django's compilemessages (GNU gettext's msgfmt) when a .po
## changes. scripts/katalog_admin.py adds the msgids of upgraded packages.
KATALOG_PO := $(wildcard locale/*/LC_MESSAGES/*.po)
KATALOG_MO := $(KATALOG_PO:.po=.mo)
katalog: $(KATALOG_MO)

$(KATALOG_MO) &: $(KATALOG_PO) .venv/.terpasang
	@command -v msgfmt >/dev/null 2>&1 || bash scripts/pasang-sistem.sh
	$(PY) manage.py compilemessages --ignore=.venv --ignore=.tools --ignore=node_modules
	@touch $(KATALOG_MO)

## Debian packages for browser tests and PDF fonts (Chromium, ChromeDriver); only when missing.
sistem:
	@bash scripts/pasang-sistem.sh

## make demo: database, demo content and accounts, then the site at http://127.0.0.1:$(PORT)
## (make demo PORT=8001 when 8000 is taken).
PORT ?= 8000
demo: .venv/.terpasang katalog
	$(PY) manage.py migrate --noinput
	$(PY) manage.py muat_demo --alamat http://127.0.0.1:$(PORT)/
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

serve: .venv/.terpasang katalog
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

lint: .venv/.terpasang
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .
	.venv/bin/lint-imports

format: .venv/.terpasang
	.venv/bin/ruff check --fix .
	.venv/bin/ruff format .

## make test: lint, architecture contracts, migrations, the pure engine without Django at 100 %
## coverage, then the whole suite (unit, integration, browser) on SQLite or on $DATABASE_URL.
test: .venv/.terpasang sistem katalog node_modules/.terpasang lint
	DJANGO_SETTINGS_MODULE=config.settings.test $(PY) manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=config.settings.test $(PY) manage.py check
ifeq ($(UJI_MESIN),ya)
	$(PY) -m pytest -p no:django -p no:cacheprovider tests/mesin -q \
		--cov --cov-branch --cov-report=term-missing:skip-covered --cov-fail-under=100
endif
	$(PY) -m pytest tests --ignore=tests/mesin -q -n $(PYTEST_WORKERS) --dist loadgroup

bench: bench-mesin bench-indikator

## The engine's sources are byte-compiled first, as an installation is (docs/operasi.md): where
## PYTHONDONTWRITEBYTECODE is set, every manage.py nilai would otherwise compile them again.
bench-mesin: .venv/.terpasang
	$(PY) -m compileall -q manage.py penilaian
	$(PY) bench/mesin.py

bench-indikator: .venv/.terpasang
	$(PY) bench/indikator.py

## The worst request the API accepts within its limits: CPU per request (target ≤ 100 ms).
.PHONY: bench-api
bench-api: .venv/.terpasang
	$(PY) bench/api.py

bench-simulasi: .venv/.terpasang
	$(PY) bench/simulasi.py

## Web, scale and load benchmarks (gunicorn on 127.0.0.1 driven by wrk; figures in docs/kinerja.md).
.PHONY: bench-muatan bench-web-redis bench-halaman
bench-web: .venv/.terpasang
	@bash scripts/pasang-bench.sh
	$(PY) bench/web.py

bench-halaman: .venv/.terpasang
	$(PY) bench/halaman.py

bench-web-redis: .venv/.terpasang
	@bash scripts/pasang-bench.sh --redis
	$(PY) bench/web.py --redis

bench-skala: .venv/.terpasang
	$(PY) bench/skala.py

## 100,000 employees on a throwaway PostgreSQL server (installed from Debian when missing).
bench-skala-pg: .venv/.terpasang
	@bash scripts/pasang-bench.sh
	bash scripts/pg-sementara.sh $(PY) bench/skala.py --pegawai 100000 --unit 500 --target-nilai-ulang 120

bench-muatan: .venv/.terpasang
	$(PY) bench/muatan.py

## A notification to N accounts (default 100,000): queued, then drained by db_worker.
.PHONY: bench-notifikasi
bench-notifikasi: .venv/.terpasang
	$(PY) bench/notifikasi.py
