# Two commands matter: `make run` (the product with demo data) and `make test` (the whole suite).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
VENDOR := frontend/static/vendor

# Local overrides (see .env.example); never committed.
ifneq (,$(wildcard .env))
include .env
export
endif

.PHONY: run serve test install assets chromium lint format migrate seed check-deploy clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@

install: $(VENV)/.installed

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund

$(VENDOR)/.copied: node_modules/.package-lock.json
	mkdir -p $(VENDOR)/pico $(VENDOR)/htmx
	cp node_modules/@picocss/pico/css/pico.min.css $(VENDOR)/pico/
	cp node_modules/htmx.org/dist/htmx.min.js $(VENDOR)/htmx/
	touch $@

assets: $(VENDOR)/.copied

migrate: install
	DEBUG=true $(BIN)/python manage.py migrate --noinput

seed: migrate
	DEBUG=true $(BIN)/python manage.py seed_demo

STRIPE_PORT ?= 8420

# runserver with localstripe beside it on loopback (STRIPE_PORT), so fees and memberships
# work offline; Ctrl-C stops both (deploy/run.sh).
run: install assets seed
	HOST=$(HOST) PORT=$(PORT) STRIPE_PORT=$(STRIPE_PORT) ./deploy/run.sh

# The production layout on this machine: gunicorn, Celery worker and beat (Procfile, honcho)
# on the PostgreSQL and Redis in DATABASE_URL and REDIS_URL. See docs/deploy.md.
serve: install assets
	./deploy/serve.sh

# Browser tests drive Debian's Chromium; sudo only where we are not already root.
chromium:
	@command -v chromium >/dev/null || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium; }

test: install assets chromium
	$(BIN)/pytest

# docs/screenshots/: the real product on a throwaway demo database, photographed by Chromium.
screenshots: install assets chromium
	DEBUG=true $(BIN)/python manage.py take_screenshots

# Layers (import-linter contracts in pyproject.toml) and types (mypy over the matcher and every
# service and selector) are part of lint, and so of CI.
lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	DEBUG=true $(BIN)/mypy

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf $(VENV) node_modules $(VENDOR) var
