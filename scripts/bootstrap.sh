# Shared by scripts/run-demo and scripts/test: Debian libraries, a virtualenv, Caseflow.
# Usage: source scripts/bootstrap.sh [extra]   (extra: "test" installs the test tools)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${CASEFLOW_VENV:-$ROOT/.venv}"
PYTHON="${PYTHON:-python3}"

# What Qt's widgets need at run time (xcb for a real display, EGL/GL and
# fontconfig for offscreen too); a fresh Debian lacks some of them.
QT_RUNTIME_PACKAGES=(
  libgl1 libegl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4
  libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-randr0
  libxcb-xinerama0 libxcb-xkb1 fonts-dejavu-core
)

install_debian_packages() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing Debian packages: ${missing[*]}"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then sudo="sudo"; else
      echo "Please install as root: apt-get install ${missing[*]}" >&2; return 1
    fi
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Team mode's tests start a throwaway PostgreSQL server (tools/pg_sandbox.py);
# the postgresql package brings the server and pg_trgm.
SERVER_TEST_PACKAGES=(postgresql)

if command -v dpkg-query >/dev/null; then
  install_debian_packages "${QT_RUNTIME_PACKAGES[@]}"
  if [ "${1:-}" = "test" ]; then
    install_debian_packages "${SERVER_TEST_PACKAGES[@]}"
  fi
  "$PYTHON" -c "import venv, ensurepip" 2>/dev/null \
    || install_debian_packages python3-venv
fi

"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
  || { echo "Caseflow needs Python 3.11 or newer." >&2; exit 1; }

if [ ! -x "$VENV/bin/python" ]; then
  "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install -q --upgrade pip 2>&1 | grep -v "^WARNING" || true
extra="${1:-}"
target="$ROOT"
[ -n "$extra" ] && target="$ROOT[$extra]"
"$VENV/bin/python" -m pip install -q -e "$target" 2>&1 | grep -v "^WARNING" || true
"$VENV/bin/python" -c "import caseflow" # fail loudly if the install did not work
