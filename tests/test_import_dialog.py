"""The import dialog: file and sheet, mapping with a live preview, the import on the worker with
progress and Cancel, the validation report and its export, bad files, the opt-out mode."""

from __future__ import annotations

import csv
import gc
import sqlite3
import warnings
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from smsdesk.core.contacts import ContactRepository
from smsdesk.gui import theme
from smsdesk.gui.context import AppContext
from smsdesk.gui.import_dialog import ImportDialog
from smsdesk.gui.import_preview import BAD
from smsdesk.gui.import_work import ImportOutcome

HEADER_BOOK = [
    ["2024 VIP 客戶名單"],  # a title above the table
    [],
    ["姓名", "手機", "門市"],
    ["陳家豪", "0912-345-678", "台北信義店"],
    ["林淑芬", 912345679, "台中西屯店"],      # a number cell that lost its leading zero
    ["李建宏", "02-2345-6789", "新北板橋店"],  # a landline
    ["王怡君", "0912 345 678", "台南東區店"],  # the first number again
    ["吳冠宇", "0955123", "桃園中壢店"],       # too short
    ["黃志明", "０９２３４５６７８９", "高雄左營店"],  # full-width digits
]


@pytest.fixture
def ctx(home: Path) -> Iterator[AppContext]:
    context = AppContext.open()
    yield context
    context.worker.cancel_all()
    context.worker.wait(10000)
    QApplication.processEvents()  # deliver the last results while the widgets still exist
    context.store.close()


def xlsx(path: Path, rows: list[list[object]], *, sheets: dict[str, list[list[object]]] | None = None) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    if sheets:
        first = True
        for title, body in sheets.items():
            sheet = ws if first else wb.create_sheet()
            sheet.title = title
            for r in body:
                sheet.append(r)
            first = False
    else:
        for r in rows:
            ws.append(r)
    wb.save(path)
    return path


