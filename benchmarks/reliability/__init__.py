"""The reliability and security suite (issue 7): ``python -m benchmarks.reliability [--quick]``.

Each family module (damage, crashes, disk, hostile, leaks, packets, keychain) has
``run(ctx) -> list[Check]``; ``__main__`` runs them all and writes docs/reliability.md and
docs/reliability.json (or ``--out DIR``).
"""
