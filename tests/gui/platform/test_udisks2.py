"""Udisks2Drives against a python-dbusmock udisks2 on a private bus (never the real one)."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection

from organizer.gui.platform.drives import UDISKS, Udisks2Drives
from tests.conftest import IN_CI, require_tool

ROOT = "/org/freedesktop/UDisks2"
STICK_FS = f"{ROOT}/block_devices/sdb1"
INTERNAL_FS = f"{ROOT}/block_devices/sda1"
STICK_DRIVE = f"{ROOT}/drives/Stick"
INTERNAL_DRIVE = f"{ROOT}/drives/Internal"


def _dbusmock_python() -> str:
    """A Python with python-dbusmock (the system one; apt python3-dbusmock)."""
    # The system Python, not this project's environment (dbusmock needs dbus-python).
    python = "/usr/bin/python3" if Path("/usr/bin/python3").exists() else shutil.which("python3")
    found = (
        python is not None
        and subprocess.run([python, "-c", "import dbusmock"], capture_output=True).returncode == 0
    )
    if python is None or not found:
        message = "needs python3-dbusmock (apt install python3-dbusmock; .ci/run does)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    return python


class MockUdisks:
    def __init__(self, address: str) -> None:
        self.address = address

    def call(self, path: str, method: str, *args: str) -> str:
        gdbus = require_tool("gdbus")
        return subprocess.run(
            [gdbus, "call", "--address", self.address, "--dest", UDISKS, "--object-path", path,
             "--method", method, *args],
            capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip

    def add_object(self, path: str, interface: str, props: str) -> None:
        self.call(ROOT, "org.freedesktop.DBus.Mock.AddObject", path, interface, props, "[]")

    def add_properties(self, path: str, interface: str, props: str) -> None:
        self.call(path, "org.freedesktop.DBus.Mock.AddProperties", interface, props)

    def add_method(self, path: str, interface: str, name: str) -> None:
        self.call(path, "org.freedesktop.DBus.Mock.AddMethod", interface, name, "a{sv}", "", "")

    def calls(self, path: str, method: str) -> str:
        return self.call(path, "org.freedesktop.DBus.Mock.GetMethodCalls", method)


@pytest.fixture
def udisks(qapp: object) -> Iterator[MockUdisks]:
    python = _dbusmock_python()
    daemon = require_tool("dbus-daemon")
    bus = subprocess.Popen(
        [daemon, "--session", "--nofork", "--print-address=1"], stdout=subprocess.PIPE, text=True
    )
    mock = None
    try:
        assert bus.stdout is not None
        address = bus.stdout.readline().strip()
        env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=address)
        mock = subprocess.Popen(
            [python, "-m", "dbusmock", UDISKS, ROOT, "org.freedesktop.DBus.ObjectManager"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        service = MockUdisks(address)
        deadline = time.monotonic() + 10
        while True:
            try:
                service.call(ROOT, "org.freedesktop.DBus.Peer.Ping")
                break
            except subprocess.CalledProcessError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        yield service
    finally:
        QDBusConnection.disconnectFromBus("so-test-udisks")
        for process in (mock, bus):
            if process is not None:
                process.terminate()
                process.wait(5)
        if bus.stdout is not None:
            bus.stdout.close()


def _add_block(udisks: MockUdisks, path: str, label: str, drive: str, removable: bool) -> None:
    udisks.add_object(
        path,
        f"{UDISKS}.Block",
        f"{{'IdLabel': <'{label}'>, 'Drive': <objectpath '{drive}'>, "
        "'HintSystem': <false>, 'HintIgnore': <false>}",
    )
    udisks.add_properties(path, f"{UDISKS}.Filesystem", "{'Size': <uint64 64000000000>}")
    udisks.add_method(path, f"{UDISKS}.Filesystem", "Unmount")
    udisks.add_object(
        drive,
        f"{UDISKS}.Drive",
        f"{{'Removable': <{str(removable).lower()}>, 'Ejectable': <{str(removable).lower()}>, "
        "'MediaRemovable': <false>}",
    )
    udisks.add_method(drive, f"{UDISKS}.Drive", "PowerOff")


def test_lists_mounted_removable_drives_and_ejects(
    qtbot, udisks: MockUdisks, tmp_path: Path
) -> None:
    udisks.add_object(f"{ROOT}/block_devices", "org.freedesktop.UDisks2.Manager", "{}")
    _add_block(udisks, STICK_FS, "STICK", STICK_DRIVE, removable=True)
    _add_block(udisks, INTERNAL_FS, "", INTERNAL_DRIVE, removable=False)
    stick_folder = tmp_path / "STICK"
    stick_folder.mkdir()
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/sda1 {tmp_path} ext4 rw 0 0\n/dev/sdb1 {stick_folder} vfat rw 0 0\n")

    bus = QDBusConnection.connectToBus(udisks.address, "so-test-udisks")
    monitor = Udisks2Drives(mounts_file=mounts, bus=bus)
    try:
        drives = monitor.drives()
        assert [(d.label, d.mount_path) for d in drives] == [("STICK", stick_folder)]
        assert drives[0].total_bytes > 0
        assert monitor.can_eject(drives[0])

        monitor.eject(drives[0])
        assert "Unmount" not in udisks.calls(INTERNAL_FS, "Unmount")
        assert udisks.calls(STICK_FS, "Unmount").count("(uint64") == 1
        assert udisks.calls(STICK_DRIVE, "PowerOff").count("(uint64") == 1

        # A drive plugged in: udisks2 announces it and the list is refreshed.
        with qtbot.waitSignal(monitor.changed, timeout=5000):
            udisks.call(
                ROOT,
                "org.freedesktop.DBus.Mock.EmitSignal",
                "org.freedesktop.DBus.ObjectManager",
                "InterfacesAdded",
                "oa{sa{sv}}",
                f"[<objectpath '{ROOT}/block_devices/sdc1'>, <@a{{sa{{sv}}}} {{}}>]",
            )
    finally:
        monitor.stop()
