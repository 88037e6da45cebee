#!/usr/bin/env sh
# Refresh the translation catalogues from the GUI's tr() strings, then compile them.
#   scripts/update_translations.sh          update every resources/translations/*.ts
#   scripts/update_translations.sh de       also start a catalogue for German
# Translators edit the .ts files (pyside6-linguist, or any .ts editor); run this again after.
set -eu
cd "$(dirname "$0")/.."
folder=resources/translations
mkdir -p "$folder"
for language in en "$@"; do
    [ -f "$folder/second-opinion_$language.ts" ] || touch "$folder/.new-$language"
done
sources=$(find organizer/gui -name '*.py' | LC_ALL=C sort)
for language in en "$@"; do
    rm -f "$folder/.new-$language"
    # -no-obsolete drops strings no longer in the code; -locations none keeps diffs small.
    uv run pyside6-lupdate $sources -no-obsolete -locations none \
        -source-language en -target-language "$language" \
        -ts "$folder/second-opinion_$language.ts"
done
for catalogue in "$folder"/*.ts; do
    uv run pyside6-lrelease -silent "$catalogue" -qm "${catalogue%.ts}.qm"
done
