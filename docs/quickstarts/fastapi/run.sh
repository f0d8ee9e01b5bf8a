#!/usr/bin/env bash
# Run the FastAPI quickstart on 127.0.0.1:$PORT, from any directory:
#
#   PAYLERA_API_URL=http://127.0.0.1:8080 PAYLERA_SECRET_KEY=sk_test_... \
#   PAYLERA_WEBHOOK_SECRET=whsec_... PAYLERA_CUSTOMER_ID=cus_... PORT=8000 \
#   bash docs/quickstarts/fastapi/run.sh
#
# Creates (or reuses) the virtualenv ${PAYLERA_TOOLS_DIR:-$HOME/.cache/paylera/tools}/fastapi-quickstart-venv,
# installs requirements.txt (every package pinned, and the SDK from sdks/python) only when
# the pins changed, then replaces itself with uvicorn serving app:app.
# Needs only python3 (>= 3.10, with venv) and PyPI.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SDK="$(cd "$HERE/../../../sdks/python" && pwd)"
TOOLS_DIR="${PAYLERA_TOOLS_DIR:-$HOME/.cache/paylera/tools}"
VENV="$TOOLS_DIR/fastapi-quickstart-venv"
PY="$VENV/bin/python"
PYTHON3="${PYTHON3:-python3}"

fail() { printf 'fastapi quickstart: %s\n' "$*" >&2; exit 1; }

for name in PAYLERA_API_URL PAYLERA_SECRET_KEY PAYLERA_WEBHOOK_SECRET PAYLERA_CUSTOMER_ID PORT; do
    [ -n "${!name:-}" ] || fail "the environment variable $name is not set (see $HERE/README.md)"
done
[[ "$PORT" =~ ^[0-9]+$ ]] || fail "PORT must be a port number, not '$PORT'"

if ! "$PY" -c 'import sys' >/dev/null 2>&1; then
    command -v "$PYTHON3" >/dev/null || fail "$PYTHON3 is not on PATH"
    "$PYTHON3" -c 'import sys; sys.exit(sys.version_info < (3, 10))' \
        || fail "$("$PYTHON3" --version 2>&1) is too old: Python >= 3.10 is needed"
    rm -rf "$VENV"
    mkdir -p "$TOOLS_DIR"
    "$PYTHON3" -m venv "$VENV" || fail "could not create $VENV (is python3-venv installed?)"
    echo "fastapi quickstart: created $VENV"
fi

# Reinstall only when the pins (or the SDK checkout, or its pins) changed: a stamp in the venv.
STAMP="$VENV/.paylera-fastapi-quickstart"
WANT="$( { cat "$HERE/requirements.txt" "$SDK/pyproject.toml"; echo "$SDK"; } \
    | "$PY" -c 'import hashlib,sys; print(hashlib.sha256(sys.stdin.buffer.read()).hexdigest())')"
if [ "$(cat "$STAMP" 2>/dev/null || true)" != "$WANT" ] \
    || ! "$PY" -c 'import fastapi, uvicorn, paylera' >/dev/null 2>&1; then
    # Relative paths in requirements.txt (the SDK) are relative to the working directory.
    (cd "$HERE" && "$PY" -m pip install --disable-pip-version-check --quiet -r requirements.txt) \
        || fail "pip install -r $HERE/requirements.txt failed (see above)"
    echo "$WANT" >"$STAMP"
    echo "fastapi quickstart: installed requirements.txt"
fi

cd "$HERE"
exec "$VENV/bin/uvicorn" app:app --host 127.0.0.1 --port "$PORT"
