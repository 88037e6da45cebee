"""Generated passphrases of common English words, easy to read out over the phone.

Poppler-based readers (Evince, Okular, pdftotext; poppler 22.12 measured) refuse AES-256 user
passwords longer than 32 bytes, so generated passphrases stay within 32 characters: six words
drawn until they fit, which still gives about 62 bits against guessing.
"""

from __future__ import annotations

import functools
import math
import secrets
from collections import Counter

from organizer.core.resources import resource_path

MIN_WORDS = 5
DEFAULT_WORDS = 6
SEPARATOR = "-"
# Longest password every common PDF reader accepts for AES-256 (see the module docstring).
READER_SAFE_LENGTH = 32
_MAX_TRIES = 100_000


@functools.cache
def word_list() -> tuple[str, ...]:
    """The bundled list: distinct plain lower-case words, one per line."""
    text = resource_path("wordlists", "common-words.txt").read_text(encoding="utf-8")
    words = tuple(dict.fromkeys(w.strip() for w in text.splitlines() if w.strip()))
    if len(words) < 2048 or not all(w.isascii() and w.isalpha() and w.islower() for w in words):
        raise RuntimeError("the bundled word list is damaged; please reinstall the app")
    return words


def generate_passphrase(words: int = DEFAULT_WORDS, max_length: int = READER_SAFE_LENGTH) -> str:
    """Random words joined by hyphens, at most ``max_length`` characters, e.g. "oak-tidy-..."."""
    if words < MIN_WORDS:
        raise ValueError(f"a passphrase needs at least {MIN_WORDS} words")
    pool = word_list()
    for _ in range(_MAX_TRIES):
        # Drawing again until it fits keeps every fitting passphrase equally likely.
        candidate = SEPARATOR.join(secrets.choice(pool) for _ in range(words))
        if len(candidate) <= max_length:
            return candidate
    raise ValueError(f"{words} words do not fit in {max_length} characters")


def passphrase_bits(words: int = DEFAULT_WORDS, max_length: int = READER_SAFE_LENGTH) -> float:
    """Strength against guessing, in bits: log2 of how many passphrases can come out."""
    lengths = Counter(len(w) for w in word_list())
    letters = max_length - (words - 1) * len(SEPARATOR)
    ways = {0: 1}  # total letters so far -> number of word sequences
    for _ in range(words):
        step: dict[int, int] = {}
        for total, count in ways.items():
            for length, n in lengths.items():
                if total + length <= letters:
                    step[total + length] = step.get(total + length, 0) + count * n
        ways = step
    return math.log2(sum(ways.values()))


def reader_safe(password: str) -> bool:
    """False for passwords that poppler-based readers would refuse (too long)."""
    return len(password.encode("utf-8")) <= READER_SAFE_LENGTH
