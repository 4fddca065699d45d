"""The import dialog's preview: the first rows of the file as they will be imported."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from smsdesk.core.importer import Preview
from smsdesk.core.phones import display
from smsdesk.gui import theme
from smsdesk.i18n import fmt_int, join_list, join_sentences

# Colours by meaning (smsdesk.gui.theme), resolved for the light or dark scheme when shown.
BAD = theme.Tone.ERROR
MUTED = theme.Tone.MUTED
PHONE_BACKGROUND = theme.Surface.HIGHLIGHT


def read_only_rows(view: QTableView) -> None:
    """Rows to read, not edit: one line each, no row numbers, and Tab leaves the table."""
    view.setTabKeyNavigation(False)  # Tab moves on to the next control; arrow keys move between cells
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.setWordWrap(False)


class PreviewTable(QTableWidget):
    """The number each row gives (or why it gives none) next to the file's own columns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 0, parent)
        self.setAccessibleName(self.tr("Preview of the first rows"))
        read_only_rows(self)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

    def show_preview(self, preview: Preview, region: str, optouts: bool) -> str:
        """Show the first rows as they will be imported; returns what the file looks like, in words."""
        table = self
        layout = preview.layout
        headers = [self.tr("Row"), self.tr("Number to send to"), *layout.columns]
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        bold = QFont(table.font())
        bold.setBold(True)
        for column in (layout.phone, layout.name):
            if column is not None:
                item = table.horizontalHeaderItem(column + 2)
                assert item is not None  # setHorizontalHeaderLabels made it
                item.setFont(bold)
                item.setToolTip(self.tr("Phone numbers") if column == layout.phone else self.tr("Names"))
        table.setRowCount(len(preview.rows))
        ok_count = 0
        first_row: dict[str, int] = {}
        for r, row in enumerate(preview.rows):
            number = QTableWidgetItem(str(row.row))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, 0, number)
            e164 = row.phone.e164
            if e164 is not None and e164 in first_row:
                shown = QTableWidgetItem(self.tr("{number} (same as row {row}; imported once)").format(
                    number=display(e164, region), row=first_row[e164]))
                theme.tint(shown, MUTED)
            elif e164 is not None:
                ok_count += 1
                first_row[e164] = row.row
                shown = QTableWidgetItem(display(e164, region))
                if row.phone.extra:
                    shown.setToolTip(self.tr("This cell holds more than one number; only this one is imported. "
                                             "Also in the cell: {extra}").format(extra=join_list(row.phone.extra)))
            else:
                shown = QTableWidgetItem(row.phone.reason_text)
                theme.tint(shown, BAD)
                shown.setToolTip(row.phone.reason_text)
            table.setItem(r, 1, shown)
            for c, value in enumerate(row.values):
                if c + 2 >= len(headers):
                    break
                item = QTableWidgetItem(value)
                if c == layout.phone:
                    theme.tint(item, background=PHONE_BACKGROUND)
                table.setItem(r, c + 2, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        table.resizeColumnsToContents()
        for c in range(table.columnCount()):
            table.setColumnWidth(c, min(max(table.columnWidth(c), 48), 300 if c == 1 else 200))
        if layout.header_row is not None:
            where = self.tr("Headings found on row {row}.").format(row=layout.header_row)
        else:
            where = self.tr("No heading row found: the columns are named by their letters.")
        counted = self.tr("The first {n} rows: {ok} different usable numbers.").format(n=fmt_int(len(preview.rows)), ok=fmt_int(ok_count))
        kept = ""
        if layout.variable_names and not optouts:
            kept = self.tr("Also kept for personalising messages: {columns}.").format(
                columns=join_list(layout.variable_names))
        return join_sentences(where, counted, kept)  # no space after 。 in Chinese
