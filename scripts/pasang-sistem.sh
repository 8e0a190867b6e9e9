#!/usr/bin/env bash
# Installs the Debian packages the project needs and the Python environment cannot bring:
# Chromium and ChromeDriver for the browser tests (Playwright drives /usr/bin/chromium; nothing
# downloads a browser at run time), DejaVu fonts for PDFs, poppler-utils to read PDFs in tests and
# redis-server for the Redis pass of .ci/run (cache and sessions as in production).
# Does nothing when all are present.
set -euo pipefail
paket=()
command -v chromium >/dev/null 2>&1 || paket+=(chromium)
command -v chromedriver >/dev/null 2>&1 || paket+=(chromium-driver)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || paket+=(fonts-dejavu-core)
# pdftotext and pdftoppm: tests read the PDFs the site produces as text and as images.
command -v pdftotext >/dev/null 2>&1 || paket+=(poppler-utils)
command -v msgfmt >/dev/null 2>&1 || paket+=(gettext)
command -v redis-server >/dev/null 2>&1 || paket+=(redis-server)
[ ${#paket[@]} -eq 0 ] && exit 0
echo "Memasang paket Debian: ${paket[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${paket[@]}"
