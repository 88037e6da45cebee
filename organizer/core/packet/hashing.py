"""The packet's SHA-256 and its content-derived ID, from a stream or from a saved file.

qpdf saves with a fixed test ID (``static_id=True``): "/ID [<x><x>]" in the trailer at the
very end. That ID is replaced by the first 16 bytes of the SHA-256 of everything before it: a
content-derived ID (as qpdf's own ``deterministic_id``, which costs an extra MD5 pass over the
whole file) from the same single hashing pass that gives the file's SHA-256. So the same
content gives the same bytes, and two different packets never share an ID.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
from collections.abc import Callable
from typing import Any, BinaryIO, cast

_FIXED_ID = re.compile(rb"/ID \[<([0-9a-f]{32})><\1>\]")
# The trailer is within the last few hundred bytes; look back at least this far to find it.
_TAIL = 64 * 1024
_CHUNK = 1 << 20


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _content_id(prefix_hash: Any) -> bytes:
    """The trailer's ID entry made from the hash of everything before it (same length as
    qpdf's fixed one)."""
    ident: bytes = prefix_hash.copy().hexdigest()[:32].encode("ascii")
    return b"/ID [<" + ident + b"><" + ident + b">]"


class HashingWriter(io.RawIOBase):
    """A write-only stream that hashes what passes through, and writes it on if given a
    target (the packet in memory for printing; nothing when only the hash is wanted).

    With ``content_id``, the last 64 KiB are held back until ``finish`` and qpdf's fixed ID
    is replaced there (see the module's docstring).
    """

    def __init__(self, target: BinaryIO | None = None, *, content_id: bool = False) -> None:
        super().__init__()
        self._target = target
        self._hash = hashlib.sha256()
        self.size = 0
        self._held: list[bytes] | None = [] if content_id else None
        self._held_size = 0

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        if self._held is None:
            self._emit(data)
            return len(data)
        self._held.append(bytes(data))  # the caller reuses its buffer
        self._held_size += len(data)
        while self._held_size - len(self._held[0]) >= _TAIL:
            first = self._held.pop(0)
            self._held_size -= len(first)
            self._emit(first)
        return len(data)

    def finish(self) -> None:
        """Pass on what was held back, with the content-derived ID in place of qpdf's."""
        if not self._held:
            return
        tail = b"".join(self._held)
        self._held, self._held_size = [], 0
        found = list(_FIXED_ID.finditer(tail))  # the last one is the trailer's
        if not found:
            self._emit(tail)  # no fixed ID (a future qpdf?): still deterministic, left as is
            return
        self._emit(tail[: found[-1].start()])
        self._emit(_content_id(self._hash) + tail[found[-1].end() :])

    def _emit(self, data: bytes | bytearray | memoryview) -> None:
        self._hash.update(data)
        if self._target is not None:
            self._target.write(data)
        self.size += len(data)

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


def hash_through(sink: HashingWriter, produce: Callable[[BinaryIO], None]) -> None:
    """Let ``produce`` write into ``sink``; qpdf writes many small pieces, which a buffer
    gathers, while its big pieces (image data) pass straight through."""
    buffered = io.BufferedWriter(cast(Any, sink), buffer_size=64 * 1024)
    produce(cast(BinaryIO, buffered))
    buffered.flush()
    sink.finish()


def hash_saved_file(
    fd: int, *, content_id: bool, write_at: Callable[[int, bytes, int], None]
) -> tuple[str, int]:
    """(SHA-256, size) of the file open as ``fd``, read from the start; with ``content_id``
    qpdf's fixed ID in it is first replaced, in place, through ``write_at(fd, data, offset)``.
    """
    size = os.fstat(fd).st_size
    hashed = hashlib.sha256()
    id_at = -1
    if content_id:
        tail_start = max(0, size - _TAIL)
        found = list(_FIXED_ID.finditer(_read_at(fd, tail_start, size - tail_start)))
        if found:
            id_at = tail_start + found[-1].start()
    if id_at < 0:
        _hash_range(hashed, fd, 0, size)
        return hashed.hexdigest(), size
    _hash_range(hashed, fd, 0, id_at)
    new_id = _content_id(hashed)
    write_at(fd, new_id, id_at)
    hashed.update(new_id)
    _hash_range(hashed, fd, id_at + len(new_id), size)
    return hashed.hexdigest(), size


def _hash_range(hashed: Any, fd: int, start: int, end: int) -> None:
    # Reading and hashing release the GIL: other threads run meanwhile.
    position = start
    while position < end:
        piece = _read_at(fd, position, min(_CHUNK, end - position))
        hashed.update(piece)
        position += len(piece)


def _read_at(fd: int, offset: int, count: int) -> bytes:
    """``count`` bytes at ``offset`` (os.pread is not on Windows)."""
    os.lseek(fd, offset, os.SEEK_SET)
    pieces = []
    while count > 0:
        piece = os.read(fd, count)
        if not piece:
            raise OSError(f"the file ended {count} bytes early")
        pieces.append(piece)
        count -= len(piece)
    return b"".join(pieces)
