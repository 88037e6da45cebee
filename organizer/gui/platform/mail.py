"""Handing a packet to the mail program, and showing a file in its folder, per platform.

The commands are built by plain functions (one per platform) so tests check exactly what
would run on Linux, macOS and Windows; ``hand_off_to_mail`` runs the one for this computer.
"""

from __future__ import annotations

import ctypes
import logging
import shutil
import subprocess
import sys
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

log = logging.getLogger(__name__)

MAPI_LOGON_UI = 0x1
MAPI_DIALOG = 0x8


class HandOff(Enum):
    ATTACHED = "attached"  # the mail program opened a new message with the file attached
    FOLDER_SHOWN = "folder"  # the folder was opened with the file selected, to attach by hand
    NOTHING = "nothing"  # neither worked; the page tells the user where the file is


def linux_mail_command(file: Path, subject: str, body: str, to: str = "") -> list[str]:
    command = ["xdg-email", "--utf8", "--subject", subject, "--body", body, "--attach", str(file)]
    if to:
        command.append(to)
    return command


def _applescript_text(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def macos_mail_command(file: Path, subject: str, body: str, to: str = "") -> list[str]:
    recipient = (
        f"make new to recipient at end of to recipients with properties "
        f"{{address:{_applescript_text(to)}}}\n"
        if to
        else ""
    )
    subject_text, body_text = _applescript_text(subject), _applescript_text(body)
    file_text = _applescript_text(str(file))
    script = (
        'tell application "Mail"\n'
        f"set m to make new outgoing message with properties "
        f"{{subject:{subject_text}, content:{body_text}, visible:true}}\n"
        "tell m\n"
        f"{recipient}"
        f"make new attachment with properties {{file name:(POSIX file {file_text})}} "
        "at after the last paragraph\n"
        "end tell\n"
        "activate\n"
        "end tell"
    )
    return ["osascript", "-e", script]


@dataclass(frozen=True)
class MapiMessage:
    """What MAPISendMailW is given on Windows (a dialog the user finishes and sends)."""

    subject: str
    body: str
    attachment_path: str
    attachment_name: str
    recipient: str
    flags: int = MAPI_DIALOG | MAPI_LOGON_UI


def windows_mapi_message(file: Path, subject: str, body: str, to: str = "") -> MapiMessage:
    return MapiMessage(subject, body, str(file), file.name, to)


def show_in_folder_commands(platform: str, file: Path) -> list[list[str]]:
    """Commands that open the file's folder with the file selected, best first."""
    if platform == "darwin":
        return [["open", "-R", str(file)]]
    if platform == "win32":
        return [["explorer", f"/select,{file}"]]
    uri = file.resolve().as_uri()
    return [
        [
            "dbus-send",
            "--session",
            "--print-reply",
            "--dest=org.freedesktop.FileManager1",
            "/org/freedesktop/FileManager1",
            "org.freedesktop.FileManager1.ShowItems",
            f"array:string:{uri}",
            "string:",
        ],
        ["xdg-open", str(file.parent)],  # cannot select the file, but shows the folder
    ]


def mail_command(
    platform: str, file: Path, subject: str, body: str, to: str = ""
) -> list[str] | None:
    """The command that opens a new message with the file attached, or None (Windows: MAPI)."""
    if platform == "darwin":
        return macos_mail_command(file, subject, body, to)
    if platform == "win32":
        return None
    return linux_mail_command(file, subject, body, to)


# How long to wait for a launcher (xdg-email, open, osascript) to report failure. Some start
# the mail program in the foreground (xdg-email with Thunderbird not yet running), so a launcher
# still running after this is taken as success and left alone, never killed.
LAUNCH_WAIT_S = 3.0
# Launchers left running; kept so they are reaped (polled) later rather than left as zombies.
_still_running: list[subprocess.Popen[bytes]] = []


def run_detached(command: list[str]) -> bool:
    """Start a program in its own session; False if it is missing or fails at once."""
    _still_running[:] = [p for p in _still_running if p.poll() is None]
    if shutil.which(command[0]) is None:
        return False
    try:
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    except OSError as exc:
        log.warning("could not start %s: %s", command[0], exc)
        return False
    try:
        return process.wait(timeout=LAUNCH_WAIT_S) == 0
    except subprocess.TimeoutExpired:
        _still_running.append(process)
        return True


def _send_mapi(message: MapiMessage) -> bool:  # pragma: no cover - Windows only
    class _Recip(ctypes.Structure):
        _fields_ = [
            ("reserved", ctypes.c_ulong),
            ("recip_class", ctypes.c_ulong),
            ("name", ctypes.c_wchar_p),
            ("address", ctypes.c_wchar_p),
            ("eid_size", ctypes.c_ulong),
            ("entry_id", ctypes.c_void_p),
        ]

    class _File(ctypes.Structure):
        _fields_ = [
            ("reserved", ctypes.c_ulong),
            ("flags", ctypes.c_ulong),
            ("position", ctypes.c_ulong),
            ("path", ctypes.c_wchar_p),
            ("name", ctypes.c_wchar_p),
            ("file_type", ctypes.c_void_p),
        ]

    class _Message(ctypes.Structure):
        _fields_ = [
            ("reserved", ctypes.c_ulong),
            ("subject", ctypes.c_wchar_p),
            ("text", ctypes.c_wchar_p),
            ("message_type", ctypes.c_wchar_p),
            ("date_received", ctypes.c_wchar_p),
            ("conversation_id", ctypes.c_wchar_p),
            ("flags", ctypes.c_ulong),
            ("originator", ctypes.c_void_p),
            ("recip_count", ctypes.c_ulong),
            ("recips", ctypes.POINTER(_Recip)),
            ("file_count", ctypes.c_ulong),
            ("files", ctypes.POINTER(_File)),
        ]

    attachment = _File(0, 0, 0xFFFFFFFF, message.attachment_path, message.attachment_name, None)
    recips = (_Recip * 1)(_Recip(0, 1, message.recipient, f"SMTP:{message.recipient}", 0, None))
    msg = _Message(
        0, message.subject, message.body, None, None, None, 0, None,
        1 if message.recipient else 0, recips if message.recipient else None,
        1, ctypes.pointer(attachment),
    )  # fmt: skip
    try:
        mapi = ctypes.WinDLL("mapi32.dll")  # type: ignore[attr-defined]
        code = mapi.MAPISendMailW(0, 0, ctypes.byref(msg), message.flags, 0)
    except OSError as exc:
        log.warning("MAPI not available: %s", exc)
        return False
    return int(code) in (0, 1)  # SUCCESS_SUCCESS, or MAPI_USER_ABORT (the user closed it)


def show_in_folder(file: Path, platform: str = sys.platform) -> bool:
    return any(run_detached(c) for c in show_in_folder_commands(platform, file))


def hand_off_to_mail(
    file: Path, subject: str, body: str, to: str = "", platform: str = sys.platform
) -> HandOff:
    """Open a new mail with the packet attached; else show it in its folder."""
    if platform == "win32":
        attached = _send_mapi(windows_mapi_message(file, subject, body, to))
    else:
        command = mail_command(platform, file, subject, body, to)
        attached = command is not None and run_detached(command)
    if attached:
        return HandOff.ATTACHED
    return HandOff.FOLDER_SHOWN if show_in_folder(file, platform) else HandOff.NOTHING
