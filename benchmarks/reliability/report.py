"""One check's figures (tried, outcomes, failures with goal 0) and the two report files."""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MAX_EXAMPLES = 5


@dataclass
class Check:
    """One test of the suite. ``failures`` holds every failure kind it looks for (goal 0 each),
    so a kind that never happened still shows as 0; ``outcomes`` are the neutral endings
    (detected, imported, refused with a clear message, old state, new state...)."""

    family: str
    name: str
    what: str
    tried: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    failures: dict[str, int] = field(default_factory=dict)
    examples: dict[str, list[str]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def expect(self, *kinds: str) -> Check:
        for kind in kinds:
            self.failures.setdefault(kind, 0)
        return self

    def ok(self, outcome: str, count: int = 1) -> None:
        self.tried += count
        self.outcomes[outcome] += count

    def fail(self, kind: str, example: str = "", count: int = 1) -> None:
        """Count a failure (also one try)."""
        self.tried += count
        self.failures[kind] = self.failures.get(kind, 0) + count
        if example:
            seen = self.examples.setdefault(kind, [])
            if len(seen) < MAX_EXAMPLES:
                seen.append(example[:300])

    def failure_kind(self, kind: str, example: str = "") -> None:
        """Count a failure kind without counting a new try (a try can fail in two ways)."""
        self.fail(kind, example)
        self.tried -= 1

    @property
    def met(self) -> bool:
        return self.tried > 0 and not any(self.failures.values())

    @contextmanager
    def timed(self) -> Iterator[Check]:
        start = time.perf_counter()
        try:
            yield self
        finally:
            self.seconds += time.perf_counter() - start

    def to_json(self) -> dict[str, Any]:
        return {
            "family": self.family,
            "name": self.name,
            "what": self.what,
            "tried": self.tried,
            "outcomes": dict(sorted(self.outcomes.items())),
            "failures": dict(sorted(self.failures.items())),
            "goal_met": self.met,
            "examples": self.examples,
            "notes": self.notes,
            "seconds": round(self.seconds, 2),
        }


def write_reports(out: Path, checks: list[Check], meta: dict[str, Any]) -> tuple[Path, Path]:
    out.mkdir(parents=True, exist_ok=True)
    data = {**meta, "goals_met": all(c.met for c in checks), "tests": [c.to_json() for c in checks]}
    json_path, md_path = out / "reliability.json", out / "reliability.md"
    json_path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    md_path.write_text(markdown(checks, meta), encoding="utf-8")
    return md_path, json_path


def _cell(counts: dict[str, int]) -> str:
    return "<br>".join(f"{k}: {v}" for k, v in counts.items()) or "—"


def markdown(checks: list[Check], meta: dict[str, Any]) -> str:
    ok = all(c.met for c in checks)
    lines = [
        "# Reliability and security figures",
        "",
        "What Second Opinion Organizer survives, measured by `benchmarks/reliability/` "
        "(generated file: do not edit by hand; run the command below to refresh it). CI runs "
        "the same suite at reduced counts (`tests/reliability/test_reliability_quick.py`, "
        "`--quick`, reports to a temporary folder) and fails when any goal is missed. "
        "`reliability.json` beside this file holds the same figures for machines.",
        "",
        f"- Command: `{meta['command']}`",
        f"- Commit: `{meta['commit']}`",
        f"- Run: {meta['started']} UTC, {meta['seconds']:.0f} s, "
        f"{'reduced counts (--quick)' if meta['quick'] else 'full counts'}",
        f"- Every goal met: **{'yes' if ok else 'NO'}** "
        "(each failure kind has the goal 0; a test with nothing tried counts as missed)",
        "",
    ]
    family = None
    for check in checks:
        if check.family != family:
            family = check.family
            lines += [
                f"## {family}",
                "",
                "| test | what was tried | tried | outcomes | failures (goal 0) | met |",
                "|---|---|---:|---|---|---|",
            ]
        lines.append(
            f"| {check.name} | {check.what} | {check.tried} | {_cell(dict(check.outcomes))} "
            f"| {_cell(check.failures)} | {'yes' if check.met else '**NO**'} |"
        )
        if check is checks[-1] or checks[checks.index(check) + 1].family != family:
            lines.append("")
            notes = [(c.name, n) for c in checks if c.family == family for n in c.notes]
            notes += [
                (c.name, f"{kind}: e.g. {'; '.join(ex)}")
                for c in checks
                if c.family == family
                for kind, ex in c.examples.items()
            ]
            lines += [f"- {name}: {note}" for name, note in notes]
            if notes:
                lines.append("")
    return "\n".join(lines)
