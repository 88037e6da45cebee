from __future__ import annotations

import os
from pathlib import Path

from organizer.core.ingest.names import MAX_DISPLAY_CHARS, display_name


def test_plain_names_are_kept_as_they_are() -> None:
    shown = display_name(Path("/x/Lab results 2024.pdf"))
    assert shown.text == "Lab results 2024.pdf"
    assert shown.notes == []


def test_rtl_override_is_removed_and_explained() -> None:
    # Displayed as "reportfdp.exe" reversed: a classic disguise for a program.
    shown = display_name(Path("/x/report\u202eexe.pdf"))
    assert "\u202e" not in shown.text
    assert shown.text == "reportexe.pdf"
    assert any("reading direction" in note for note in shown.notes)


def test_names_that_are_not_utf8_are_shown_with_replacement_characters() -> None:
    path = Path(os.fsdecode(b"/x/Befund_M\xfcller.pdf"))  # Latin-1 bytes, not UTF-8
    shown = display_name(path)
    assert shown.text == "Befund_M\ufffdller.pdf"
    assert any("could not read" in note for note in shown.notes)


def test_very_long_names_are_shortened_keeping_the_extension() -> None:
    shown = display_name(Path("/x/" + "a" * 250 + ".pdf"))
    assert len(shown.text) <= MAX_DISPLAY_CHARS
    assert shown.text.endswith(".pdf")
    assert any("shortened" in note for note in shown.notes)


def test_control_characters_are_removed() -> None:
    shown = display_name(Path("/x/scan\x07\x1b[31m.jpg"))
    assert "\x1b" not in shown.text and "\x07" not in shown.text
    assert shown.notes
