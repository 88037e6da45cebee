#!/usr/bin/env bash
# CI proof that the Linux bundle works: build it, check its size, then run the bundled program
# headless in a bare environment (no venv, no source tree on the path):
#   1. --version prints the package version;
#   2. a new vault: init, verify, list, add (PDF, scan, HEIC), the keychain;
#      then `export` of the demo case (`demo`, once it exists; else of the added documents)
#      makes a packet that passes qpdf --check, with the page band in the bundled font;
#   3. the app (once organizer/gui/app.py exists) starts offscreen, under Xvfb (xcb) when
#      xvfb-run is there and under Wayland when weston is there, and is still running after 8 s.
# Exit 0 only when every check that applies passed. Needs: uv, qpdf, poppler-utils (pdfinfo).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
limit_mb=${SO_BUNDLE_LIMIT_MB:-250}
start=$(date +%s)

bash "$here/build.sh"
bundle="$here/dist/second-opinion"
exe="$bundle/second-opinion"
fail() { echo "bundle check FAILED: $*" >&2; exit 1; }

bytes=$(du -sb "$bundle" | cut -f1)
mb=$(( bytes / 1000000 ))
[ "$mb" -le "$limit_mb" ] || fail "unpacked bundle is $mb MB, over the $limit_mb MB goal"
echo "bundle: size $mb MB (limit $limit_mb MB)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home" "$work/tmp"
# A bare environment: nothing from the build venv or the shell can help the bundle.
run() {
  (cd "$work" && env -i HOME="$work/home" TMPDIR="$work/tmp" PATH=/usr/bin:/bin \
    LANG=C.UTF-8 QT_QPA_PLATFORM="${QPA:-offscreen}" \
    SECOND_OPINION_PASSPHRASE="bundle check passphrase, fictional" "$@")
}

expected="$(python3 "$root/packaging/set_version.py" --print)"
version_line="$(run "$exe" --version)"
[[ "$version_line" == *" $expected" ]] || fail "--version said '$version_line', expected $expected"
echo "bundle: --version -> $version_line"

# Every check below must run: a bundle missing a command, or a machine missing a display
# server, fails here instead of silently skipping a check.
for command in init add remember demo export; do
  run "$exe" "$command" --help >/dev/null 2>&1 || fail "the bundle lacks the '$command' command"
done
for tool in dbus-run-session gnome-keyring-daemon xvfb-run weston qpdf pdftotext pdffonts; do
  command -v "$tool" >/dev/null || fail "this machine lacks $tool (.ci/run installs it)"
done

# argparse exits 2 for a command it does not know.
if run "$exe" init --help >/dev/null 2>&1; then
  # The vault's cryptography (Argon2id, chunked AES-GCM) works frozen: create, verify, list.
  run "$exe" init "$work/vault" </dev/null >"$work/init.log" 2>&1 \
    || { cat "$work/init.log"; fail "second-opinion init failed"; }
  run "$exe" verify "$work/vault" </dev/null >"$work/verify.log" 2>&1 \
    || { cat "$work/verify.log"; fail "second-opinion verify failed on a new vault"; }
  run "$exe" list "$work/vault" </dev/null >/dev/null 2>&1 || fail "second-opinion list failed"
  echo "bundle: init + verify + list on a new vault -> ok"
  if run "$exe" add --help >/dev/null 2>&1; then
    # Ingestion frozen: a text PDF, a scan and an iPhone-style HEIC photo (fictional, made
    # by the test suite's generators in the build venv, not by the bundle).
    mkdir "$work/inbox"
    (cd "$root" && uv run --locked python - "$work/inbox" <<'PY'
import sys
from pathlib import Path

from tests.synthetic import heic_bytes, scan_jpeg_bytes, text_pdf_bytes, write

inbox = Path(sys.argv[1])
write(inbox / "pathology-report.pdf", text_pdf_bytes())
write(inbox / "discharge-scan.jpg", scan_jpeg_bytes(size=(1240, 1754), dpi=150))
write(inbox / "pill-bottle.heic", heic_bytes())
PY
    )
    run "$exe" add "$work/vault" "$work/inbox" </dev/null >"$work/add.log" 2>&1 \
      || { cat "$work/add.log"; fail "second-opinion add failed"; }
    count=$(run "$exe" list --json "$work/vault" </dev/null \
      | python3 -c 'import json, sys; d = json.load(sys.stdin); print(len(d["documents"] if isinstance(d, dict) else d))')
    [ "$count" -eq 3 ] || fail "expected 3 documents after add, the vault lists $count"
    run "$exe" verify "$work/vault" </dev/null >"$work/verify.log" 2>&1 \
      || { cat "$work/verify.log"; fail "second-opinion verify failed after add"; }
    echo "bundle: add (PDF, JPEG scan, HEIC) + list + verify -> 3 documents, sound"
  fi
  if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null \
    && run "$exe" remember --help >/dev/null 2>&1; then
    # "Remember on this computer" through a real Secret Service: keyring finds its backends
    # by package metadata, which a frozen app must carry.
    # shellcheck disable=SC2016  # expanded by the inner shell
    run dbus-run-session -- sh -c '
      printf "bundle-check" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
      "$0" remember "$1" </dev/null && env -u SECOND_OPINION_PASSPHRASE "$0" list "$1" </dev/null
    ' "$exe" "$work/vault" >"$work/keychain.log" 2>&1 \
      || { cat "$work/keychain.log"; fail "remember + open without passphrase failed"; }
    echo "bundle: remember (Secret Service) + list without the passphrase -> ok"
  fi
