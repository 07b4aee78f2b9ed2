#!/usr/bin/env bash
# Installs what ClaimGraph needs to build and test. Idempotent: fast when everything is already there.
#
#   scripts/setup.sh               Debian packages (the build's below, and raptor2-utils) and the
#                                  Python venv .venv at the repo root (Tests/conformance/requirements.txt)
#   scripts/setup.sh --build-only  only the Debian packages the Swift build and tests need (libxml2-dev,
#                                  pkg-config, libmecab-dev with its dictionary mecab-ipadic-utf8,
#                                  libstemmer-dev)
#
# Environment: PYTHON (default python3) picks the interpreter for the venv.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

build_only=false
case "${1:-}" in
  "") ;;
  --build-only) build_only=true ;;
  -h|--help) sed -n '2,11p' "${BASH_SOURCE[0]}"; exit 0 ;;
  *) echo "setup.sh: unknown option '$1' (use --build-only or nothing)" >&2; exit 2 ;;
esac

# --- Debian packages -------------------------------------------------------------------------------
packages=(libxml2-dev pkg-config libmecab-dev mecab-ipadic-utf8 libstemmer-dev)
$build_only || packages+=(raptor2-utils)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if ((${#missing[@]} > 0)); then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup.sh: missing packages ${missing[*]} and no apt-get on this machine: install them by hand" >&2
    exit 1
  fi
  sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
      echo "setup.sh: need root (or sudo) to install ${missing[*]}" >&2; exit 1
    fi
  fi
  echo "setup.sh: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq </dev/null
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null >/dev/null
fi

$build_only && exit 0

# --- Python venv for the conformance suite ------------------------------------------------------------
requirements=Tests/conformance/requirements.txt
python=${PYTHON:-python3}
if ! command -v "$python" >/dev/null 2>&1; then
  echo "setup.sh: no '$python' on PATH (set PYTHON to a Python 3.11 interpreter)" >&2
  exit 1
fi
stamp=.venv/.claimgraph-setup
want="$(sha256sum "$requirements" | cut -d' ' -f1) $("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
if [[ -x .venv/bin/python && -f $stamp && "$(cat "$stamp")" == "$want" ]] && .venv/bin/python -c 'import sys' 2>/dev/null; then
  exit 0
fi

echo "setup.sh: creating .venv from $requirements" >&2
"$python" -m venv --clear .venv
.venv/bin/python -m pip install --disable-pip-version-check -q -r "$requirements" </dev/null
for tool in pytest oxigraph pyshacl; do
  [[ -x .venv/bin/$tool ]] || { echo "setup.sh: .venv/bin/$tool missing after install" >&2; exit 1; }
done
echo "$want" > "$stamp"
