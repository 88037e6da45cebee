"""Work-arounds for bugs in the Qt binding, applied once when ``organizer.gui`` is imported.

PySide6 6.12.0 on Python 3.11 returns ``None`` from every void method (``show()``,
``setValue()``, ``processEvents()``...) and ``True`` from ``Signal.emit`` without taking a
reference to it. Each call takes one reference away, and after a few thousand calls (a minute of
use) the interpreter aborts with "deallocating None" (or True). Python 3.12+ is not affected:
there these objects are immortal. PySide6 6.11 is not affected either, but QtPdf ships as
``pyside6-pdf`` only from 6.12 on.

The fix does what Python 3.12 does: it gives ``None``, ``True`` and ``False`` so many references
(2**40) that the missing ones can never use them up. These three objects are static and never
freed, so the extra references change nothing else. It is applied only when a self-check shows
the bug, so a fixed PySide6 is left alone.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

EXTRA_REFERENCES = 2**40
_applied = False


class _Probe(QObject):
    ping = Signal(int)


def _binding_loses_references() -> bool:
    """True if void calls or emits take references from None or True (checked 50 times each)."""
    probe = _Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(50):
        probe.setObjectName("probe")  # a void method
        probe.ping.emit(1)
    lost_none = none_before - sys.getrefcount(None)
    lost_true = true_before - sys.getrefcount(True)
    _add_references(None, max(0, lost_none))  # give back what the check took
    _add_references(True, max(0, lost_true))
    return lost_none >= 50 or lost_true >= 50


def _add_references(obj: object, count: int) -> None:
    # CPython keeps the reference count in the first word of the object. Written while holding
    # the GIL, like every other reference count change.
    refcount = ctypes.c_ssize_t.from_address(id(obj))
    refcount.value += count


def apply() -> bool:
    """Apply the fixes this PySide6 needs. Returns True if they are in effect."""
    global _applied
    if _applied:
        return True
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False  # None, True and False are immortal there
    if not _binding_loses_references():
        return False
    for obj in (None, True, False):
        _add_references(obj, EXTRA_REFERENCES)
    _applied = True
    return True
