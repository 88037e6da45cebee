"""The frozen app's entry script hands programs it starts the system's environment."""

from __future__ import annotations

import os
import sys

import pytest

from tests.packaging.helpers import load_script

BUNDLE = "/opt/second-opinion/_internal"


@pytest.fixture
def entry(monkeypatch: pytest.MonkeyPatch) -> object:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setenv("LD_LIBRARY_PATH", BUNDLE)
    monkeypatch.setenv("QT_PLUGIN_PATH", f"{BUNDLE}/PySide6/Qt/plugins")
    monkeypatch.setenv("QML2_IMPORT_PATH", f"{BUNDLE}/PySide6/Qt/qml")
    return load_script("packaging/pyinstaller/second_opinion_main.py")


def test_the_users_own_library_path_comes_back(
    entry: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", "/home/user/lib")
    entry.give_children_the_system_environment()  # type: ignore[attr-defined]
    assert os.environ["LD_LIBRARY_PATH"] == "/home/user/lib"
    assert "LD_LIBRARY_PATH_ORIG" not in os.environ
    assert "QT_PLUGIN_PATH" not in os.environ and "QML2_IMPORT_PATH" not in os.environ


def test_no_library_path_when_the_user_had_none(entry: object) -> None:
    entry.give_children_the_system_environment()  # type: ignore[attr-defined]
    assert "LD_LIBRARY_PATH" not in os.environ
    assert "QT_PLUGIN_PATH" not in os.environ


def test_a_normal_python_run_is_left_alone(entry: object, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", False)
    entry.give_children_the_system_environment()  # type: ignore[attr-defined]
    assert os.environ["LD_LIBRARY_PATH"] == BUNDLE
    assert os.environ["QT_PLUGIN_PATH"].startswith(BUNDLE)
