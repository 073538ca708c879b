#!/usr/bin/env bash
# Fails when a C++ file differs from what .clang-format asks for
# (fix with: cmake --build build --target format).
set -euo pipefail
cd "$1"
git ls-files -- '*.cpp' '*.h' 2>/dev/null | xargs -r clang-format --dry-run --Werror
