# Sourced before wasm builds: puts the right tools first on PATH.
# - node_modules/.bin: a wasm-opt new enough for rustc's output (Debian's breaks the app);
# - where rustup has no wasm32 target, Debian's rustc-web in /usr/bin, with std built from source.
if ! rustup target list --installed 2>/dev/null | grep -q '^wasm32-unknown-unknown$'; then
  export PATH="/usr/bin:$PATH"
  export RUSTC_BOOTSTRAP=1
  export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
fi
export PATH="$PWD/node_modules/.bin:$PATH:${CARGO_HOME:-$HOME/.cargo}/bin"
