"""Work-arounds for bugs in the Qt binding, applied once when ``organizer.gui`` is imported.

PySide6 6.12.0: ``SignalInstance.emit`` returns ``True`` without taking a reference to it, so
every emit of a signal defined in Python takes one reference from ``True``. After a few
thousand emits (a progress bar does that in a minute) the interpreter aborts with
"deallocating True or False". The fix wraps ``emit`` to give the returned object its missing
reference. It is applied only when a self-check shows the bug, so a fixed PySide6 is untouched.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_applied = False


class _Probe(QObject):
    ping = Signal(int)


def _emit_loses_a_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(10):
        probe.ping.emit(1)
    lost = before - sys.getrefcount(True)
    if lost > 0:  # give back what the check itself took
        for _ in range(lost):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return lost >= 10


def apply() -> bool:
    """Apply the fixes this PySide6 needs. Returns True if the emit fix was applied."""
    global _applied
    if _applied:
        return True
    if not _emit_loses_a_reference():
        return False
    original_emit = SignalInstance.emit

    def emit(self: SignalInstance, *args: Any) -> Any:
        result = original_emit(self, *args)
        if result is True or result is False:
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
        return result

    SignalInstance.emit = emit  # type: ignore[method-assign]
    _applied = True
    return True
