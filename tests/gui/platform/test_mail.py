"""The mail hand-off builds the right command on each platform."""

from __future__ import annotations

from pathlib import Path

import pytest

from organizer.gui.platform import mail
from organizer.gui.platform.mail import HandOff

PACKET = Path("/tmp/usb/Packet for Dr. O'Neil.pdf")


def test_linux_uses_xdg_email_with_attachment() -> None:
    command = mail.mail_command("linux", PACKET, "Records", "Hello", "clinic@example.org")
    assert command == [
        "xdg-email", "--utf8", "--subject", "Records", "--body", "Hello",
        "--attach", str(PACKET), "clinic@example.org",
    ]  # fmt: skip


def test_macos_asks_mail_with_quoted_text() -> None:
    command = mail.mail_command("darwin", PACKET, 'The "records"', "Hi\\there")
    assert command is not None and command[:2] == ["osascript", "-e"]
    script = command[2]
    assert 'tell application "Mail"' in script
    assert 'subject:"The \\"records\\""' in script  # quotes cannot end the AppleScript string
    assert 'content:"Hi\\\\there"' in script
    assert f'POSIX file "{PACKET}"' in script
    assert "to recipient" not in script  # no address given, none invented


def test_windows_uses_mapi_with_a_dialog() -> None:
    assert mail.mail_command("win32", PACKET, "s", "b") is None
    message = mail.windows_mapi_message(PACKET, "Records", "Hello")
    assert message.attachment_path == str(PACKET)
    assert message.attachment_name == PACKET.name
    assert message.flags & mail.MAPI_DIALOG  # the user sees and sends the mail themselves


@pytest.mark.parametrize(
    ("platform", "expected"),
    [
        ("darwin", [["open", "-R", str(PACKET)]]),
        ("win32", [["explorer", f"/select,{PACKET}"]]),
    ],
)
def test_show_in_folder_selects_the_file(platform: str, expected: list[list[str]]) -> None:
    assert mail.show_in_folder_commands(platform, PACKET) == expected


def test_linux_show_in_folder_asks_the_file_manager_then_falls_back(tmp_path: Path) -> None:
    packet = tmp_path / "a b.pdf"
    first, second = mail.show_in_folder_commands("linux", packet)
    assert "org.freedesktop.FileManager1.ShowItems" in first
    assert f"array:string:{packet.as_uri()}" in first
    assert second == ["xdg-open", str(tmp_path)]


def test_hand_off_falls_back_to_the_folder_when_mail_fails(monkeypatch, tmp_path: Path) -> None:
    ran: list[list[str]] = []

    def fake_run(command: list[str]) -> bool:
        ran.append(command)
        return command[0] == "xdg-open"

    monkeypatch.setattr(mail, "run_detached", fake_run)
    packet = tmp_path / "p.pdf"
    assert mail.hand_off_to_mail(packet, "s", "b", platform="linux") is HandOff.FOLDER_SHOWN
    assert [c[0] for c in ran] == ["xdg-email", "dbus-send", "xdg-open"]

    monkeypatch.setattr(mail, "run_detached", lambda c: c[0] == "xdg-email")
    assert mail.hand_off_to_mail(packet, "s", "b", platform="linux") is HandOff.ATTACHED


def test_missing_program_is_reported_not_raised() -> None:
    assert mail.run_detached(["no-such-program-for-mail-xyz"]) is False


def test_a_launcher_still_running_counts_as_started_and_is_not_killed(
    monkeypatch, tmp_path: Path
) -> None:
    marker = tmp_path / "still running"
    monkeypatch.setattr(mail, "LAUNCH_WAIT_S", 0.2)
    script = f"import time, pathlib; time.sleep(0.6); pathlib.Path({str(marker)!r}).write_text('x')"
    import sys
    import time

    assert mail.run_detached([sys.executable, "-c", script]) is True
    deadline = time.monotonic() + 5
    while not marker.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert marker.exists()  # it went on running after we stopped waiting


def test_a_launcher_failing_at_once_is_reported() -> None:
    import sys

    assert mail.run_detached([sys.executable, "-c", "raise SystemExit(3)"]) is False
