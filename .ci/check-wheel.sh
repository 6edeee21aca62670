#!/usr/bin/env bash
# The wheel as a new user gets it: build it, install it into a fresh venv in a temp dir outside
# the repo (with the emulator and cli extras, pytest and pytest-asyncio from PyPI), and check
# there that the package imports, the command answers --version, the wheel carries its LICENSE,
# and the README's pytest example passes verbatim in a bare project (no config file) with
# pytest-asyncio in its default mode, then with anyio's plugin alone.
#
# Needs only python3 >= 3.11 (PYTHON=... to pick another) and access to PyPI. Prints each step,
# removes its temp dir, exits non-zero if any check fails (the build and installs stop at once;
# the checks all run, then the failures are listed).
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
python="${PYTHON:-python3}"
readme_marker='<!-- check-wheel: the pytest example -->'

if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "check-wheel: $python >= 3.11 is required" >&2
  exit 1
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/qlik-catalog-wheel.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
venv="$tmp/venv"
project="$tmp/project"
failures=()

step() { printf '== %s\n' "$*"; }

# check DESCRIPTION COMMAND...: run COMMAND in the bare project dir; a failure is recorded.
check() {
  local what="$1"
  shift
  if (cd "$project" && "$@"); then
    printf 'ok: %s\n' "$what"
  else
    printf 'FAILED: %s\n' "$what"
    failures+=("$what")
  fi
}

# pytest_passes: pytest in the bare project must exit 0 with exactly "1 passed".
pytest_passes() {
  local out
  out="$("$venv/bin/python" -m pytest -p no:cacheprovider "$@" 2>&1)" || {
    printf '%s\n' "$out"
    return 1
  }
  printf '%s\n' "$out"
  printf '%s\n' "$out" | tail -n 1 | grep -Eq '^=+ 1 passed( |,)'
}

step "fresh venv in $venv ($("$python" -V))"
"$python" -m venv "$venv"
pip=("$venv/bin/python" -m pip --disable-pip-version-check --quiet)

step "build the wheel from $repo"
"${pip[@]}" wheel --no-deps --wheel-dir "$tmp/dist" "$repo"
wheels=("$tmp"/dist/qlik_catalog-*.whl)
wheel="${wheels[0]}"
version="$(basename "$wheel" | cut -d- -f2)"
echo "built $(basename "$wheel")"

step "install it with the emulator and cli extras, pytest and pytest-asyncio from PyPI"
"${pip[@]}" install "${wheel}[emulator,cli]" pytest pytest-asyncio

mkdir "$project"
step "the README's pytest example, verbatim, as $project/test_readme.py"
"$venv/bin/python" - "$repo/README.md" "$readme_marker" "$project/test_readme.py" <<'EOF'
import re
import sys

readme, marker, out = sys.argv[1:]
text = open(readme, encoding="utf-8").read()
if marker not in text:
    sys.exit(f"README.md has no line {marker!r}")
match = re.match(r"\s*```python\n(.*?)^```", text.split(marker, 1)[1], re.S | re.M)
if not match:
    sys.exit(f"README.md has no ```python block right after {marker!r}")
open(out, "w", encoding="utf-8").write(match.group(1))
EOF
cat "$project/test_readme.py"

step "import qlik_catalog (from the venv, not the repo)"
check "import qlik_catalog" "$venv/bin/python" -c '
import sys, qlik_catalog
print(qlik_catalog.__file__)
sys.exit(not qlik_catalog.__file__.startswith(sys.prefix))'

step "qlik-catalog --version and python -m qlik_catalog --version (expect $version)"
# The output is shown by writing to fd 2, never by opening /dev/stderr: opening it truncates a
# log file that stderr is redirected to (CI's whole log, up to this step, was lost that way).
check "qlik-catalog --version" bash -c 'out="$("$1" --version)"; echo "$out" >&2; grep -qF -- "$2" <<<"$out"' \
  _ "$venv/bin/qlik-catalog" "$version"
check "python -m qlik_catalog --version" \
  bash -c 'out="$("$1" -m qlik_catalog --version)"; echo "$out" >&2; grep -qF -- "$2" <<<"$out"' \
  _ "$venv/bin/python" "$version"

step "the repo has its LICENSE file"
check "LICENSE in the repo" test -f "$repo/LICENSE"
if [ -f "$repo/LICENSE" ]; then
  step "the wheel carries LICENSE (dist-info/licenses/LICENSE, License-File in METADATA)"
  check "LICENSE in the wheel" "$venv/bin/python" - "$wheel" <<'EOF'
import sys
import zipfile

names = zipfile.ZipFile(sys.argv[1]).namelist()
metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
text = zipfile.ZipFile(sys.argv[1]).read(metadata).decode()
licenses = [n for n in names if ".dist-info/licenses/" in n]
print("license files:", licenses)
print("\n".join(line for line in text.splitlines() if line.startswith("License")))
sys.exit(not (any(n.endswith("/LICENSE") for n in licenses) and "License-File: LICENSE" in text))
EOF
fi

step "pytest in the bare project: pytest-asyncio (default strict mode) and anyio's plugin"
check "README example with pytest-asyncio" pytest_passes
check "README example with pytest-asyncio in auto mode" pytest_passes -o asyncio_mode=auto

step "uninstall pytest-asyncio: pytest with anyio's plugin only"
"${pip[@]}" uninstall --yes pytest-asyncio
check "README example with anyio's plugin only" pytest_passes

if [ "${#failures[@]}" -gt 0 ]; then
  printf 'check-wheel: %d failed:\n' "${#failures[@]}"
  printf '  %s\n' "${failures[@]}"
  exit 1
fi
echo "check-wheel: $(basename "$wheel") passed every check"
