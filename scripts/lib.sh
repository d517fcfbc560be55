# Shared by scripts/start, scripts/test and scripts/benchmark: finding tools, preparing PostgreSQL,
# unpacking and starting Keycloak, and stopping exactly the processes a script started.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
set -a
# shellcheck source=../.env
. "$ROOT/.env"
set +a

CACHE_DIR="${AMM_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/amm-casedesk}"
MAVEN_REPO_URL="${MAVEN_REPO_URL:-https://repo.maven.apache.org/maven2}"
RUN_DIR="$ROOT/.run"
STARTED_PIDS=()

say() { printf '\033[1m[amm]\033[0m %s\n' "$*"; }
warn() { printf '\033[1;33m[amm]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[amm]\033[0m %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo -n "$@"; else return 1; fi
}

# --- Java: a JDK 21 or newer -------------------------------------------------------------
java_major() { "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1; }

find_java() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/*; do
    if [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] && [ "$(java_major "$candidate")" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  done
  die "No JDK 21 or newer found (looked at \$JAVA_HOME and /usr/lib/jvm). Install one, e.g. temurin-21-jdk."
}

# --- Node.js and the web app's packages -------------------------------------------------------
ensure_node_modules() {
  command -v npm >/dev/null || die "npm is missing: install Node.js 20 or newer."
  local stamp="$ROOT/frontend/node_modules/.package-lock.json"
  if [ ! -f "$stamp" ] || [ "$ROOT/frontend/package-lock.json" -nt "$stamp" ]; then
    say "Installing the web app's packages (npm ci)"
    (cd "$ROOT/frontend" && npm ci --no-audit --no-fund) || die "npm ci failed"
  fi
}

# --- Chromium for the end-to-end tests ---------------------------------------------------------
find_chromium() {
  local candidate
  for candidate in "${AMM_CHROMIUM:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
    if [ -n "$candidate" ] && [ -x "$candidate" ] && "$candidate" --version >/dev/null 2>&1; then
      export AMM_CHROMIUM="$candidate"
      return 0
    fi
  done
  return 1
}

ensure_chromium() {
  find_chromium && return 0
  say "Installing Debian's chromium for the browser tests"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null &&
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null ||
    die "Could not install chromium (apt-get install -y chromium); set AMM_CHROMIUM to a Chromium binary."
  find_chromium || die "chromium installed but not runnable"
}

# --- PostgreSQL ------------------------------------------------------------------------------
psql_admin() { PGOPTIONS="--client-min-messages=warning" psql -v ON_ERROR_STOP=1 -qtA -h "$AMM_DB_HOST" -p "$AMM_DB_PORT" -U "${AMM_PG_ADMIN:-postgres}" "$@"; }

ensure_postgres() {
  command -v psql >/dev/null || die "psql is missing: install PostgreSQL 15 (apt-get install postgresql)."
  if ! pg_isready -q -h "$AMM_DB_HOST" -p "$AMM_DB_PORT"; then
    local version
    version="$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n1)"
    [ -n "$version" ] || die "PostgreSQL is not running on $AMM_DB_HOST:$AMM_DB_PORT and no local cluster was found."
    say "Starting PostgreSQL $version"
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start ||
      die "Could not start PostgreSQL: pg_ctlcluster --skip-systemctl-redirect $version main start"
    local i
    for i in $(seq 1 30); do pg_isready -q -h "$AMM_DB_HOST" -p "$AMM_DB_PORT" && break; sleep 1; done
    pg_isready -q -h "$AMM_DB_HOST" -p "$AMM_DB_PORT" || die "PostgreSQL did not become ready"
  fi
  if [ "$(psql_admin -d postgres -c "select 1 from pg_roles where rolname = '$AMM_DB_USER'")" != 1 ]; then
    say "Creating database role $AMM_DB_USER (owner of the schema, runs the migrations)"
    psql_admin -d postgres -c "create role $AMM_DB_USER login createdb password '$AMM_DB_PASSWORD'"
  fi
  if [ "$(psql_admin -d postgres -c "select 1 from pg_roles where rolname = '$AMM_DB_APP_USER'")" != 1 ]; then
    say "Creating database role $AMM_DB_APP_USER (the application: no changes to the audit trail)"
    psql_admin -d postgres -c "create role $AMM_DB_APP_USER login password '$AMM_DB_APP_PASSWORD'"
  fi
}

ensure_database() {
  local name="$1"
  if [ "$(psql_admin -d postgres -c "select 1 from pg_database where datname = '$name'")" != 1 ]; then
    psql_admin -d postgres -c "create database $name owner $AMM_DB_USER"
  fi
}

recreate_database() {
  local name="$1"
  psql_admin -d postgres -c "drop database if exists $name with (force)"
  psql_admin -d postgres -c "create database $name owner $AMM_DB_USER"
}

# --- Keycloak ---------------------------------------------------------------------------------
# Unpacks the official distribution from Maven Central into the cache, one copy per instance name,
# so that the demo system and the test run never share Keycloak's data folder.
keycloak_home() { echo "$CACHE_DIR/keycloak-$AMM_KEYCLOAK_VERSION-$1"; }

ensure_keycloak() {
  local instance="$1" home zip url
  home="$(keycloak_home "$instance")"
  [ -x "$home/bin/kc.sh" ] && return 0
  mkdir -p "$CACHE_DIR"
  zip="$CACHE_DIR/keycloak-quarkus-dist-$AMM_KEYCLOAK_VERSION.zip"
  url="$MAVEN_REPO_URL/org/keycloak/keycloak-quarkus-dist/$AMM_KEYCLOAK_VERSION/keycloak-quarkus-dist-$AMM_KEYCLOAK_VERSION.zip"
  if [ ! -f "$zip" ]; then
    say "Downloading Keycloak $AMM_KEYCLOAK_VERSION from Maven Central (about 160 MB, once)"
    curl -fsSL --retry 3 -o "$zip.part" "$url" || die "Download failed: $url"
    local expected actual
    expected="$(curl -fsSL --retry 3 "$url.sha1" | cut -c1-40)"
    actual="$(sha1sum "$zip.part" | cut -c1-40)"
    [ "$expected" = "$actual" ] || { rm -f "$zip.part"; die "Checksum mismatch for $url"; }
    mv "$zip.part" "$zip"
  fi
  say "Unpacking Keycloak into $home"
  local tmp="$CACHE_DIR/unpack.$$"
  rm -rf "$tmp" && mkdir -p "$tmp"
  unzip -q "$zip" -d "$tmp" || die "Could not unpack $zip"
  rm -rf "$home" && mv "$tmp/keycloak-$AMM_KEYCLOAK_VERSION" "$home" && rm -rf "$tmp"
}

# start_keycloak <instance> <port> <database> <log file>
start_keycloak() {
  local instance="$1" port="$2" database="$3" log="$4" home
  home="$(keycloak_home "$instance")"
  mkdir -p "$home/data/import"
  cp "$ROOT/keycloak/amm-realm.json" "$home/data/import/amm-realm.json"
  start_process "$log" env \
    KC_BOOTSTRAP_ADMIN_USERNAME="$KC_BOOTSTRAP_ADMIN_USERNAME" \
    KC_BOOTSTRAP_ADMIN_PASSWORD="$KC_BOOTSTRAP_ADMIN_PASSWORD" \
    JAVA_OPTS_KC_HEAP="-Xms128m -Xmx768m" \
    AMM_SPA_URL="http://localhost:$AMM_FRONTEND_PORT" \
    AMM_TEST_SPA_URL="http://localhost:$AMM_TEST_FRONTEND_PORT" \
    "$home/bin/kc.sh" start-dev \
    --http-port="$port" \
    --http-management-port="$((port + 1000))" \
    --hostname="http://localhost:$port" \
    --import-realm \
    --db=postgres \
    --db-url="jdbc:postgresql://$AMM_DB_HOST:$AMM_DB_PORT/$database" \
    --db-username="$AMM_DB_USER" \
    --db-password="$AMM_DB_PASSWORD" \
    --health-enabled=true
}

# --- Processes -------------------------------------------------------------------------------
# start_process <log file> <command...>: runs the command in its own process group, remembered for stop_all.
start_process() {
  local log="$1"
  shift
  mkdir -p "$(dirname "$log")"
  setsid "$@" >"$log" 2>&1 </dev/null &
  STARTED_PIDS+=("$!")
  LAST_PID="$!"
}

stop_all() {
  local pid
  for pid in "${STARTED_PIDS[@]}"; do
    kill -TERM -- "-$pid" 2>/dev/null || true
  done
  for pid in "${STARTED_PIDS[@]}"; do
    local i
    for i in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  done
  STARTED_PIDS=()
}

# wait_for_url <url> <seconds> <name> [pid]: waits until the URL answers 2xx/3xx; fails early if pid died.
wait_for_url() {
  local url="$1" seconds="$2" name="$3" pid="${4:-}" i
  for i in $(seq 1 "$seconds"); do
    if curl -fs -o /dev/null "$url"; then return 0; fi
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
      warn "$name stopped while starting"
      return 1
    fi
    sleep 1
  done
  warn "$name did not answer at $url within $seconds s"
  return 1
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

require_free_ports() {
  local port
  for port in "$@"; do
    port_free "$port" || die "Port $port is in use. Stop whatever runs there (an earlier run?) and try again."
  done
}

# --- The web app's production build behind nginx -------------------------------------------------------
ensure_nginx() {
  if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
    say "Installing nginx (Debian's nginx-light)"
    { as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light; } >/dev/null \
      || die "nginx is missing and could not be installed"
  fi
  NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
}

# serve_web <port> <backend url> <keycloak url> <work folder>: frontend/dist with the image's nginx configuration
# (frontend/nginx.conf.template) on 127.0.0.1:<port>, /api forwarded to the backend; waits until it answers.
serve_web() {
  local port="$1" backend="$2" keycloak="$3" work="$4"
  ensure_nginx
  rm -rf "$work" && mkdir -p "$work/logs"
  AMM_BACKEND_URL="$backend" AMM_KEYCLOAK_PUBLIC_URL="$keycloak" AMM_KEYCLOAK_REALM=amm \
    AMM_MAP_TILE_ORIGIN="https://tile.openstreetmap.org" \
    envsubst '${AMM_BACKEND_URL} ${AMM_KEYCLOAK_PUBLIC_URL} ${AMM_KEYCLOAK_REALM} ${AMM_MAP_TILE_ORIGIN}' \
    <"$ROOT/frontend/nginx.conf.template" \
    | sed -e "s|listen 80;|listen 127.0.0.1:$port;|" -e "s|root /usr/share/nginx/html;|root $ROOT/frontend/dist;|" \
    >"$work/site.conf"
  # as root, nginx hands the work to an unprivileged user who may not read a checkout in a private folder
  local worker_user=""
  [ "$(id -u)" = 0 ] && worker_user="user root;"
  cat >"$work/nginx.conf" <<CONF
$worker_user
worker_processes 1;
error_log $work/logs/error.log;
pid $work/nginx.pid;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path $work/body;
  proxy_temp_path $work/proxy;
  fastcgi_temp_path $work/fastcgi;
  uwsgi_temp_path $work/uwsgi;
  scgi_temp_path $work/scgi;
  include $work/site.conf;
}
CONF
  start_process "$work/logs/nginx.out" "$NGINX" -p "$work" -c "$work/nginx.conf" -g 'daemon off;'
  wait_for_url "http://127.0.0.1:$port/" 20 nginx "$LAST_PID"
}
