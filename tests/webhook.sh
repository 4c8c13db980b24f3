#!/usr/bin/env bash
# tests/webhook.sh — examples/webhook's test, with the `zaslon` package installed as a user
# installs it: `npm pack ./wasm`, then `npm install <tarball>` into a temp copy of the example
# (offline, its own npm cache: the tarball has no dependencies). Usage: tests/webhook.sh
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
T=$(mktemp -d /tmp/zaslon-webhook.XXXXXX)
trap 'rm -rf "$T"' EXIT
export npm_config_cache="$T/npm-cache" npm_config_offline=true npm_config_audit=false \
  npm_config_fund=false npm_config_update_notifier=false npm_config_loglevel=error
cp -r "$ROOT/examples/webhook" "$T/app"
tarball=$(cd "$ROOT/wasm" && npm pack --silent --pack-destination "$T")
(cd "$T/app" && npm install --no-package-lock --silent "$T/$tarball" >/dev/null)
cd "$T/app" && node --test --test-reporter=dot test.mjs
