#!/usr/bin/env bash
# Build and install the Flatpak for the current user (needs network for the runtime the
# first time: flatpak remote-add --user --if-not-exists flathub <flathub repo>, then
# flatpak install --user flathub org.freedesktop.Platform//25.08 org.freedesktop.Sdk//25.08).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
app_id=io.github.secondopinionorganizer.SecondOpinion

uv run --project "$root" python "$here/pip_sources.py" --check
rm -rf "$here/wheel" && mkdir -p "$here/wheel"
uv build --project "$root" --wheel --out-dir "$here/wheel"
flatpak-builder --user --install --force-clean \
  "$root/build/flatpak" "$here/$app_id.yml"
echo "installed; run it with: flatpak run $app_id"
