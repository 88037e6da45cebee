"""Recovery codes: typed back tolerantly; every single typo is caught (or a look-alike fixed)."""

from __future__ import annotations

import hashlib
import re

import pytest

from organizer.core.errors import UserError
from organizer.core.vault.recovery import (
    ALPHABET,
    format_recovery_code,
    generate_recovery_code,
    parse_recovery_code,
)

# Fixed secrets (so any rare coincidence would show on every run, not as a flake).
SECRETS = [hashlib.sha256(f"fictional recovery {i}".encode()).digest()[:16] for i in range(40)]
SECRETS += [bytes(16), b"\xff" * 16]
# Everything a person might type in place of one character.
TYPED = sorted(set(ALPHABET + ALPHABET.lower() + "OoIiLlUu"))
LOOKALIKES = {"O": "0", "I": "1", "L": "1"}


def _canonical(char: str) -> str:
    upper = char.upper()
    return LOOKALIKES.get(upper, upper)


def test_code_shape_is_easy_to_write_down() -> None:
    code, secret = generate_recovery_code()
    assert len(secret) == 16
    assert re.fullmatch(r"([0-9A-Z]{5}-){6}[0-9A-Z]{5}", code)
    assert not set(code) & set("ILOU")
    assert parse_recovery_code(code) == secret


def test_codes_are_random() -> None:
    secrets = {generate_recovery_code()[1] for _ in range(50)}
    assert len(secrets) == 50


@pytest.mark.parametrize("secret", SECRETS[:5])
def test_typing_variations_are_accepted(secret: bytes) -> None:
    code = format_recovery_code(secret)
    variants = [
        code.lower(),
        code.replace("-", " "),
        code.replace("-", ""),
        "  " + code.replace("-", " - ") + "\n",
        code.replace("-", "—"),
        code.replace("0", "O").replace("1", "I"),
        code.replace("1", "l"),
        code.replace("-", "").lower()[:17] + " " + code.replace("-", "").lower()[17:],
        "".join(chr(ord(c) + 0xFEE0) if c.isalnum() else c for c in code),  # full-width
    ]
    for typed in variants:
        assert parse_recovery_code(typed) == secret, typed


def test_every_single_character_substitution_is_caught_or_corrected() -> None:
    tried = caught = corrected = 0
    for secret in SECRETS[:12]:
        code = format_recovery_code(secret).replace("-", "")
        for position, original in enumerate(code):
            for typed in TYPED:
                if typed == original:
                    continue
                tried += 1
                text = code[:position] + typed + code[position + 1 :]
                try:
                    result = parse_recovery_code(text)
                except UserError as error:
                    caught += 1
                    assert f"group {position // 5 + 1}" in str(error)
                    continue
                # Accepted only if it was the same character in another form.
                assert _canonical(typed) == original, (code, position, typed)
                assert result == secret
                corrected += 1
    assert caught > 0 and corrected > 0 and tried == caught + corrected


def test_swapped_neighbours_are_caught() -> None:
    for secret in SECRETS:
        code = format_recovery_code(secret).replace("-", "")
        for position in range(len(code) - 1):
            a, b = code[position], code[position + 1]
            if a == b:
                continue
            text = code[:position] + b + a + code[position + 2 :]
            with pytest.raises(UserError):
                parse_recovery_code(text)


def test_groups_in_the_wrong_order_are_caught() -> None:
    groups = format_recovery_code(SECRETS[0]).split("-")
    swapped = [groups[1], groups[0], *groups[2:]]
    with pytest.raises(UserError, match="groups 1 and 2"):
        parse_recovery_code("-".join(swapped))


def test_two_typos_in_one_group_are_caught() -> None:
    # Two changed data characters can fool the group check; the 12-bit checksum then catches it.
    accepted_wrongly = 0
    for secret in SECRETS[:10]:
        code = format_recovery_code(secret).replace("-", "")
        for a in ALPHABET:
            for b in ALPHABET:
                text = a + b + code[2:]
                if text == code:
                    continue
                try:
                    if parse_recovery_code(text) != secret:
                        accepted_wrongly += 1
                except UserError:
                    pass
    assert accepted_wrongly == 0


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("", "35 letters and digits"),
        ("ABCDE-FGHJK", "this one has 10"),
        ("ABCDE-FGHJK-MNPQR-STVWX-YZ012-3456-789AB", "Check group 6"),
        ("ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567-89ABU", "group 7"),
        ("ABCDE-FGHJK-MNPQR-ST*WX-YZ012-34567-89ABC", "group 4"),
    ],
)
def test_bad_input_gets_plain_words(typed: str, words: str) -> None:
    with pytest.raises(UserError, match=words):
        parse_recovery_code(typed)


def test_a_random_string_of_the_right_length_is_refused() -> None:
    with pytest.raises(UserError, match="typo"):
        parse_recovery_code("ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567-89ABC")
