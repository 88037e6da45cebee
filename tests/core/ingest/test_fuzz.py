"""Damaged input never crashes the checks: each mutation is accepted or refused in words."""

from __future__ import annotations

import random

import pytest

from organizer.core.ingest.errors import ImportRefused
from tests.core.ingest.fuzz_support import mutate, read_checks, samples

# Pillow warns about the damage it skips over; the refusals are what this test is about.
pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")


@pytest.mark.parametrize("name", sorted(samples()))
def test_mutated_files_are_accepted_or_refused_never_crash(name: str) -> None:
    rng = random.Random(name)
    outcomes = set()
    for _ in range(40):
        data = mutate(samples()[name], rng)
        try:
            read_checks(data)
            outcomes.add("accepted")
        except ImportRefused as exc:
            assert str(exc)
            outcomes.add("refused")
    assert "refused" in outcomes  # the mutations do reach the damage checks