fi

export_vault=""
if run "$exe" demo --help >/dev/null 2>&1; then
  run "$exe" demo "$work/demo-vault" </dev/null >"$work/demo.log" 2>&1 \
    || { cat "$work/demo.log"; fail "second-opinion demo failed"; }
  export_vault="$work/demo-vault"; what="the demo case"
elif [ -d "$work/vault" ] && [ -d "$work/inbox" ]; then
  export_vault="$work/vault"; what="the added documents (no demo command yet)"
fi
if [ -n "$export_vault" ] && run "$exe" export --help >/dev/null 2>&1; then
  run "$exe" export "$export_vault" "$work/packet.pdf" </dev/null >"$work/export.log" 2>&1 \
    || { cat "$work/export.log"; fail "second-opinion export failed"; }
  qpdf --check "$work/packet.pdf" >"$work/qpdf.log" 2>&1 \
    || { cat "$work/qpdf.log"; fail "the exported packet does not pass qpdf --check"; }
  pages=$(pdfinfo "$work/packet.pdf" | awk '/^Pages:/ {print $2}')
  [ "${pages:-0}" -gt 1 ] || fail "the exported packet has ${pages:-no} pages"
  # The cover and the page band are drawn with the bundled font: without it there is no text.
  pdftotext "$work/packet.pdf" "$work/packet.txt"
  grep -q "Page 1 of $pages" "$work/packet.txt" || fail "the packet's pages carry no page band"
  pdffonts "$work/packet.pdf" | grep -q "DejaVuSans.*yes" || fail "the bundled font is not embedded"
  echo "bundle: export of $what -> packet of $pages pages, $(stat -c %s "$work/packet.pdf") bytes, qpdf --check clean, band text and bundled font present"
else
  echo "bundle: no export command (or nothing to export) in this build yet: packet check not run"
fi

if [ -f "$root/organizer/gui/app.py" ]; then
  # The app must come up and keep running; `timeout` ends it (exit 124 = it was still running).
  status=0; QPA=offscreen run timeout 8 "$exe" --demo >"$work/gui.log" 2>&1 || status=$?
  [ "$status" -eq 124 ] || { cat "$work/gui.log"; fail "the app did not stay up offscreen (exit $status)"; }
  echo "bundle: app started offscreen and kept running"
  if command -v xvfb-run >/dev/null; then
    status=0; QPA=xcb run /usr/bin/xvfb-run -a timeout 8 "$exe" --demo >"$work/xcb.log" 2>&1 || status=$?
    [ "$status" -eq 124 ] || { cat "$work/xcb.log"; fail "the app did not stay up under Xvfb (exit $status)"; }
    echo "bundle: app started under Xvfb (xcb) and kept running"
  fi
  if command -v weston >/dev/null; then
    # Wayland: a headless weston of our own, ended by its process id.
    mkdir "$work/run" && chmod 700 "$work/run"
    XDG_RUNTIME_DIR="$work/run" weston --backend=headless-backend.so --socket=so-check \
      --idle-time=0 >"$work/weston.log" 2>&1 &
    weston_pid=$!
    for _ in $(seq 50); do [ -S "$work/run/so-check" ] && break; sleep 0.1; done
    status=0; QPA=wayland run env XDG_RUNTIME_DIR="$work/run" WAYLAND_DISPLAY=so-check \
      timeout 8 "$exe" --demo >"$work/wayland.log" 2>&1 || status=$?
    kill "$weston_pid" 2>/dev/null || true
    wait "$weston_pid" 2>/dev/null || true
    [ "$status" -eq 124 ] || { cat "$work/wayland.log"; fail "the app did not stay up under Wayland (exit $status)"; }
    echo "bundle: app started under Wayland (headless weston) and kept running"
  fi
else
  echo "bundle: the GUI is not in this build yet: app start not checked"
fi
echo "bundle: all checks passed in $(( $(date +%s) - start )) s"
