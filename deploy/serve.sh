#!/usr/bin/env bash
# `make serve`: the production process layout on this machine, for trying it out.
# gunicorn, a Celery worker and Celery beat under honcho (Procfile), on the PostgreSQL and
# Redis named by DATABASE_URL and REDIS_URL, with DEBUG off. docs/deploy.md has the rest.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.venv/bin:$PATH"

: "${DATABASE_URL:?Set DATABASE_URL to a PostgreSQL database, e.g. postgres://postgres@127.0.0.1:5432/launchpad}"
: "${REDIS_URL:?Set REDIS_URL to a Redis database, e.g. redis://127.0.0.1:6379/0}"
case "$DATABASE_URL" in
  postgres://* | postgresql://*) ;;
  *) echo "make serve runs on PostgreSQL: DATABASE_URL must start with postgres://" >&2; exit 1 ;;
esac

export DEBUG=false
export CELERY_BROKER_URL="${CELERY_BROKER_URL:-$REDIS_URL}"
# One machine without TLS: no redirect to HTTPS (browsers keep secure cookies on localhost).
export SECURE_SSL_REDIRECT="${SECURE_SSL_REDIRECT:-false}"
export PORT="${PORT:-8000}"
export SITE_URL="${SITE_URL:-http://127.0.0.1:$PORT}"
STRIPE_PORT="${STRIPE_PORT:-8420}"
if [ -z "${STRIPE_SECRET_KEY:-}" ]; then
  # No Stripe account given: localstripe on loopback stands in, as with `make run`.
  export STRIPE_API_BASE="${STRIPE_API_BASE:-http://127.0.0.1:$STRIPE_PORT}"
fi
VAR_DIR="${LAUNCHPAD_VAR_DIR:-var}"
mkdir -p "$VAR_DIR"
if [ -z "${SECRET_KEY:-}" ]; then
  # Kept across restarts, so sessions survive them; never committed (var/ is ignored).
  if [ ! -s "$VAR_DIR/secret-key" ]; then
    (umask 077 && python -c 'import secrets; print(secrets.token_urlsafe(64))' >"$VAR_DIR/secret-key")
  fi
  SECRET_KEY="$(cat "$VAR_DIR/secret-key")"
  export SECRET_KEY
fi

python manage.py migrate --noinput
python manage.py collectstatic --noinput --verbosity 0
if [ -z "${STRIPE_SECRET_KEY:-}" ]; then
  curl -s -o /dev/null "$STRIPE_API_BASE/v1/customers" -u sk_test_local: || {
    nohup python -m marketplace.billing.localstripe_server --port "$STRIPE_PORT" \
      >"$VAR_DIR/localstripe.log" 2>&1 &
    sleep 2
  }
  python manage.py billing_local_setup
fi
if [ "${SEED_DEMO:-true}" = "true" ]; then
  # Inline (no broker), as `make run` does: the demo is embedded before the servers start.
  CELERY_BROKER_URL= python manage.py seed_demo
fi
echo "Launchpad (production layout) on http://127.0.0.1:$PORT/ - readiness at /readyz. Ctrl-C stops it."
exec honcho start --procfile Procfile --port "$PORT"
