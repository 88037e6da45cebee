"""Removable drives (USB sticks) a packet or backup can be written to, and ejecting them.

``DriveMonitor`` is the interface the pages use. On Linux, ``Udisks2Drives`` asks udisks2
over the system D-Bus (and hears drives come and go); where udisks2 is not reachable,
``MountFolderDrives`` lists the folders under /media and /run/media and watches them.
"""

from __future__ import annotations

import getpass
import logging
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import SLOT, QFileSystemWatcher, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage

from organizer.core.errors import UserError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Drive:
    label: str  # what the user calls it: the volume label, else the folder name
    mount_path: Path
    free_bytes: int
    total_bytes: int
    # The udisks2 object paths needed to unmount and eject (empty for mount folders).
    filesystem_object: str = ""
    drive_object: str = ""


def human_size(size: int) -> str:
    """A size as people read it: "3.2 GB", "740 MB", "12 KB"."""
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB", "TB"):
        if value < 1000 or unit == "TB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1000
    raise AssertionError("unreachable")


def _usage(path: Path) -> tuple[int, int] | None:
    try:
        usage = shutil.disk_usage(path)
    except OSError:
        return None
    return usage.free, usage.total


class DriveMonitor(QObject):
    """Lists removable drives; ``changed`` is emitted when one is inserted or removed."""

    changed = Signal()

    def drives(self) -> list[Drive]:
        raise NotImplementedError

    def can_eject(self, drive: Drive) -> bool:
        return False

    def eject(self, drive: Drive) -> None:
        """Unmount and power off the drive; raises UserError with a plain reason."""
        raise UserError(
            self.tr("This computer cannot eject the drive from here. Use the system's eject.")
        )

    def stop(self) -> None:
        """Stop watching (call before the app quits; tests call it to leave nothing running)."""


def default_mount_roots() -> list[Path]:
    user = getpass.getuser()
    return [Path("/media") / user, Path("/run/media") / user, Path("/media")]


class MountFolderDrives(DriveMonitor):
    """Fallback: every folder mounted under the usual removable-media roots is a drive."""

    def __init__(self, roots: list[Path] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._roots = roots if roots is not None else default_mount_roots()
        self._watcher = QFileSystemWatcher(self)
        existing = [str(r) for r in self._roots if r.is_dir()]
        if existing:
            self._watcher.addPaths(existing)
        self._watcher.directoryChanged.connect(lambda _p: self.changed.emit())

    def drives(self) -> list[Drive]:
        found: list[Drive] = []
        seen: set[Path] = set()
        roots = set(self._roots)
        for root in self._roots:
            try:
                children = sorted(p for p in root.iterdir() if p.is_dir())
            except OSError:
                continue
            for folder in children:
                # /media/<user> is a root itself, not a drive.
                if folder in roots or folder in seen or not _is_mount_like(folder, root):
                    continue
                usage = _usage(folder)
                if usage is None:
                    continue
                seen.add(folder)
                found.append(Drive(folder.name, folder, usage[0], usage[1]))
        return found

    def stop(self) -> None:
        paths = self._watcher.directories()
        if paths:
            self._watcher.removePaths(paths)


def _is_mount_like(folder: Path, root: Path) -> bool:
    # On a real system a drive folder is a mount point; tests use plain folders under a
    # temporary root, which is why a root outside /media and /run/media accepts any folder.
    if str(root).startswith(("/media", "/run/media")):
        return folder.is_mount() or any(folder.iterdir())
    return True


# -- udisks2 ---------------------------------------------------------------------------------

UDISKS = "org.freedesktop.UDisks2"
UDISKS_PATH = "/org/freedesktop/UDisks2"
BLOCKS_PATH = f"{UDISKS_PATH}/block_devices"


@dataclass(frozen=True)
class UdisksBlock:
    """What udisks2 says about one block device (only the simple-typed properties).

    PySide6 cannot unpack nested D-Bus containers (GetManagedObjects' a{oa{sa{sv}}} comes back
    as an unreadable QDBusArgument), so the monitor reads plain properties one by one and
    finds mount points in /proc/self/mounts.
    """

    object_path: str
    device: str  # "/dev/sdb1"
    label: str
    drive_object: str
    has_filesystem: bool
    system: bool  # HintSystem or HintIgnore: not for the user
    removable: bool  # its drive is Removable, MediaRemovable or Ejectable


def parse_mounts(text: str) -> dict[str, Path]:
    """Device -> mount folder, from /proc/self/mounts (octal escapes such as \\040 undone)."""
    found: dict[str, Path] = {}
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 2 and fields[0].startswith("/dev/"):
            folder = re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), fields[1])
            found.setdefault(fields[0], Path(folder))
    return found


def drives_from_blocks(blocks: list[UdisksBlock], mounts: dict[str, Path]) -> list[Drive]:
    """The mounted filesystems on removable drives, as the user should see them."""
    found: list[Drive] = []
    for block in sorted(blocks, key=lambda b: b.device):
        if not block.has_filesystem or block.system or not block.removable:
            continue
        mount = mounts.get(block.device)
        if mount is None:
            continue
        usage = _usage(mount)
        if usage is None:
            continue
        found.append(
            Drive(
                block.label or mount.name,
                mount,
                usage[0],
                usage[1],
                block.object_path,
                block.drive_object,
            )
        )
    return found


