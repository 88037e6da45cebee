"""The About dialog: version, licence, and the libraries the app is built on with theirs."""

from __future__ import annotations

import html
from importlib import metadata

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from organizer.gui.pages.common import describe, heading

DISTRIBUTION = "second-opinion-organizer"
# The libraries shipped with the app, as installed (the licence is read from their metadata).
THIRD_PARTY = (
    "PySide6-Essentials",
    "cryptography",
    "keyring",
    "platformdirs",
    "pikepdf",
    "img2pdf",
    "reportlab",
    "pypdf",
    "pillow",
    "pillow-heif",
    "Send2Trash",
)


def app_version() -> str:
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "unknown"


def licence_of(name: str) -> tuple[str, str] | None:
    """(version, licence) of an installed library, or None if it is not installed."""
    try:
        meta = metadata.metadata(name).json
    except metadata.PackageNotFoundError:
        return None
    licence = str(meta.get("license_expression") or meta.get("license") or "")
    if not licence or len(licence) > 60:  # some put the whole licence text in this field
        classifiers = [c for c in meta.get("classifier", []) if c.startswith("License ::")]
        licence = (
            classifiers[0].rsplit(" :: ", 1)[-1]
            if classifiers
            else (licence[:60] or "see its files")
        )
    return str(meta["version"]), licence


def third_party_rows() -> list[tuple[str, str, str]]:
    rows = []
    for name in THIRD_PARTY:
        found = licence_of(name)
        if found:
            rows.append((name, found[0], found[1]))
    return rows


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Second Opinion Organizer"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Second Opinion Organizer")))
        self.version_label = QLabel(self.tr("Version {0}").format(app_version()))
        layout.addWidget(self.version_label)
        text = QLabel(
            self.tr(
                "Free software under the GNU General Public License, version 3 or later. "
                "Your records stay on this computer, encrypted."
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.licences = QTextBrowser()
        rows = "".join(
            f"<tr><td>{html.escape(n)}</td><td>{html.escape(v)}</td><td>{html.escape(lic)}</td></tr>"
            for n, v, lic in third_party_rows()
        )
        # Outside the f-string: the translation tools do not read inside one.
        intro = self.tr("Built with these libraries:")
        self.licences.setHtml(f"<p>{html.escape(intro)}</p><table cellpadding='3'>{rows}</table>")
        describe(self.licences, self.tr("Libraries and their licences"))
        layout.addWidget(self.licences, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.about_qt = QPushButton(self.tr("About &Qt"))
        describe(self.about_qt, self.tr("Show the Qt version and licence"))
        self.about_qt.clicked.connect(lambda: QApplication.aboutQt())
        buttons.addButton(self.about_qt, QDialogButtonBox.ButtonRole.HelpRole)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("&Close"))
        describe(self.close_button, self.tr("Close About"))
        # Enter closes; the list of libraries is one Tab away.
        self.close_button.setDefault(True)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.close_button.setFocus()
