"""Generated passphrases of common English words, easy to read out over the phone."""

from __future__ import annotations

import functools
import math
import secrets

from organizer.core.resources import resource_path

MIN_WORDS = 5
DEFAULT_WORDS = 6
SEPARATOR = "-"


@functools.cache
def word_list() -> tuple[str, ...]:
    """The bundled list: distinct plain lower-case words, one per line."""
    text = resource_path("wordlists", "common-words.txt").read_text(encoding="utf-8")
    words = tuple(dict.fromkeys(w.strip() for w in text.splitlines() if w.strip()))
    if len(words) < 2048 or not all(w.isascii() and w.isalpha() and w.islower() for w in words):
        raise RuntimeError("the bundled word list is damaged; please reinstall the app")
    return words


def generate_passphrase(words: int = DEFAULT_WORDS) -> str:
    """Random words joined by hyphens, e.g. "maple-harbor-quilt-velvet-oasis-tiger"."""
    if words < MIN_WORDS:
        raise ValueError(f"a passphrase needs at least {MIN_WORDS} words")
    pool = word_list()
    return SEPARATOR.join(secrets.choice(pool) for _ in range(words))


def passphrase_bits(words: int = DEFAULT_WORDS) -> float:
    """Strength of a generated passphrase against guessing, in bits."""
    return words * math.log2(len(word_list()))
