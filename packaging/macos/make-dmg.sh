#!/usr/bin/env bash
# Make a drag-to-Applications disk image of the .app (macOS only).
#   bash packaging/pyinstaller/build.sh      # on a Mac: makes dist/Second Opinion Organizer.app
#   bash packaging/macos/make-dmg.sh         # -> dist/SecondOpinionOrganizer-<version>.dmg
# Optional signing and notarisation (see docs/packaging.md, "macOS"):
#   SO_CODESIGN_IDENTITY="Developer ID Application: NAME (TEAMID)"  signs the app and the image;
#   SO_NOTARY_PROFILE=<profile saved with `xcrun notarytool store-credentials`>  notarises and staples.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
[ "$(uname)" = Darwin ] || { echo "make-dmg.sh runs on macOS only" >&2; exit 1; }

version="$(python3 "$root/packaging/set_version.py" --print)"
app="$root/packaging/pyinstaller/dist/Second Opinion Organizer.app"
[ -d "$app" ] || { echo "build the app first: bash packaging/pyinstaller/build.sh" >&2; exit 1; }
out="$root/dist/SecondOpinionOrganizer-$version.dmg"
mkdir -p "$root/dist"

if [ -n "${SO_CODESIGN_IDENTITY:-}" ]; then
  # Inside out: every library and executable first, then the bundle, all with the hardened
  # runtime and a secure timestamp (both required for notarisation).
  find "$app/Contents" -type f \( -name "*.so" -o -name "*.dylib" -o -perm -u+x \) -print0 |
    while IFS= read -r -d '' f; do
      if file "$f" | grep -q "Mach-O"; then
        codesign --force --options runtime --timestamp --sign "$SO_CODESIGN_IDENTITY" "$f"
      fi
    done
  codesign --force --options runtime --timestamp --sign "$SO_CODESIGN_IDENTITY" "$app"
  codesign --verify --strict --verbose=2 "$app"
fi

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$out"
hdiutil create -volname "Second Opinion Organizer $version" -srcfolder "$staging" \
  -fs HFS+ -format UDZO -ov "$out"

if [ -n "${SO_CODESIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$SO_CODESIGN_IDENTITY" "$out"
fi
if [ -n "${SO_NOTARY_PROFILE:-}" ]; then
  xcrun notarytool submit "$out" --keychain-profile "$SO_NOTARY_PROFILE" --wait
  xcrun stapler staple "$out"
  spctl --assess --type open --context context:primary-signature --verbose "$out"
fi
echo "dmg: $out"
