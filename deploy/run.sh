#!/usr/bin/env bash
# `make run`: the development server with DEBUG on, and localstripe beside it for billing.
# Ctrl-C (or SIGTERM) stops both; a localstripe that was already running is left alone.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.venv/bin:$PATH"
# shellcheck source=deploy/localstripe.sh
. deploy/localstripe.sh

HOST="${HOST:-127.0.0.1}"
PORT="${PORT:-8000}"
STRIPE_PORT="${STRIPE_PORT:-8420}"
export DEBUG=true
export SITE_URL="http://$HOST:$PORT"
# The pages and billing_local_setup talk to the localstripe started here, on any port.
export STRIPE_API_BASE="http://127.0.0.1:$STRIPE_PORT"

server_pid=""
stop_started() {
  if [ -n "$server_pid" ]; then
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  localstripe_stop
}
trap stop_started EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mkdir -p var
localstripe_start "$STRIPE_PORT" var/localstripe.log
python manage.py billing_local_setup
echo "Launchpad is starting on http://$HOST:$PORT/ (Ctrl-C to stop)"
# In the background, so that this shell takes SIGTERM at once and passes it on.
python manage.py runserver "$HOST:$PORT" &
server_pid=$!
wait "$server_pid"
