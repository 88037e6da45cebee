"""Checking a vault end to end (``verify``) and writing a verified copy of it (``backup``)."""

from __future__ import annotations

import hashlib
import secrets
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from organizer.core.errors import UserError
from organizer.core.model import Document
from organizer.core.progress import CancelToken, ProgressCallback
from organizer.core.vault.atomic import (
    atomic_write_chunks,
    ensure_folder,
    fsync_dir,
    storage_errors,
)
from organizer.core.vault.blobs import IO_CHUNK, blob_files, blob_path, decrypt_file
from organizer.core.vault.errors import NotAVault, VaultDamaged, VaultTooNew
from organizer.core.vault.format import (
    BLOB_DIR,
    HEADER_BACKUP_NAME,
    HEADER_NAME,
    INDEX_DIR,
    read_header,
)
from organizer.core.vault.index import index_path, list_generations
from organizer.core.vault.keys import VaultKeys
from organizer.core.vault.opening import read_index

if TYPE_CHECKING:
    from organizer.core.vault.vault import Vault


@dataclass(frozen=True)
class VerifyProblem:
    item: str  # what is affected, in words: 'document "CT report" (3f2a9c1e)'
    problem: str  # what is wrong: "its original file is damaged"

    def __str__(self) -> str:
        return f"{self.item}: {self.problem}"


