"""Progress reporting and cancellation for long core jobs, without any GUI dependency."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from organizer.core.errors import Cancelled

# (done, total, what): "what" is a short plain-words label such as a file name.
ProgressCallback = Callable[[int, int, str], None]


def no_progress(done: int, total: int, what: str) -> None:
    """A progress callback that ignores every report."""


@dataclass
class CancelToken:
    """Set from any thread; long jobs call ``check()`` between safe steps."""

    _event: threading.Event = field(default_factory=threading.Event)

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled("Cancelled. Nothing was changed by the unfinished step.")
