"""Arbitrary bytes where a header, index or blob should be: a plain vault error, never a crash."""

from __future__ import annotations

import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from organizer.core.vault import NotAVault, VaultDamaged, VaultTooNew
from organizer.core.vault.blobs import BLOB_PREFIX, decrypt_stream
from organizer.core.vault.format import decode_header
from organizer.core.vault.index import INDEX_PREFIX, decode_index

KEY = bytes(range(32))
VAULT_ID = "0" * 32
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_random_header_bytes(data: bytes) -> None:
    with pytest.raises((VaultDamaged, NotAVault, VaultTooNew)):  # no valid checksum
        decode_header(data)


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_random_header_json(value: object) -> None:
    raw = json.dumps(value, sort_keys=True, separators=(",", ":")).encode() + b"\n"
    with pytest.raises((VaultDamaged, NotAVault, VaultTooNew)):
        decode_header(raw)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=3000), st.booleans())
def test_random_index_and_blob_bytes(data: bytes, with_prefix: bool) -> None:
    index = (INDEX_PREFIX + data) if with_prefix else data
    blob = (BLOB_PREFIX + data) if with_prefix else data
    with pytest.raises(VaultDamaged):
        decode_index(KEY, VAULT_ID, 1, index)
    with pytest.raises(VaultDamaged):
        list(decrypt_stream(KEY, VAULT_ID, "1" * 32, io.BytesIO(blob)))
