#!/usr/bin/env bash
# Installs wrk (the HTTP load generator make bench-web and make bench-muatan drive the site with)
# from Debian when it is missing. Not part of make test. Does nothing when wrk is present.
set -euo pipefail
command -v wrk >/dev/null 2>&1 && exit 0
echo "Memasang paket Debian: wrk"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends wrk
