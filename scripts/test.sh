#!/usr/bin/env bash
# Copyright 2026 The Azure ML for Backstage Authors
# SPDX-License-Identifier: Apache-2.0
#
# Everything `npm test` runs, in order; stops at the first failing stage.
# Run through scripts/toolchain.sh, which puts the right Node and yarn on PATH.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

declare -a SUMMARY=()

stage() {
  local name="$1"
  shift
  printf '\n\033[1;36m▶ %s\033[0m\n' "$name"
  local started=$SECONDS
  if "$@"; then
    SUMMARY+=("$(printf '  ✔ %-28s %4ss' "$name" $((SECONDS - started)))")
  else
    SUMMARY+=("$(printf '  ✘ %-28s %4ss' "$name" $((SECONDS - started)))")
    printf '\n\033[1;31m%s failed\033[0m\n' "$name"
    printf '%s\n' "${SUMMARY[@]}"
    exit 1
  fi
}

ensure_chromium() {
  local chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
  if [[ -x "$chromium" ]]; then
    return
  fi
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "[test] $chromium is missing: installing Debian's chromium"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "[test] no Chromium at $chromium: install Debian's 'chromium' package or set CHROMIUM_PATH" >&2
    return 1
  fi
}

stage 'one Backstage release' node scripts/backstage-release.mjs check
stage 'type check (tsc)' yarn tsc
stage 'lint' yarn backstage-cli repo lint
stage 'format (prettier)' yarn prettier --check --loglevel warn .
stage 'software templates' node examples/templates/validate.mjs
stage 'build every package' yarn backstage-cli repo build --all
stage 'frontend plugin loads lazily (bundle size)' node scripts/bundle-size.mjs
stage 'unit and integration tests' \
  node scripts/with-postgres.mjs yarn backstage-cli repo test --watchAll=false
stage 'chromium' ensure_chromium
stage 'end-to-end (Chromium)' yarn playwright test

printf '\n\033[1;32mAll stages passed\033[0m\n'
printf '%s\n' "${SUMMARY[@]}"
