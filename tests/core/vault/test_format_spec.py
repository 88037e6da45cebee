"""docs/vault-format.md, re-implemented from the page with plain cryptography calls and
checked against a vault the code made (so the page and the code cannot drift apart)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import struct
import unicodedata
from pathlib import Path
from typing import Any

from cryptography.cobblestone import Cobblestone256Decryptor
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from tests.vault_helpers import add_document, make_vault

LABEL = b"second-opinion-vault/v1/"
PASSPHRASE = "Spec test, cafe\u0301"  # NFD on purpose: the spec says NFC first


def canonical(value: Any) -> bytes:
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=True, allow_nan=False
    ).encode("ascii")


def hkdf(secret: bytes, info: bytes, salt: bytes | None = None) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt, LABEL + info).derive(secret)


def test_the_documented_format_reads_a_real_vault(tmp_path: Path) -> None:
    vault, code = make_vault(tmp_path / "v", passphrase=PASSPHRASE)
    doc = add_document(vault, b"spec check: fictional bytes" * 1000, title="Spec")
    generation = vault.generation
    vault.close()
    folder = tmp_path / "v"

    # §3 header: canonical bytes + newline, checksum over everything but itself.
    raw = (folder / "vault.json").read_bytes()
    header = json.loads(raw)
    assert raw == canonical(header) + b"\n" == (folder / "vault.json.bak").read_bytes()
    body = {k: v for k, v in header.items() if k != "checksum"}
    assert header["checksum"] == hashlib.sha256(canonical(body)).hexdigest()
    assert header["format"] == "second-opinion-vault" and header["version"] == 1
    vault_id = header["vault_id"]

    # §4/§5 the passphrase slot: Argon2id over the NFC passphrase, AES-GCM with bound AAD.
    (slot,) = [s for s in header["slots"] if s["kind"] == "passphrase"]
    kdf = slot["kdf"]
    assert kdf["algorithm"] == "argon2id" and kdf["version"] == 19
    salt, nonce, wrapped = (base64.b64decode(slot[k]) for k in ("salt", "nonce", "wrapped"))
    assert (len(salt), len(nonce), len(wrapped)) == (32, 12, 48)
    kek = Argon2id(
        salt=salt,
        length=32,
        iterations=kdf["iterations"],
        lanes=kdf["lanes"],
        memory_cost=kdf["memory_kib"],
    ).derive(unicodedata.normalize("NFC", PASSPHRASE).encode("utf-8"))
    aad = (
        LABEL
        + b"slot\0"
        + b"\0".join([vault_id.encode(), slot["id"].encode(), b"passphrase", canonical(kdf)])
    )
    master = AESGCM(kek).decrypt(nonce, wrapped, aad)

    # The recovery slot opens with HKDF of the secret the code stands for.
    from organizer.core.vault.recovery import parse_recovery_code

    (rslot,) = [s for s in header["slots"] if s["kind"] == "recovery"]
    rkek = hkdf(parse_recovery_code(code), b"slot-kek/recovery", base64.b64decode(rslot["salt"]))
    raad = (
        LABEL
        + b"slot\0"
        + b"\0".join([vault_id.encode(), rslot["id"].encode(), b"recovery", b"{}"])
    )
    assert (
        AESGCM(rkek).decrypt(
            base64.b64decode(rslot["nonce"]), base64.b64decode(rslot["wrapped"]), raad
        )
        == master
    )

    # §3 the MAC over format, version, vault_id, slots.
    mac_body = {k: header[k] for k in ("format", "version", "vault_id", "slots")}
    expected_mac = hmac.new(hkdf(master, b"header-mac"), canonical(mac_body), "sha256")
    assert header["mac"] == expected_mac.hexdigest()

    # §7 the newest index generation.
    index_file = folder / "index" / f"{generation:012d}.idx"
    data = index_file.read_bytes()
    prefix = b"SOVI\x01\x01\x00\x00"
    assert data[:8] == prefix
    context = LABEL + b"index\0" + prefix + vault_id.encode() + b"\0" + str(generation).encode()
    dec = Cobblestone256Decryptor(hkdf(master, b"index"), context)
    plain = dec.update(data[8:]) + dec.finalize()
    assert len(plain) % 4096 == 0
    (length,) = struct.unpack(">Q", plain[:8])
    assert not any(plain[8 + length :])
    index = json.loads(plain[8 : 8 + length])
    assert plain[8 : 8 + length] == canonical(index)
    assert index["vault_id"] == vault_id and index["generation"] == generation
    (stored_doc,) = index["content"]["documents"]
    assert stored_doc["title"] == "Spec"

    # §6 the document's blob.
    blob_id = stored_doc["parts"][0]["blob_id"]
    assert blob_id == doc.parts[0].blob_id
    blob = (folder / "blobs" / blob_id[:2] / f"{blob_id}.blob").read_bytes()
    bprefix = b"SOVB\x01\x01\x00\x00"
    assert blob[:8] == bprefix
    bcontext = LABEL + b"blob\0" + bprefix + vault_id.encode() + b"\0" + blob_id.encode()
    bdec = Cobblestone256Decryptor(hkdf(master, b"blob"), bcontext)
    assert bdec.update(blob[8:]) + bdec.finalize() == b"spec check: fictional bytes" * 1000
    chunks = -(-27000 // 16384) + (27000 % 16384 == 0)
    assert len(blob) == 27000 + 8 + 56 + 16 * chunks
