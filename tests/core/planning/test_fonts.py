from __future__ import annotations

from pathlib import Path

import pytest

from organizer.core.errors import UserError
from organizer.core.planning import fonts
from organizer.core.resources import resource_path


def test_font_file_is_the_bundled_one() -> None:
    path = fonts.font_file("DejaVuSans.ttf")
    assert path == resource_path("fonts", "DejaVuSans.ttf")
    assert path.read_bytes()[:4] == b"\x00\x01\x00\x00"  # a TrueType font


def test_missing_font_is_a_plain_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def not_bundled(*parts: str) -> Path:
        raise FileNotFoundError("/".join(parts))

    monkeypatch.setattr(fonts, "resource_path", not_bundled)
    with pytest.raises(UserError, match=r"font DejaVuSans\.ttf is missing"):
        fonts.font_file("DejaVuSans.ttf")
