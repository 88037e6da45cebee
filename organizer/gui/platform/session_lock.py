"""System sleep and screen-lock signals behind one small interface.

``SystemLockSignals.lock_requested`` fires when the computer is about to sleep or the screen
locks. Linux listens over D-Bus (logind's PrepareForSleep on the system bus, and the
freedesktop ScreenSaver's ActiveChanged on the session bus); elsewhere nothing fires yet and
the idle timer still locks.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import SLOT, QObject, Signal, Slot

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

log = logging.getLogger(__name__)

LOGIN1 = ("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager")
SCREENSAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)


# PySide6 takes the slot as the SLOT() string at run time (its stubs say bytes).
_SLEEP_SLOT: Any = SLOT("on_prepare_for_sleep(bool)")
_SCREEN_SLOT: Any = SLOT("on_screensaver(bool)")


class SystemLockSignals(QObject):
    """Emits ``lock_requested(reason)``; reason is "sleep" or "screen locked"."""

    lock_requested = Signal(str)

    @property
    def listening(self) -> list[str]:
        """What this implementation listens to (for Settings and tests)."""
        return []


class LinuxLockSignals(SystemLockSignals):
    """Listens on the given buses (default: the real system and session buses)."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        system_bus: QDBusConnection | None = None,
        session_bus: QDBusConnection | None = None,
    ) -> None:
        super().__init__(parent)
        from PySide6.QtDBus import QDBusConnection

        self._listening: list[str] = []
        system = system_bus if system_bus is not None else QDBusConnection.systemBus()
        if system.isConnected() and system.connect(*LOGIN1, "PrepareForSleep", self, _SLEEP_SLOT):
            self._listening.append("sleep")
        session = session_bus if session_bus is not None else QDBusConnection.sessionBus()
        if session.isConnected():
            for service, path, interface in SCREENSAVERS:
                if session.connect(service, path, interface, "ActiveChanged", self, _SCREEN_SLOT):
                    self._listening.append(f"screen lock ({interface})")
        log.info("system lock signals: %s", ", ".join(self._listening) or "none")

    @property
    def listening(self) -> list[str]:
        return list(self._listening)

    @Slot(bool)
    def on_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.lock_requested.emit("sleep")

    @Slot(bool)
    def on_screensaver(self, active: bool) -> None:
        if active:
            self.lock_requested.emit("screen locked")


def system_lock_signals(parent: QObject | None = None) -> SystemLockSignals:
    """The implementation for this platform (a silent one where none exists yet)."""
    if sys.platform.startswith("linux"):
        try:
            return LinuxLockSignals(parent)
        except Exception as exc:  # no QtDBus, no bus: the idle timer still locks
            log.info("no D-Bus lock signals: %s", type(exc).__name__)
    return SystemLockSignals(parent)
