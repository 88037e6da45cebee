"""Recovery codes: a 128-bit secret shown once, in groups a person can write down and type back.

Format (35 characters, 7 groups of 5, e.g. ``7K2QD-...``): Crockford's base32 alphabet (digits
and capitals without I, L, O, U, so nothing looks alike); each group is 4 data characters and 1
check character. The 28 data characters carry 140 bits: the 128-bit secret, then a 12-bit
checksum of it (SHA-256), which catches several typos in one group.

The check character of group ``g`` (1-7) is ``g XOR sum(alpha^i * d_i)`` in GF(32) (polynomial
x^5 + x^2 + 1, alpha = x). Multiplying by a non-zero field element never maps a non-zero change
to zero, so every single wrong character, and every swap of two different data characters in a
group, changes the check: the typo is caught and its group named. The group number in the check
catches groups typed in the wrong order.

Reading is tolerant: spaces, dashes and dots are ignored, case too, and O, I and L are read as
0, 1 and 1 (Crockford's rule), so those mix-ups are corrected rather than refused.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import unicodedata

from organizer.core.errors import UserError

RECOVERY_SECRET_BYTES = 16
GROUPS = 7
GROUP_LENGTH = 5
_DATA_PER_GROUP = GROUP_LENGTH - 1
_CODE_LENGTH = GROUPS * GROUP_LENGTH
_SECRET_BITS = RECOVERY_SECRET_BYTES * 8
_CHECKSUM_BITS = GROUPS * _DATA_PER_GROUP * 5 - _SECRET_BITS  # 12

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_VALUES = {char: value for value, char in enumerate(ALPHABET)}
_LOOKALIKES = {"O": "0", "I": "1", "L": "1"}
# Characters people put between groups; all are ignored.
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—―−_.·/,]+")

_GF_POLY = 0b100101  # x^5 + x^2 + 1, primitive over GF(2)
_WEIGHTS = (2, 4, 8, 16)  # alpha^1 .. alpha^4, distinct and non-zero


def _gf_mul(a: int, b: int) -> int:
    product = 0
    while b:
        if b & 1:
            product ^= a
        b >>= 1
        a <<= 1
        if a & 0b100000:
            a ^= _GF_POLY
    return product


def _group_check(group_number: int, data: list[int]) -> int:
    check = group_number
    for weight, value in zip(_WEIGHTS, data, strict=True):
        check ^= _gf_mul(weight, value)
    return check


def _checksum(secret: bytes) -> int:
    digest = hashlib.sha256(b"second-opinion recovery code v1\0" + secret).digest()
    return int.from_bytes(digest[:2], "big") >> (16 - _CHECKSUM_BITS)


def format_recovery_code(secret: bytes) -> str:
    """The written form of ``secret``: seven dash-separated groups of five characters."""
    if len(secret) != RECOVERY_SECRET_BYTES:
        raise ValueError("a recovery secret is 16 bytes")
    number = (int.from_bytes(secret, "big") << _CHECKSUM_BITS) | _checksum(secret)
    symbols = [(number >> (5 * i)) & 31 for i in reversed(range(GROUPS * _DATA_PER_GROUP))]
    groups = []
    for g in range(GROUPS):
        data = symbols[g * _DATA_PER_GROUP : (g + 1) * _DATA_PER_GROUP]
        values = [*data, _group_check(g + 1, data)]
        groups.append("".join(ALPHABET[v] for v in values))
    return "-".join(groups)


def generate_recovery_code() -> tuple[str, bytes]:
    """A new random recovery code: (the text to show once, the 16-byte secret it stands for)."""
    secret = secrets.token_bytes(RECOVERY_SECRET_BYTES)
    return format_recovery_code(secret), secret


def parse_recovery_code(text: str) -> bytes:
    """The secret a typed recovery code stands for; ``UserError`` naming the group with a typo."""
    normal = unicodedata.normalize("NFKC", text).upper().strip()
    typed_groups = [g for g in _SEPARATORS.split(normal) if g]
    compact = "".join(typed_groups)
    chars = []
    for position, char in enumerate(compact):
        char = _LOOKALIKES.get(char, char)
        if char not in _VALUES:
            group = min(position // GROUP_LENGTH + 1, GROUPS)
            shown = char if char.isprintable() else "?"
            raise UserError(
                f'The recovery code has a character that recovery codes never use ("{shown}", '
                f"in group {group}). Please check it against what you wrote down."
            )
        chars.append(_VALUES[char])
    if len(chars) != _CODE_LENGTH:
        raise UserError(_length_message(len(chars), typed_groups))

    bad_groups = []
    data_symbols: list[int] = []
    for g in range(GROUPS):
        typed_group = chars[g * GROUP_LENGTH : (g + 1) * GROUP_LENGTH]
        data = typed_group[:_DATA_PER_GROUP]
        if _group_check(g + 1, data) != typed_group[-1]:
            bad_groups.append(g + 1)
        data_symbols.extend(data)
    if bad_groups:
        raise UserError(
            f"There is a typo in the recovery code, in {_name_groups(bad_groups)}. "
            "Please check it against what you wrote down."
        )

    number = 0
    for value in data_symbols:
        number = (number << 5) | value
    secret = (number >> _CHECKSUM_BITS).to_bytes(RECOVERY_SECRET_BYTES, "big")
    if number & ((1 << _CHECKSUM_BITS) - 1) != _checksum(secret):
        raise UserError(
            "The recovery code has more than one typo somewhere. "
            "Please check every group against what you wrote down."
        )
    return secret


def _name_groups(numbers: list[int]) -> str:
    if len(numbers) == 1:
        return f"group {numbers[0]}"
    listed = ", ".join(str(n) for n in numbers[:-1])
    return f"groups {listed} and {numbers[-1]}"


def _length_message(count: int, typed_groups: list[str]) -> str:
    expected = (
        f"A recovery code has {_CODE_LENGTH} letters and digits "
        f"({GROUPS} groups of {GROUP_LENGTH}); this one has {count}."
    )
    if len(typed_groups) == GROUPS:
        wrong = [i + 1 for i, g in enumerate(typed_groups) if len(g) != GROUP_LENGTH]
        if wrong:
            return f"{expected} Check {_name_groups(wrong)} for a missing or extra character."
    return f"{expected} Check for a missing or extra character."
