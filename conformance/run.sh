#!/usr/bin/env bash
# The conformance run: start an emulator on loopback, let @qlik/api drive it (run.mjs), stop it.
# From the repository root: bash conformance/run.sh  (needs `make install` and `cd conformance && npm ci`)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
out="conformance/.out"
mkdir -p "$out"

node conformance/contract.mjs --out "$out/contract.json"

api_key="conformance-$(python3 -c 'import secrets; print(secrets.token_hex(16))')"
log="$out/emulator.log"
: >"$log"
# --strict: the emulator also checks each of its answers against our own spec.
.venv/bin/qlik-catalog emulator --port 0 --seed demo --strict --api-key "$api_key" >"$log" 2>&1 &
emulator=$!
# Always stop it, whatever happens below.
trap 'kill "$emulator" 2>/dev/null || true; wait "$emulator" 2>/dev/null || true' EXIT

# --port 0 lets the emulator pick a free port; it prints the URL once it is bound.
url=""
for _ in $(seq 1 150); do
  url="$(sed -n 's/^Qlik catalog emulator on \(http[^ ]*\).*/\1/p' "$log" | head -n 1)"
  [[ -n "$url" ]] && break
  if ! kill -0 "$emulator" 2>/dev/null; then
    echo "conformance: the emulator exited before it was ready:" >&2
    cat "$log" >&2
    exit 1
  fi
  sleep 0.2
done
if [[ -z "$url" ]]; then
  echo "conformance: the emulator printed no URL within 30 s:" >&2
  cat "$log" >&2
  exit 1
fi

# Bound is not serving yet: wait until it answers HTTP (any status will do).
ready=""
for _ in $(seq 1 100); do
  if python3 -c 'import sys, urllib.request, urllib.error
try:
    urllib.request.urlopen(sys.argv[1] + "/api/v1/users/me", timeout=1)
except urllib.error.HTTPError:
    pass' "$url" 2>/dev/null; then
    ready=1
    break
  fi
  sleep 0.2
done
if [[ -z "$ready" ]]; then
  echo "conformance: the emulator at $url does not answer:" >&2
  cat "$log" >&2
  exit 1
fi

QLIK_HOST="$url" QLIK_API_KEY="$api_key" node conformance/run.mjs --contract "$out/contract.json"
