#!/usr/bin/env bash
# Installs wrk (the HTTP load generator make bench-web and make bench-muatan drive the site with)
# from Debian when it is missing, and with --redis also redis-server (make bench-web-redis).
# Not part of make test. Does nothing when they are present.
set -euo pipefail
paket=()
command -v wrk >/dev/null 2>&1 || paket+=(wrk)
[ "${1:-}" != "--redis" ] || command -v redis-server >/dev/null 2>&1 || paket+=(redis-server)
[ "${#paket[@]}" -gt 0 ] || exit 0
echo "Memasang paket Debian: ${paket[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${paket[@]}"
