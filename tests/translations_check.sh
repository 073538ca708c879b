#!/usr/bin/env bash
# Fails when a shipped translation lacks a string: one the code has that the
# .ts file does not (lupdate would add it), or one left unfinished.
# Usage: translations_check.sh LUPDATE SOURCE_DIR TS_FILE...
set -euo pipefail
lupdate=$1
source_dir=$2
shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$@"; do
    copy="$work/$(basename "$ts")"
    cp "$ts" "$copy"
    # What lupdate would do now, on a copy: new strings come in unfinished.
    "$lupdate" -silent -no-obsolete -locations none \
        "$source_dir/app" "$source_dir/models" "$source_dir/ui" -ts "$copy" >/dev/null
    count=$(grep -c 'type="unfinished"' "$copy" || true)
    if [[ "$count" != 0 ]]; then
        echo "$(basename "$ts"): $count string(s) missing or unfinished, for example:"
        grep -B4 'type="unfinished"' "$copy" | grep -o '<source>.*' | head -20
        status=1
    else
        echo "$(basename "$ts"): complete ($(grep -c '<source>' "$copy") strings)"
    fi
done
if [[ $status != 0 ]]; then
    echo "Run: cmake --build build --target update_translations, translate the new strings"
    echo "(translations/complete_english.py fills the English file), and build again."
fi
exit $status
