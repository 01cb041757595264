#!/usr/bin/env bash
# The browser tests drive Debian's Chromium. Install it when missing (as root), or say how.
# The hosting tests also run the nginx and Caddy configurations in docs/hosting/ when those servers
# are installed: as root they are installed too (a failure there only skips those tests).
set -euo pipefail
bin="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$bin" ] || missing+=(chromium)
[ -x /usr/sbin/nginx ] || missing+=(nginx-light)
[ -x /usr/bin/caddy ] || missing+=(caddy)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's ${missing[*]} for the browser tests…" >&2
  apt-get update -qq
  if ! [ -x "$bin" ]; then DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; fi
  # Stop the packages' own services from starting on install: the tests start their own.
  made_policy=0
  if ! [ -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && made_policy=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light caddy >/dev/null ||
    echo "nginx/caddy not installed: the hosting tests will be skipped" >&2
  [ "$made_policy" = 1 ] && rm -f /usr/sbin/policy-rc.d
  exit 0
fi
[ -x "$bin" ] && exit 0
echo "Browser tests need Chromium at $bin: run 'sudo apt-get install -y chromium' or set CHROMIUM_PATH." >&2
exit 1