@dataclass
class VerifyReport:
    problems: list[VerifyProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # worth knowing, not damage
    documents_checked: int = 0
    files_checked: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(
    folder: Path,
    keys: VaultKeys,
    vault: Vault,
    progress: ProgressCallback,
    cancel: CancelToken | None,
) -> VerifyReport:
    """Authenticate the headers, every index generation and every blob the content needs."""
    report = VerifyReport()
    _check_headers(folder, keys, vault, report)
    _check_generations(folder, keys, vault, report)
    referenced = vault.content.referenced_blob_ids()
    docs = vault.content.documents
    total = sum(len(d.blob_ids()) for d in docs)
    done = 0
    checked: set[str] = set()
    for doc in docs:
        for blob_id, role, expected in _doc_blobs(doc):
            if cancel is not None:
                cancel.check()
            progress(done, total, doc.title)
            problem = _check_blob(folder, keys, vault.vault_id, blob_id, expected)
            if problem:
                report.problems.append(VerifyProblem(_doc_name(doc), f"its {role} {problem}"))
            checked.add(blob_id)
            done += 1
        report.documents_checked += 1
    for blob_id in sorted(referenced - checked):  # pinned by the share log only
        problem = _check_blob(folder, keys, vault.vault_id, blob_id, None)
        if problem:
            report.problems.append(VerifyProblem("a file kept for a shared packet", problem))
        checked.add(blob_id)
    report.files_checked = len(checked)
    progress(total, total, "")
    unused = set(blob_files(folder)) - referenced - vault.pending_blob_ids()
    if unused:
        report.notes.append(
            f"{len(unused)} stored file(s) belong to no document in the current list "
            "(kept while older saves need them, removed later)."
        )
    return report


def _check_headers(folder: Path, keys: VaultKeys, vault: Vault, report: VerifyReport) -> None:
    copies = {}
    for name in (HEADER_NAME, HEADER_BACKUP_NAME):
        item = f"the vault file ({name})"
        try:
            header = read_header(folder / name)
        except NotAVault:
            report.problems.append(VerifyProblem(item, "is missing"))
            continue
        except (VaultDamaged, VaultTooNew):
            report.problems.append(VerifyProblem(item, "is damaged"))
            continue
        if header.vault_id != vault.vault_id or not header.mac_is_valid(keys.header_mac):
            report.problems.append(
                VerifyProblem(item, "does not match this vault's seal (damaged or tampered with)")
            )
            continue
        copies[name] = header.encode()
    if len(copies) == 2 and copies[HEADER_NAME] != copies[HEADER_BACKUP_NAME]:
        report.notes.append("The backup copy of the vault file is older than the vault file.")


def _check_generations(folder: Path, keys: VaultKeys, vault: Vault, report: VerifyReport) -> None:
    generations = list_generations(folder)
    for generation in generations:
        try:
            read_index(folder, keys, vault.vault_id, generation)
        except (VaultDamaged, VaultTooNew):
            report.problems.append(
                VerifyProblem(f"the list of contents, save {generation}", "is damaged")
            )
    if generations and generations[0] > vault.generation and report.ok:
        report.notes.append(
            f"A newer save ({generations[0]}) exists than the one open ({vault.generation})."
        )


def _doc_name(doc: Document) -> str:
    return f'document "{doc.title}" ({doc.id[:8]})'


def _doc_blobs(doc: Document) -> Iterator[tuple[str, str, tuple[int, str] | None]]:
    """(blob id, what it is, expected (size, sha256) or None) for each file of a document."""
    many = len(doc.parts) > 1
    for number, part in enumerate(doc.parts, start=1):
        label = f"original file {number}" if many else "original file"
        yield part.blob_id, label, (part.size, part.sha256)
        if part.unlocked_blob_id:
            yield part.unlocked_blob_id, f"unlocked copy of the {label}", None
    if doc.thumbnail_blob_id:
        yield doc.thumbnail_blob_id, "thumbnail", None
    if doc.text_blob_id:
        yield doc.text_blob_id, "extracted text", None


def _check_blob(
    folder: Path, keys: VaultKeys, vault_id: str, blob_id: str, expected: tuple[int, str] | None
) -> str:
    """ "" if sound, else what is wrong in a few words."""
    path = blob_path(folder, blob_id)
    if not path.exists():
        return "is missing"
    digest = hashlib.sha256()
    size = 0
    try:
        for piece in decrypt_file(keys.blob, vault_id, blob_id, path):
            digest.update(piece)
            size += len(piece)
    except VaultDamaged:
        return "is damaged"
    except OSError:
        return "cannot be read"
    if expected is not None and (size, digest.hexdigest()) != expected:
        return "does not match the fingerprint taken when it was added"
    return ""


# --- backup ----------------------------------------------------------------------------------


def backup_target(dest: Path, vault_folder: Path) -> Path:
    """Where the copy goes: ``dest`` itself if it does not exist yet, else a dated folder
    inside it. (An existing folder, even empty, is never replaced: it may be a USB stick's
    mount point, which cannot be renamed over, and the copy is built on its file system.)"""
    dest = dest.expanduser().absolute()
    source = vault_folder.absolute()
    if dest == source or source in dest.parents:
        raise UserError("The backup cannot go inside the vault itself. Choose another folder.")
    if not dest.exists():
        if not dest.parent.is_dir():
            raise UserError(f"The folder {dest.parent} does not exist.")
        return dest
    if not dest.is_dir():
        raise UserError(f"{dest} is a file, not a folder. Choose a folder for the backup.")
    if (dest / HEADER_NAME).exists():
        raise UserError(f"{dest} already holds a vault. Choose another folder for the backup.")
    base = f"{vault_folder.name} backup {date.today().isoformat()}"
    candidate = dest / base
    number = 2
    while candidate.exists():
        candidate = dest / f"{base} ({number})"
        number += 1
    return candidate


def backup(
    vault: Vault,
    keys: VaultKeys,
    dest: Path,
    progress: ProgressCallback,
    cancel: CancelToken | None,
) -> Path:
    """Copy the vault's files to a new folder, check the copy, then give it its final name.

    The copy is made while this process holds the vault's lock, so no other window changes
    it meanwhile; until the final rename it lives in a ``.tmp-backup-*`` folder.
    """
    target = backup_target(dest, vault.path)
    temp = target.parent / f".tmp-backup-{secrets.token_hex(6)}"
    files = [vault.path / HEADER_NAME, vault.path / HEADER_BACKUP_NAME]
    files += [index_path(vault.path, g) for g in list_generations(vault.path)]
    files += sorted(blob_files(vault.path).values())
    try:
        with storage_errors(target.parent, is_folder=True):
            temp.mkdir(mode=0o700)
            (temp / INDEX_DIR).mkdir(mode=0o700)
            (temp / BLOB_DIR).mkdir(mode=0o700)
        for number, source in enumerate(files):
            if cancel is not None:
                cancel.check()
            progress(number, len(files), "")
            _copy_checked(source, temp / source.relative_to(vault.path))
        fsync_dir(temp / BLOB_DIR)
        fsync_dir(temp)
        report = verify(temp, keys, vault, progress, cancel)
        if not report.ok:
            raise VaultDamaged(
                "The backup was not made: the copy failed its check ("
                + "; ".join(str(p) for p in report.problems[:3])
                + "). Run a check of the vault."
            )
        with storage_errors(target.parent, is_folder=True):
            temp.replace(target)
        fsync_dir(target.parent)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    return target


def _copy_checked(source: Path, target: Path) -> None:
    """Copy one file durably and read the copy back to compare (bad USB sticks exist)."""
    ensure_folder(target.parent)
    digest = hashlib.sha256()

    def pieces() -> Iterator[bytes]:
        with source.open("rb") as handle:
            while piece := handle.read(IO_CHUNK):
                digest.update(piece)
                yield piece

    atomic_write_chunks(target, pieces())
    check = hashlib.sha256()
    with target.open("rb") as handle:
        while piece := handle.read(IO_CHUNK):
            check.update(piece)
    if check.digest() != digest.digest():
        raise UserError(f"The backup drive did not store {source.name} correctly.")
