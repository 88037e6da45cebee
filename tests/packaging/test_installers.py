"""Windows and macOS packaging files and the PyInstaller spec: app id, version source, modules."""

from __future__ import annotations

import ast
import plistlib
import re
import tomllib
from pathlib import Path

from PIL import Image, ImageChops

from organizer import APP_ID, APP_NAME, __version__
from tests.packaging.helpers import ROOT, load_script

SPEC = ROOT / "packaging" / "pyinstaller" / "second-opinion.spec"
ISS = ROOT / "packaging" / "windows" / "second-opinion.iss"
PLIST = ROOT / "packaging" / "macos" / "Info.plist"


def spec_list(name: str) -> list[str]:
    """A top-level list of strings assigned in the spec, read without running PyInstaller."""
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == name:
            value = ast.literal_eval(node.value)
            assert isinstance(value, list)
            return value
    raise AssertionError(f"the spec defines no {name}")


def pyside_modules_imported_by_the_app() -> set[str]:
    found = set()
    for path in (ROOT / "organizer").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            found |= {".".join(n.split(".")[:2]) for n in names if n.startswith("PySide6.Qt")}
    return found


def test_spec_bundles_every_qt_module_the_app_imports_and_excludes_the_heavy_ones() -> None:
    wanted, unused = set(spec_list("QT_MODULES")), set(spec_list("QT_UNUSED"))
    assert not wanted & unused
    assert {"PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtWidgets"} <= wanted
    assert {"PySide6.QtWebEngineCore", "PySide6.QtQuick", "PySide6.QtMultimedia"} <= unused
    missing = pyside_modules_imported_by_the_app() - wanted
    assert not missing, f"add {sorted(missing)} to QT_MODULES in {SPEC.name} (and out of QT_UNUSED)"


def test_spec_names_every_runtime_dependency() -> None:
    with (ROOT / "pyproject.toml").open("rb") as f:
        deps = tomllib.load(f)["project"]["dependencies"]
    import_names = {"pillow": "PIL", "pillow-heif": "pillow_heif", "rl-accel": "_rl_accel"}
    expected = {
        import_names.get(name, name.replace("-", "_"))
        for name in (re.split(r"[<>=!~ \[;]", dep, maxsplit=1)[0].lower() for dep in deps)
        if not name.startswith("pyside6")
    }
    assert expected <= set(spec_list("RUNTIME_MODULES"))


def test_inno_setup_script_installs_per_user_under_the_app_id() -> None:
    text = ISS.read_text(encoding="utf-8")
    assert f'#define AppId "{APP_ID}"' in text
    assert f'#define AppName "{APP_NAME}"' in text
    assert re.search(r"^PrivilegesRequired=lowest$", text, re.MULTILINE)
    assert re.search(r"^AppVersion=\{#AppVersion\}$", text, re.MULTILINE)
    assert __version__ not in text, "the version comes from ISCC /DAppVersion, not the script"
    assert re.search(r'^Name: "\{autoprograms\}\\\{#AppName\}"', text, re.MULTILINE)
    # The Start-menu shortcut runs the windowed program the spec builds on Windows.
    exe = re.search(r'#define AppExe "(.+)\.exe"', text)
    assert exe and f'make_exe("{exe[1]}", console=False)' in SPEC.read_text(encoding="utf-8")


def locked_pyside_macos_minimum() -> tuple[int, int]:
    lock = tomllib.loads((ROOT / "uv.lock").read_text(encoding="utf-8"))
    versions = []
    for package in lock["package"]:
        if package["name"] in ("pyside6-essentials", "pyside6-pdf", "shiboken6"):
            for wheel in package.get("wheels", []):
                match = re.search(r"macosx_(\d+)_(\d+)", wheel["url"])
                if match:
                    versions.append((int(match[1]), int(match[2])))
    assert versions
    return max(versions)


def test_macos_info_plist_has_the_app_id_and_the_real_minimum_os() -> None:
    template = PLIST.read_text(encoding="utf-8")
    assert template.count("<string>@VERSION@</string>") == 2 and __version__ not in template
    info = plistlib.loads(template.replace("@VERSION@", __version__).encode())
    assert info["CFBundleIdentifier"] == APP_ID
    assert info["CFBundleName"] == APP_NAME
    assert info["CFBundleShortVersionString"] == __version__
    minimum = tuple(int(part) for part in info["LSMinimumSystemVersion"].split("."))
    assert minimum >= locked_pyside_macos_minimum(), "PySide6's wheels need a newer macOS"


def test_windows_icon_holds_every_size_drawn_for_it(tmp_path: Path) -> None:
    render_icons = load_script("scripts/render_icons.py")
    ico = tmp_path / "app.ico"
    render_icons.write_ico(ico)
    with Image.open(ico) as icon:
        assert icon.info["sizes"] == {(s, s) for s in render_icons.ICO_SIZES}
        icon.size = (16, 16)  # pick the 16 px image out of the file
        small = icon.convert("RGBA")
    with Image.open(render_icons.png_path(16)) as png:
        assert ImageChops.difference(small, png.convert("RGBA")).getbbox() is None
