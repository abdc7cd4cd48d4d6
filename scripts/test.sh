#!/bin/sh
# Runs every test: typecheck and unit tests of every package (through turbo), and the check that
# the generated docs and schemas match the code. Installs first when the workspace is not installed.
set -e
cd "$(dirname -- "$0")/.."
. scripts/env.sh
[ -d node_modules/.pnpm ] || pnpm install --frozen-lockfile
pnpm test
