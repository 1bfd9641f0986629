#!/usr/bin/env bash
# Debian packages the tests need (Chromium for the browser tests, git). Installs them
# only when missing; needs root (as on CI and the development machines), else says why.
set -euo pipefail
need=()
command -v git >/dev/null 2>&1 || need+=(git)
[ -x /usr/bin/chromium ] || need+=(chromium)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "ensure-system-deps: please install: ${need[*]} (apt-get install ${need[*]})" >&2
  exit 1
fi
echo "ensure-system-deps: installing ${need[*]}" >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
