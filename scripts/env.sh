# Sourced by the other scripts: the tool paths and settings every build and test needs.
# shellcheck shell=bash
TENDERFIT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export TENDERFIT_ROOT
export PATH="$TENDERFIT_ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
# Trunk must use the tools installed here, never download its own.
export TRUNK_SKIP_VERSION_CHECK=true
# wasm-bindgen-test leaves browser profiles in TMPDIR; keep them under target/.
mkdir -p "$TENDERFIT_ROOT/target/tmp"
export TMPDIR="$TENDERFIT_ROOT/target/tmp"
export CHROMEDRIVER=/usr/bin/chromedriver
export DEBIAN_FRONTEND=noninteractive
