#!/usr/bin/env bash
# The browser tests drive Debian's Chromium. Install it when missing (as root), or say how.
set -euo pipefail
bin="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$bin" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests…" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Browser tests need Chromium at $bin: run 'sudo apt-get install -y chromium' or set CHROMIUM_PATH." >&2
exit 1
