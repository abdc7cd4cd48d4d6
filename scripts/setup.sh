#!/bin/sh
# One command from a fresh clone: provisions Node >= 22 and pnpm, installs the workspace, puts a `cds`
# command in .tools/bin (usable from any folder once that folder is on PATH), then shows what the
# toolkit does on the demo plan that ships with the project (a fictional commune with planted defects).
set -e
cd "$(dirname -- "$0")/.."
. scripts/env.sh
pnpm install --frozen-lockfile
mkdir -p .tools/bin
cat > .tools/bin/cds <<SH
#!/bin/sh
# Made by scripts/setup.sh: runs this checkout's cds from any folder (paths stay relative to where you are).
exec sh "$root/scripts/node.sh" --disable-warning=ExperimentalWarning "$root/apps/cli/src/bin.ts" "\$@"
SH
chmod +x .tools/bin/cds
echo "setup: done. Node $(node --version), pnpm $(pnpm --version)." >&2
echo "setup: for this shell: export PATH=\"$root/.tools/bin:$root/.tools/node_modules/.bin:\$PATH\"; then: cds --help" >&2
echo "setup: the demo plan (a fictional commune with planted defects), as a reviewer sees it:" >&2
.tools/bin/cds validate examples/demo/xa-tan-loc-ha-2026.txt || [ $? -eq 1 ]
