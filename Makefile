# GovSocial: `make run` to start the app with demo data, `make test` to run every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)

.PHONY: install browser servers run test lint bench load queue-scale clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "GovSocial needs Python 3.11 or later; set PYTHON=python3.11")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || { echo "Could not create a virtual environment: on Debian or Ubuntu run 'sudo apt-get install python3-venv'"; exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@rm -f $(VENV)/.installed-*
	@touch $@

ASSETS := govsocial/static/build/app.css

$(ASSETS): package.json package-lock.json govsocial/assets/app.scss govsocial/assets/copy.mjs
	@command -v npm >/dev/null || { echo "GovSocial needs Node.js and npm to build its stylesheet: on Debian or Ubuntu run 'sudo apt-get install nodejs npm'"; exit 1; }
	npm ci --no-audit --no-fund --loglevel=error
	npm run --silent build

install: $(STAMP) $(ASSETS)

# The end-to-end tests drive Debian's Chromium; Playwright never downloads a browser.
CHROMIUM ?= /usr/bin/chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

$(CHROMIUM):
	@command -v apt-get >/dev/null || { echo "The browser tests need Chromium at $(CHROMIUM): install it, or set CHROMIUM=/path/to/chromium"; exit 1; }
	$(SUDO) apt-get install -y --no-install-recommends chromium chromium-driver \
	  || { $(SUDO) apt-get update && $(SUDO) apt-get install -y --no-install-recommends chromium chromium-driver; }

browser: $(CHROMIUM)

# The fault tests (tests/reliability) start their own PostgreSQL and Redis servers, so
# they need the server programs (not running services).
servers:
	@{ ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null; } \
	  && command -v redis-server >/dev/null \
	  || $(SUDO) apt-get install -y --no-install-recommends postgresql redis-server \
	  || { $(SUDO) apt-get update && $(SUDO) apt-get install -y --no-install-recommends postgresql redis-server; }

run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py seed_demo
	$(BIN)/python manage.py rundev

test: install browser servers
	CHROMIUM=$(CHROMIUM) $(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check .

bench: install
	$(BIN)/python bench/engine_speed.py

# Officials and mentors through gunicorn for 60 s, on a private PostgreSQL and Redis.
load: install servers
	$(BIN)/python -m bench.load.run

# The long lists (queue, API queue, my posts) at 100 to 100,000 posts, on the PostgreSQL
# at 127.0.0.1 (BENCH_DATABASE_URL), in a scratch database.
queue-scale: install
	$(BIN)/python bench/queue_scale.py

clean:
	rm -rf $(VENV) var staticfiles node_modules govsocial/static/build .pytest_cache .ruff_cache
