"""packaging/linux/install-user.sh: a per-user install a desktop finds, and a clean removal."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from organizer import APP_ID
from tests.conftest import require_tool
from tests.packaging.helpers import ROOT, desktop_entry

SCRIPT = ROOT / "packaging" / "linux" / "install-user.sh"


def fake_bundle(folder: Path) -> Path:
    """A stand-in for the PyInstaller folder: a program that prints like the real one."""
    folder.mkdir()
    program = folder / "second-opinion"
    program.write_text("#!/bin/sh\necho 'Second Opinion Organizer test-bundle'\n")
    program.chmod(0o755)
    (folder / "_internal").mkdir()
    return folder


def run_script(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    bash = require_tool("bash")
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}
    return subprocess.run(
        [bash, str(SCRIPT), *args], env=env, capture_output=True, text=True, timeout=60
    )


def test_install_puts_program_menu_entry_and_icons_where_desktops_look(tmp_path: Path) -> None:
    home = tmp_path / "home"
    result = run_script(home, str(fake_bundle(tmp_path / "bundle")))
    assert result.returncode == 0, result.stderr

    command = home / ".local" / "bin" / "second-opinion"
    output = subprocess.run([command], capture_output=True, text=True, timeout=10).stdout
    assert output.strip() == "Second Opinion Organizer test-bundle"

    share = home / ".local" / "share"
    desktop = share / "applications" / f"{APP_ID}.desktop"
    validator = require_tool("desktop-file-validate")
    check = subprocess.run([validator, str(desktop)], capture_output=True, text=True, timeout=30)
    assert check.returncode == 0 and check.stdout == "", check.stdout
    # The menu entry runs the installed program by its full path (~/.local/bin may be off PATH).
    assert desktop_entry(desktop)["Desktop Entry"]["Exec"] == f'"{command}"'
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (share / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()


def test_uninstall_removes_the_program_and_keeps_the_users_vaults(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert run_script(home, str(fake_bundle(tmp_path / "bundle"))).returncode == 0
    vault = home / ".local" / "share" / "second-opinion" / "vault-file"
    vault.parent.mkdir(parents=True)
    vault.write_text("fictional vault stand-in")

    result = run_script(home, "--uninstall")
    assert result.returncode == 0, result.stderr
    assert not (home / ".local" / "bin" / "second-opinion").exists()
    assert not (home / ".local" / "lib" / "second-opinion").exists()
    assert list((home / ".local" / "share").rglob(f"{APP_ID}.*")) == []
    assert vault.read_text() == "fictional vault stand-in"


def test_install_refuses_a_folder_without_the_program(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = run_script(tmp_path / "home", str(tmp_path / "empty"))
    assert result.returncode == 1
    assert "no bundle" in result.stderr
    assert not (tmp_path / "home" / ".local" / "bin").exists()
