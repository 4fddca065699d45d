"""Compose's editor: the free text, or the template page for template-only vendors.

It underlines the characters that force UCS-2, replaces them with plain look-alikes on
request, and inserts placeholders where the person was writing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QStackedWidget, QTextEdit, QWidget

from smsdesk.core import personalize, segments
from smsdesk.core.accounts import Account
from smsdesk.gui import theme
from smsdesk.gui.context import AppContext
from smsdesk.gui.tabs.compose_templates import TemplatePage

HIGHLIGHTS_SHOWN = 500  # underlining more slows typing and tells nothing new


class MessageEditor(QStackedWidget):
    """Page 0 the message; page 1 the template and its values (for vendors that send only templates)."""

    def __init__(self, ctx: AppContext, account: Callable[[], Account | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = QPlainTextEdit()
        self.message.setPlaceholderText(self.tr("Write your message. Insert placeholders such as {field} to "
                                                "personalise it.").format(field="{" + personalize.name_placeholder() + "}"))
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setTabChangesFocus(True)
        self.message.setMinimumHeight(90)
        self.addWidget(self.message)
        self.templates = TemplatePage(ctx, account)
        self.addWidget(self.templates)

    @property
    def template_mode(self) -> bool:
        return self.currentIndex() == 1

    def set_template_mode(self, on: bool) -> None:
        self.setCurrentIndex(1 if on else 0)
        if on:
            self.templates.load()

    def typed_text(self) -> str:
        """What the person wrote: the message, or the template's values."""
        if self.template_mode:
            return "\n".join(e.text() for e in self.templates.param_edits.values())
        return self.message.toPlainText()

    def placeholder_names(self) -> list[str]:
        if self.template_mode:
            names: list[str] = []
            for e in self.templates.param_edits.values():
                names += [n for n in personalize.placeholders(e.text()) if n not in names]
            return names
        return personalize.placeholders(self.message.toPlainText())

    def insert(self, token: str) -> None:
        if self.template_mode:
            self.templates.insert(token)
            return
        self.message.insertPlainText(token)
        self.message.setFocus()

    @staticmethod
    def _ucs2_format() -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(theme.color(theme.Tone.WARNING))
        fmt.setBackground(theme.background(theme.Tone.WARNING))
        return fmt

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        # The underlined characters keep the colours they were given: recolour them for the new scheme.
        message = getattr(self, "message", None)  # also called while __init__ runs
        if event.type() == QEvent.Type.PaletteChange and message is not None and message.extraSelections():
            selections = message.extraSelections()
            for sel in selections:
                sel.format = self._ucs2_format()
            message.setExtraSelections(selections)
        super().changeEvent(event)

    def highlight(self, chars: list[str]) -> None:
        """Underline every character that forces UCS-2 in the editor."""
        selections = []
        if chars and not self.template_mode:
            text = self.message.toPlainText()
            fmt = self._ucs2_format()
            wanted = set(chars)
            for pos, ch in enumerate(text):
                if ch in wanted:
                    sel = QTextEdit.ExtraSelection()
                    cursor = QTextCursor(self.message.document())
                    start = segments.utf16_index(text, pos)
                    cursor.setPosition(start)
                    cursor.setPosition(start + len(ch.encode("utf-16-le")) // 2, QTextCursor.MoveMode.KeepAnchor)
                    sel.cursor = cursor
                    sel.format = fmt
                    selections.append(sel)
                    if len(selections) >= HIGHLIGHTS_SHOWN:
                        break
        self.message.setExtraSelections(selections)

    def apply_fixes(self, fixes: list[segments.Fix]) -> None:
        """Replace every character that forces UCS-2 with its plain look-alike."""
        if not fixes:
            return
        if self.template_mode:
            for edit in self.templates.param_edits.values():
                fixed = segments.apply_fixes(edit.text(), fixes)
                if fixed != edit.text():
                    edit.setText(fixed)
            return
        text = self.message.toPlainText()
        cursor = QTextCursor(self.message.document())
        cursor.beginEditBlock()  # one undo step
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(segments.apply_fixes(text, fixes))
        cursor.endEditBlock()
