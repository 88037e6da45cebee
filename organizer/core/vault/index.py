"""Encrypted index generations: ``index/<generation>.idx``, one per commit.

An index file is an 8-byte prefix (magic, format version, cipher suite, two zero bytes) and
Cobblestone-256 output whose context binds the prefix, the vault id and the generation, so an
index cannot be renamed to another generation or moved to another vault. The plaintext is an
8-byte big-endian length, the canonical JSON of the index, and zero bytes up to a multiple of
4 KiB (so the file size tells little about what changed).
"""

from __future__ import annotations

import json
import re
import struct
from pathlib import Path
from typing import Any

from cryptography.cobblestone import Cobblestone256Decryptor, Cobblestone256Encryptor
from cryptography.exceptions import InvalidTag

from organizer.core.vault.canonical import canonical_json
from organizer.core.vault.errors import VaultDamaged
from organizer.core.vault.format import INDEX_DIR
from organizer.core.vault.keys import LABEL

INDEX_MAGIC = b"SOVI"
SUITE_COBBLESTONE_256 = 1
INDEX_PREFIX = INDEX_MAGIC + bytes([1, SUITE_COBBLESTONE_256, 0, 0])
PAD_TO = 4096
KEEP_GENERATIONS = 3  # the newest and two older ones, to fall back on if the newest is damaged
_NAME = re.compile(r"^(\d{12})\.idx$")
_LENGTH = struct.Struct(">Q")


def index_path(folder: Path, generation: int) -> Path:
    return folder / INDEX_DIR / f"{generation:012d}.idx"


def list_generations(folder: Path) -> list[int]:
    """Generations present on disk, newest first."""
    root = folder / INDEX_DIR
    if not root.is_dir():
        return []
    found = []
    for path in root.iterdir():
        match = _NAME.match(path.name)
        if match and int(match.group(1)) > 0:
            found.append(int(match.group(1)))
    return sorted(found, reverse=True)


def _context(vault_id: str, generation: int) -> bytes:
    return LABEL + b"index\0" + INDEX_PREFIX + vault_id.encode("ascii") + b"\0%d" % generation


def encode_index(key: bytes, vault_id: str, generation: int, document: dict[str, Any]) -> bytes:
    body = canonical_json(document)
    plain = _LENGTH.pack(len(body)) + body
    plain += bytes(-len(plain) % PAD_TO)
    encryptor = Cobblestone256Encryptor(key, _context(vault_id, generation))
    return INDEX_PREFIX + encryptor.update(plain) + encryptor.finalize()


def decode_index(key: bytes, vault_id: str, generation: int, raw: bytes) -> dict[str, Any]:
    """The index as JSON data; VaultDamaged if it fails authentication or is malformed."""
    damaged = VaultDamaged(f"The vault's list of contents is damaged (generation {generation}).")
    if not raw.startswith(INDEX_PREFIX):
        raise damaged
    decryptor = Cobblestone256Decryptor(key, _context(vault_id, generation))
    try:
        plain = decryptor.update(raw[len(INDEX_PREFIX) :]) + decryptor.finalize()
    except InvalidTag as exc:
        raise damaged from exc
    # Authenticated from here on: a malformed body means a bug or a tampering key holder.
    if len(plain) < _LENGTH.size or len(plain) % PAD_TO:
        raise damaged
    (length,) = _LENGTH.unpack_from(plain)
    end = _LENGTH.size + length
    if end > len(plain) or any(plain[end:]):
        raise damaged
    try:
        document = json.loads(plain[_LENGTH.size : end].decode("ascii"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise damaged from exc
    if not isinstance(document, dict) or document.get("generation") != generation:
        raise damaged
    if document.get("vault_id") != vault_id:
        raise damaged
    return document
