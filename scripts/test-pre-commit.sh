#!/usr/bin/env bash
# The hooks of .pre-commit-hooks.yaml with the real pre-commit framework (Debian's
# `pre-commit`), as a user's repository uses them: pre-commit clones this repository at
# its current commit, installs it as a node package (npm install, npm pack, npm install
# -g), and runs `leerplan check` and `leerplan fmt --check` on the user's files. A clean
# copy of the example school must pass; a broken plan and an unformatted one must fail,
# named. Run by .ci/run; needs the npm registry (pre-commit's npm install).
# Usage: bash scripts/test-pre-commit.sh
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
command -v pre-commit >/dev/null || { echo "test-pre-commit: pre-commit is not installed (scripts/ensure-system-deps.sh)" >&2; exit 1; }
rev="$(git -C "$repo" rev-parse HEAD)"
work="$(mktemp -d "${TMPDIR:-/tmp}/leerplan-pre-commit.XXXXXX")"
trap 'rm -rf "$work"' EXIT
# The user's own Node 24 (this project's `node` devDependency) first on PATH; a fresh
# pre-commit cache, so the hooks are really installed.
export PATH="$repo/node_modules/node/bin:$PATH"
export PRE_COMMIT_HOME="$work/cache"
export PRE_COMMIT_COLOR=never
failures=0
fail() { echo "FAIL $*" >&2; failures=$((failures + 1)); }

user="$work/school"
cp -r "$repo/examples" "$user"
cd "$user"
git init -q
git config user.email ci@example.org
git config user.name CI
cat > .pre-commit-config.yaml <<EOF
repos:
  - repo: $repo
    rev: $rev
    hooks:
      - id: leerplan-check
      - id: leerplan-fmt
EOF
git add -A
git commit -q -m "the school" --no-verify

echo "test-pre-commit: pre-commit $(pre-commit --version | cut -d' ' -f2), node $(node --version), hooks from $repo at ${rev:0:12}"
# Runs the hooks on every file; sets $out and $status, and shows both.
run_hooks() {
  set +e
  out="$(pre-commit run --all-files 2>&1)"
  status=$?
  set -e
  echo "--- pre-commit run --all-files $1 (exit $status):"
  echo "$out"
}

run_hooks "on the clean example school"
clean="$out"
[ "$status" -eq 0 ] || fail "pre-commit run --all-files on a clean workspace exited $status"
grep -Eq '^leerplan check\.+Passed$' <<<"$clean" || fail "leerplan check did not pass on a clean workspace"
grep -Eq '^leerplan fmt --check\.+Passed$' <<<"$clean" || fail "leerplan fmt --check did not pass on a clean workspace"

# Break it: a plan whose coach does not exist, and a plan that is not formatted.
sed -i 's/^    coach lisa$/    coach nobody/' plans/daan-2026.pop
sed -i 's/^    coach /        coach   /' plans/sanne-2026.pop
git add -A
run_hooks "after breaking plans/daan-2026.pop and unformatting plans/sanne-2026.pop"
broken="$out"
[ "$status" -eq 1 ] || fail "pre-commit run --all-files on a broken workspace exited $status, not 1"
grep -Eq '^leerplan check\.+Failed$' <<<"$broken" || fail "leerplan check did not fail on the broken plan"
grep -Eq "^plans/daan-2026.pop:4:11 +error +link-error +Unknown person 'nobody'" <<<"$broken" || fail "leerplan check did not name the problem (plans/daan-2026.pop:4:11 link-error)"
grep -Eq '^leerplan fmt --check\.+Failed$' <<<"$broken" || fail "leerplan fmt --check did not fail on the unformatted plan"
grep -Eq '^plans/sanne-2026.pop$' <<<"$broken" || fail "leerplan fmt --check did not name plans/sanne-2026.pop"

if [ "$failures" -ne 0 ]; then
  echo "test-pre-commit: $failures failed" >&2
  exit 1
fi
echo "test-pre-commit: 0 failed: the hooks pass a clean workspace and fail a broken one, naming the problems"
