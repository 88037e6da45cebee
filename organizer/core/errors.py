"""Errors the user may see. Their text is shown as is, so it is written in plain words."""

from __future__ import annotations


class OrganizerError(Exception):
    """A problem the user can understand and act on. ``exit_code`` is what the CLI returns."""

    exit_code = 1


class UserError(OrganizerError):
    """Bad input or a situation the user can fix (wrong passphrase, missing file...)."""

    exit_code = 1


class DamageError(OrganizerError):
    """Damage or tampering was found: the CLI exits 3 so scripts can tell it apart."""

    exit_code = 3


class Cancelled(OrganizerError):
    """The user cancelled a long operation; nothing half-done was kept."""

    exit_code = 1
