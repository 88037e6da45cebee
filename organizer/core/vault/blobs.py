"""Encrypted blobs: one immutable file per stored original, thumbnail or text.

A blob file is an 8-byte prefix (magic, format version, cipher suite, two zero bytes) followed
by Cobblestone-256 output (C2SP chunked encryption: AES-256-GCM in 16 KiB chunks, per-message
key derived from a random salt, key commitment, chunk index in the nonce, a short final chunk
so truncation fails). The context binds the prefix, the vault id and the blob id, so a blob
swapped between documents or copied from another vault does not decrypt.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from cryptography.cobblestone import Cobblestone256Decryptor, Cobblestone256Encryptor
from cryptography.exceptions import InvalidTag

from organizer.core.vault.errors import VaultDamaged
from organizer.core.vault.format import BLOB_DIR
from organizer.core.vault.keys import LABEL

BLOB_MAGIC = b"SOVB"
SUITE_COBBLESTONE_256 = 1
BLOB_PREFIX = BLOB_MAGIC + bytes([1, SUITE_COBBLESTONE_256, 0, 0])
BLOB_SUFFIX = ".blob"
# Plaintext is read, and ciphertext written, in pieces this big: memory stays bounded.
IO_CHUNK = 1 << 20
_BLOB_ID = re.compile(r"^[0-9a-f]{32}$")


def is_blob_id(text: str) -> bool:
    return bool(_BLOB_ID.match(text))


def blob_path(folder: Path, blob_id: str) -> Path:
    if not is_blob_id(blob_id):
        raise ValueError(f"not a blob id: {blob_id!r}")
    return folder / BLOB_DIR / blob_id[:2] / f"{blob_id}{BLOB_SUFFIX}"


def blob_files(folder: Path) -> dict[str, Path]:
    """Every blob file in the vault, by id (temporary and foreign files are skipped)."""
    found: dict[str, Path] = {}
    root = folder / BLOB_DIR
    # os.scandir: the file type comes with the listing, no stat per entry (part of a commit).
    try:
        subs = [e.name for e in os.scandir(root) if len(e.name) == 2 and e.is_dir()]
    except (FileNotFoundError, NotADirectoryError):
        return found
    for sub in subs:
        with os.scandir(root / sub) as entries:
            for entry in entries:
                stem = entry.name.removesuffix(BLOB_SUFFIX)
                if len(stem) < len(entry.name) and stem[:2] == sub and is_blob_id(stem):
                    found[stem] = root / sub / entry.name
    return found


def missing_blob_ids(folder: Path, blob_ids: Iterable[str]) -> set[str]:
    """Those of ``blob_ids`` that have no file in the vault (one ``stat`` each, so a listing
    stays quick; an id that is not a blob id has no file either)."""
    root = os.path.join(folder, BLOB_DIR)
    missing = set()
    for blob_id in blob_ids:
        if not is_blob_id(blob_id):
            missing.add(blob_id)
            continue
        try:
            os.stat(os.path.join(root, blob_id[:2], blob_id + BLOB_SUFFIX))
        except (FileNotFoundError, NotADirectoryError):
            missing.add(blob_id)
    return missing


def _context(vault_id: str, blob_id: str) -> bytes:
    return LABEL + b"blob\0" + BLOB_PREFIX + vault_id.encode("ascii") + b"\0" + blob_id.encode()


def plaintext_pieces(data: bytes | bytearray | memoryview | BinaryIO) -> Iterator[bytes]:
    """The input in pieces of at most IO_CHUNK bytes, without reading a stream whole."""
    if isinstance(data, bytes | bytearray | memoryview):
        view = memoryview(data)
        for start in range(0, len(view), IO_CHUNK):
            yield bytes(view[start : start + IO_CHUNK])
        return
    while True:
        piece = data.read(IO_CHUNK)
        if not piece:
            return
        yield piece


def encrypt_pieces(
    key: bytes, vault_id: str, blob_id: str, pieces: Iterable[bytes]
) -> Iterator[bytes]:
    """The blob file's bytes, piece by piece."""
    encryptor = Cobblestone256Encryptor(key, _context(vault_id, blob_id))
    yield BLOB_PREFIX
    for piece in pieces:
        out = encryptor.update(piece)
        if out:
            yield out
    yield encryptor.finalize()


def decrypt_file(key: bytes, vault_id: str, blob_id: str, path: Path) -> Iterator[bytes]:
    """Plaintext pieces, each from chunks that authenticated. The end of the file is checked
    last: a truncated blob raises VaultDamaged after the pieces before it, so callers that
    must not act on partial data buffer until the iterator is exhausted."""
    try:
        handle = path.open("rb")
    except FileNotFoundError as exc:
        raise VaultDamaged(f"A stored file is missing (blob {blob_id}).") from exc
    with handle:
        yield from decrypt_stream(key, vault_id, blob_id, handle)


def decrypt_stream(key: bytes, vault_id: str, blob_id: str, handle: BinaryIO) -> Iterator[bytes]:
    """As ``decrypt_file``, from an open binary stream positioned at the blob's start."""
    damaged = VaultDamaged(f"A stored file is damaged (blob {blob_id}).")
    if handle.read(len(BLOB_PREFIX)) != BLOB_PREFIX:
        raise damaged
    decryptor = Cobblestone256Decryptor(key, _context(vault_id, blob_id))
    try:
        while True:
            piece = handle.read(IO_CHUNK)
            if not piece:
                break
            out = decryptor.update(piece)
            if out:
                yield out
        tail = decryptor.finalize()
    except InvalidTag as exc:
        raise damaged from exc
    if tail:
        yield tail
