#!/usr/bin/env bash
# Build the one-folder bundle: packaging/pyinstaller/dist/second-opinion/ (run it as
# dist/second-opinion/second-opinion). Installs PyInstaller from the "packaging" dependency group.
# Prints the build time and the unpacked size. Works the same on Windows (Git Bash) and macOS.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

uv sync --locked --group packaging --quiet
start=$(date +%s)
uv run --locked --group packaging pyinstaller --noconfirm --clean --log-level WARN \
  --distpath "$here/dist" --workpath "$here/build" "$here/second-opinion.spec"
elapsed=$(( $(date +%s) - start ))

bundle="$here/dist/second-opinion"
bytes=$(du -sb "$bundle" 2>/dev/null | cut -f1 || echo 0)
files=$(find "$bundle" -type f | wc -l)
echo "build: bundle at ${bundle#"$root"/}"
echo "build: built in ${elapsed} s; unpacked size $(( bytes / 1000000 )) MB (${bytes} bytes, ${files} files)"
