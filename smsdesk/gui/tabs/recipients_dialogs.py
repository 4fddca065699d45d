"""The Recipients tab's small dialogs: add a contact, add opt-out numbers, merge lists."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from smsdesk.core.contacts import ContactList
from smsdesk.gui import theme
from smsdesk.i18n import fmt_int


class _NumbersDialog(QDialog):
    """Stays open with the reason when a typed number cannot be used (the tab saves on the worker)."""

    error: QLabel
    buttons: QDialogButtonBox

    def _add_error_and_buttons(self, layout: QVBoxLayout, ok_text: str) -> None:
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # holds the number as typed
        theme.set_tone(self.error, theme.Tone.ERROR, box=True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.buttons.setEnabled(True)


class ContactDialog(_NumbersDialog):
    """Add one contact by hand; stays open with the reason when the number cannot be used."""

    def __init__(self, lst: ContactList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lst = lst
        self.setWindowTitle(self.tr("Add a contact to \u201c{name}\u201d").format(name=lst.name))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("e.g. 0912 345 678 or +886 912 345 678"))
        self.phone.setAccessibleName(self.tr("Phone number"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name"))
        form.addRow(self.tr("Mobile number:"), self.phone)
        form.addRow(self.tr("Name:"), self.name)
        self.fields: dict[str, QLineEdit] = {}
        for column in lst.columns:
            edit = QLineEdit()
            edit.setAccessibleName(column)
            self.fields[column] = edit
            form.addRow(f"{column}:", edit)
        layout.addLayout(form)
        self._add_error_and_buttons(layout, self.tr("Add"))
        self.resize(420, self.sizeHint().height())

    def values(self) -> tuple[str, str, dict[str, str]]:
        return self.phone.text(), self.name.text(), {k: e.text().strip() for k, e in self.fields.items()}


class OptOutDialog(_NumbersDialog):
    """Type or paste numbers for the opt-out list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add numbers to the opt-out list"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Nobody on the opt-out list is sent messages again, from any account. "
                               "One number per line:"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.numbers = QPlainTextEdit()
        self.numbers.setAccessibleName(self.tr("Numbers to opt out"))
        self.numbers.setTabChangesFocus(True)  # Tab goes on to the note, not into the list as a character
        self.numbers.setPlaceholderText("0912 345 678\n+886 923 456 789")
        layout.addWidget(self.numbers, 1)
        form = QFormLayout()
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. asked by phone on 3 May"))
        self.note.setAccessibleName(self.tr("Note"))
        form.addRow(self.tr("Note (optional):"), self.note)
        layout.addLayout(form)
        self._add_error_and_buttons(layout, self.tr("Add to the opt-out list"))
        self.resize(440, 340)


class MergeDialog(QDialog):
    """Pick the lists to merge into one."""

    def __init__(self, lists: list[ContactList], target: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge lists"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.target = QComboBox()
        self.target.setAccessibleName(self.tr("List to merge into"))
        for lst in lists:
            self.target.addItem(self.tr("{name} ({count})").format(name=lst.name, count=fmt_int(lst.count)), lst.id)
        self.target.setCurrentIndex(max(0, self.target.findData(target)))
        form.addRow(self.tr("Merge into:"), self.target)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Copy the contacts of these lists into it:")))
        self.sources = QListWidget()
        self.sources.setAccessibleName(self.tr("Lists to merge"))
        for lst in lists:
            item = QListWidgetItem(self.tr("{name} ({count})").format(name=lst.name, count=fmt_int(lst.count)))
            item.setData(Qt.ItemDataRole.UserRole, lst.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.sources.addItem(item)
        layout.addWidget(self.sources, 1)
        self.delete_sources = QCheckBox(self.tr("Delete those lists afterwards"))
        self.delete_sources.setChecked(True)
        layout.addWidget(self.delete_sources)
        note = QLabel(self.tr("A number in several lists is kept once; the target list's name and values win, "
                              "missing values are filled in."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.target.currentIndexChanged.connect(self._update)
        self.sources.itemChanged.connect(self._update)
        self._update()
        self.resize(420, 420)

    def target_id(self) -> int:
        return int(self.target.currentData())

    def source_ids(self) -> list[int]:
        target = self.target_id()
        ids = []
        for i in range(self.sources.count()):
            item = self.sources.item(i)
            lid = int(item.data(Qt.ItemDataRole.UserRole))
            if item.checkState() == Qt.CheckState.Checked and lid != target:
                ids.append(lid)
        return ids

    def _update(self) -> None:
        target = self.target_id()
        self.sources.blockSignals(True)  # setFlags emits itemChanged, which calls this again
        for i in range(self.sources.count()):
            item = self.sources.item(i)
            own = int(item.data(Qt.ItemDataRole.UserRole)) == target
            flags = item.flags()
            item.setFlags(flags & ~Qt.ItemFlag.ItemIsEnabled if own else flags | Qt.ItemFlag.ItemIsEnabled)
        self.sources.blockSignals(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.source_ids()))
