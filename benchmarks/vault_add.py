"""Storing 60 files of ~800 KB against a floor measured in the same run (goal >= 50 %).

Floor: for the same bytes, AES-256-GCM in one call, write to a new file, fsync, close: the
least any encrypted, durable store must do. Vault: write_blob (Cobblestone-256 chunked AEAD,
SHA-256 of the plaintext, temp file, fsync, rename, folder fsync) per file, then one commit;
and, as an import that commits after every file, write_blob + commit per file.

Run: uv run python -m benchmarks.vault_add
"""

from __future__ import annotations

import os
import random
import secrets
import tempfile
import time
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from benchmarks._common import fictional_document
from organizer.core.vault import KdfParams, Vault

FILES = 60
ROUNDS = 5
CHEAP = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)


def corpus() -> list[bytes]:
    rng = random.Random(60)
    return [os.urandom(rng.randint(342_000, 998_000)) for _ in range(FILES)]


def floor_run(folder: Path, files: list[bytes]) -> float:
    key = AESGCM(AESGCM.generate_key(256))
    start = time.perf_counter()
    for number, data in enumerate(files):
        sealed = key.encrypt(secrets.token_bytes(12), data, None)
        fd = os.open(folder / f"{number}.bin", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, sealed)
            os.fsync(fd)
        finally:
            os.close(fd)
    return time.perf_counter() - start


def vault_run(folder: Path, files: list[bytes], *, commit_each: bool) -> float:
    vault, _ = Vault.create(folder, "benchmark", kdf=CHEAP, state_dir=folder.parent / "state")
    start = time.perf_counter()
    for number, data in enumerate(files):
        info = vault.write_blob(data)
        doc = fictional_document(number)
        doc.parts[0].blob_id = info.blob_id
        doc.thumbnail_blob_id = doc.text_blob_id = None
        vault.content.documents.append(doc)
        if commit_each:
            vault.commit()
    if not commit_each:
        vault.commit()
    elapsed = time.perf_counter() - start
    vault.close()
    return elapsed


def main() -> None:
    files = corpus()
    total_mb = sum(map(len, files)) / 1e6
    results: dict[str, list[float]] = {"floor": [], "one commit": [], "commit per file": []}
    with tempfile.TemporaryDirectory(prefix="so-bench-") as tmp:
        for round_number in range(ROUNDS):
            base = Path(tmp) / str(round_number)
            (base / "floor").mkdir(parents=True)
            results["floor"].append(floor_run(base / "floor", files))
            results["one commit"].append(vault_run(base / "a", files, commit_each=False))
            results["commit per file"].append(vault_run(base / "b", files, commit_each=True))
    floor = sorted(results["floor"])[ROUNDS // 2]
    print(f"{FILES} files, {total_mb:.1f} MB in total; medians of {ROUNDS} rounds")
    for name, times in results.items():
        median = sorted(times)[ROUNDS // 2]
        share = floor / median * 100
        print(
            f"  {name:<16} {median:.3f} s  {total_mb / median:7.1f} MB/s  "
            f"{share:5.1f} % of the floor"
            + ("" if name == "floor" else f" (goal >= 50 %: {'met' if share >= 50 else 'NOT met'})")
        )


if __name__ == "__main__":
    main()