def child_nodes(introspection_xml: str) -> list[str]:
    """The child object names in a D-Bus introspection document."""
    return re.findall(r'<node name="([^"/]+)"', introspection_xml)


# The stubs want bytes; PySide6 takes the str that SLOT() returns (checked on a session bus).
_SIGNAL_SLOT: Any = SLOT("_on_signal(QDBusMessage)")


class Udisks2Drives(DriveMonitor):
    """Removable drives from udisks2 on the system D-Bus (Linux), with insert/remove signals."""

    def __init__(
        self,
        parent: QObject | None = None,
        mounts_file: Path = Path("/proc/self/mounts"),
        bus: QDBusConnection | None = None,
    ) -> None:
        """``bus``: the system bus unless given (tests give a private bus with a mock)."""
        super().__init__(parent)
        self._mounts_file = mounts_file
        self._bus = bus if bus is not None else QDBusConnection.systemBus()
        if not self._bus.isConnected():
            raise OSError("no system D-Bus")
        if not self._call(BLOCKS_PATH, "org.freedesktop.DBus.Introspectable", "Introspect"):
            raise OSError("udisks2 does not answer")
        self._subscriptions = [
            (UDISKS, UDISKS_PATH, "org.freedesktop.DBus.ObjectManager", "InterfacesAdded"),
            (UDISKS, UDISKS_PATH, "org.freedesktop.DBus.ObjectManager", "InterfacesRemoved"),
            # Mounting changes a property rather than adding an object.
            (UDISKS, "", "org.freedesktop.DBus.Properties", "PropertiesChanged"),
        ]
        for service, path, interface, name in self._subscriptions:
            self._bus.connect(service, path, interface, name, self, _SIGNAL_SLOT)

    @Slot(QDBusMessage)
    def _on_signal(self, _message: QDBusMessage) -> None:
        self.changed.emit()

    def _call(self, path: str, interface: str, method: str, *args: Any) -> list[Any] | None:
        # A plain method call: QDBusInterface would first introspect the object (a second
        # round trip per call, dozens of them for a listing).
        message = QDBusMessage.createMethodCall(UDISKS, path, interface, method)
        if args:
            message.setArguments(list(args))
        reply = self._bus.call(message, timeout=2000)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage:
            return None
        return list(reply.arguments())

    def _prop(self, path: str, interface: str, name: str) -> Any:
        answer = self._call(path, "org.freedesktop.DBus.Properties", "Get", interface, name)
        if not answer:
            return None
        value = answer[0]
        value = value.variant() if hasattr(value, "variant") else value
        return value.path() if hasattr(value, "path") else value

    def _blocks(self) -> list[UdisksBlock]:
        answer = self._call(BLOCKS_PATH, "org.freedesktop.DBus.Introspectable", "Introspect")
        blocks = []
        for name in child_nodes(str(answer[0])) if answer else []:
            path = f"{BLOCKS_PATH}/{name}"
            block = f"{UDISKS}.Block"
            drive_path = str(self._prop(path, block, "Drive") or "/")
            removable = drive_path != "/" and any(
                bool(self._prop(drive_path, f"{UDISKS}.Drive", p))
                for p in ("Removable", "MediaRemovable", "Ejectable")
            )
            blocks.append(
                UdisksBlock(
                    object_path=path,
                    device=f"/dev/{name}",
                    label=str(self._prop(path, block, "IdLabel") or ""),
                    drive_object=drive_path,
                    has_filesystem=self._prop(path, f"{UDISKS}.Filesystem", "Size") is not None,
                    system=bool(self._prop(path, block, "HintSystem"))
                    or bool(self._prop(path, block, "HintIgnore")),
                    removable=removable,
                )
            )
        return blocks

    def drives(self) -> list[Drive]:
        try:
            mounts = parse_mounts(self._mounts_file.read_text(encoding="utf-8"))
        except OSError:
            mounts = {}
        return drives_from_blocks(self._blocks(), mounts)

    def can_eject(self, drive: Drive) -> bool:
        return bool(drive.filesystem_object)

    def eject(self, drive: Drive) -> None:
        options: dict[str, Any] = {}
        if self._call(drive.filesystem_object, f"{UDISKS}.Filesystem", "Unmount", options) is None:
            raise UserError(
                self.tr(
                    "The drive could not be ejected: it may still be in use. Close any window "
                    "showing its files and try again."
                )
            )
        # Once unmounted it is safe to pull out; powering off is a courtesy that may fail.
        if drive.drive_object and drive.drive_object != "/":
            self._call(drive.drive_object, f"{UDISKS}.Drive", "PowerOff", options)

    def stop(self) -> None:
        for service, path, interface, name in self._subscriptions:
            self._bus.disconnect(service, path, interface, name, self, _SIGNAL_SLOT)


def create_drive_monitor(parent: QObject | None = None) -> DriveMonitor:
    """The best drive monitor this computer offers."""
    if sys.platform.startswith("linux"):
        try:
            return Udisks2Drives(parent)
        except (OSError, ImportError) as exc:
            log.info("udisks2 not available (%s); listing mount folders instead", exc)
    return MountFolderDrives(parent=parent)
