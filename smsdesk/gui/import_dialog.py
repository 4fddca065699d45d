"""The import dialog: file and sheet, target list, column mapping with a live preview, the import on
a worker thread with progress and Cancel, then the validation report (exportable to .xlsx).

The same dialog imports numbers into the shared opt-out list (``optouts=True``): no target list and
no name column then. Every file and store access runs on the worker (import_work); the GUI thread
only shows rows (the preview table in import_preview, the report page in import_report).
"""

from __future__ import annotations

import threading
from functools import partial
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from smsdesk.core import importer, workbook_guard, workbooks
from smsdesk.core.contacts import ContactList
from smsdesk.core.importer import ImportFailed, Preview
from smsdesk.core.settings import default_region
from smsdesk.gui import theme
from smsdesk.gui.context import AppContext
from smsdesk.gui.help_viewer import help_button
from smsdesk.gui.icons import icon
from smsdesk.gui.import_preview import PreviewTable
from smsdesk.gui.import_report import ImportReportPage
from smsdesk.gui.import_target import ImportTarget
from smsdesk.gui.import_work import ImportOutcome, load_lists, run_list_import, run_optout_import
from smsdesk.gui.widgets import add_row_for
from smsdesk.gui.worker import Task
from smsdesk.i18n import fmt_int, translate

PREVIEW_ROWS = 20


def file_filter() -> str:
    patterns = " ".join(f"*{s}" for s in workbook_guard.SUPPORTED_SUFFIXES)
    return translate("ImportDialog", "Spreadsheets and CSV files ({patterns});;All files (*)").format(
        patterns=patterns)


