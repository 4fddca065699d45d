"""What every vendor tool tab shares: a result line, and vendor calls run through the dialog."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from smsdesk.core.accounts import AccountError
from smsdesk.gui import theme
from smsdesk.i18n import translate
from smsdesk.vendors.base import OutcomeUnknown, Unsupported, VendorError

if TYPE_CHECKING:
    from smsdesk.gui.vendor_tools import VendorToolsDialog


def describe_error(exc: BaseException) -> str:
    """A failed tool call in words, never a traceback."""
    if isinstance(exc, (VendorError, OutcomeUnknown)):
        return exc.message
    if isinstance(exc, (AccountError, Unsupported, ValueError)):
        return str(exc)
    return translate("VendorTools", "The request stopped with an unexpected problem ({kind}). Try again; if it "
                     "keeps happening, send the log file to support.").format(kind=type(exc).__name__)


def status_tone(status: int) -> theme.Tone:
    return {0: theme.Tone.OK, 2: theme.Tone.ERROR}.get(status, theme.Tone.WARNING)


Editor = TypeVar("Editor", bound=QDialog)


class ToolTab(QWidget):
    """A tab with a message line; runs vendor calls through its dialog."""

    def __init__(self, dialog: VendorToolsDialog) -> None:
        super().__init__()
        self.dialog = dialog
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(self.tr("Result"))

    def show_message(self, text: str, *, error: bool = False, ok: bool = False) -> None:
        self.message.setText(text)
        theme.set_tone(self.message, theme.Tone.ERROR if error else theme.Tone.OK if ok else None)

    def show_error(self, exc: BaseException) -> None:
        self.show_message(describe_error(exc), error=True)

    def run(self, fn: Callable[[Any], Any], on_result: Callable[[Any], None], busy_text: str) -> None:
        self.show_message(busy_text)
        self.dialog.run(fn, on_result, self.show_error)

    def set_busy(self, busy: bool) -> None:  # pragma: no cover - overridden
        raise NotImplementedError
