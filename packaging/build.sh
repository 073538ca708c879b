#!/usr/bin/env bash
# Configures (once) and builds HexaStore into build/. Incremental after the first run.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -f build/build.ninja ]]; then
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHEXASTORE_WERROR=ON >/dev/null
fi
cmake --build build -j2