# -- a plain read-only table over tuples (the report can list 100,000 rows) --------------------
class ImportDialog(QDialog):
    """Import a spreadsheet into a contact list (or into the opt-out list)."""

    imported = Signal(object)  # the ImportOutcome, after the store changed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, path: str | Path | None = None, *,
                 optouts: bool = False, list_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.optouts = optouts
        self.region = self._region()
        self.path: Path | None = None
        self.preview: Preview | None = None
        self.outcome: ImportOutcome | None = None
        self.task: Task | None = None
        self.failed = ""  # the message shown after a failure, for tests and screen readers
        self._wanted_list = list_id
        self._generation = 0
        self._previewing = False
        self._cancel = threading.Event()
        self._close_when_done = False
        self._filling = False
        self.file_dialog: QFileDialog | None = None
        self.setWindowTitle(self.tr("Import numbers to the opt-out list") if optouts
                            else self.tr("Import a customer list"))
        self.setMinimumSize(760, 560)
        self.resize(920, 640)
        self.setAcceptDrops(True)

        self.pages = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.addWidget(self.pages)
        self._build_setup()
        self.report = ImportReportPage(ctx)
        self.report.done_button.clicked.connect(self.accept)
        self.report.export_button.clicked.connect(self.export)
        self.pages.addWidget(self.report)
        # The report's parts, under the names the tests and screen-reader checks use.
        self.report_tabs = self.report.report_tabs
        self.summary = self.report.summary
        self.problems_model = self.report.problems_model
        self.duplicates_model = self.report.duplicates_model
        self.export_note = self.report.export_note
        self.export_button = self.report.export_button
        self.done_button = self.report.done_button
        self._update_buttons()
        if not optouts:
            ctx.worker.submit(load_lists, ctx.store, on_result=self._lists_loaded)
        if path:
            self.set_file(path)
        # Open on the next step: choose a file, else name the list (or check the phone column).
        first = self.browse_button if not path else self.phone_combo if optouts else self.new_name
        first.setFocus()

    # -- building ----------------------------------------------------------------------------
    def _region(self) -> str:
        return default_region(self.ctx.settings)

    def _build_setup(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(
            self.tr("Every number in the chosen column is added to the opt-out list: nobody on it is sent "
                    "messages again, from any account.") if self.optouts else
            self.tr("Choose the file, check that the numbers below look right, then import. Other columns "
                    "are kept so that messages can use them (for example {門市})."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        file_row = QHBoxLayout()
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("No file chosen yet"))
        self.file_edit.setAccessibleName(self.tr("File to import"))
        self.browse_button = QPushButton(self.tr("&Choose file\u2026"))
        self.browse_button.setIcon(icon("browse"))
        self.browse_button.clicked.connect(self.browse)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        add_row_for(form, self.tr("File:"), file_row, self.file_edit)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setAccessibleName(self.tr("Sheet"))
        self.sheet_combo.currentIndexChanged.connect(self._sheet_changed)
        self.sheet_label = QLabel(self.tr("&Sheet:"))
        self.sheet_label.setBuddy(self.sheet_combo)
        form.addRow(self.sheet_label, self.sheet_combo)

        self.target = ImportTarget(self._wanted_list)
        self.target.changed.connect(self._update_buttons)
        target = self.target
        self.new_radio, self.new_name = target.new_radio, target.new_name
        self.existing_radio, self.existing_combo = target.existing_radio, target.existing_combo
        self.target_note = target.target_note
        self.target_label = QLabel(self.tr("Import into:"))
        form.addRow(self.target_label, target)
        if self.optouts:
            self.target_label.hide()
            target.hide()

        mapping = QHBoxLayout()
        self.phone_combo = QComboBox()
        self.phone_combo.setAccessibleName(self.tr("Column with the phone numbers"))
        self.phone_combo.currentIndexChanged.connect(self._mapping_changed)
        self.name_combo = QComboBox()
        self.name_combo.setAccessibleName(self.tr("Column with the names"))
        self.name_combo.currentIndexChanged.connect(self._mapping_changed)
        self.name_label = QLabel(self.tr("&Names:"))
        self.name_label.setBuddy(self.name_combo)
        mapping.addWidget(self.phone_combo, 1)
        mapping.addSpacing(12)
        mapping.addWidget(self.name_label)
        mapping.addWidget(self.name_combo, 1)
        add_row_for(form, self.tr("&Phone numbers:"), mapping, self.phone_combo)
        if self.optouts:
            self.name_label.hide()
            self.name_combo.hide()
        layout.addLayout(form)

        self.layout_label = QLabel()
        self.layout_label.setWordWrap(True)
        self.layout_label.setTextFormat(Qt.TextFormat.PlainText)  # file, sheet and list names are user text
        layout.addWidget(self.layout_label)
        self.preview_table = PreviewTable()
        layout.addWidget(self.preview_table, 1)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)  # file, sheet and list names are user text
        theme.set_tone(self.error_label, theme.Tone.ERROR, box=True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        layout.addWidget(self.error_label)

        bottom = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.hide()
        self.progress_label = QLabel()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.progress_label)
        bottom.addStretch(0)
        self.help_button = help_button(self, "import")
        bottom.addWidget(self.help_button)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setIcon(icon("import"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button = QPushButton(self.tr("Close"))
        self.cancel_button.clicked.connect(self._cancel_or_close)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.cancel_button)
        layout.addLayout(bottom)
        self.pages.addWidget(page)

    # -- state ---------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.task is not None

    def _show_error(self, text: str) -> None:
        self.failed = text
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _update_buttons(self) -> None:
        running = self.running
        for w in (self.browse_button, self.sheet_combo, self.phone_combo, self.name_combo):
            w.setEnabled(not running)
        self.sheet_combo.setEnabled(not running and self.sheet_combo.count() > 1)
        self.target.set_running(running)
        self.import_button.setEnabled(not running and self.blocker() is None)
        self.import_button.setToolTip(self.blocker() or "")
        self.cancel_button.setText(self.tr("Cancel import") if running else self.tr("Close"))

    def blocker(self) -> str | None:
        """Why Import cannot start yet (None when it can)."""
        if self.path is None:
            return self.tr("Choose a file first.")
        if self._previewing:
            return self.tr("Reading the file\u2026")
        if self.preview is None:
            return self.failed or self.tr("The file could not be read.")
        if self.preview.phone_column is None:
            return self.tr("Choose the column that holds the phone numbers.")
        if not self.optouts and not self.list_name():
            return self.tr("Enter a name for the new list, or choose a list to add to.")
        return None

    def list_name(self) -> str:
        return self.target.list_name()

    def _lists_loaded(self, lists: list[ContactList]) -> None:
        if isValid(self):
            self.target.set_lists(lists)

    # -- file and preview ------------------------------------------------------------------------
    def browse(self) -> None:
        """Ask for the file (a window-modal dialog opened with open(): the event loop keeps running)."""
        start = str(self.path.parent) if self.path else str(Path.home())
        chooser = QFileDialog(self, self.tr("Choose the file to import"), start, file_filter())
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.fileSelected.connect(self.set_file)
        self.file_dialog = chooser
        chooser.open()

    def set_file(self, path: str | Path) -> None:
        self.path = Path(path)
        self.file_edit.setText(str(self.path))
        self.file_edit.setToolTip(str(self.path))
        if not self.optouts:
            self.target.suggest(self.path.stem.strip())
        self.preview = None
        self._fill_sheets([], None)
        self._request_preview(None, {})

    def _current_sheet(self) -> str | None:
        data = self.sheet_combo.currentData()
        return str(data) if data is not None else None

    def _mapping(self) -> dict[str, int | str | None]:
        phone = self.phone_combo.currentData()
        name = self.name_combo.currentData()
        return {"phone": phone, "name": None if name == phone else name}

    def _sheet_changed(self) -> None:
        if not self._filling and self.path is not None:
            self._request_preview(self._current_sheet(), {})

    def _mapping_changed(self) -> None:
        if not self._filling and self.path is not None:
            self._request_preview(self._current_sheet(), self._mapping())

    def _request_preview(self, sheet: str | None, mapping: dict[str, int | str | None]) -> None:
        assert self.path is not None
        self._generation += 1
        generation = self._generation
        self._previewing = True
        self._show_error("")
        self.layout_label.setText(self.tr("Reading {name}\u2026").format(name=self.path.name))
        self._update_buttons()
        self.ctx.worker.submit(
            importer.preview, self.path, sheet, mapping, PREVIEW_ROWS, self.region,
            on_result=partial(self._preview_ready, generation),
            on_error=partial(self._preview_failed, generation),
        )

    def _preview_failed(self, generation: int, exc: Exception) -> None:
        if not isValid(self) or generation != self._generation:
            return
        self._previewing = False
        self.preview = None
        self.preview_table.setRowCount(0)
        self.preview_table.setColumnCount(0)
        self.layout_label.setText("")
        self._fill_columns(None)
        self._show_error(str(exc) if isinstance(exc, ImportFailed) else self.tr(
            "The file could not be read ({error}). Check that it is a spreadsheet or CSV file and that no "
            "other program has it open, then choose it again.").format(error=exc))
        self._update_buttons()
        if self.sheet_combo.count() == 0 and isinstance(exc, ImportFailed) and self.path is not None:
            # The first sheet may be the empty or unusable one: offer the others.
            self.ctx.worker.submit(workbooks.list_sheets, self.path,
                                   on_result=partial(self._sheets_listed, generation))

    def _sheets_listed(self, generation: int, sheets: list[workbooks.SheetInfo]) -> None:
        if not isValid(self) or generation != self._generation or self.sheet_combo.count():
            return
        visible = [s for s in sheets if s.visible]
        self._fill_sheets(visible, visible[0].name if visible else None)
        self._update_buttons()

    def _preview_ready(self, generation: int, preview: Preview) -> None:
        if not isValid(self) or generation != self._generation:
            return  # the user changed the sheet or a column meanwhile
        self._previewing = False
        self.preview = preview
        self._fill_sheets([s for s in preview.sheets if s.visible or s.name == preview.sheet], preview.sheet,
                          hidden={s.name for s in preview.sheets if not s.visible})
        self.sheet_label.setVisible(preview.kind != "csv")
        self.sheet_combo.setVisible(preview.kind != "csv")
        self._fill_columns(preview)
        self.layout_label.setText(self.preview_table.show_preview(preview, self.region, self.optouts))
        self._show_error("" if preview.phone_column is not None else self.tr(
            "No column with phone numbers was recognised. Choose the column that holds them under "
            "\u201cPhone numbers\u201d."))
        self._update_buttons()

    def _fill_sheets(self, sheets: list[workbooks.SheetInfo], current: str | None,
                     hidden: set[str] | None = None) -> None:
        self._filling = True
        self.sheet_combo.clear()
        for info in sheets:
            label = info.name if info.name not in (hidden or set()) else self.tr("{sheet} (hidden)").format(
                sheet=info.name)
            self.sheet_combo.addItem(label, info.name)
        if current is not None:
            self.sheet_combo.setCurrentIndex(max(0, self.sheet_combo.findData(current)))
        self._filling = False

    def column_label(self, preview: Preview, index: int) -> str:
        title, letter = preview.layout.columns[index], preview.layout.letters[index]
        if title == translate("Import", "Column {letter}").format(letter=letter):
            return title
        return self.tr("{title} (column {letter})").format(title=title, letter=letter)

    def _fill_columns(self, preview: Preview | None) -> None:
        self._filling = True
        self.phone_combo.clear()
        self.name_combo.clear()
        if preview is not None:
            if preview.phone_column is None:
                self.phone_combo.addItem(self.tr("Choose a column\u2026"), None)
            for i in range(len(preview.columns)):
                self.phone_combo.addItem(self.column_label(preview, i), i)
            self.phone_combo.setCurrentIndex(self.phone_combo.findData(preview.phone_column)
                                             if preview.phone_column is not None else 0)
            # Without a name column the store keeps names blank; the core picks "none" only by itself.
            if preview.name_column is None:
                self.name_combo.addItem(self.tr("(no name column)"), None)
            for i in range(len(preview.columns)):
                if i != preview.phone_column:
                    self.name_combo.addItem(self.column_label(preview, i), i)
            self.name_combo.setCurrentIndex(max(0, self.name_combo.findData(preview.name_column))
                                            if preview.name_column is not None else 0)
        self._filling = False

    # -- drag and drop onto the dialog replaces the file -----------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if not self.running and self.pages.currentIndex() == 0 and local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        files = local_files(event.mimeData())
        if files and not self.running:
            event.acceptProposedAction()
            self.set_file(files[0])

    # -- the import ------------------------------------------------------------------------------
    def start_import(self) -> None:
        if self.running or self.blocker() is not None or self.preview is None or self.path is None:
            return
        phone = self.preview.phone_column
        assert phone is not None
        name = self.preview.name_column
        self._cancel = threading.Event()
        self._show_error("")
        self.progress.setRange(0, 0)  # busy until the first progress report
        self.progress.show()
        self.progress_label.setText(self.tr("Importing\u2026"))
        if self.optouts:
            self.task = self.ctx.worker.submit(
                run_optout_import, self.ctx.store, str(self.path), self.preview.sheet, phone, self.region,
                self._cancel, wants_task=True, on_result=self._imported, on_error=self._import_failed,
                on_progress=self._progress, on_finished=self._import_finished)
        else:
            self.task = self.ctx.worker.submit(
                run_list_import, self.ctx.store, str(self.path), self.list_name(), self.preview.sheet, phone, name,
                self.region, self._cancel, wants_task=True, on_result=self._imported, on_error=self._import_failed,
                on_progress=self._progress, on_finished=self._import_finished)
        self._update_buttons()

    def _cancel_or_close(self) -> None:
        if self.running:
            self.cancel_import()
        else:
            self.reject()

    def cancel_import(self) -> None:
        """Ask the import to stop; it rolls back and reports ImportCancelled."""
        if self.running:
            self._cancel.set()
            self.progress_label.setText(self.tr("Cancelling\u2026"))
            self.cancel_button.setEnabled(False)

    def _progress(self, done: int, total: int, _text: str) -> None:
        if not isValid(self) or not self.running or self._cancel.is_set():
            return
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
            self.progress_label.setText(self.tr("Row {row} of {total}").format(row=fmt_int(done), total=fmt_int(total)))
        else:
            self.progress.setRange(0, 0)
            self.progress_label.setText(self.tr("Row {row}").format(row=fmt_int(done)))

    def _import_finished(self) -> None:
        if not isValid(self):
            return
        self.task = None
        self.progress.hide()
        self.cancel_button.setEnabled(True)
        self._update_buttons()
        if self._close_when_done:
            super().reject()

    def _import_failed(self, exc: Exception) -> None:
        if not isValid(self):
            return
        self.progress_label.setText("")
        if isinstance(exc, ImportFailed):  # ImportCancelled too: "cancelled, nothing was changed"
            self._show_error(str(exc))
        else:
            self._show_error(self.tr("The import stopped because of an unexpected problem ({error}). Nothing was "
                                     "changed. Try again; if it happens again, save the file as .xlsx in Excel "
                                     "and import that copy.").format(error=exc))

    def _imported(self, outcome: ImportOutcome) -> None:
        # The store changed even if the dialog is gone: the tabs must hear of it.
        self.ctx.events.lists_changed.emit()
        if not isValid(self):
            return
        self.outcome = outcome
        self.progress_label.setText("")
        self.report.show_outcome(outcome)
        self.pages.setCurrentIndex(1)
        self.done_button.setFocus()
        self.imported.emit(outcome)

    # -- report ----------------------------------------------------------------------------------
    def export(self) -> None:
        self.file_dialog = self.report.export(self.path.stem if self.path else "import") or self.file_dialog

    def export_to(self, path: str) -> None:
        self.report.export_to(path)

    # -- closing ---------------------------------------------------------------------------------
    def reject(self) -> None:
        if self.running:
            # Closing mid-import cancels it; the dialog goes once the rollback is done.
            self._close_when_done = True
            self.cancel_import()
            return
        super().reject()


def local_files(mime: QMimeData | None) -> list[str]:
    """Local file paths in a drag's data (folders and web links are not files to import)."""
    if mime is None or not mime.hasUrls():
        return []
    return [u.toLocalFile() for u in mime.urls() if u.isLocalFile() and Path(u.toLocalFile()).is_file()]
