#!/bin/sh
# Runs every test: typecheck and unit tests of every package (through turbo), and the check that
# the generated docs and schemas match the code. Installs first when the workspace is not installed.
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
pnpm test
