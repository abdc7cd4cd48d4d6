#!/bin/sh
# One command from a fresh clone: provisions Node >= 22 and pnpm, installs the workspace,
# then runs the main job on the example plan that ships with the project.
set -e
cd "$(dirname -- "$0")/.."
. scripts/env.sh
pnpm install --frozen-lockfile
echo "setup: done. Node $(node --version), pnpm $(pnpm --version). Checking the example plan:" >&2
pnpm --silent cds validate examples/xa-an-phu-2026.txt || [ $? -eq 1 ]
