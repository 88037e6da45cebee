#!/usr/bin/env bash
# An AppImage made from the PyInstaller bundle (Linux). Kept cheap: it reuses the bundle,
# the desktop entry, the metainfo and the icons unchanged.
#   bash packaging/pyinstaller/build.sh          # the bundle first
#   bash packaging/appimage/build-appimage.sh    # -> build/AppDir, and the .AppImage in dist/
# Packing needs appimagetool on PATH (from the AppImage project's releases; it is in no
# distribution archive). Without it the script stops after assembling build/AppDir, which
# runs as is: build/AppDir/AppRun --version.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
app_id=io.github.secondopinionorganizer.SecondOpinion
bundle="$root/packaging/pyinstaller/dist/second-opinion"
[ -x "$bundle/second-opinion" ] || { echo "build the bundle first: bash packaging/pyinstaller/build.sh" >&2; exit 1; }
version="$(python3 "$root/packaging/set_version.py" --print)"

appdir="$root/build/AppDir"
rm -rf "$appdir"
mkdir -p "$appdir/usr/lib" "$appdir/usr/bin" "$appdir/usr/share/applications" \
  "$appdir/usr/share/metainfo" "$appdir/usr/share/icons"
cp -a "$bundle" "$appdir/usr/lib/second-opinion"
ln -s ../lib/second-opinion/second-opinion "$appdir/usr/bin/second-opinion"
cp "$root/packaging/linux/$app_id.desktop" "$appdir/usr/share/applications/"
cp "$root/packaging/linux/$app_id.metainfo.xml" "$appdir/usr/share/metainfo/"
cp -r "$root/resources/icons/hicolor" "$appdir/usr/share/icons/"
# appimagetool wants the desktop entry and the icon at the top as well.
ln -s "usr/share/applications/$app_id.desktop" "$appdir/$app_id.desktop"
cp "$root/resources/icons/hicolor/256x256/apps/$app_id.png" "$appdir/$app_id.png"
ln -s "$app_id.png" "$appdir/.DirIcon"
cat >"$appdir/AppRun" <<'RUN'
#!/bin/sh
here="$(dirname "$(readlink -f "$0")")"
exec "$here/usr/lib/second-opinion/second-opinion" "$@"
RUN
chmod +x "$appdir/AppRun"
echo "appimage: assembled ${appdir#"$root"/}"

if command -v appimagetool >/dev/null; then
  mkdir -p "$root/dist"
  out="$root/dist/SecondOpinionOrganizer-$version-$(uname -m).AppImage"
  ARCH="$(uname -m)" appimagetool "$appdir" "$out"
  echo "appimage: $out"
else
  echo "appimage: appimagetool not found: AppDir assembled, not packed" >&2
fi
