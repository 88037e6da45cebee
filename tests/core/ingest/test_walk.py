from __future__ import annotations

from pathlib import Path

from organizer.core.ingest.walk import expand, natural_key


def _touch(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"x")
    return path


def test_natural_order_puts_page_2_before_page_10() -> None:
    names = ["page 10.jpg", "Page 2.jpg", "page 1.jpg", "appendix.pdf"]
    assert sorted(names, key=natural_key) == [
        "appendix.pdf",
        "page 1.jpg",
        "Page 2.jpg",
        "page 10.jpg",
    ]


def test_folders_recurse_in_name_order_skipping_hidden_and_system_files(tmp_path: Path) -> None:
    root = tmp_path / "records"
    for name in [
        "scan 10.jpg",
        "scan 2.jpg",
        "b/inner.pdf",
        ".DS_Store",
        "Thumbs.db",
        "desktop.ini",
        ".hidden/x.pdf",
        "__MACOSX/._scan.jpg",
        "~$draft.docx",
    ]:
        _touch(root / name)
    found = [c.path.relative_to(root).as_posix() for c in expand([root])]
    assert found == ["b/inner.pdf", "scan 2.jpg", "scan 10.jpg"]


def test_files_named_explicitly_are_taken_even_if_hidden(tmp_path: Path) -> None:
    hidden = _touch(tmp_path / ".scan.jpg")
    assert [c.path for c in expand([hidden])] == [hidden]


def test_symlinks_in_folders_are_listed_not_followed(tmp_path: Path) -> None:
    root = tmp_path / "r"
    _touch(root / "a.pdf")
    (root / "loop").symlink_to(root)  # following it would never end
    found = [c.path.name for c in expand([root])]
    assert found == ["a.pdf", "loop"]


def test_given_order_is_kept_across_arguments(tmp_path: Path) -> None:
    b = _touch(tmp_path / "b.pdf")
    a = _touch(tmp_path / "a.pdf")
    assert [c.path for c in expand([b, a])] == [b, a]


def test_the_vault_folder_is_skipped_inside_folders_and_refused_when_named(tmp_path: Path) -> None:
    _touch(tmp_path / "a.pdf")
    _touch(tmp_path / "vault" / "blobs" / "0f" / "x")
    found = expand([tmp_path], exclude=tmp_path / "vault")
    assert [c.path.name for c in found] == ["a.pdf"]
    (named,) = expand([tmp_path / "vault" / "blobs" / "0f" / "x"], exclude=tmp_path / "vault")
    assert named.problem and "vault itself" in named.problem