def open_dialog(qtbot: QtBot, ctx: AppContext, path: Path | None = None, **kwargs: object) -> ImportDialog:
    dialog = ImportDialog(ctx, None, path, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.open()
    if path is not None:
        wait_preview(qtbot, dialog)
    return dialog


def wait_preview(qtbot: QtBot, dialog: ImportDialog) -> None:
    qtbot.waitUntil(lambda: not dialog._previewing, timeout=10000)


def run(qtbot: QtBot, dialog: ImportDialog) -> ImportOutcome:
    assert dialog.import_button.isEnabled(), dialog.blocker()
    with qtbot.waitSignal(dialog.imported, timeout=20000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running)
    return blocker.args[0]


def drag_events(mime: QMimeData) -> tuple[QDragEnterEvent, QDropEvent]:
    """What a file dragged from the desktop delivers (Qt offers only these deprecated constructors)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier)
        drop = QDropEvent(QPoint(10, 10).toPointF(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                          Qt.KeyboardModifier.NoModifier)
    return enter, drop


def cell(dialog: ImportDialog, row: int, column: int) -> str:
    item = dialog.preview_table.item(row, column)
    return item.text() if item is not None else ""


def db_state(ctx: AppContext) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]], list[tuple[object, ...]]]:
    return ([tuple(r) for r in ctx.store.query("SELECT id, name, columns, updated_at FROM contact_lists ORDER BY id")],
            [tuple(r) for r in ctx.store.query("SELECT list_id, phone, name, fields, updated_at FROM contacts "
                                               "ORDER BY id")],
            [tuple(r) for r in ctx.store.query("SELECT phone FROM optouts ORDER BY phone")])


# -- preview and mapping ----------------------------------------------------------------------
def test_preview_finds_the_header_guesses_columns_and_shows_each_number(qtbot: QtBot, ctx: AppContext,
                                                                       tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, ctx, xlsx(tmp_path / "VIP 客戶.xlsx", HEADER_BOOK))
    assert dialog.phone_combo.currentData() == 1 and "手機" in dialog.phone_combo.currentText()
    assert dialog.name_combo.currentData() == 0 and "姓名" in dialog.name_combo.currentText()
    assert dialog.new_name.text() == "VIP 客戶" and dialog.new_radio.isChecked()
    assert "row 3" in dialog.layout_label.text() and "門市" in dialog.layout_label.text()
    table = dialog.preview_table
    assert table.rowCount() == 6
    assert [cell(dialog, r, 0) for r in range(6)] == ["4", "5", "6", "7", "8", "9"]  # spreadsheet rows
    assert [cell(dialog, r, 1) for r in (0, 1, 5)] == ["0912-345-678", "0912-345-679", "0923-456-789"]
    assert cell(dialog, 3, 1) == "0912-345-678 (same as row 4; imported once)"
    assert "3 different usable numbers" in dialog.layout_label.text()
    landline = table.item(2, 1)
    assert "landline" in landline.text() and landline.foreground().color() == theme.color(BAD)
    assert "too few digits" in cell(dialog, 4, 1)
    assert cell(dialog, 1, 3) == "912345679"  # the original value next to it
    assert dialog.import_button.isEnabled() and not dialog.error_label.isVisible()


def test_changing_the_phone_and_name_columns_updates_the_preview_and_the_import(qtbot: QtBot, ctx: AppContext,
                                                                                tmp_path: Path) -> None:
    # No heading row; two number columns: the guess takes the one with more mobiles, the user the other.
    rows: list[list[object]] = [
        ["0912000001", "0987000001", "Amy", "A1"],
        ["0912000002", "0987000002", "Ben", "B2"],
        ["n/a", "0987000003", "Cat", "C3"],
    ]
    dialog = open_dialog(qtbot, ctx, xlsx(tmp_path / "people.xlsx", rows))
    assert dialog.phone_combo.currentData() == 1 and "Column B" in dialog.phone_combo.currentText()
    assert "No heading row" in dialog.layout_label.text()
    assert [cell(dialog, r, 1) for r in range(3)] == ["0987-000-001", "0987-000-002", "0987-000-003"]
    dialog.phone_combo.setCurrentIndex(dialog.phone_combo.findData(0))
    qtbot.waitUntil(lambda: cell(dialog, 0, 1) == "0912-000-001", timeout=10000)
    assert dialog.preview_table.item(2, 1).foreground().color() == theme.color(BAD) and cell(dialog, 2, 2) == "n/a"
    assert dialog.name_combo.findData(0) == -1  # the phone column cannot also be the names
    dialog.name_combo.setCurrentIndex(dialog.name_combo.findData(3))
    wait_preview(qtbot, dialog)
    assert dialog.preview is not None and dialog.preview.name_column == 3
    assert dialog.phone_combo.currentData() == 0  # the phone choice survives a name change
    outcome = run(qtbot, dialog)
    repo = ContactRepository(ctx.store)
    lst = repo.find_list("people")
    assert lst is not None and lst.count == 2 and outcome.report.valid == 2  # type: ignore[union-attr]
    contacts = {c.phone: c for c in repo.search(lst.id).items}
    assert contacts["+886912000001"].name == "A1"
    assert contacts["+886912000001"].fields == {"Column B": "0987000001", "Column C": "Amy"}


def test_sheet_picker_and_a_sheet_without_numbers(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "book.xlsx", [], sheets={
        "說明": [["這份檔案是門市名單"], ["請勿外流", "謝謝"]],
        "名單": [["手機", "姓名"], ["0912345678", "陳家豪"], ["0923456789", "林淑芬"]],
    })
    dialog = open_dialog(qtbot, ctx, path)
    assert [dialog.sheet_combo.itemData(i) for i in range(dialog.sheet_combo.count())] == ["說明", "名單"]
    assert dialog.sheet_combo.currentData() == "說明"
    assert dialog.error_label.isVisible() and "Choose the column" in dialog.error_label.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.phone_combo.currentData() is None
    dialog.sheet_combo.setCurrentIndex(1)
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.preview.sheet == "名單", timeout=10000)
    assert dialog.import_button.isEnabled() and not dialog.error_label.isVisible()
    outcome = run(qtbot, dialog)
    assert outcome.report.rows == 2 and outcome.report.sheet == "名單"  # type: ignore[union-attr]


def test_an_empty_first_sheet_is_explained_and_the_others_offered(qtbot: QtBot, ctx: AppContext,
                                                                   tmp_path: Path) -> None:
    path = xlsx(tmp_path / "book.xlsx", [], sheets={"工作表1": [], "名單": [["手機"], ["0912345678"]]})
    dialog = open_dialog(qtbot, ctx, path)
    assert "“工作表1” in book.xlsx is empty" in dialog.error_label.text() and not dialog.import_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.sheet_combo.count() == 2 and dialog.sheet_combo.isEnabled(), timeout=10000)
    dialog.sheet_combo.setCurrentIndex(1)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10000)
    assert cell(dialog, 0, 1) == "0912-345-678" and not dialog.error_label.isVisible()


def test_a_csv_file_has_no_sheet_picker(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("電話,名字\n0912345678,Amy\n", encoding="utf-8-sig")
    dialog = open_dialog(qtbot, ctx, path)
    assert dialog.sheet_combo.isHidden() and cell(dialog, 0, 1) == "0912-345-678"


# -- the import and its report --------------------------------------------------------------------
def test_import_reports_counts_problems_duplicates_and_opt_outs(qtbot: QtBot, ctx: AppContext,
                                                               tmp_path: Path) -> None:
    ContactRepository(ctx.store).add_optout("0923456789", "reply")
    dialog = open_dialog(qtbot, ctx, xlsx(tmp_path / "VIP.xlsx", HEADER_BOOK))
    with qtbot.waitSignal(ctx.events.lists_changed, timeout=20000):
        outcome = run(qtbot, dialog)
    assert dialog.pages.currentIndex() == 1
    assert gc.isenabled()  # held off during the import only
    report = outcome.report
    assert (report.rows, report.valid, report.duplicates, report.opted_out) == (6, 3, 1, 1)  # type: ignore[union-attr]
    summary = dialog.summary.text()
    for label, value in (("Rows read", 6), ("Usable numbers imported", 3), ("Rows with a problem", 2),
                         ("Duplicate rows", 1), ("opt-out list", 1)):
        assert label in summary and f"<b>{value}</b>" in summary.split(label, 1)[1].split("</tr>")[0]
    problems = dialog.problems_model
    assert [problems.rows[r][:2] for r in range(problems.rowCount())] == [(6, "02-2345-6789"), (8, "0955123")]
    assert "landline" in problems.data(problems.index(0, 2)) and "too few digits" in problems.rows[1][2]
    assert problems.data(problems.index(0, 2), Qt.ItemDataRole.ForegroundRole).color() == theme.color(BAD)
    dups = dialog.duplicates_model
    assert dups.rows == [(7, "0912 345 678", "+886912345678", 4)]
    assert [dialog.report_tabs.tabText(i) for i in range(dialog.report_tabs.count())] == [
        "Problems (2)", "Duplicates (1)"]
    repo = ContactRepository(ctx.store)
    lst = repo.find_list("VIP")
    assert lst is not None and lst.count == 3 and lst.columns == ["門市"]
    assert {c.phone: c.fields["門市"] for c in repo.search(lst.id).items} == {
        "+886912345678": "台北信義店", "+886912345679": "台中西屯店", "+886923456789": "高雄左營店"}


def test_importing_into_an_existing_list_updates_contacts_instead_of_duplicating(
        qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    repo = ContactRepository(ctx.store)
    lst = repo.create_list("Regulars")
    repo.add_contact(lst.id, "0912345678", "Old name", {"門市": "舊店"})
    repo.add_contact(lst.id, "0911111111", "Stays")
    path = xlsx(tmp_path / "update.xlsx", [["手機", "姓名", "門市"], ["0912-345-678", "新名字", "新店"],
                                           ["0922222222", "New", "新店"]])
    dialog = open_dialog(qtbot, ctx, path, list_id=lst.id)
    qtbot.waitUntil(lambda: dialog.existing_radio.isChecked() and dialog.list_name() == "Regulars")
    assert "updated" in dialog.target_note.text() and dialog.target_note.isVisible()
    outcome = run(qtbot, dialog)
    assert (outcome.report.added, outcome.report.updated) == (1, 1)  # type: ignore[union-attr]
    assert "already in the list (updated)" in dialog.summary.text()
    contacts = {c.phone: c for c in repo.search(lst.id).items}
    assert len(contacts) == 3 and repo.get_list(lst.id).count == 3
    assert contacts["+886912345678"].name == "新名字" and contacts["+886912345678"].fields["門市"] == "新店"
    assert contacts["+886911111111"].name == "Stays"
    assert len(repo.lists()) == 1


def test_a_new_list_name_that_exists_says_so_and_an_empty_name_blocks(qtbot: QtBot, ctx: AppContext,
                                                                     tmp_path: Path) -> None:
    ContactRepository(ctx.store).create_list("VIP")
    dialog = open_dialog(qtbot, ctx, xlsx(tmp_path / "VIP.xlsx", HEADER_BOOK))
    qtbot.waitUntil(lambda: dialog.existing_combo.count() == 1)
    assert dialog.target_note.isVisible() and "“VIP” has 0 contacts" in dialog.target_note.text()
    dialog.new_name.setText("   ")
    assert not dialog.import_button.isEnabled() and "name" in dialog.import_button.toolTip()
    dialog.new_name.setText("Brand new")
    assert dialog.import_button.isEnabled() and not dialog.target_note.isVisible()


def test_export_report_writes_counts_and_every_problem_row(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, ctx, xlsx(tmp_path / "VIP.xlsx", HEADER_BOOK))
    run(qtbot, dialog)
    target = tmp_path / "out" / "report"
    target.parent.mkdir()
    with qtbot.waitSignal(ctx.events.status_message, timeout=10000):
        dialog.export_to(str(target))
    saved = target.with_suffix(".xlsx")
    wb = openpyxl.load_workbook(saved, read_only=True)
    try:
        summary = {r[0]: r[1] for r in wb.worksheets[0].iter_rows(min_row=2, values_only=True)}
        problems = list(wb.worksheets[1].iter_rows(min_row=2, values_only=True))
    finally:
        wb.close()
    assert summary["Rows read"] == 6 and summary["Duplicate rows"] == 1
    assert [(p[0], p[1]) for p in problems] == [(6, "02-2345-6789"), (7, "0912 345 678"), (8, "0955123")]
    assert "landline" in str(problems[0][2]) and "row 4" in str(problems[1][2])
    assert str(saved) in dialog.export_note.text()


def test_the_export_button_asks_for_a_file_name(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, ctx, xlsx(tmp_path / "VIP.xlsx", HEADER_BOOK))
    run(qtbot, dialog)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    chooser = dialog.file_dialog
    assert isinstance(chooser, QFileDialog) and chooser.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    with qtbot.waitSignal(ctx.events.status_message, timeout=10000):
        chooser.fileSelected.emit(str(tmp_path / "chosen.xlsx"))
    assert (tmp_path / "chosen.xlsx").stat().st_size > 0
    chooser.reject()


# -- cancelling ------------------------------------------------------------------------------------
class WriteBlocker:
    """Another connection holding the database's write lock, as a second program could."""

    def __init__(self, ctx: AppContext) -> None:
        self.conn = sqlite3.connect(ctx.store.path, isolation_level=None)
        self.conn.execute("BEGIN IMMEDIATE")

    def release(self) -> None:
        self.conn.execute("ROLLBACK")
        self.conn.close()


def big_csv(path: Path, n: int) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["手機", "姓名", "等級"])
        for i in range(n):
            w.writerow([f"09{20_000_000 + i:08d}", f"顧客{i}", "金"])
    return path


