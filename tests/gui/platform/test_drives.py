"""Removable drives: the mount-folder fallback and the udisks2 data handling."""

from __future__ import annotations

from pathlib import Path

from organizer.gui.platform.drives import (
    MountFolderDrives,
    UdisksBlock,
    child_nodes,
    drives_from_blocks,
    human_size,
    parse_mounts,
)


def test_fallback_lists_folders_under_the_roots_with_free_space(qtbot, tmp_path: Path) -> None:
    root = tmp_path / "media"
    (root / "KINGSTON").mkdir(parents=True)
    (root / "BACKUP STICK").mkdir()
    monitor = MountFolderDrives([root, tmp_path / "missing"])
    try:
        drives = monitor.drives()
        assert [d.label for d in drives] == ["BACKUP STICK", "KINGSTON"]
        assert all(d.total_bytes > 0 and 0 <= d.free_bytes <= d.total_bytes for d in drives)
        assert drives[1].mount_path == root / "KINGSTON"
        assert not monitor.can_eject(drives[0])

        # Inserting a drive (a new folder under the root) is noticed.
        with qtbot.waitSignal(monitor.changed, timeout=5000):
            (root / "NEW").mkdir()
        assert "NEW" in [d.label for d in monitor.drives()]
    finally:
        monitor.stop()


def test_parse_mounts_undoes_escapes() -> None:
    text = (
        "/dev/sda1 / ext4 rw 0 0\n"
        "/dev/sdb1 /media/alex/MY\\040STICK vfat rw 0 0\n"
        "tmpfs /run tmpfs rw 0 0\n"
    )
    assert parse_mounts(text) == {
        "/dev/sda1": Path("/"),
        "/dev/sdb1": Path("/media/alex/MY STICK"),
    }


def test_only_mounted_removable_user_filesystems_are_drives(tmp_path: Path) -> None:
    def block(name: str, **kw: object) -> UdisksBlock:
        base = dict(
            object_path=f"/org/freedesktop/UDisks2/block_devices/{name}",
            device=f"/dev/{name}",
            label="",
            drive_object="/org/freedesktop/UDisks2/drives/Stick",
            has_filesystem=True,
            system=False,
            removable=True,
        )
        base.update(kw)
        return UdisksBlock(**base)  # type: ignore[arg-type]

    blocks = [
        block("sdb1", label="STICK"),
        block("sda1", removable=False),  # the internal disk
        block("sdc1", system=True),
        block("sdd", has_filesystem=False),  # the whole disk, partitioned
        block("sde1"),  # not mounted
    ]
    mounts = {f"/dev/{n}": tmp_path for n in ("sdb1", "sda1", "sdc1", "sdd")}
    drives = drives_from_blocks(blocks, mounts)
    assert [(d.label, d.mount_path) for d in drives] == [("STICK", tmp_path)]
    assert drives[0].filesystem_object.endswith("/sdb1")
    assert drives[0].drive_object.endswith("/drives/Stick")


def test_child_nodes_and_sizes() -> None:
    xml = '<node><interface name="x"/><node name="sda"/><node name="sdb1"/></node>'
    assert child_nodes(xml) == ["sda", "sdb1"]
    assert human_size(999) == "999 bytes"
    assert human_size(3_200_000_000) == "3.2 GB"
