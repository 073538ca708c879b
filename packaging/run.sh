#!/usr/bin/env bash
# Command 1 of the README: install what is missing, build, and start HexaStore
# on its private local PostgreSQL server (created with demo data on first start,
# started and stopped with the app). Arguments go to the app (see --help).
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/setup.sh
packaging/build.sh
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    echo "run: no display; on a headless machine use: xvfb-run -a $0" >&2
    exit 1
fi
exec build/bin/hexastore "$@"