def big_xlsx(path: Path, n: int) -> Path:
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("名單")
    ws.append(["手機", "姓名", "等級"])
    for i in range(n):
        ws.append([f"09{20_000_000 + i:08d}", f"顧客{i}", "金"])
    wb.save(path)
    return path


def test_cancel_while_writing_rolls_everything_back(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    repo = ContactRepository(ctx.store)
    lst = repo.create_list("Existing")
    repo.add_contact(lst.id, "0920000005", "Kept as it was")
    before = db_state(ctx)
    path = big_xlsx(tmp_path / "big.xlsx", 12_000)
    dialog = open_dialog(qtbot, ctx, path, list_id=lst.id)
    qtbot.waitUntil(lambda: dialog.existing_radio.isChecked())
    blocker = WriteBlocker(ctx)  # the import reads the whole file, then waits to write
    try:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        assert dialog.running and not dialog.phone_combo.isEnabled()
        assert dialog.cancel_button.text() == "Cancel import"
        # A workbook's last row is always reported: then every row was read and the write is waiting.
        qtbot.waitUntil(lambda: dialog.progress_label.text() == "Row 12,000 of 12,000", timeout=20000)
    finally:
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        blocker.release()
    qtbot.waitUntil(lambda: not dialog.running, timeout=20000)
    assert "cancelled" in dialog.error_label.text() and "Nothing was changed" in dialog.error_label.text()
    assert dialog.pages.currentIndex() == 0 and dialog.isVisible() and dialog.import_button.isEnabled()
    assert db_state(ctx) == before
    # The same import, not cancelled, then goes through.
    outcome = run(qtbot, dialog)
    assert outcome.report.valid == 12_000 and repo.get_list(lst.id).count == 12_000  # type: ignore[union-attr]
    assert outcome.report.rows == 12_000  # the rows the progress counted: the same figure


def test_closing_the_dialog_mid_import_cancels_and_changes_nothing(qtbot: QtBot, ctx: AppContext,
                                                                  tmp_path: Path) -> None:
    before = db_state(ctx)
    dialog = open_dialog(qtbot, ctx, big_csv(tmp_path / "big.csv", 3000))
    blocker = WriteBlocker(ctx)
    try:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.progress_label.text().startswith("Row"), timeout=20000)
        dialog.reject()  # Esc or the window's close button
        assert dialog.isVisible() and "Cancelling" in dialog.progress_label.text()
    finally:
        blocker.release()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)
    assert db_state(ctx) == before


