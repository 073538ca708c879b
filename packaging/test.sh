#!/usr/bin/env bash
# Command 2 of the README (and CI): install what is missing, build with warnings
# as errors, run every test. The tests start their own private PostgreSQL; they
# run in a private D-Bus session with a fresh, unlocked gnome-keyring and a
# throwaway HOME, so they never touch the user's own keychain or settings.
set -euo pipefail
cd "$(dirname "$0")/.."
WITH_TEST_TOOLS=1 packaging/setup.sh
packaging/build.sh

sandbox=$(mktemp -d /tmp/hexastore-test-home.XXXXXX)
trap 'rm -rf "$sandbox"' EXIT
mkdir -m 700 "$sandbox/run"
export HOME="$sandbox" XDG_RUNTIME_DIR="$sandbox/run" QT_QPA_PLATFORM=offscreen
dbus-run-session -- sh -c '
    echo -n hexastore-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec ctest --test-dir build --output-on-failure -j2 "$@"' sh "$@"
