"""Opening a vault folder: read the header (or its copy), unlock a key slot, check the header's
MAC, then load the newest index generation that authenticates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from organizer.core.errors import UserError
from organizer.core.model import SchemaTooNew, VaultContent, utc_now
from organizer.core.vault.atomic import StorageError, atomic_write_bytes
from organizer.core.vault.errors import (
    NotAVault,
    VaultDamaged,
    VaultError,
    VaultTooNew,
    WrongPassphrase,
)
from organizer.core.vault.format import HEADER_BACKUP_NAME, HEADER_NAME, Header, read_header
from organizer.core.vault.index import decode_index, index_path, list_generations
from organizer.core.vault.keys import VaultKeys
from organizer.core.vault.lock import VaultLock
from organizer.core.vault.recovery import parse_recovery_code
from organizer.core.vault.slots import KeySlot, SlotKind, slot_kek
from organizer.core.vault.state import GenerationMemory

if TYPE_CHECKING:
    from organizer.core.vault.keychain import Keychain


class NotRemembered(VaultError):
    def __init__(self) -> None:
        super().__init__("This computer does not remember this vault. Use its passphrase.")


@dataclass
class Opened:
    path: Path
    header: Header
    keys: VaultKeys
    content: VaultContent
    generation: int
    lock: VaultLock | None  # None: the folder is read-only
    warnings: list[str]


def index_document(vault_id: str, generation: int, content: VaultContent) -> dict[str, Any]:
    return {
        "vault_id": vault_id,
        "generation": generation,
        "saved_at": utc_now().isoformat(),
        "content": content.to_dict(),
    }


def open_folder(
    path: Path,
    memory: GenerationMemory,
    *,
    passphrase: str | None,
    recovery_code: str | None,
    keychain: Keychain | None,
) -> Opened:
    if not path.is_dir():
        raise NotAVault(f"There is no vault at {path}.")
    header, from_backup = load_header(path)
    warnings: list[str] = []
    lock: VaultLock | None = VaultLock(path)
    try:
        assert lock is not None
        lock.acquire()
    except StorageError as exc:
        lock = None
        warnings.append(f"{exc} The vault is open for reading only: nothing can be changed.")
    keys: VaultKeys | None = None
    try:
        keys = unlock(header, passphrase=passphrase, recovery_code=recovery_code, keychain=keychain)
        if not header.mac_is_valid(keys.header_mac):
            raise VaultDamaged(
                "The vault file is damaged or was tampered with (its seal does not match)."
            )
        if lock is not None and from_backup:
            _repair_header(path, header, warnings)
        elif from_backup:
            warnings.append(
                "The vault file is damaged; the vault opened from its backup copy (vault.json.bak)."
            )
        content, generation, index_warnings = load_newest_index(path, keys, header.vault_id)
        warnings += index_warnings
        if not index_warnings:
            warnings += _rollback_warnings(memory, header.vault_id, generation)
        memory.record(header.vault_id, generation)
    except BaseException:
        if keys is not None:
            keys.wipe()
        if lock is not None:
            lock.release()
        raise
    return Opened(path, header, keys, content, generation, lock, warnings)


def load_header(path: Path) -> tuple[Header, bool]:
    """The main header, or its copy if the main one is damaged or missing (True then)."""
    problems: list[Exception] = []
    for name in (HEADER_NAME, HEADER_BACKUP_NAME):
        try:
            return read_header(path / name), name == HEADER_BACKUP_NAME
        except (VaultDamaged, NotAVault, VaultTooNew) as exc:
            problems.append(exc)
        except PermissionError as exc:
            raise UserError(f"This computer does not allow reading the vault in {path}.") from exc
    # Damage outranks "newer version" outranks "no vault here".
    for kind in (VaultDamaged, VaultTooNew, NotAVault):
        for found in problems:
            if isinstance(found, kind):
                raise found
    raise AssertionError("unreachable")


def unlock(
    header: Header,
    *,
    passphrase: str | None = None,
    recovery_code: str | None = None,
    keychain: Keychain | None = None,
) -> VaultKeys:
    vault_id = header.vault_id
    if passphrase is not None:
        keys = _try_slots(header.slots_of(SlotKind.PASSPHRASE), vault_id, passphrase=passphrase)
        if keys is None:
            raise WrongPassphrase()
        return keys
    if recovery_code is not None:
        secret = parse_recovery_code(recovery_code)
        keys = _try_slots(header.slots_of(SlotKind.RECOVERY), vault_id, secret=secret)
        if keys is None:
            raise WrongPassphrase(
                "That recovery code does not open this vault (a newer code may have replaced it)."
            )
        return keys
    if keychain is not None:
        device_secret = keychain.load(vault_id)
        keys = None
        if device_secret is not None:
            keys = _try_slots(header.slots_of(SlotKind.DEVICE), vault_id, secret=device_secret)
        if keys is None:
            raise NotRemembered()
        return keys
    raise UserError("A passphrase or recovery code is needed to open the vault.")


def _try_slots(
    slots: list[KeySlot],
    vault_id: str,
    *,
    passphrase: str | None = None,
    secret: bytes | None = None,
) -> VaultKeys | None:
    for slot in slots:
        master = slot.unwrap(vault_id, slot_kek(slot, passphrase=passphrase, secret=secret))
        if master is not None:
            return VaultKeys(master)
    return None


def _repair_header(path: Path, header: Header, warnings: list[str]) -> None:
    """The vault is ours and opened from the header's copy: write the copy back.

    (Stray temporary files are left for the first commit to sweep, so opening, which every
    command does, does not walk the blob folders.)"""
    try:
        atomic_write_bytes(path / HEADER_NAME, header.encode())
        warnings.append(
            "The vault file was damaged; it was repaired from its backup copy "
            "(vault.json.bak). Nothing in the vault was lost."
        )
    except (OSError, VaultError):
        warnings.append(
            "The vault file is damaged; the vault opened from its backup copy "
            "(vault.json.bak), which could not be copied back."
        )


def load_newest_index(
    path: Path, keys: VaultKeys, vault_id: str
) -> tuple[VaultContent, int, list[str]]:
    """Content of the newest sound generation, its number, and warnings naming what was lost."""
    generations = list_generations(path)
    if not generations:
        raise VaultDamaged("The vault is damaged: its list of contents is missing.")
    lost: list[int] = []
    for generation in generations:
        try:
            content = read_index(path, keys, vault_id, generation)
        except VaultDamaged:
            lost.append(generation)
            continue
        warnings = [_lost_warning(path, lost, generation)] if lost else []
        return content, generation, warnings
    raise VaultDamaged(
        "The vault is damaged: every saved copy of its list of contents failed its check."
    )


def read_index(path: Path, keys: VaultKeys, vault_id: str, generation: int) -> VaultContent:
    file = index_path(path, generation)
    try:
        raw = file.read_bytes()
    except OSError as exc:
        raise VaultDamaged(f"The vault's list of contents ({file.name}) cannot be read.") from exc
    document = decode_index(keys.index, vault_id, generation, raw)
    try:
        return VaultContent.from_dict(document["content"])
    except SchemaTooNew as exc:
        raise VaultTooNew() from exc
    except (KeyError, TypeError, ValueError) as exc:
        raise VaultDamaged(
            f"The vault's list of contents is damaged (generation {generation})."
        ) from exc


def _saved_on(path: Path, generation: int) -> str:
    try:
        mtime = index_path(path, generation).stat().st_mtime
    except OSError:
        return "at an unknown time"
    return "on " + datetime.fromtimestamp(mtime, UTC).strftime("%Y-%m-%d at %H:%M UTC")


def _lost_warning(path: Path, lost: list[int], used: int) -> str:
    saves = "; ".join(f"save {g} ({_saved_on(path, g)})" for g in sorted(lost))
    return (
        f"The latest changes could not be read because they are damaged: {saves}. "
        f"The vault opened as it was at save {used} ({_saved_on(path, used)}); changes made "
        "after that are missing. Keep a copy of this folder and run a check of the vault."
    )


def _rollback_warnings(memory: GenerationMemory, vault_id: str, generation: int) -> list[str]:
    seen = memory.last_seen(vault_id)
    if seen is None or generation >= seen:
        return []
    return [
        f"This vault is older than the one this computer last opened (it is at save "
        f"{generation}; save {seen} was seen before). It may be an older copy or a backup: "
        "changes made since then are not in it."
    ]