def test_the_app_closing_mid_import_rolls_it_back(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    before = db_state(ctx)
    dialog = open_dialog(qtbot, ctx, big_csv(tmp_path / "big.csv", 3000))
    blocker = WriteBlocker(ctx)
    try:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.progress_label.text().startswith("Row"), timeout=20000)
        ctx.worker.cancel_all()  # what AppContext.close() does first
    finally:
        blocker.release()
    assert ctx.worker.wait(20000)
    assert db_state(ctx) == before


# -- bad input --------------------------------------------------------------------------------------
@pytest.mark.parametrize(("name", "content", "words"), [
    ("renamed.xlsx", b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n", "not a spreadsheet"),
    ("empty.csv", b"", "empty (0 bytes)"),
    ("text.xlsx", b"phone,name\n0912345678,Amy\n", "plain text"),
    ("page.xls", b"<html><body><table><tr><td>1</td></tr></table></body></html>", "web page"),
    ("broken.xlsx", b"PK\x03\x04" + b"\x00" * 200, "damaged"),
])
def test_bad_files_get_a_clear_message_and_no_import(qtbot: QtBot, ctx: AppContext, tmp_path: Path, name: str,
                                                     content: bytes, words: str) -> None:
    before = db_state(ctx)
    path = tmp_path / name
    path.write_bytes(content)
    dialog = open_dialog(qtbot, ctx, path)
    assert dialog.error_label.isVisible() and words in dialog.error_label.text()
    assert name in dialog.error_label.text() or words == "plain text"
    assert not dialog.import_button.isEnabled() and dialog.preview_table.rowCount() == 0
    dialog.start_import()  # even when called directly, nothing starts
    assert not dialog.running and db_state(ctx) == before


def test_a_file_that_goes_away_before_the_import_is_reported(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    before = db_state(ctx)
    path = xlsx(tmp_path / "gone.xlsx", HEADER_BOOK)
    dialog = open_dialog(qtbot, ctx, path)
    path.unlink()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=10000)
    assert "does not exist" in dialog.error_label.text() and dialog.pages.currentIndex() == 0
    assert db_state(ctx) == before


def test_the_choose_file_button_and_a_drop_on_the_dialog_load_the_file(qtbot: QtBot, ctx: AppContext,
                                                                       tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, ctx)
    assert not dialog.import_button.isEnabled() and "Choose a file" in dialog.import_button.toolTip()
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    chooser = dialog.file_dialog
    assert isinstance(chooser, QFileDialog) and chooser.fileMode() == QFileDialog.FileMode.ExistingFile
    chooser.fileSelected.emit(str(xlsx(tmp_path / "first.xlsx", HEADER_BOOK)))
    chooser.reject()
    wait_preview(qtbot, dialog)
    assert dialog.new_name.text() == "first" and dialog.preview_table.rowCount() == 6
    second = xlsx(tmp_path / "second.xlsx", [["手機"], ["0912345678"]])
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(second))])
    enter, drop = drag_events(mime)
    QApplication.sendEvent(dialog, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(dialog, drop)
    wait_preview(qtbot, dialog)
    assert dialog.new_name.text() == "second" and dialog.preview_table.rowCount() == 1


# -- opt-out mode --------------------------------------------------------------------------------------
def test_opt_out_mode_adds_a_files_numbers_to_the_opt_out_list(qtbot: QtBot, ctx: AppContext,
                                                              tmp_path: Path) -> None:
    repo = ContactRepository(ctx.store)
    repo.add_optout("0912345678", "manual")
    path = xlsx(tmp_path / "stop.xlsx", [["退訂手機", "備註"], ["0912345678", "a"], ["0923456789", "b"],
                                         ["12", "c"]])
    dialog = open_dialog(qtbot, ctx, path, optouts=True)
    assert not dialog.name_combo.isVisible() and not dialog.new_name.isVisible()
    assert dialog.import_button.isEnabled()
    outcome = run(qtbot, dialog)
    assert outcome.optouts
    assert (outcome.report.rows, outcome.report.added, outcome.report.already) == (3, 1, 1)  # type: ignore[union-attr]
    assert dialog.problems_model.rowCount() == 1 and dialog.problems_model.rows[0][:2] == (4, "12")
    assert dialog.report_tabs.count() == 1
    assert {o.phone for o in repo.optouts().items} == {"+886912345678", "+886923456789"}
    target = tmp_path / "optout-report.xlsx"
    with qtbot.waitSignal(ctx.events.status_message, timeout=10000):
        dialog.export_to(str(target))
    wb = openpyxl.load_workbook(target, read_only=True)
    try:
        rows = list(wb.worksheets[1].iter_rows(min_row=2, values_only=True))
    finally:
        wb.close()
    assert rows[0][:2] == (4, "12")
