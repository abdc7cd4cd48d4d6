# Sourced by setup.sh and test.sh: makes Node >= 22 and pnpm available, from the npm registry
# only, inside the project (.tools/), when the system does not have them. Idempotent.
# The caller has already changed into the project root.
root=$(pwd)
# The pnpm this project is developed and tested with (pnpm itself runs on Node >= 18).
PNPM_VERSION=$(sed -n "s/.*\"packageManager\": \"pnpm@\([^\"]*\)\".*/\1/p" package.json)
sys_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
want=""
if [ "$sys_major" -lt 22 ] && [ ! -x .tools/node_modules/.bin/node ]; then want="node@24"; fi
if [ ! -x .tools/node_modules/.bin/pnpm ] || [ "$(.tools/node_modules/.bin/pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
  want="$want pnpm@$PNPM_VERSION"
fi
if [ -n "$want" ]; then
  # Keep what is already there: npm install --no-save replaces the folder's contents otherwise.
  [ -x .tools/node_modules/.bin/node ] && want="$want node@$(.tools/node_modules/.bin/node -p process.versions.node)"
  echo "setup: installing $want into .tools/ (from the npm registry)" >&2
  npm install --prefix .tools --no-save --no-audit --no-fund --loglevel=error $want >&2 || exit 2
fi
PATH="$root/.tools/node_modules/.bin:$PATH"
export PATH
# No telemetry: nothing at build or run time talks to the network.
TURBO_TELEMETRY_DISABLED=1
DO_NOT_TRACK=1
export TURBO_TELEMETRY_DISABLED DO_NOT_TRACK
