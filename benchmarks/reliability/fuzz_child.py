"""Hypothesis fuzzing of ingestion's readers in a child process (``python -m
benchmarks.reliability.fuzz_child EXAMPLES SEED MEMORY_LIMIT_BYTES SECONDS_PER_EXAMPLE``).

Each example (random bytes, a mutated sample, or a sample with chosen bytes overwritten) goes
through sniffing, inspection and text extraction (tests/core/ingest/fuzz_support.read_checks).
Every outcome is counted rather than raised, so hypothesis does not stop or shrink; one JSON
line with the counts is printed at the end.
"""

from __future__ import annotations

import json
import logging
import random
import resource
import signal
import sys
import warnings
from collections import Counter
from types import FrameType

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

from benchmarks.reliability.import_worker import clear_words
from organizer.core.ingest.errors import ImportRefused
from tests.core.ingest.fuzz_support import mutate, read_checks, samples


class Hang(Exception):
    pass


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise Hang


@st.composite
def hostile_bytes(draw: st.DrawFn) -> bytes:
    choice = draw(st.integers(0, 2))
    if choice == 0:
        return draw(st.binary(max_size=4096))
    sample = samples()[draw(st.sampled_from(sorted(samples())))]
    if choice == 1:
        return mutate(sample, random.Random(draw(st.integers(0, 2**32))))
    buf = bytearray(sample)
    for at, value in draw(st.lists(st.tuples(st.integers(0, len(buf) - 1), st.integers(0, 255)))):
        buf[at] = value
    return bytes(buf)


def main() -> None:
    examples, seed_value, limit, per_example = (
        int(sys.argv[1]),
        int(sys.argv[2]),
        int(sys.argv[3]),
        float(sys.argv[4]),
    )
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    warnings.simplefilter("ignore")
    logging.disable(logging.CRITICAL)
    signal.signal(signal.SIGALRM, _alarm)
    samples()  # build the samples before the per-example timer starts
    counts: Counter[str] = Counter()
    examples_of: dict[str, list[str]] = {}

    @seed(seed_value)
    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(hostile_bytes())
    def fuzz(data: bytes) -> None:
        signal.setitimer(signal.ITIMER_REAL, per_example)
        try:
            read_checks(data)
            outcome, detail = "accepted", ""
        except ImportRefused as exc:
            clear = clear_words(str(exc))
            outcome, detail = ("refused" if clear else "unclear refusal"), str(exc)
        except Hang:
            outcome, detail = "hang", f"{len(data)} bytes, starts {data[:16]!r}"
        except MemoryError:
            outcome, detail = "crash", "MemoryError"
        except Exception as exc:
            outcome, detail = "crash", f"{type(exc).__name__}: {exc}"[:200]
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        counts[outcome] += 1
        seen = examples_of.setdefault(outcome, [])
        if detail and len(seen) < 3 and outcome not in ("accepted", "refused"):
            seen.append(detail)

    fuzz()
    print(json.dumps({"counts": counts, "examples": examples_of}), flush=True)


if __name__ == "__main__":
    main()
