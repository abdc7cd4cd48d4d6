#!/bin/sh
# Runs every test: typecheck and unit tests of every package (through turbo), the check that the
# generated docs and schemas match the code, the API reports (each package's public surface), and
# the tarball test (the packed packages installed with npm outside the workspace, on Node 20 and 24;
# it needs the npm registry for third-party dependencies; CDS_SKIP_TARBALL=1 skips it, saying so).
# Installs first when the workspace is not installed.
#
# In CI (CI=true, as root, with apt) it also installs Debian's chromium when it is missing, so the
# HTML report is rendered and screenshotted (test-results/); elsewhere that one test skips without it.
set -e
cd "$(dirname -- "$0")/.."
. scripts/env.sh
[ -d node_modules/.pnpm ] || pnpm install --frozen-lockfile
if [ "${CI:-}" = "true" ] && [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "test: installing Debian's chromium for the HTML report test" >&2
  { timeout 600 apt-get update -qq && DEBIAN_FRONTEND=noninteractive timeout 900 apt-get install -y -qq --no-install-recommends chromium; } >/dev/null 2>&1 \
    || echo "test: chromium could not be installed; the HTML rendering test will skip" >&2
fi
log=$(mktemp)
{ rc=0; pnpm test 2>&1 || rc=$?; echo "$rc" > "$log.rc"; } | tee "$log"
status=$(cat "$log.rc")
pnpm --silent api:check || status=1
if [ "${CDS_SKIP_TARBALL:-}" = "1" ]; then
  echo "test: CDS_SKIP_TARBALL=1: the tarball test was skipped" >&2
else
  pnpm --silent test:tarball || status=1
fi
# One closing line over every package's vitest summary ("Tests  12 passed | 1 failed (13)").
sed 's/\x1b\[[0-9;]*m//g' "$log" | awk '/^[^ ]*:? *Tests +[0-9]/ {
  for (i = 1; i <= NF; i++) { if ($i == "passed" || $i ~ /^passed/) p += $(i-1); if ($i == "failed") f += $(i-1) }
} END { printf "tests: %d passed, %d failed\n", p, f }'
rm -f "$log" "$log.rc"
exit "$status"
