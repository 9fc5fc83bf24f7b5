#!/usr/bin/env bash
# Copyright 2026 The Azure ML for Backstage Authors
# SPDX-License-Identifier: Apache-2.0
#
# Runs a command with the project's toolchain, setting it up first when needed:
#   1. a supported Node (22 or 24): the system one if it is supported, otherwise a
#      pinned Node 24 fetched from the npm registry into .toolchain/;
#   2. the committed yarn release (.yarn/releases), through a `yarn` shim;
#   3. dependencies from the lockfile, native addons built against that Node.
# Each step is skipped when its stamp says it is already done, so the overhead of
# an up-to-date checkout is a fraction of a second.
#
# Usage: scripts/toolchain.sh <command> [args...]
set -euo pipefail

PINNED_NODE_VERSION=24.22.3
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLCHAIN="$ROOT/.toolchain"

say() { printf '\033[36m[toolchain]\033[0m %s\n' "$*" >&2; }

node_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

fetch_pinned_node() {
  local system_node="$1"
  local target platform package dir
  platform="$("$system_node" -p 'process.platform + "-" + process.arch')"
  package="node-${platform}@${PINNED_NODE_VERSION}"
  dir="$TOOLCHAIN/node-v${PINNED_NODE_VERSION}-${platform}"
  if [[ ! -x "$dir/bin/node" ]]; then
    say "system Node is $("$system_node" --version); fetching Node ${PINNED_NODE_VERSION} ($package) from the npm registry"
    target="$(mktemp -d "$TOOLCHAIN/.fetch.XXXXXX")"
    (cd "$target" && npm pack --silent "$package" >/dev/null)
    mkdir -p "$target/unpacked"
    tar -xzf "$target"/*.tgz -C "$target/unpacked"
    rm -rf "$dir"
    mv "$target/unpacked/package" "$dir"
    rm -rf "$target"
  fi
  echo "$dir/bin/node"
}

choose_node() {
  local system_node
  system_node="$(command -v node || true)"
  if [[ -n "$system_node" ]]; then
    case "$(node_major "$system_node")" in
      22 | 24) echo "$system_node"; return ;;
    esac
  else
    say "no Node.js found: install Node.js (any version, with npm) so the pinned one can be fetched"
    exit 1
  fi
  fetch_pinned_node "$system_node"
}

mkdir -p "$TOOLCHAIN/bin"
NODE_BIN="$(choose_node)"
NODE_BIN="$(readlink -f "$NODE_BIN")"
NODE_PREFIX="$(dirname "$(dirname "$NODE_BIN")")"

# Shims, so every script and tool below sees this Node and the committed yarn.
ln -sfn "$NODE_BIN" "$TOOLCHAIN/bin/node"
YARN_RELEASE="$(sed -n 's/^yarnPath: *//p' "$ROOT/.yarnrc.yml")"
cat >"$TOOLCHAIN/bin/yarn.tmp" <<EOF
#!/bin/sh
exec "$NODE_BIN" "$ROOT/$YARN_RELEASE" "\$@"
EOF
chmod +x "$TOOLCHAIN/bin/yarn.tmp"
mv -f "$TOOLCHAIN/bin/yarn.tmp" "$TOOLCHAIN/bin/yarn"

export PATH="$TOOLCHAIN/bin:$PATH"
# Native addons (better-sqlite3) compile against the headers of the Node in use;
# without this node-gyp would use the system Node's headers and the addon would
# fail at start with "Module did not self-register".
if [[ -f "$NODE_PREFIX/include/node/node.h" ]]; then
  export npm_config_nodedir="$NODE_PREFIX"
fi
export YARN_ENABLE_TELEMETRY=0
export NEXT_TELEMETRY_DISABLED=1
export BACKSTAGE_CLI_TELEMETRY_DISABLED=1

install_dependencies() {
  local stamp="$ROOT/node_modules/.toolchain-stamp"
  local want
  want="$(cat "$ROOT/yarn.lock" "$ROOT/package.json" "$ROOT"/packages/*/package.json \
    $(ls "$ROOT"/plugins/*/package.json 2>/dev/null) | sha256sum | cut -d' ' -f1) node-$("$NODE_BIN" --version)"
  if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
    return
  fi
  local had_node=""
  [[ -f "$stamp" ]] && had_node="$(cut -d' ' -f2 "$stamp")"
  say "installing dependencies from yarn.lock with Node $("$NODE_BIN" --version)"
  (cd "$ROOT" && yarn install --immutable)
  if [[ -n "$had_node" && "$had_node" != "node-$("$NODE_BIN" --version)" ]]; then
    say "Node changed ($had_node): rebuilding native addons"
    (cd "$ROOT" && yarn rebuild)
  fi
  echo "$want" >"$stamp"
}

install_dependencies
exec "$@"
