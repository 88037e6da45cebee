"""Random identifiers and timestamps used across the model."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime


def new_id() -> str:
    """A random 128-bit identifier as 32 lower-case hex digits."""
    return secrets.token_hex(16)


def utc_now() -> datetime:
    """The current time in UTC, to the second (the index stores no finer times)."""
    return datetime.now(UTC).replace(microsecond=0)
