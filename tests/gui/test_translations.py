"""Every GUI string can be translated, the shipped catalogue is current, and one is loaded."""

from __future__ import annotations

import ast
import subprocess
import sys
import typing
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from organizer.core.model import Section
from organizer.core.planning.providers import ordinal_opinion
from organizer.gui import labels
from organizer.gui.models.planning import COMPARISON_ROWS
from organizer.gui.sidebar import sidebar_entries
from organizer.gui.translations import CATALOGUE, install_translators, translations_folder

REPO = Path(__file__).resolve().parents[2]
GUI = REPO / "organizer" / "gui"
SHIPPED = REPO / "resources" / "translations" / f"{CATALOGUE}_en.ts"


def qt_tool(name: str) -> str:
    # Installed with pyside6-essentials, next to the interpreter in the virtual environment.
    path = Path(sys.executable).parent / name
    if not path.exists():
        from tests.conftest import require_tool

        return require_tool(name)
    return str(path)


def messages(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def _catalogue_of_the_code(tmp_path: Path) -> Path:
    """A catalogue made now by lupdate from every GUI source file."""
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in GUI.rglob("*.py"))
    subprocess.run(
        [qt_tool("pyside6-lupdate"), *sources, "-locations", "none", "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    return fresh


def test_the_shipped_catalogue_holds_every_string_in_the_code(tmp_path: Path) -> None:
    fresh = _catalogue_of_the_code(tmp_path)
    found = messages(fresh)
    assert len(found) > 500  # the tool really read the code
    missing = found - messages(SHIPPED)
    stale = messages(SHIPPED) - found
    assert not missing and not stale, (
        "resources/translations is out of date: run scripts/update_translations.sh "
        f"(new: {sorted(missing)[:5]}, gone: {sorted(stale)[:5]})"
    )
    assert SHIPPED.with_suffix(".qm").exists()


def _calls() -> list[tuple[Path, ast.Call, str]]:
    """Every call in the GUI code, with its file and the name called."""
    found = []
    for path in sorted(GUI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                found.append((path, node, name))
    return found


def _text_argument(node: ast.Call, name: str) -> ast.expr | None:
    """The text argument of a tr()/translate() call, None for any other call."""
    position = {"tr": 0, "translate": 1}.get(name)
    if position is None or len(node.args) <= position:
        return None
    return node.args[position]


def _written(text: ast.expr) -> bool:
    return isinstance(text, ast.Constant) and isinstance(text.value, str)


# The one module that translates texts that are data (marked where they are defined).
DATA_TEXTS = GUI / "labels.py"
DATA_FUNCTIONS = {"tr_label", "tr_core"}


def test_no_string_reaches_tr_unseen_by_the_translation_tools() -> None:
    """The tools only see a text written in a tr()/translate() call. A helper taking the text
    (``_tr(text)``), an f-string or a joined text hides it: only labels.py may translate data."""
    found = []
    for path, node, name in _calls():
        where = f"{path.relative_to(REPO)}:{node.lineno}: {ast.unparse(node)}"
        text = _text_argument(node, name)
        if text is not None and not _written(text) and path != DATA_TEXTS:
            found.append(where)
        # A written text given to a data helper is not seen either: write tr("...") instead.
        if name in DATA_FUNCTIONS and node.args and isinstance(node.args[0], ast.Constant):
            found.append(where)
    assert found == []


def test_every_written_text_is_found_by_the_translation_tools(tmp_path: Path) -> None:
    """A text written in a tr()/translate() call in a form lupdate misreads is caught here."""
    fresh = _catalogue_of_the_code(tmp_path)
    seen = {source for _context, source in messages(fresh)}
    written = set()
    for _path, node, name in _calls():
        text = _text_argument(node, name)
        if text is not None and _written(text):
            written.add(typing.cast(ast.Constant, text).value)
    assert len(written) > 500
    assert sorted(written - seen) == []


def test_section_and_sidebar_labels_are_marked_for_translation() -> None:
    marked = set(labels.MARKED)
    shipped = {source for context, source in messages(SHIPPED) if context == "labels"}
    for text in [s.label for s in Section] + [e.label for e in sidebar_entries()]:
        assert text in marked, f"add {text!r} to organizer/gui/labels.py"
        assert text in shipped


def test_other_data_labels_are_in_the_catalogue() -> None:
    """Labels kept as data elsewhere reach tr_label: the catalogue must hold each of them."""
    shipped = {source for context, source in messages(SHIPPED) if context == "labels"}
    data = list(COMPARISON_ROWS) + [ordinal_opinion(n) for n in range(5)]
    assert [text for text in data if text not in shipped] == []


def test_a_translation_for_the_system_language_is_loaded(
    qapp: QApplication, tmp_path: Path
) -> None:
    ts = tmp_path / f"{CATALOGUE}_de.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de">'
        "<context><name>labels</name><message><source>Trash</source>"
        "<translation>Papierkorb</translation></message></context></TS>",
        encoding="utf-8",
    )
    subprocess.run(
        [qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
        check=True,
    )
    installed = install_translators(qapp, QLocale("de_DE"), tmp_path)
    try:
        assert labels.tr_label("Trash") == "Papierkorb"
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
    assert labels.tr_label("Trash") == "Trash"


def test_an_unknown_language_falls_back_to_english_silently(qapp: QApplication) -> None:
    assert translations_folder() is not None  # the shipped catalogues are found
    installed = install_translators(qapp, QLocale("xx_YY"))
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    assert labels.tr_label("Trash") == "Trash"


@pytest.mark.parametrize("locale", ["en_US", "en_GB"])
def test_english_leaves_the_source_text(qapp: QApplication, locale: str) -> None:
    installed = install_translators(qapp, QLocale(locale))
    try:
        assert labels.tr_label("Make a packet") == "Make a packet"
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
