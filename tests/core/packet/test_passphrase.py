"""Generated passphrases: common words, at least five, short enough for every reader."""

from __future__ import annotations

import pytest

from organizer.core.packet.passphrase import (
    READER_SAFE_LENGTH,
    generate_passphrase,
    passphrase_bits,
    reader_safe,
    word_list,
)


def test_word_list_is_large_plain_and_distinct() -> None:
    words = word_list()
    assert len(words) >= 2048
    assert len(set(words)) == len(words)
    assert all(w.isascii() and w.isalpha() and w.islower() and 3 <= len(w) <= 9 for w in words)


def test_passphrases_are_random_words_that_fit_every_reader() -> None:
    seen = set()
    for _ in range(200):
        phrase = generate_passphrase()
        parts = phrase.split("-")
        assert len(parts) >= 5
        assert all(p in word_list() for p in parts)
        assert len(phrase) <= READER_SAFE_LENGTH and reader_safe(phrase)
        seen.add(phrase)
    assert len(seen) == 200


def test_strength_and_limits() -> None:
    assert passphrase_bits() > 60
    assert passphrase_bits(5) > 55
    with pytest.raises(ValueError, match="at least 5"):
        generate_passphrase(4)
    assert not reader_safe("x" * 33)
