#!/bin/sh
# prepack of every published package (npm pack, pnpm pack, changeset publish): builds it and the
# workspace packages it depends on (turbo: cached when nothing changed), so a tarball never ships
# without dist/ or with a stale one, whichever client packs it.
set -e
root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1 "$root/node_modules/.bin/turbo" run build --filter="$npm_package_name" --output-logs=errors-only --log-prefix=none >&2
