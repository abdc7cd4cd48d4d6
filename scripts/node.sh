#!/bin/sh
# Runs the Node.js this project needs (>= 22): the one scripts/setup.sh provisioned into .tools/,
# else the system's when it is new enough. Every root script goes through here, so `pnpm cds …`
# works even when pnpm itself was started by an older system Node.
# --conditions=@cdsvn/source: inside the workspace, @cdsvn/* packages resolve to their TypeScript source
# (the "@cdsvn/source" export condition); without it they resolve to dist/, as they do once installed.
root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
if [ -x "$root/.tools/node_modules/.bin/node" ]; then
  exec "$root/.tools/node_modules/.bin/node" --conditions=@cdsvn/source "$@"
fi
major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$major" -lt 22 ]; then
  echo "cds: Node.js >= 22 is needed (found $(node --version 2>/dev/null || echo none)); run: bash scripts/setup.sh" >&2
  exit 2
fi
exec node --conditions=@cdsvn/source "$@"
