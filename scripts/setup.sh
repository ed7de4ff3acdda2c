#!/usr/bin/env bash
# Set up a virtual environment in .venv with geo installed.
#   bash scripts/setup.sh           # what building maps needs
#   bash scripts/setup.sh --test    # plus the test tools, and from Debian: Chromium (browser tests),
#                                   # gdal-bin (ogrinfo opens the exports), libxml2-utils (xmllint)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
if [ "${1:-}" = "--test" ]; then
  .venv/bin/python -m pip install --quiet -e '.[test]'
  NEED=()
  [ -x /usr/bin/chromium ] || NEED+=(chromium)
  command -v ogrinfo >/dev/null || NEED+=(gdal-bin)
  command -v xmllint >/dev/null || NEED+=(libxml2-utils)
  if [ ${#NEED[@]} -gt 0 ]; then
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${NEED[@]}" >/dev/null
  fi
else
  .venv/bin/python -m pip install --quiet -e .
fi
