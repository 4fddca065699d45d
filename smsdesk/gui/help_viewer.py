"""The user guide, shipped with the app in both languages and shown in the app's own viewer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QToolButton, QVBoxLayout, QWidget

from smsdesk.gui.icons import icon
from smsdesk.gui.widgets import initial_size
from smsdesk.i18n import active_language, translate
from smsdesk.resources_path import resource

SECTIONS = ("sandbox", "accounts", "import", "compose", "status", "replies", "balances", "settings", "states",
            "data", "workspace")


def guide_path(language: str | None = None) -> Path:
    """The guide in ``language`` (the UI's by default); English when there is none in it."""
    language = language or active_language()
    try:
        return resource(f"help/guide_{language}.html")
    except FileNotFoundError:
        return resource("help/guide_en.html")


class HelpViewer(QDialog):
    """Help → User guide (F1): a browser over the bundled HTML, opened at a section."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("SMS Desk user guide"))
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)  # links to vendors' sites leave the app; #sections stay
        self.browser.setAccessibleName(self.tr("User guide"))
        path = guide_path()
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(path)))
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        initial_size(self, 820, 640)

    def show_section(self, section: str = "") -> None:
        if section:
            self.browser.scrollToAnchor(section)
        else:
            self.browser.verticalScrollBar().setValue(0)
        if self.isVisible():  # already open behind other windows: bring it forward
            self.raise_()
            self.activateWindow()
        else:
            self.show()


def show_help(parent: QWidget, section: str = "") -> HelpViewer:
    """Open (or bring forward) the one guide window of ``parent``'s window, at ``section``."""
    owner = parent.window()
    viewer = owner.findChild(HelpViewer)
    if viewer is None:
        viewer = HelpViewer(owner)
    viewer.show_section(section)
    return viewer


def help_button(parent: QWidget, section: str) -> QToolButton:
    """A small "?" that opens the guide at the part about this screen."""
    button = QToolButton(parent)
    button.setIcon(icon("help"))
    button.setText(translate("HelpViewer", "Help"))
    button.setToolTip(translate("HelpViewer", "Open the user guide at this screen's section (F1 opens it whole)"))
    button.setAccessibleName(translate("HelpViewer", "Help"))
    button.clicked.connect(lambda: show_help(parent, section))
    return button
