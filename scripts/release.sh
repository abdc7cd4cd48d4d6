#!/bin/sh
# `pnpm release`: versions and publishes every package with a pending changeset.
#   1. changeset version: bumps versions (the toolchain packages together, each plugin on its own),
#      writes the CHANGELOGs, consumes .changeset/*.md; the lockfile follows.
#   2. the checks a release must pass: typecheck and tests, the API reports, the tarball test.
#   3. a commit "release: …", then changeset publish (pnpm publish per package: each builds on
#      prepack, workspace:* becomes the version, tags are created). Push the commit and tags yourself.
# Needs a clean work tree and an npm login (npm whoami). RELEASE_DRY=1 stops before publishing.
set -e
cd "$(dirname -- "$0")/.."
. scripts/env.sh
if [ -n "$(git status --porcelain)" ]; then echo "release: the work tree is not clean; commit or stash first" >&2; exit 2; fi
if [ -z "$(ls .changeset/*.md 2>/dev/null | grep -v README.md)" ]; then echo "release: no pending changeset: nothing to release" >&2; exit 2; fi
pnpm changeset version
pnpm install --lockfile-only
pnpm build
pnpm test
pnpm api:check
pnpm test:tarball
if [ "${RELEASE_DRY:-}" = "1" ]; then
  echo "release: RELEASE_DRY=1: versioned and checked, not committed or published (git diff shows the bumps)" >&2
  exit 0
fi
git add -A
git commit -m "release: $(node -p 'require("./apps/cli/package.json").version')"
pnpm changeset publish   # each package's prepack: its own build, a turbo cache hit
echo "release: published. Push the commit and the tags: git push --follow-tags" >&2
