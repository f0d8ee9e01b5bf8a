#!/usr/bin/env bash
# The Python SDK's CI entry point, from any directory:
#
#   PAYLERA_API_URL=http://127.0.0.1:18090 PAYLERA_SECRET_KEY=sk_test_... sdks/python/ci.sh
#
# 1. creates (or reuses) a virtualenv in ${PAYLERA_TOOLS_DIR:-$HOME/.cache/paylera/tools}/python-sdk-venv
# 2. installs the pinned packages (requirements-dev.txt) and the SDK itself (editable)
# 3. checks that paylera/_generated is what the API's OpenAPI document generates
#    (generate.py --check against $PAYLERA_API_URL/v1/openapi.json)
# 4. runs the tests (pytest), which talk to the API at $PAYLERA_API_URL
#
# Needs only python3 (>= 3.10, with venv) and PyPI. Exits non-zero on the first failing step,
# naming it on the last line.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TOOLS_DIR="${PAYLERA_TOOLS_DIR:-$HOME/.cache/paylera/tools}"
VENV="$TOOLS_DIR/python-sdk-venv"
PY="$VENV/bin/python"
PYTHON3="${PYTHON3:-python3}"
STARTED=$SECONDS

step() { printf '\n==> python-sdk: %s\n' "$*"; }
fail() {
    printf '\npython-sdk: FAILED at step "%s"\n' "$1" >&2
    [ $# -gt 1 ] && printf '  %s\n' "${@:2}" >&2
    exit 1
}

step "environment"
[ -n "${PAYLERA_API_URL:-}" ] || fail "environment" "PAYLERA_API_URL is not set (e.g. http://127.0.0.1:18090)"
[ -n "${PAYLERA_SECRET_KEY:-}" ] || fail "environment" "PAYLERA_SECRET_KEY is not set (a test-mode sk_test_... key)"
command -v "$PYTHON3" >/dev/null || fail "environment" "$PYTHON3 is not on PATH"
"$PYTHON3" -c 'import sys; sys.exit(sys.version_info < (3, 10))' \
    || fail "environment" "$("$PYTHON3" --version 2>&1) is too old: the SDK needs Python >= 3.10"
echo "API: $PAYLERA_API_URL   python: $("$PYTHON3" --version 2>&1)   venv: $VENV"

step "virtualenv"
if ! "$PY" -c 'import sys' >/dev/null 2>&1; then
    rm -rf "$VENV"
    mkdir -p "$TOOLS_DIR"
    "$PYTHON3" -m venv "$VENV" || fail "virtualenv" "could not create $VENV (is python3-venv installed?)"
    echo "created $VENV"
else
    echo "reusing $VENV"
fi

step "pinned dependencies"
# Reinstall only when the pins changed (a stamp of their hash in the venv).
STAMP="$VENV/.paylera-python-sdk-requirements"
WANT="$(cat "$HERE/requirements-dev.txt" "$HERE/pyproject.toml" | "$PYTHON3" -c 'import hashlib,sys; print(hashlib.sha256(sys.stdin.buffer.read()).hexdigest())')"
if [ "$(cat "$STAMP" 2>/dev/null || true)" != "$WANT" ]; then
    "$PY" -m pip install --disable-pip-version-check --quiet -r "$HERE/requirements-dev.txt" \
        || fail "pinned dependencies" "pip install -r $HERE/requirements-dev.txt failed (see above)"
    echo "$WANT" >"$STAMP"
    echo "installed requirements-dev.txt"
else
    echo "requirements-dev.txt already installed"
fi
# Always (re)install the SDK itself: the venv may point at another checkout.
"$PY" -m pip install --disable-pip-version-check --quiet --no-deps --editable "$HERE" \
    || fail "pinned dependencies" "pip install --editable $HERE failed (see above)"
INSTALLED="$(cd / && "$PY" -c 'import importlib.util as u, os; print(os.path.dirname(os.path.dirname(u.find_spec("paylera").origin)))')"
[ "$INSTALLED" = "$HERE" ] || fail "pinned dependencies" "paylera imports from $INSTALLED, not $HERE"

step "generated code vs the API's OpenAPI document"
"$PY" "$HERE/generate.py" --check --source "${PAYLERA_API_URL%/}/v1/openapi.json" \
    || fail "generated code" \
        "paylera/_generated differs from what ${PAYLERA_API_URL%/}/v1/openapi.json generates (diff above)." \
        "Regenerate: $PY $HERE/generate.py --source ${PAYLERA_API_URL%/}/v1/openapi.json"

step "tests"
cd "$HERE"
"$PY" -m pytest -p no:cacheprovider tests || fail "tests" "pytest failed (see above)"

printf '\npython-sdk: OK (%ss)\n' "$((SECONDS - STARTED))"
