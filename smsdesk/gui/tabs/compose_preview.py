"""Compose's preview: the message as one recipient at a time gets it, with their values filled in."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smsdesk.core import personalize
from smsdesk.core.accounts import Account
from smsdesk.core.drafts import Draft, Recipient
from smsdesk.core.settings import SettingsSource, phone_text
from smsdesk.gui import theme
from smsdesk.gui.icons import icon
from smsdesk.i18n import fmt_int, join_list


class PreviewPanel(QGroupBox):
    """Steps through the valid recipients; ``index`` is the one shown."""

    stepped = Signal(int)  # -1 or +1: the previous or next recipient was asked for

    def __init__(self, settings: SettingsSource, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Preview"), parent)
        self._settings = settings
        self.account_of: Callable[[], Account | None] = lambda: None  # numbers shown in its home region
        self.index = 0
        pv = QVBoxLayout(self)
        nav = QHBoxLayout()
        self.prev_button = QToolButton()
        self.prev_button.setText("\u25c0")
        self.prev_button.setIcon(icon("previous"))
        self.prev_button.setAccessibleName(self.tr("Previous recipient"))
        self.prev_button.setToolTip(self.tr("Previous recipient"))
        self.prev_button.clicked.connect(lambda: self.stepped.emit(-1))
        self.next_button = QToolButton()
        self.next_button.setText("\u25b6")
        self.next_button.setIcon(icon("next"))
        self.next_button.setAccessibleName(self.tr("Next recipient"))
        self.next_button.setToolTip(self.tr("Next recipient"))
        self.next_button.clicked.connect(lambda: self.stepped.emit(1))
        self.preview_header = QLabel()
        self.preview_header.setWordWrap(True)
        nav.addWidget(self.prev_button)
        nav.addWidget(self.preview_header, 1)
        nav.addWidget(self.next_button)
        pv.addLayout(nav)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Preview of the message"))
        pv.addWidget(self.preview, 1)
        self.preview_note = QLabel()
        self.preview_note.setWordWrap(True)
        theme.set_tone(self.preview_note, theme.Tone.WARNING)
        pv.addWidget(self.preview_note)

    def show_draft(self, draft: Draft | None, people: list[Recipient], members_loading: bool) -> None:
        """Show ``people[index]``'s message (or the message as written when there is nobody yet)."""
        n = len(people)
        self.index = max(0, min(self.index, n - 1)) if n else 0
        self.prev_button.setEnabled(n > 1 and self.index > 0)
        self.next_button.setEnabled(n > 1 and self.index < n - 1)
        note = ""
        if members_loading:
            self.preview_header.setText(self.tr("Reading the ticked lists\u2026"))
        counts = self.tr("%Ln recipient(s)", "", n) if n else ""
        if draft is None:
            self.preview_header.setText("")
            self.preview.setPlainText("")
        elif not n:
            if not members_loading:
                self.preview_header.setText(self.tr("No recipients yet: this is the message as written."))
            self.preview.setPlainText(draft.as_written())
        else:
            who = people[self.index]
            if not members_loading:
                account = self.account_of()
                label = f"{who.name} {phone_text(self._settings, who.phone, account.spec if account else None)}".strip()
                self.preview_header.setText(self.tr("{i} of {n}: {who}").format(
                    i=fmt_int(self.index + 1), n=fmt_int(n), who=label))
            rendered = draft.render(who)
            if draft.template is not None and not draft.template.text:
                values = personalize.render_params(draft.params, who.variables).values
                self.preview.setPlainText(self.tr("Template {id} with {values}").format(
                    id=draft.template.id, values=join_list(f"{k} = {v}" for k, v in values.items())))
            else:
                self.preview.setPlainText(rendered.text)
            if rendered.missing:
                note = self.tr("No value for {names} for this recipient: it will be blank.").format(
                    names=join_list("{" + m + "}" for m in rendered.missing))
        self.setTitle(self.tr("Preview ({counts})").format(counts=counts) if counts else self.tr("Preview"))
        self.preview_note.setText(note)
        self.preview_note.setVisible(bool(note))
