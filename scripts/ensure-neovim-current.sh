#!/usr/bin/env bash
# A current Neovim (0.11 or later: `vim.lsp.config`) for test/editors/neovim.test.ts, which runs
# the README's setup for it. Debian 12 ships 0.7.2, so this takes Debian unstable's neovim
# package and the libraries it needs (its own C library included) with apt, unpacks them into
# one folder without installing anything into the system, and writes a `nvim` there that starts
# the binary through that folder's own loader. Idempotent; the folder is
# $LEERPLAN_NVIM_CURRENT (default /opt/leerplan/neovim-current as root, else
# ~/.cache/leerplan/neovim-current; test/editors/neovim.test.ts looks in the same places).
set -euo pipefail
if [ "$(id -u)" = 0 ]; then default=/opt/leerplan/neovim-current; else default=${XDG_CACHE_HOME:-$HOME/.cache}/leerplan/neovim-current; fi
dir=${LEERPLAN_NVIM_CURRENT:-$default}
if [ -x "$dir/nvim" ] && "$dir/nvim" --headless --clean -c 'lua if vim.lsp.config then vim.cmd("qa!") else vim.cmd("cq") end' >/dev/null 2>&1; then
  exit 0
fi
command -v apt-get >/dev/null 2>&1 || { echo "ensure-neovim-current: needs Debian's apt-get" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/lists/partial" "$work/archives/partial" "$work/etc"
echo 'deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian sid main' > "$work/etc/sources.list"
apt=(-o "Dir::Etc::SourceList=$work/etc/sources.list" -o Dir::Etc::SourceParts=/dev/null
     -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work" -o "Dir::Cache::archives=$work/archives"
     -o Dir::State::Status=/dev/null -o APT::Sandbox::User="$(id -un)" -o Debug::NoLocking=1)
echo "ensure-neovim-current: fetching Debian unstable's neovim into $dir" >&2
apt-get "${apt[@]}" update -qq
# With no installed packages recorded, apt downloads the whole closure of what neovim needs.
apt-get "${apt[@]}" install --download-only -y -qq --no-install-recommends neovim >/dev/null
rm -rf "$dir.new"
mkdir -p "$dir.new/root"
for deb in "$work"/archives/*.deb; do dpkg-deb -x "$deb" "$dir.new/root"; done
cat > "$dir.new/nvim" <<'WRAPPER'
#!/bin/sh
# Debian unstable's Neovim, run with the C library and libraries unpacked beside it.
here=$(dirname "$(readlink -f "$0")")
libs="$here/root/usr/lib/x86_64-linux-gnu:$here/root/lib/x86_64-linux-gnu"
VIMRUNTIME=${VIMRUNTIME:-$here/root/usr/share/nvim/runtime}
export VIMRUNTIME
exec "$here/root/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2" --library-path "$libs" "$here/root/usr/bin/nvim" "$@"
WRAPPER
chmod 755 "$dir.new/nvim"
rm -rf "$dir"
mv "$dir.new" "$dir"
"$dir/nvim" --version | head -1 >&2
