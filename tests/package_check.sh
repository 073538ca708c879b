#!/usr/bin/env bash
# Builds the Debian package from an already built tree (cpack -G DEB, into a
# throwaway directory: nothing is installed and nothing is rebuilt) and checks
# it: the files it holds, its dependencies, desktop-file-validate, appstreamcli
# validate, lintian (no errors); and that hexastore --help needs no display.
# Usage: package_check.sh SOURCE_DIR BUILD_DIR CPACK
set -euo pipefail
source_dir=$1 build_dir=$2 cpack=$3

fail() { echo "package: FAIL: $*" >&2; exit 1; }
for tool in "$cpack" dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli lintian; do
    command -v "$tool" >/dev/null ||
        fail "$tool is missing (WITH_TEST_TOOLS=1 packaging/setup.sh installs it)"
done

work=$(mktemp -d /tmp/hexastore-package.XXXXXX)
trap 'rm -rf "$work"' EXIT

# With Ninja, cpack only installs the tree as it is into its staging
# directory (there is no preinstall build step), so it rebuilds nothing while
# other tests run.
echo "== cpack -G DEB"
"$cpack" -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; fail "cpack failed"; }
debs=("$work"/hexastore_*.deb)
[[ ${#debs[@]} == 1 && -f ${debs[0]} ]] || { cat "$work/cpack.log"; fail "cpack made no hexastore_*.deb"; }
deb=${debs[0]}
version=$(dpkg-deb -f "$deb" Version)
arch=$(dpkg-deb -f "$deb" Architecture)
[[ $(basename "$deb") == "hexastore_${version}_${arch}.deb" ]] || fail "unexpected file name $(basename "$deb")"
echo "$(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"
dpkg-deb -f "$deb"

echo "== contents"
dpkg-deb -c "$deb" >"$work/contents"
app_id=io.github.hexastore.HexaStore
for path in ./usr/bin/hexastore ./usr/bin/hexastore-admin \
    ./usr/share/man/man1/hexastore.1.gz ./usr/share/man/man1/hexastore-admin.1.gz \
    ./usr/share/doc/hexastore/copyright ./usr/share/doc/hexastore/changelog.gz \
    ./usr/share/applications/$app_id.desktop ./usr/share/metainfo/$app_id.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/hexastore.svg; do
    grep -q " $path\$" "$work/contents" || fail "the package has no $path"
    echo "ok $path"
done
if grep -v ' root/root ' "$work/contents"; then fail "files not owned by root"; fi

echo "== dependencies"
depends=$(dpkg-deb -f "$deb" Depends)
for package in libqt6widgets6 libqt6charts6 libpq5 libqt6sql6-psql libqt6sql6-sqlite libqt6svg6 \
    qt6-image-formats-plugins postgresql; do
    [[ ", $depends," == *", $package "* || ", $depends," == *", $package,"* ]] ||
        fail "Depends lacks $package: $depends"
done
echo "ok"

dpkg-deb -x "$deb" "$work/root"
zcat "$work/root/usr/share/doc/hexastore/changelog.gz" | head -1 | grep -qF "hexastore ($version)" ||
    fail "packaging/changelog does not start with version $version"
grep -qF "<release version=\"$version\"" "$work/root/usr/share/metainfo/$app_id.metainfo.xml" ||
    fail "the metainfo file has no release $version"

echo "== desktop-file-validate"
desktop-file-validate "$work/root/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
echo "ok"

echo "== appstreamcli validate --no-net"
appstreamcli validate --no-net "$work/root/usr/share/metainfo/$app_id.metainfo.xml" ||
    fail "appstreamcli validate"

echo "== lintian --fail-on error"
lintian --fail-on error --display-info "$deb" || fail "lintian found errors"
echo "ok"

echo "== hexastore --help without a display"
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$build_dir/bin/hexastore" --help >"$work/help" 2>&1 ||
    { cat "$work/help"; fail "hexastore --help failed"; }
cat "$work/help"
grep -q -- '--server <url>' "$work/help" && grep -q -- '--local-dir <dir>' "$work/help" ||
    fail "hexastore --help lists no --server and --local-dir"
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$build_dir/bin/hexastore" --version |
    grep -qx "HexaStore $version" || fail "hexastore --version does not print HexaStore $version"
echo "ok"
echo "package: all checks passed"
