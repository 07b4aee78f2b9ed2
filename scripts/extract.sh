#!/usr/bin/env bash
# Extracts knowledge graphs: installs the build's Debian packages when missing (libxml2-dev), then runs
# `claimgraph extract` (release build) from the repo root with the arguments given.
#
#   scripts/extract.sh                                   seeds/ with rules/ into output/
#   scripts/extract.sh seeds/x.txt --output /tmp/out --format rdfxml,jsonld,nquads,turtle
#
# Relative paths are read from the repo root.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh --build-only
exec swift run -c release claimgraph extract "$@"
