"""Why a file was not imported, in words a patient understands."""

from __future__ import annotations

from pathlib import Path

from organizer.core.errors import UserError


class ImportRefused(UserError):
    """This file cannot be added; the message says why and, where possible, what to do."""


class PdfPasswordNeeded(ImportRefused):
    """The PDF is protected by a password to open it.

    The CLI and GUI turn this into a prompt (or a refusal naming how to give the password).
    ``wrong_password`` is True when a password was given but did not open the file.
    """

    def __init__(self, path: Path | None, *, wrong_password: bool = False) -> None:
        self.path = path
        self.wrong_password = wrong_password
        if wrong_password:
            message = "The password given for this PDF does not open it."
        else:
            message = "This PDF is protected by a password. Give its password to add it."
        super().__init__(message)
