"""Locks the vault after a while without keyboard or mouse use."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """Emits ``idle`` after ``interval_ms`` without user input anywhere in the app."""

    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setObjectName("idle lock timer")
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_interval(interval_ms)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def set_interval(self, interval_ms: int) -> None:
        """0 turns idle locking off."""
        self.timer.setInterval(max(0, interval_ms))
        self.timer.stop()
        if interval_ms > 0:
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and self.timer.interval() > 0:
            self.timer.start()  # restart the countdown
        return False
