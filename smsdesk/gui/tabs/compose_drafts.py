"""Compose's drafts: the one being written, the one set aside for a reply, the one just sent.

What the person meant is what is sent: a reply starts a fresh one-person draft (the draft
being written is set aside, never merged, and one click restores it), and a confirmed
send clears Compose into a new draft (the sent one is one click away as "Use again"), so
the same campaign cannot go out twice by pressing Send again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from smsdesk.gui.icons import icon

if TYPE_CHECKING:
    from smsdesk.gui.tabs.compose import ComposeTab


def shown_phone(e164: str) -> str:
    """A Taiwan mobile as people write it (0912-345-678); others as stored."""
    if e164.startswith("+8869") and len(e164) == 13:
        local = "0" + e164[4:]
        return f"{local[:4]}-{local[4:7]}-{local[7:]}"
    return e164


@dataclass
class DraftSnapshot:
    account_id: int | None
    numbers: str
    lists: list[str] = field(default_factory=list)  # names of the ticked lists
    text: str = ""
    template_id: str | None = None
    params: dict[str, str] = field(default_factory=dict)
    later: bool = False
    when: QDateTime | None = None

    @property
    def empty(self) -> bool:
        return not (self.numbers.strip() or self.lists or self.text.strip()
                    or any(v.strip() for v in self.params.values()))


def snapshot(tab: ComposeTab) -> DraftSnapshot:
    tpl = tab.current_template()
    return DraftSnapshot(
        account_id=tab.account.currentData(), numbers=tab.recipients.toPlainText(),
        lists=[lst.name for lst in tab.chosen_lists()], text=tab.message.toPlainText(),
        template_id=tpl.id if tpl is not None else None,
        params={k: e.text() for k, e in tab.param_edits.items()},
        later=tab.later.isChecked(), when=tab.when.dateTime())


def clear(tab: ComposeTab, *, numbers: str = "") -> None:
    """An empty draft on the same account (``numbers`` typed in, when given)."""
    for name in [lst.name for lst in tab.chosen_lists()]:
        tab.set_list_checked(name, False)
    tab.recipients.setPlainText(numbers)
    tab.message.clear()
    for edit in tab.param_edits.values():
        edit.clear()
    tab.now.setChecked(True)
    tab.quiet_override.setChecked(False)


def restore(tab: ComposeTab, draft: DraftSnapshot) -> None:
    if draft.account_id is not None:
        index = tab.account.findData(draft.account_id)
        if index >= 0:
            tab.account.setCurrentIndex(index)
    clear(tab, numbers=draft.numbers)
    for name in draft.lists:
        tab.set_list_checked(name, True)
    tab.message.setPlainText(draft.text)
    if draft.template_id is not None:
        index = tab.template.findData(draft.template_id)
        if index >= 0:
            tab.template.setCurrentIndex(index)
    for key, value in draft.params.items():
        if key in tab.param_edits:
            tab.param_edits[key].setText(value)
    if draft.when is not None:
        tab.when.setDateTime(draft.when)
    (tab.later if draft.later else tab.now).setChecked(True)


class DraftBar(QWidget):
    """"Use again" (the draft just sent) and "Restore" (the draft set aside for a reply)."""

    def __init__(self, tab: ComposeTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.sent: DraftSnapshot | None = None
        self.aside: DraftSnapshot | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.use_again_button = QPushButton(self.tr("&Use again"))
        self.use_again_button.setIcon(icon("new-message"))
        self.use_again_button.setToolTip(self.tr("Fill Compose with the message and recipients just sent"))
        self.use_again_button.clicked.connect(self.use_again)
        self.restore_button = QPushButton(self.tr("Restore the earlier draft"))
        self.restore_button.setIcon(icon("resume"))
        self.restore_button.setToolTip(self.tr("Put back the message and recipients you were writing before "
                                               "the reply"))
        self.restore_button.clicked.connect(self.restore_aside)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.use_again_button)
        layout.addWidget(self.restore_button)
        self._update()

    def _update(self) -> None:
        notes = []
        if self.aside is not None:
            notes.append(self.tr("The draft you were writing is set aside."))
        if self.sent is not None:
            notes.append(self.tr("The message just sent is cleared from Compose."))
        self.label.setText(" ".join(notes))
        self.use_again_button.setVisible(self.sent is not None)
        self.restore_button.setVisible(self.aside is not None)
        self.setVisible(self.sent is not None or self.aside is not None)

    def after_send(self) -> None:
        """The send was confirmed: Compose starts a new draft; the sent one can be used again."""
        self.sent = snapshot(self.tab)
        clear(self.tab)
        self._update()

    def start_reply(self, phone: str, account_name: str) -> None:
        """A fresh one-person draft; what was being written is kept aside (never merged)."""
        current = snapshot(self.tab)
        if not current.empty and self.tab.reply_to is None:  # a reply replacing a reply keeps the first draft
            self.aside = current
        self.tab.select_account(account_name)
        clear(self.tab, numbers=shown_phone(phone))  # as people write it
        self._update()

    def use_again(self) -> None:
        if self.sent is not None:
            restore(self.tab, self.sent)
        self.sent = None
        self._update()

    def restore_aside(self) -> None:
        if self.aside is not None:
            restore(self.tab, self.aside)
        self.aside = None
        self.tab.reply_to = None
        self._update()
