#!/usr/bin/env bash
# Install the one-folder bundle for the current user, without root, the way desktops expect:
#   program   ~/.local/lib/second-opinion/          (a copy of the bundle folder)
#   command   ~/.local/bin/second-opinion           (a link to it)
#   menu      ~/.local/share/applications/<app-id>.desktop
#   info      ~/.local/share/metainfo/<app-id>.metainfo.xml
#   icons     ~/.local/share/icons/hicolor/*/apps/<app-id>.{png,svg}
# Usage:  install-user.sh [BUNDLE_DIR]      (default: packaging/pyinstaller/dist/second-opinion)
#         install-user.sh --uninstall       (removes the program, never the vaults)
# Honours XDG_DATA_HOME. Run it from an unpacked release or a source tree after build.sh.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
app_id=io.github.secondopinionorganizer.SecondOpinion
data="${XDG_DATA_HOME:-$HOME/.local/share}"
lib="$HOME/.local/lib/second-opinion"
bin="$HOME/.local/bin/second-opinion"

refresh() {
  if command -v update-desktop-database >/dev/null; then
    update-desktop-database -q "$data/applications" || true
  fi
  if command -v gtk-update-icon-cache >/dev/null; then
    gtk-update-icon-cache -q -t "$data/icons/hicolor" 2>/dev/null || true
  fi
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$lib"
  rm -f "$bin" "$data/applications/$app_id.desktop" "$data/metainfo/$app_id.metainfo.xml"
  find "$data/icons/hicolor" -name "$app_id.*" -delete 2>/dev/null || true
  refresh
  echo "Second Opinion Organizer is removed. Your vaults and settings are kept."
  exit 0
fi

bundle="${1:-$root/packaging/pyinstaller/dist/second-opinion}"
[ -x "$bundle/second-opinion" ] || { echo "no bundle at $bundle (run packaging/pyinstaller/build.sh)" >&2; exit 1; }
bundle="$(cd "$bundle" && pwd)"

# Copy first, then swap, so a failed copy never leaves half a program behind.
mkdir -p "$(dirname "$lib")" "$(dirname "$bin")"
rm -rf "$lib.new"
cp -a "$bundle" "$lib.new"
rm -rf "$lib"
mv "$lib.new" "$lib"
ln -sfn "$lib/second-opinion" "$bin"

# The menu entry runs the program by its full path: ~/.local/bin is not always on PATH.
mkdir -p "$data/applications"
sed "s|^Exec=second-opinion|Exec=\"$bin\"|" "$here/$app_id.desktop" >"$data/applications/$app_id.desktop"
install -Dm644 "$here/$app_id.metainfo.xml" "$data/metainfo/$app_id.metainfo.xml"
for icon in "$root"/resources/icons/hicolor/*/apps/"$app_id".*; do
  size_dir="$(basename "$(dirname "$(dirname "$icon")")")"
  install -Dm644 "$icon" "$data/icons/hicolor/$size_dir/apps/$(basename "$icon")"
done
refresh
echo "Installed: find Second Opinion Organizer in your applications menu, or run: $bin"
case ":$PATH:" in *":$HOME/.local/bin:"*) ;; *) echo "(~/.local/bin is not on your PATH: the menu entry works; type the full path above)";; esac
