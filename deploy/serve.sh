#!/usr/bin/env bash
# `make serve`: the production settings on this machine, laid out as on a server:
#   Varnish (127.0.0.1:$VARNISH_PORT, deploy/varnish/default.vcl) -> gunicorn (127.0.0.1:$APP_PORT)
#   Redis (cache, rate limits) and PostgreSQL when DATABASE_URL points to it, else the SQLite file.
# Installs Varnish and Redis from Debian when missing. Plain HTTP on the loopback only; on a
# server a TLS terminator sits in front of Varnish (README, "Production").
set -euo pipefail
cd "$(dirname "$0")/.."

VARNISH_PORT="${VARNISH_PORT:-6081}"
APP_PORT="${APP_PORT:-8001}"
STATE=".serve"
mkdir -p "$STATE"

SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
need() {  # need <command> <debian package>
    command -v "$1" >/dev/null 2>&1 || {
        echo "Installing $2 with apt-get"
        $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$2" >/dev/null
    }
}
need varnishd varnish
need redis-server redis-server

export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379/0}"
if ! redis-cli -u "$REDIS_URL" ping >/dev/null 2>&1; then
    echo "Starting redis-server"
    redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --dir "$STATE" >/dev/null
fi

[ -s "$STATE/secret_key" ] || .venv/bin/python -c "import secrets; print(secrets.token_urlsafe(50))" >"$STATE/secret_key"
export DJANGO_SETTINGS_MODULE=digitalcampus.settings.production
export SECRET_KEY="$(cat "$STATE/secret_key")"
export ALLOWED_HOSTS="${ALLOWED_HOSTS:-127.0.0.1,localhost}"
export CSRF_TRUSTED_ORIGINS="${CSRF_TRUSTED_ORIGINS:-http://127.0.0.1:$VARNISH_PORT,http://localhost:$VARNISH_PORT}"
export SECURE_SSL_REDIRECT=0            # no TLS on the loopback
export VARNISH_URL="http://127.0.0.1:$VARNISH_PORT"
export TRUSTED_PROXY_COUNT=1            # Varnish appends the client to X-Forwarded-For
export WAGTAILADMIN_BASE_URL="http://127.0.0.1:$VARNISH_PORT"

.venv/bin/python manage.py migrate --no-input -v0
.venv/bin/python manage.py collectstatic --no-input -v0

sed -E "s/\.port = \"[0-9]+\";/.port = \"$APP_PORT\";/" deploy/varnish/default.vcl >"$STATE/default.vcl"
varnishd -F -a "127.0.0.1:$VARNISH_PORT" -f "$PWD/$STATE/default.vcl" -n "$PWD/$STATE/varnish" -s malloc,256m &
VARNISH_PID=$!
trap 'kill $VARNISH_PID 2>/dev/null || true' EXIT INT TERM

echo "Serving http://127.0.0.1:$VARNISH_PORT/ (Varnish) -> gunicorn 127.0.0.1:$APP_PORT; Ctrl-C stops both."
.venv/bin/gunicorn digitalcampus.wsgi --workers "${WEB_CONCURRENCY:-2}" --bind "127.0.0.1:$APP_PORT" \
    --access-logfile - --forwarded-allow-ips 127.0.0.1
