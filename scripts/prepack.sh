#!/bin/sh
# prepack of every published package (npm pack, pnpm pack, changeset publish): builds it (turbo: a
# cache hit when nothing changed), so a tarball never ships without dist/ or with a stale one,
# whichever client packs it. --only: the package alone, not the workspace packages it depends on,
# because clients pack several packages at once and two builds of one dependency would race on its
# dist/; `pnpm build` (run first by pnpm release and the tarball test) builds those.
set -e
root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1 "$root/node_modules/.bin/turbo" run build --filter="$npm_package_name" --only --output-logs=errors-only --log-prefix=none >&2
