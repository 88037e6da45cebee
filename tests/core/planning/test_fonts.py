from __future__ import annotations

from pathlib import Path

import pytest

from organizer.core.errors import UserError
from organizer.core.planning import fonts


def test_font_file_is_found() -> None:
    path = fonts.font_file("DejaVuSans.ttf")
    assert path.is_file() and path.read_bytes()[:4] in (b"\x00\x01\x00\x00", b"true")


def test_missing_font_is_a_plain_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(fonts, "_SYSTEM_DIRS", (tmp_path,))
    monkeypatch.setattr(fonts, "_bundled_locator", lambda: None)
    with pytest.raises(UserError, match="font"):
        fonts.font_file("DejaVuSans.ttf")


def test_a_bundle_without_the_font_falls_back_to_the_system(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    system_copy = tmp_path / "DejaVuSans.ttf"
    system_copy.write_bytes(fonts.font_file("DejaVuSans.ttf").read_bytes())

    def locator(*parts: str) -> Path:
        raise FileNotFoundError("/".join(parts))

    monkeypatch.setattr(fonts, "_bundled_locator", lambda: locator)
    monkeypatch.setattr(fonts, "_SYSTEM_DIRS", (tmp_path,))
    assert fonts.font_file("DejaVuSans.ttf") == system_copy
