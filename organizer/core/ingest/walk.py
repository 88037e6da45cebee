"""Turning the paths a user gave (files and folders) into an ordered list of files."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

# Files and folders operating systems and tools leave behind; never documents.
_SYSTEM_NAMES = frozenset(
    {
        "thumbs.db",
        "ehthumbs.db",
        "desktop.ini",
        "__macosx",
        "$recycle.bin",
        "system volume information",
        "icon\r",
    }
)
_HIDDEN_ATTRIBUTES = 0x2 | 0x4  # Windows FILE_ATTRIBUTE_HIDDEN | FILE_ATTRIBUTE_SYSTEM


@dataclass(frozen=True)
class Candidate:
    """A file to import, or a path that could not even be looked into (``problem``)."""

    path: Path
    problem: str | None = None


def natural_key(name: str) -> list[str | int]:
    """Sort key so that "page 2" comes before "page 10" (case-insensitive)."""
    # re.split with a group alternates text and digits, so positions always compare alike.
    return [
        int(part) if i % 2 else part.casefold() for i, part in enumerate(re.split(r"(\d+)", name))
    ]


def expand(paths: Iterable[Path], exclude: Path | None = None) -> list[Candidate]:
    """Files in the order given; a folder's files in natural name order, recursively.

    Hidden and system files inside folders are skipped; a file named explicitly is always
    taken (the user asked for it). Symbolic links are listed (and refused later), never
    followed, so a link loop cannot trap the walk. ``exclude`` (the vault's own folder) is
    skipped inside folders and refused when named.
    """
    found: list[Candidate] = []
    skip = _identity(exclude) if exclude is not None else None
    for path in paths:
        if skip is not None and _inside(path, skip):
            found.append(Candidate(path, _IN_VAULT))
        elif _is_real_dir(path):
            _walk(path, found, skip)
        else:
            found.append(Candidate(path))
    return found


_IN_VAULT = "This is part of the vault itself (its encrypted files), not a document to add."


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def _inside(path: Path, folder: tuple[int, int] | None) -> bool:
    """True when ``path`` is the folder or lies below it (compared by device and inode)."""
    if folder is None:
        return False
    current = Path(os.path.abspath(path))
    return any(_identity(candidate) == folder for candidate in (current, *current.parents))


def is_skipped(entry: os.DirEntry[str]) -> bool:
    name = entry.name
    if name.startswith(".") or name.startswith("~$") or name.casefold() in _SYSTEM_NAMES:
        return True
    try:
        attributes = getattr(entry.stat(follow_symlinks=False), "st_file_attributes", 0)
    except OSError:
        return False
    return bool(attributes & _HIDDEN_ATTRIBUTES)


def _is_real_dir(path: Path) -> bool:
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except OSError:
        return False


def _walk(folder: Path, found: list[Candidate], skip: tuple[int, int] | None) -> None:
    if skip is not None and _identity(folder) == skip:
        return
    try:
        with os.scandir(folder) as it:
            entries = sorted(
                (e for e in it if not is_skipped(e)), key=lambda e: natural_key(e.name)
            )
    except OSError as exc:
        reason = "permission denied" if isinstance(exc, PermissionError) else exc.strerror
        found.append(Candidate(folder, f"This folder could not be opened ({reason})."))
        return
    for entry in entries:
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            _walk(path, found, skip)
        else:
            found.append(Candidate(path))
