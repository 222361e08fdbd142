# Sourced by deploy/serve.sh and deploy/run.sh: localstripe, the stand-in for Stripe on
# loopback, started here unless one already answers on the port, and stopped with the script.
# Only the process started here is stopped: one that was already running is someone else's.

localstripe_pid=""

# localstripe_start PORT LOG
localstripe_start() {
  local base="http://127.0.0.1:$1"
  if curl -s -o /dev/null "$base/v1/customers" -u sk_test_local:; then
    return 0
  fi
  python -m marketplace.billing.localstripe_server --port "$1" >"$2" 2>&1 &
  localstripe_pid=$!
  for _ in $(seq 100); do
    if curl -s -o /dev/null "$base/v1/customers" -u sk_test_local:; then
      return 0
    fi
    if ! kill -0 "$localstripe_pid" 2>/dev/null; then
      echo "localstripe did not start on port $1; see $2" >&2
      localstripe_pid=""
      return 1
    fi
    sleep 0.1
  done
  echo "localstripe did not answer on port $1 within 10 seconds; see $2" >&2
  return 1
}

localstripe_stop() {
  if [ -n "$localstripe_pid" ]; then
    kill "$localstripe_pid" 2>/dev/null || true
    wait "$localstripe_pid" 2>/dev/null || true
    localstripe_pid=""
  fi
}
