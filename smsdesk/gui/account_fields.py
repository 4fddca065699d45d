"""The account editor's building blocks: pasted-text cleaning, the vendor choice, help under an input,
and the template list of vendors whose templates are entered in the account.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smsdesk.core import saved_templates
from smsdesk.gui.icons import icon
from smsdesk.gui.widgets import help_label
from smsdesk.vendors import VENDOR_MODULES, get_spec
from smsdesk.vendors.base import VendorSpec

log = logging.getLogger("smsdesk.gui.accounts")


# Characters a copy from a web page or PDF drags along with a key.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00a0"


def clean_text(value: str) -> str:
    """Trim what a paste brings along: spaces, line breaks and invisible characters."""
    return value.strip().strip(_INVISIBLE).strip()


def available_specs() -> list[VendorSpec]:
    """Every real vendor (not the Sandbox) whose module loads."""
    specs = []
    for vendor in VENDOR_MODULES:
        try:
            spec = get_spec(vendor)
        except (ImportError, AttributeError):  # a vendor module being written must not break the dialog
            log.warning("vendor module %s could not be loaded", vendor, exc_info=True)
            continue
        if not spec.is_sandbox:
            specs.append(spec)
    return specs


def link_label(form: QFormLayout, field: QWidget, widget: QWidget) -> None:
    """Make a row's label the buddy of the input inside its help box (its Alt+key and screen-reader label)."""
    label = form.labelForField(field)
    if isinstance(label, QLabel) and field is not widget:
        label.setBuddy(widget)


def digits_validator(parent: QWidget) -> QRegularExpressionValidator:
    return QRegularExpressionValidator(r"\d{0,9}", parent)


def with_help(widget: QWidget, help_text: str) -> QWidget:
    """The input with its explanation right under it (a form row of its own drifts away)."""
    if not help_text:
        return widget
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 4)
    layout.setSpacing(2)
    layout.addWidget(widget)
    layout.addWidget(help_label(help_text))
    return box


class TemplatesEditor(QWidget):
    """EngageLab-style template list: id, name, parameter names, preview text."""

    def __init__(self, value: Any = None, parent: QWidget | None = None, *, spec: VendorSpec | None = None) -> None:
        super().__init__(parent)
        self._spec = spec
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Template ID"), self.tr("Name"), self.tr("Parameters (comma-separated)"),
            self.tr("Preview text"),
        ])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(140)
        self.table.setAccessibleName(self.tr("Templates"))
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next control; arrow keys move between cells
        self.table.itemChanged.connect(self._item_changed)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add template"))
        self.add_button.setIcon(icon("add"))
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button = QPushButton(self.tr("Remove template"))
        self.remove_button.setIcon(icon("delete"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.set_value(value)

    def _params_of(self, text: str) -> list[str]:
        """The template's parameters, read by the driver (its own variable syntax)."""
        return saved_templates.text_params(self._spec, text) if self._spec is not None else []

    def add_row(self, tid: str = "", name: str = "", params: str = "", preview: str = "") -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate((tid, name, params, preview)):
            self.table.setItem(row, column, QTableWidgetItem(text))
        return row

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows or ([self.table.rowCount() - 1] if self.table.rowCount() else []):
            self.table.removeRow(row)

    def set_value(self, value: Any) -> None:
        self.table.setRowCount(0)
        for item in value if isinstance(value, list) else []:
            if not isinstance(item, dict):
                continue
            params = item.get("params") or []
            self.add_row(str(item.get("id") or ""), str(item.get("name") or ""),
                         ", ".join(str(p) for p in params) if isinstance(params, list) else str(params),
                         str(item.get("preview") or ""))

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return clean_text(item.text()) if item is not None else ""

    def _item_changed(self, item: QTableWidgetItem) -> None:
        # Typing the preview fills in the parameter names, unless the user wrote some.
        if item.column() == 3 and not self._cell(item.row(), 2):
            names = self._params_of(item.text())
            if names:
                self.table.setItem(item.row(), 2, QTableWidgetItem(", ".join(names)))

    def problems(self) -> list[str]:
        out: list[str] = []
        seen: set[str] = set()
        for row in range(self.table.rowCount()):
            tid = self._cell(row, 0)
            if not tid:
                if any(self._cell(row, c) for c in (1, 2, 3)):
                    out.append(self.tr("Template row {n} has no template ID. Copy the ID from the vendor's "
                                       "console or remove the row.").format(n=row + 1))
                continue
            if tid in seen:
                out.append(self.tr("The template ID {id} appears twice.").format(id=tid))
            seen.add(tid)
        return out

    def value(self) -> list[dict[str, Any]]:
        out = []
        for row in range(self.table.rowCount()):
            tid = self._cell(row, 0)
            if not tid:
                continue
            item = self.table.item(row, 3)
            preview = item.text().strip() if item else ""
            params = [p.strip() for p in self._cell(row, 2).split(",") if p.strip()]
            if not params:
                params = self._params_of(preview)
            out.append({"id": tid, "name": self._cell(row, 1) or tid, "params": params, "preview": preview})
        return out
