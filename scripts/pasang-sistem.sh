#!/usr/bin/env bash
# Installs the Debian packages the project needs and the Python environment cannot bring:
# Chromium and ChromeDriver for the browser tests (Playwright drives /usr/bin/chromium; nothing
# downloads a browser at run time), Node and npm for their axe-core, DejaVu fonts embedded in
# every PDF (penilaian/pdf_resmi.py), poppler-utils to read PDFs in tests and redis-server for
# the Redis pass of .ci/run (cache and sessions as in production).
# Does nothing when all are present.
set -euo pipefail
paket=()
command -v chromium >/dev/null 2>&1 || paket+=(chromium)
command -v chromedriver >/dev/null 2>&1 || paket+=(chromium-driver)
# The faces the PDFs embed (DejaVu Sans and Serif, regular and bold; Sans Mono bold for codes):
# all in fonts-dejavu-core.
for huruf in DejaVuSans DejaVuSans-Bold DejaVuSerif DejaVuSerif-Bold DejaVuSansMono-Bold; do
  if [ ! -e "/usr/share/fonts/truetype/dejavu/$huruf.ttf" ]; then
    paket+=(fonts-dejavu-core)
    break
  fi
done
# pdftotext, pdffonts, pdfimages and pdftoppm: tests read the PDFs the site produces as text,
# check that every font is embedded, and render them as images.
command -v pdftotext >/dev/null 2>&1 || paket+=(poppler-utils)
command -v msgfmt >/dev/null 2>&1 || paket+=(gettext)
# Node and npm: `npm ci` installs axe-core (package-lock.json) for the accessibility checks.
command -v node >/dev/null 2>&1 || paket+=(nodejs)
command -v npm >/dev/null 2>&1 || paket+=(npm)
command -v redis-server >/dev/null 2>&1 || paket+=(redis-server)
[ ${#paket[@]} -eq 0 ] && exit 0
echo "Memasang paket Debian: ${paket[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${paket[@]}"
