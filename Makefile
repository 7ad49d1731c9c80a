# Digital Campus Leipzig: `make help` lists the targets.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
MANAGE := $(PY) manage.py
CHROMIUM ?= /usr/bin/chromium
# The suite runs in one process per core (pytest-xdist); each builds its own demo database.
TEST_WORKERS ?= $(shell nproc 2>/dev/null || echo 2)

.DEFAULT_GOAL := help
.PHONY: help install install-dev chromium varnish messages compilemessages migrate demo run serve test test-fast test-under-load lint format bench bench-pictures bench-cache bench-finder clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "} {printf "  %-16s %s\n", $$1, $$2}'

$(PY):
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 ($(PYTHON)) is required"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $(VENV)/.installed $@

install: $(VENV)/.installed ## Create the virtualenv and install the requirements

install-dev: $(VENV)/.installed-dev ## Install the requirements for tests and linting

chromium: ## Install Debian's Chromium for the browser tests (when missing)
	@if [ ! -x "$(CHROMIUM)" ]; then \
		echo "Installing chromium with apt-get"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; \
	fi
	@test -x "$(CHROMIUM)" || { echo "Chromium is missing at $(CHROMIUM)"; exit 1; }

messages: install-dev ## Regenerate the message catalogues from the source
	$(MANAGE) makemessages --locale de --locale en --locale de_LS --no-obsolete --no-location --ignore '.venv/*' --ignore 'test-artifacts/*'
	@# makemessages guesses Leichte-Sprache texts from similar ones (fuzzy): a guess is cleared, the entry falls back to German.
	msgattrib --clear-fuzzy --empty locale/de_LS/LC_MESSAGES/django.po -o locale/de_LS/LC_MESSAGES/django.po

compilemessages: install ## Compile the message catalogues
	@command -v msgfmt >/dev/null 2>&1 || { SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq gettext >/dev/null; }
	$(MANAGE) compilemessages --ignore '.venv/*' -v0

migrate: compilemessages ## Apply the database migrations
	$(MANAGE) migrate --no-input -v0

demo: migrate ## Load the demo content (idempotent)
	$(MANAGE) load_demo_content

run: demo ## Install, migrate, load the demo content and serve on http://127.0.0.1:8000/
	$(MANAGE) runserver 127.0.0.1:8000

serve: demo ## Production settings locally: gunicorn behind Varnish on http://127.0.0.1:6081/, Redis (installs both)
	deploy/serve.sh

varnish: ## Install Debian's Varnish (for make serve and the cache tests) when missing
	@command -v varnishd >/dev/null 2>&1 || { SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq varnish >/dev/null; }

test: install-dev chromium varnish compilemessages ## Install what the tests need and run the whole suite (DATABASE_URL selects the database)
	mkdir -p test-artifacts
	$(BIN)/pytest -n $(TEST_WORKERS) $(PYTEST_ARGS)

test-fast: install-dev varnish compilemessages ## Run the suite without the browser tests
	$(BIN)/pytest -n $(TEST_WORKERS) -m "not browser" $(PYTEST_ARGS)

test-under-load: install-dev chromium varnish compilemessages ## The browser tests five times in a row while stress-ng loads every core
	scripts/browser_under_load.sh 5

lint: install-dev ## Check formatting, code and templates, migrations and message catalogues
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/djhtml --check $$(git ls-files '*.html')
	$(MANAGE) makemigrations --check --dry-run -v0 --settings=digitalcampus.settings.test
	$(PY) scripts/check_messages.py

format: install-dev ## Format code and templates
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .
	$(BIN)/djhtml $$(git ls-files '*.html')

bench: install-dev compilemessages ## Run the benchmarks and write bench/results-*.txt
	$(PY) bench/run.py
	$(PY) bench/admin_bench.py
	$(PY) bench/search_bench.py
	$(MAKE) bench-pictures
	$(MAKE) bench-finder
	$(MAKE) bench-cache

bench-pictures: install-dev compilemessages ## The pages with and without their pictures on one commit, writes bench/results-pictures.txt
	$(PY) bench/pictures_bench.py

bench-finder: install-dev compilemessages ## Listing pages and search over 10,000 and 50,000 offers on PostgreSQL, writes bench/results-finder.txt
	$(PY) bench/finder_bench.py

bench-cache: install-dev varnish compilemessages ## HTTP cache benchmark (wrk through Varnish vs gunicorn), writes bench/results-cache.txt
	@command -v wrk >/dev/null 2>&1 || { SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq wrk >/dev/null; }
	$(PY) bench/cache_bench.py

clean: ## Remove the virtualenv, database and test artefacts
	rm -rf $(VENV) db.sqlite3 test-artifacts static_collected .serve
