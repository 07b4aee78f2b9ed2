#!/usr/bin/env bash
# The test command: everything CI runs (.ci/run calls this).
#   1. scripts/setup.sh (Debian packages, .venv)
#   2. swift format lint --strict (the project's .swift-format) on Sources, Tests and Benchmarks
#   3. swift build; swift test (all Swift tests)
#   4. swift build -c release (the claimgraph binary)
#   5. the Python conformance suite (Tests/conformance, pytest) against output/ and a fresh extraction,
#      with a real Oxigraph server on 127.0.0.1 (a free port) for the database tests
# Exits non-zero when any step fails. CLAIMGRAPH_SCRATCH=DIR builds in DIR instead of .build
# (e.g. CLAIMGRAPH_SCRATCH=.build-me scripts/test.sh when others build in the same tree).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo=$(pwd)

scratch=()
[[ -n "${CLAIMGRAPH_SCRATCH:-}" ]] && scratch=(--scratch-path "$CLAIMGRAPH_SCRATCH")

failures=()
step() { echo; echo "==> $*"; }

step "setup"
bash scripts/setup.sh || { echo "test.sh: setup failed" >&2; exit 1; }

step "swift format lint --strict"
if ! swift format lint --strict --recursive Sources Tests Benchmarks; then
  failures+=("swift format lint")
fi

step "swift build"
swift build "${scratch[@]}" || { echo "test.sh: swift build failed" >&2; exit 1; }

step "swift test"
swift test "${scratch[@]}" || failures+=("swift test")

step "swift build -c release --product claimgraph"
if ! swift build -c release "${scratch[@]}" --product claimgraph; then
  echo "test.sh: release build failed" >&2
  exit 1
fi
bin="$(swift build -c release "${scratch[@]}" --show-bin-path)/claimgraph"
[[ -x $bin ]] || { echo "test.sh: no executable at $bin" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/claimgraph-test.XXXXXX")
server_pid=""
cleanup() {
  if [[ -n $server_pid ]]; then
    kill "$server_pid" 2>/dev/null
    wait "$server_pid" 2>/dev/null
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

step "oxigraph serve"
port=$(.venv/bin/python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
.venv/bin/oxigraph serve --bind "127.0.0.1:$port" >"$work/oxigraph.log" 2>&1 </dev/null &
server_pid=$!
url="http://127.0.0.1:$port"
ready=false
for _ in $(seq 1 100); do
  if .venv/bin/python -c "import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=1)" "$url/" 2>/dev/null; then
    ready=true; break
  fi
  kill -0 "$server_pid" 2>/dev/null || break
  sleep 0.2
done
if $ready; then echo "oxigraph listening on $url"; else
  echo "test.sh: oxigraph did not start on $url:" >&2; cat "$work/oxigraph.log" >&2
  echo "(the database tests will fail)" >&2
fi

step "conformance suite (pytest)"
CLAIMGRAPH_BIN="$bin" OXIGRAPH_URL="$url" CLAIMGRAPH_REPO="$repo" CLAIMGRAPH_OUTPUT="$repo/output" \
  CLAIMGRAPH_WORKDIR="$work/conformance" \
  .venv/bin/python -m pytest Tests/conformance -q -o console_output_style=classic </dev/null
status=$?
# pytest exits 5 when it collected no test: that is a failure here too.
[[ $status -ne 0 ]] && failures+=("conformance suite (pytest exit $status)")

# pytest's summary line stays the last line on success
if ((${#failures[@]} > 0)); then
  echo "test.sh: FAILED: $(IFS=';'; echo "${failures[*]}" | sed 's/;/; /g')" >&2
  exit 1
fi
