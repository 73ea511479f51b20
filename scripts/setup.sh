#!/usr/bin/env bash
# Installs everything the build and the tests need, skipping whatever is already there at the
# right version, so a second run takes seconds. See ../shared/TOOLCHAIN.md for why each piece.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# The CLI must equal the wasm-bindgen crate pinned in Cargo.toml.
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' Cargo.toml)
RUSTUP_CARGO="${CARGO_HOME:-$HOME/.cargo}/bin/cargo"
[ -x "$RUSTUP_CARGO" ] || RUSTUP_CARGO=cargo

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

# --- Debian packages -------------------------------------------------------------------------
wanted=(chromium chromium-driver poppler-utils)
if ! rustup target list --installed 2>/dev/null | grep -q '^wasm32-unknown-unknown$'; then
  # No wasm32 target from rustup here: use Debian's rustc-web and build std from source.
  wanted+=(rustc-web cargo-web rust-web-src rust-web-llvm lld-22)
fi
command -v node >/dev/null || wanted+=(nodejs npm)
# Python runs the independent FHIR validator (make test-fhir) in a virtual environment.
command -v python3 >/dev/null || wanted+=(python3)
python3 -c 'import venv, ensurepip' 2>/dev/null || wanted+=(python3-venv)
missing=()
for pkg in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
    say "please install these packages, then run again: ${missing[*]}"
    exit 1
  fi
  say "installing Debian packages: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# --- Cargo tools at pinned versions ------------------------------------------------------------
have_version() { command -v "$1" >/dev/null && "$1" --version 2>/dev/null | grep -q " $2\$"; }
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
if ! have_version trunk "$TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (takes 10-18 minutes on 2 cores)"
  "$RUSTUP_CARGO" install trunk --version "$TRUNK_VERSION" --locked --quiet
fi
if ! have_version wasm-bindgen "$WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 4 minutes)"
  # No --locked: its lock file pins a crate version the registry no longer serves.
  "$RUSTUP_CARGO" install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --quiet --force
fi

# --- npm: wasm-opt (binaryen) and playwright-core --------------------------------------------
stamp=node_modules/.installed-from-lock
if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
  say "installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json "$stamp"
fi
# --- Python: the independent checkers of exported files -----------------------------------------
# fhir.resources 6.1.0 is the last release modelling FHIR R4 (4.0.1); it needs pydantic 1.
# icalendar and python-dateutil read and expand the calendar files (RFC 5545).
CHECK_VENV=.venv-check
if ! "$CHECK_VENV/bin/python" -c 'import fhir.resources as f, icalendar as i, dateutil as d; assert (f.__version__, i.__version__, d.__version__) == ("6.1.0", "6.3.2", "2.9.0.post0")' 2>/dev/null; then
  say "installing the file checkers (fhir.resources 6.1.0, icalendar 6.3.2) in $CHECK_VENV"
  python3 -m venv "$CHECK_VENV"
  "$CHECK_VENV/bin/pip" install --quiet --disable-pip-version-check "fhir.resources==6.1.0" "pydantic>=1.10,<2" \
    "icalendar==6.3.2" "python-dateutil==2.9.0.post0"
fi

# --- Crates, including std's own for build-std -------------------------------------------------
# Trunk builds offline (Trunk.toml), so every crate must be in cargo's cache first; on a new
# machine std's dependencies (dlmalloc ...) are not, and the wasm build fails without this.
(source scripts/env.sh && cargo fetch --target wasm32-unknown-unknown --quiet)
say "all set"
