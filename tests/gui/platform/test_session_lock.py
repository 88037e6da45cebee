"""Sleep and screen-lock signals over D-Bus, against a private bus (never the real ones)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from pytestqt.qtbot import QtBot

from organizer.gui.platform.session_lock import LOGIN1, SCREENSAVERS, LinuxLockSignals
from tests.conftest import require_tool


@pytest.fixture
def private_bus(qapp: object) -> Iterator[str]:
    daemon = require_tool("dbus-daemon")
    process = subprocess.Popen(
        [daemon, "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        address = process.stdout.readline().strip()
        assert address
        yield address
    finally:
        QDBusConnection.disconnectFromBus("so-test-listener")
        QDBusConnection.disconnectFromBus("so-test-emitter")
        process.terminate()
        process.wait(5)
        if process.stdout is not None:
            process.stdout.close()


def _emit(emitter: QDBusConnection, spec: tuple[str, str, str], name: str, value: bool) -> None:
    service, path, interface = spec
    assert emitter.registerService(service)
    message = QDBusMessage.createSignal(path, interface, name)
    message.setArguments([value])
    assert emitter.send(message)


@pytest.mark.parametrize(
    ("spec", "signal", "reason"),
    [(LOGIN1, "PrepareForSleep", "sleep"), (SCREENSAVERS[0], "ActiveChanged", "screen locked")],
)
def test_lock_requested_on_sleep_and_screen_lock(
    qtbot: QtBot, private_bus: str, spec: tuple[str, str, str], signal: str, reason: str
) -> None:
    listener = QDBusConnection.connectToBus(private_bus, "so-test-listener")
    emitter = QDBusConnection.connectToBus(private_bus, "so-test-emitter")
    assert listener.isConnected() and emitter.isConnected()
    hooks = LinuxLockSignals(system_bus=listener, session_bus=listener)
    assert "sleep" in hooks.listening
    received: list[str] = []
    hooks.lock_requested.connect(received.append)
    _emit(emitter, spec, signal, False)  # waking up / unlocking: nothing to do
    _emit(emitter, spec, signal, True)
    qtbot.waitUntil(lambda: received == [reason], timeout=3000)
    qtbot.wait(100)
    assert received == [reason]
