#!/usr/bin/env bash
# `make serve`: the production process layout on this machine, for trying it out.
# gunicorn, a Celery worker and Celery beat under honcho (Procfile), on the PostgreSQL and
# Redis named by DATABASE_URL and REDIS_URL, with DEBUG off. docs/deploy.md has the rest.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.venv/bin:$PATH"
# shellcheck source=deploy/localstripe.sh
. deploy/localstripe.sh

: "${DATABASE_URL:?Set DATABASE_URL to a PostgreSQL database, e.g. postgres://postgres@127.0.0.1:5432/launchpad}"
: "${REDIS_URL:?Set REDIS_URL to a Redis database, e.g. redis://127.0.0.1:6379/0}"
case "$DATABASE_URL" in
  postgres://* | postgresql://*) ;;
  *) echo "make serve runs on PostgreSQL: DATABASE_URL must start with postgres://" >&2; exit 1 ;;
esac

export DEBUG=false
export CELERY_BROKER_URL="${CELERY_BROKER_URL:-$REDIS_URL}"
# One machine without TLS: no redirect to HTTPS.
export SECURE_SSL_REDIRECT="${SECURE_SSL_REDIRECT:-false}"
export PORT="${PORT:-8000}"
export SITE_URL="${SITE_URL:-http://127.0.0.1:$PORT}"
case "$SITE_URL" in
  http://127.0.0.1 | http://127.0.0.1[:/]* | http://localhost | http://localhost[:/]* | http://\[::1\]*)
    # Plain HTTP on loopback stands in for TLS here. Browsers would return Secure cookies to
    # 127.0.0.1, but scripted clients (curl, requests) would not, and their every POST
    # would fail CSRF. A SITE_URL anywhere else keeps them Secure, as production does.
    export SECURE_COOKIES="${SECURE_COOKIES:-false}"
    ;;
esac
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

# Whatever ends this script (Ctrl-C, SIGTERM, honcho stopping, a failed step) stops what it
# started: honcho (which stops its processes) and localstripe, if it was started here.
honcho_pid=""
stop_started() {
  if [ -n "$honcho_pid" ]; then
    kill -TERM "$honcho_pid" 2>/dev/null || true
    wait "$honcho_pid" 2>/dev/null || true
  fi
  localstripe_stop
}
trap stop_started EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [ -z "${STRIPE_SECRET_KEY:-}" ]; then
  localstripe_start "$STRIPE_PORT" "$VAR_DIR/localstripe.log"
  python manage.py billing_local_setup
fi
# Off unless asked for: the demo's staff account has a published password and TOTP secret.
# seed_demo itself refuses with DEBUG off unless SITE_URL and ALLOWED_HOSTS are loopback only.
if [ "${SEED_DEMO:-false}" = "true" ]; then
  # Inline (no broker), as `make run` does: the demo is embedded before the servers start.
  CELERY_BROKER_URL= python manage.py seed_demo
fi
if [ "$(id -u)" = 0 ]; then
  # True, and left visible: a real deploy runs every process as its own user (docs/deploy.md).
  echo "Running as root: Celery will warn about superuser privileges. Run make serve as an" \
    "ordinary user to avoid it; deploy/systemd runs each process as the launchpad user." >&2
fi
echo "Launchpad (production layout) on http://127.0.0.1:$PORT/ - readiness at /readyz. Ctrl-C stops it."
# In the background, so that this shell takes SIGTERM at once (and passes it on) rather than
# after honcho has exited; honcho handles Ctrl-C and SIGTERM itself.
honcho start --procfile Procfile --port "$PORT" &
honcho_pid=$!
wait "$honcho_pid"
