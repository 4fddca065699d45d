"""The import dialog's "Import into": a new list by name, or an existing list to add to."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QComboBox, QGridLayout, QLabel, QLineEdit, QRadioButton, QWidget

from smsdesk.core.contacts import ContactList
from smsdesk.i18n import fmt_int


class ImportTarget(QWidget):
    """Which list the rows go to; says what happens when the name is a list that exists."""

    changed = Signal()  # the target list changed

    def __init__(self, list_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lists: list[ContactList] = []
        self.wanted_list = list_id  # preselected when the lists arrive
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.new_radio = QRadioButton(self.tr("New list named"))
        self.existing_radio = QRadioButton(self.tr("Add to the list"))
        self.target_group = QButtonGroup(self)
        self.target_group.addButton(self.new_radio)
        self.target_group.addButton(self.existing_radio)
        self.new_radio.setChecked(True)
        self.new_name = QLineEdit()
        self.new_name.setAccessibleName(self.tr("Name of the new list"))
        self.new_name.textChanged.connect(lambda _t: self._target_changed())
        self.new_name.textEdited.connect(lambda _t: self.new_radio.setChecked(True))
        self.existing_combo = QComboBox()
        self.existing_combo.setAccessibleName(self.tr("Existing list"))
        self.existing_combo.currentIndexChanged.connect(lambda _i: self._target_changed())
        self.existing_combo.activated.connect(lambda _i: self.existing_radio.setChecked(True))
        self.new_radio.toggled.connect(lambda _on: self._target_changed())
        grid.addWidget(self.new_radio, 0, 0)
        grid.addWidget(self.new_name, 0, 1)
        grid.addWidget(self.existing_radio, 1, 0)
        grid.addWidget(self.existing_combo, 1, 1)
        grid.setColumnStretch(1, 1)
        self.target_note = QLabel()
        self.target_note.setWordWrap(True)
        self.target_note.setTextFormat(Qt.TextFormat.PlainText)  # file, sheet and list names are user text
        grid.addWidget(self.target_note, 2, 0, 1, 2)

    def list_name(self) -> str:
        if self.existing_radio.isChecked():
            return self.existing_combo.currentText() if self.existing_combo.currentIndex() >= 0 else ""
        return " ".join(self.new_name.text().split())

    def set_lists(self, lists: list[ContactList]) -> None:
        self.lists = lists
        self.existing_combo.blockSignals(True)
        self.existing_combo.clear()
        for lst in lists:
            self.existing_combo.addItem(lst.name, lst.id)
        self.existing_combo.blockSignals(False)
        if self.wanted_list is not None:
            index = self.existing_combo.findData(self.wanted_list)
            if index >= 0:
                self.existing_combo.setCurrentIndex(index)
                self.existing_radio.setChecked(True)
        self._target_changed()

    def suggest(self, name: str) -> None:
        """A new list named after the file, unless the dialog was opened for a given list."""
        if self.wanted_list is None:
            self.new_name.setText(name)
            self.new_radio.setChecked(True)

    def set_running(self, running: bool) -> None:
        for w in (self.new_radio, self.new_name):
            w.setEnabled(not running)
        self.existing_combo.setEnabled(not running and self.existing_combo.count() > 0)
        self.existing_radio.setEnabled(not running and self.existing_combo.count() > 0)

    def _target_changed(self) -> None:
        name = self.list_name()
        existing = next((lst for lst in self.lists if lst.name.casefold() == name.casefold()), None)
        note = ""
        if existing is not None:
            note = self.tr("The list \u201c{name}\u201d has {n} contacts. Numbers already in it are updated "
                           "with the file's values, new numbers are added, nobody is removed.").format(
                name=existing.name, n=fmt_int(existing.count))
        self.target_note.setText(note)
        self.target_note.setVisible(bool(note))
        self.changed.emit()
