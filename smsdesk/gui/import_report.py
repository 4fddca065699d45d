"""The import dialog's report page: what was imported, the rows with a problem, and the export to .xlsx."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from smsdesk.core.export import ExportFailed
from smsdesk.core.importer import ImportReport
from smsdesk.gui import theme
from smsdesk.gui.context import AppContext
from smsdesk.gui.icons import icon
from smsdesk.gui.import_preview import BAD, read_only_rows
from smsdesk.gui.import_work import ImportOutcome, export_outcome
from smsdesk.i18n import fmt_int

INDENT = "&nbsp;" * 6  # the summary is rich text: plain spaces would collapse
Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.rows: list[tuple[object, ...]] = []
        self.red_column: int | None = None

    def set_rows(self, rows: list[tuple[object, ...]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self.rows[index.row()][index.column()]
            return value if isinstance(value, str) else str(value)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.red_column:
            return QBrush(theme.color(BAD))
        return None


def _report_table(model: RowsModel, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    read_only_rows(view)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    view.setColumnWidth(0, 70)
    view.setColumnWidth(1, 180)
    return view


class ImportReportPage(QWidget):
    """Shows an :class:`~smsdesk.gui.import_work.ImportOutcome`; Export and Close are the dialog's to connect."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.outcome: ImportOutcome | None = None
        layout = QVBoxLayout(self)
        self.report_title = QLabel()
        font = self.report_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.report_title.setFont(font)
        self.report_title.setWordWrap(True)
        self.report_title.setTextFormat(Qt.TextFormat.PlainText)  # file, sheet and list names are user text
        layout.addWidget(self.report_title)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.report_tabs = QTabWidget()
        self.problems_model = RowsModel([self.tr("Row"), self.tr("Value in the file"), self.tr("Problem")], self)
        self.problems_model.red_column = 2
        self.duplicates_model = RowsModel([self.tr("Row"), self.tr("Value in the file"), self.tr("Number"),
                                           self.tr("First on row")], self)
        self.extra_model = RowsModel([self.tr("Row"), self.tr("Value in the file"),
                                      self.tr("Other numbers in the cell (not imported)")], self)
        self.problems_view = _report_table(self.problems_model, self.tr("Rows with a problem"))
        self.duplicates_view = _report_table(self.duplicates_model, self.tr("Duplicate rows"))
        self.extra_view = _report_table(self.extra_model, self.tr("Cells with more than one number"))
        layout.addWidget(self.report_tabs, 1)
        self.export_note = QLabel()
        self.export_note.setWordWrap(True)
        self.export_note.setTextFormat(Qt.TextFormat.PlainText)  # file, sheet and list names are user text
        layout.addWidget(self.export_note)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.export_button = QPushButton(self.tr("Export report\u2026"))
        self.export_button.setIcon(icon("export"))
        self.export_button.setToolTip(self.tr("Save these counts and every row with a problem as an Excel file"))
        self.done_button = QPushButton(self.tr("Close"))
        self.done_button.setDefault(True)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.done_button)
        layout.addLayout(buttons)

    def show_outcome(self, outcome: ImportOutcome) -> None:
        self.outcome = outcome
        r = outcome.report
        rows: list[tuple[str, str]]
        if isinstance(r, ImportReport):
            self.report_title.setText(self.tr("Imported into \u201c{name}\u201d").format(name=r.list_name))
            rows = [
                (self.tr("Rows read"), fmt_int(r.rows)),
                (self.tr("Usable numbers imported"), fmt_int(r.valid)),
                (INDENT + self.tr("new contacts"), fmt_int(r.added)),
                (INDENT + self.tr("already in the list (updated)"), fmt_int(r.updated)),
                (self.tr("Rows with a problem (not imported)"), fmt_int(len(outcome.problems))),
                (self.tr("Duplicate rows in the file (not imported again)"), fmt_int(r.duplicates)),
                (self.tr("On the opt-out list (kept, never sent to)"), fmt_int(r.opted_out)),
            ]
            if outcome.extra:
                rows.append((self.tr("Cells with more than one number (first one imported)"),
                             fmt_int(len(outcome.extra))))
        else:
            self.report_title.setText(self.tr("Numbers added to the opt-out list"))
            rows = [
                (self.tr("Rows read"), fmt_int(r.rows)),
                (self.tr("Added to the opt-out list"), fmt_int(r.added)),
                (self.tr("Already on the opt-out list"), fmt_int(r.already)),
                (self.tr("Rows with a problem (not added)"), fmt_int(len(outcome.problems))),
            ]
        self.summary.setText("<table cellspacing='4'>" + "".join(
            f"<tr><td>{label}</td><td width='16'></td><td align='right'><b>{value}</b></td></tr>" for label, value in rows) + "</table>")
        self.problems_model.set_rows(list(outcome.problems))
        self.duplicates_model.set_rows(list(outcome.duplicates))
        self.extra_model.set_rows(list(outcome.extra))
        self.report_tabs.clear()
        self.report_tabs.addTab(self.problems_view, self.tr("Problems ({n})").format(n=fmt_int(len(outcome.problems))))
        if not outcome.optouts:
            self.report_tabs.addTab(self.duplicates_view, self.tr("Duplicates ({n})").format(
                n=fmt_int(len(outcome.duplicates))))
            if outcome.extra:
                self.report_tabs.addTab(self.extra_view, self.tr("More than one number ({n})").format(
                    n=fmt_int(len(outcome.extra))))
        if isinstance(r, ImportReport) and r.duplicates > len(outcome.duplicates):
            self.export_note.setText(self.tr("Only the first {n} duplicate rows are listed; the count above is "
                                             "exact.").format(n=fmt_int(len(outcome.duplicates))))
        else:
            self.export_note.setText(
                self.tr("Fix the rows with a problem in your spreadsheet and import the file again: numbers "
                        "already imported are updated, not added twice.") if outcome.problems else "")
        self.export_note.setVisible(bool(self.export_note.text()))

    def export(self, stem: str) -> QFileDialog | None:
        """Ask where to save the report (``stem``: the imported file's name); the chooser is returned."""
        if self.outcome is None:
            return None
        default = str(Path.home() / self.tr("{name} import report.xlsx").format(name=stem))
        chooser = QFileDialog(self, self.tr("Export the import report"), default, self.tr("Excel workbook (*.xlsx)"))
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setDefaultSuffix("xlsx")
        chooser.selectFile(default)
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.fileSelected.connect(self.export_to)
        chooser.open()
        return chooser

    def export_to(self, path: str) -> None:
        if self.outcome is None:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        self.export_button.setEnabled(False)
        self.ctx.worker.submit(export_outcome, self.outcome, path, on_result=self._exported,
                               on_error=self._export_failed)

    def _exported(self, path: Path) -> None:
        if not isValid(self):
            return
        self.ctx.events.status_message.emit(self.tr("Import report saved to {path}.").format(path=path))
        self.export_button.setEnabled(True)
        self.export_note.setText(self.tr("Report saved to {path}.").format(path=path))
        theme.set_tone(self.export_note, None)
        self.export_note.show()

    def _export_failed(self, exc: Exception) -> None:
        if not isValid(self):
            return
        self.export_button.setEnabled(True)
        text = str(exc) if isinstance(exc, ExportFailed) else self.tr(
            "The report could not be saved ({error}). Choose another folder or file name and try again.").format(
            error=exc)
        self.export_note.setText(text)
        theme.set_tone(self.export_note, theme.Tone.ERROR, box=True)
        self.export_note.show()
