#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL server: installs Debian's postgresql when missing,
# starts a private cluster on 127.0.0.1 (free port, data in a temporary folder, durability off:
# tests and benchmarks only), exports DATABASE_URL, runs the command, and always stops the server
# and removes its data. Usage: scripts/pg-sementara.sh make bench-skala
set -euo pipefail
[ $# -gt 0 ] || { echo "pemakaian: $0 PERINTAH [ARG...]" >&2; exit 2; }

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/postgres" ]; then
    echo "Memasang PostgreSQL dari Debian"
    export DEBIAN_FRONTEND=noninteractive
    sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends postgresql
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

pg_dir=$(mktemp -d)
pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
sebagai=()
if [ "$(id -u)" -eq 0 ]; then
    # PostgreSQL refuses to run as root: run it as the postgres user the package created.
    id postgres >/dev/null 2>&1 || useradd --system --home-dir "$pg_dir" postgres
    chown postgres "$pg_dir"
    sebagai=(runuser -u postgres --)
fi
berhenti() {
    "${sebagai[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
}
trap berhenti EXIT

"${sebagai[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${sebagai[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
    -o "-h 127.0.0.1 -p $pg_port -k $pg_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
"$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -v ON_ERROR_STOP=1 -qc "CREATE ROLE kinerja LOGIN SUPERUSER PASSWORD 'kinerja'"
"$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -v ON_ERROR_STOP=1 -qc "CREATE DATABASE kinerja OWNER kinerja"

export DATABASE_URL="postgres://kinerja:kinerja@127.0.0.1:$pg_port/kinerja"
"$@"
