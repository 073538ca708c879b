#!/usr/bin/env bash
# Installs the Debian 12 packages HexaStore needs, and only those missing, so a
# second run costs a second. As a normal user it uses sudo for apt-get.
# WITH_TEST_TOOLS=1 adds what the test suite needs (D-Bus, gnome-keyring, ...).
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-psql libqt6sql6-sqlite
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-svg-dev libqt6svg6 qt6-image-formats-plugins libgl-dev qt6-charts-dev
    qtkeychain-qt6-dev libsecret-1-0 gnome-keyring libpq-dev libcurl4-openssl-dev
    postgresql postgresql-contrib pgbouncer
)
if [[ "${WITH_TEST_TOOLS:-0}" == 1 ]]; then
    packages+=(dbus dbus-x11 xvfb xauth libsecret-tools imagemagick clang-format
               dpkg-dev desktop-file-utils appstream lintian python3-aiosmtpd)
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done
((${#missing[@]} == 0)) && exit 0

sudo=()
if [[ "$(id -u)" -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "setup: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
fi
echo "setup: installing ${missing[*]}"
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
