#!/usr/bin/env bash
# Debian packages the tests need: git; Chromium for the browser tests; Neovim (Debian's
# 0.7.2) for the editor test; pre-commit (with nodeenv, which its node hooks use) for
# scripts/test-pre-commit.sh; python3 (tomllib) for the Helix entry's test; and a current
# Neovim (0.11 or later) beside Debian's, from Debian unstable, unpacked into its own folder
# (scripts/ensure-neovim-current.sh). Installs them only when missing; needs root (as on CI
# and the development machines), else says why.
set -euo pipefail
need=()
command -v git >/dev/null 2>&1 || need+=(git)
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/nvim ] || need+=(neovim)
[ -x /usr/bin/pre-commit ] || need+=(pre-commit)
[ -x /usr/bin/nodeenv ] || need+=(nodeenv)
command -v python3 >/dev/null 2>&1 || need+=(python3)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "ensure-system-deps: please install: ${need[*]} (apt-get install ${need[*]})" >&2
    exit 1
  fi
  echo "ensure-system-deps: installing ${need[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
# Without it only the current-Neovim test fails (naming this script), not every test.
bash "$(dirname "$0")/ensure-neovim-current.sh" || echo "ensure-system-deps: no current Neovim (see above): test/editors/neovim.test.ts will say so" >&2
