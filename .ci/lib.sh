# Shared steps for .ci/demo, .ci/test and .ci/bench. Source it; don't run it.
#
# Every step checks first and only installs what is missing, so the scripts
# are quick on a machine that already has everything and still work on a
# fresh clone of a fresh machine (Debian, Rust via rustup, Node.js and npm).

set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"

CARGO_LEPTOS_VERSION=0.3.10
# Must equal the wasm-bindgen crate version pinned in Cargo.toml.
WASM_BINDGEN_VERSION=0.2.130

# wasm-opt from npm's binaryen@132 comes first on PATH: Debian's binaryen
# (wasm-opt 108) silently breaks hydration of the release bundle.
export PATH="$REPO_ROOT/end2end/node_modules/.bin:$HOME/.cargo/bin:$PATH"

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_system_packages() {
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  command -v brotli >/dev/null || missing+=(brotli)
  command -v pg_virtualenv >/dev/null && compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null \
    || missing+=(postgresql postgresql-common)
  if [ "${#missing[@]}" -gt 0 ]; then
    step "Installing Debian packages: ${missing[*]}"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}"
  fi
}

ensure_rust_tools() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    step "Adding the wasm32 target"
    rustup target add wasm32-unknown-unknown
  fi
  if ! cargo leptos --version 2>/dev/null | grep -q "$CARGO_LEPTOS_VERSION"; then
    step "Installing cargo-leptos $CARGO_LEPTOS_VERSION (takes a while, once)"
    # no_downloads: fail clearly instead of fetching tools from GitHub.
    cargo install cargo-leptos --version "$CARGO_LEPTOS_VERSION" --locked --features no_downloads
  fi
  if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
    step "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
  fi
}

ensure_node_packages() {
  if [ ! -f end2end/node_modules/.package-lock.json ] \
    || [ end2end/package-lock.json -nt end2end/node_modules/.package-lock.json ]; then
    step "Installing node packages (Playwright, axe-core, binaryen)"
    (cd end2end && npm ci --no-audit --no-fund)
  fi
}

ensure_tools() {
  ensure_system_packages
  ensure_rust_tools
  ensure_node_packages
}

# The release build the demo and the browser tests run, with the static
# files compressed ahead of time so the server need not compress them per
# request.
build_release() {
  step "Building the release server and browser bundle"
  cargo leptos build --release
  step "Optimising the wasm until it stops shrinking (wasm-opt -Oz --converge)"
  # cargo-leptos runs wasm-opt -Oz once; repeating until nothing changes
  # takes a few seconds and saves about 2.5 KB brotli.
  local wasm=target/site/pkg/buurtkracht.wasm
  wasm-opt "$wasm" -Oz --converge --enable-bulk-memory --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals -o "$wasm.opt"
  mv "$wasm.opt" "$wasm"
  step "Compressing the static files"
  local file
  for file in target/site/pkg/*.wasm target/site/pkg/*.js target/site/pkg/*.css target/site/*.svg; do
    [ -f "$file" ] || continue
    brotli --force --keep --quality=11 "$file"
    gzip --force --keep --best "$file"
  done
}
