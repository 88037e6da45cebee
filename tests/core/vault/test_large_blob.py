"""A document over 2 GiB goes in and out in bounded memory (never loaded whole)."""

from __future__ import annotations

import hashlib
import os
import tracemalloc

import pytest

from organizer.core.vault import Vault

SIZE = 2**31 + 16_385  # past AES-GCM's one-call limit and not a multiple of the chunk size
MEMORY_BOUND = 64 * 1024 * 1024


class RepeatingStream:
    """A readable stream of SIZE bytes made from one random block (nothing big in memory)."""

    def __init__(self, size: int, block: bytes) -> None:
        self.remaining = size
        self.block = block

    def read(self, n: int = -1) -> bytes:
        n = self.remaining if n < 0 else min(n, self.remaining)
        n = min(n, len(self.block))
        self.remaining -= n
        return self.block[:n]


@pytest.mark.slow
def test_a_file_over_2_gib_streams_in_bounded_memory(new_vault: Vault) -> None:
    block = os.urandom(1 << 20)
    tracemalloc.start()
    try:
        info = new_vault.write_blob(RepeatingStream(SIZE, block))  # type: ignore[arg-type]
        _, peak_write = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        got = hashlib.sha256()
        size = 0
        for piece in new_vault.iter_blob(info.blob_id):
            got.update(piece)
            size += len(piece)
        _, peak_read = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert info.size == SIZE == size
    # write_blob hashed what it read; the same hash over what came back out.
    assert info.sha256 == got.hexdigest()
    assert peak_write < MEMORY_BOUND, peak_write
    assert peak_read < MEMORY_BOUND, peak_read
    new_vault.blob_file(info.blob_id).unlink()  # 2 GiB: do not keep it around
