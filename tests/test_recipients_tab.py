"""The Recipients tab: lists with counts, a paged and searchable contacts table, list actions
(new, rename, merge, delete), contacts and opt-outs by hand, imports by button and by drop."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QItemSelectionModel, QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from smsdesk.core.contacts import ContactRepository
from smsdesk.gui import theme
from smsdesk.gui.context import AppContext
from smsdesk.gui.import_dialog import ImportDialog
from smsdesk.gui.tabs.recipients import RecipientsTab
from smsdesk.gui.tabs.recipients_model import CACHE_PAGES, MUTED, OPTOUTS, PAGE


@pytest.fixture
def ctx(home: Path) -> Iterator[AppContext]:
    context = AppContext.open()
    yield context
    context.worker.cancel_all()
    context.worker.wait(10000)
    QApplication.processEvents()  # deliver the last results while the widgets still exist
    context.store.close()


@pytest.fixture
def repo(ctx: AppContext) -> ContactRepository:
    return ContactRepository(ctx.store)


def make_tab(qtbot: QtBot, ctx: AppContext) -> RecipientsTab:
    tab = RecipientsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1000, 650)
    tab.show()
    qtbot.waitUntil(lambda: tab.loaded_once and not tab._loading and not tab.model.loading, timeout=10000)
    return tab


def settle(qtbot: QtBot, tab: RecipientsTab) -> None:
    """Wait for the lists and the table to be re-read after a change."""
    qtbot.waitUntil(lambda: not tab._loading and not tab._reload_pending and not tab.model.loading, timeout=10000)


def list_texts(tab: RecipientsTab) -> list[str]:
    return [tab.lists_view.item(i).text() for i in range(tab.lists_view.count())]


def shown(tab: RecipientsTab, column: int = 0) -> list[str]:
    m = tab.model
    return [m.data(m.index(r, column)) for r in range(m.rowCount())]


def select_rows(tab: RecipientsTab, rows: list[int]) -> None:
    sel = tab.table.selectionModel()
    sel.clearSelection()
    for r in rows:
        sel.select(tab.model.index(r, 0), QItemSelectionModel.SelectionFlag.Select
                   | QItemSelectionModel.SelectionFlag.Rows)


def answer(box: QMessageBox | None, button: QMessageBox.StandardButton) -> None:
    assert box is not None and box.isVisible()
    box.button(button).click()


def seed(repo: ContactRepository, name: str, n: int, start: int = 0) -> int:
    lst = repo.create_list(name, ["門市"])
    with repo.store.transaction() as db:
        db.executemany(
            "INSERT INTO contacts(list_id, phone, name, fields, created_at, updated_at) VALUES (?, ?, ?, ?, '', '')",
            [(lst.id, f"+8869{start + i:08d}", f"顧客{i}", '{"門市": "%s"}' % ("台北" if i % 2 else "高雄"))
             for i in range(n)])
    return lst.id


# -- lists and the table -------------------------------------------------------------------------
def test_without_lists_the_empty_state_shows_and_the_opt_out_list_is_there(qtbot: QtBot, ctx: AppContext) -> None:
    tab = make_tab(qtbot, ctx)
    assert tab.right.currentWidget() is tab.empty
    assert "No contact lists yet" in tab.empty.title.text()
    assert list_texts(tab) == ["Opt-out list (0)"]
    assert not tab.rename_button.isEnabled() and not tab.delete_button.isEnabled()
    tab.activateWindow()
    tab.lists_view.setFocus()  # focus makes the first row current, which must not open the opt-out list
    qtbot.waitUntil(tab.lists_view.hasFocus)
    QApplication.processEvents()
    assert tab.right.currentWidget() is tab.empty and tab.selected_key() is None
    tab.select(OPTOUTS)
    qtbot.waitUntil(lambda: tab.right.currentIndex() == 1 and not tab.model.loading)
    assert tab.title.text() == "Opt-out list" and tab.no_match.isVisible()
    assert tab.add_button.text() == "Add numbers\u2026" and tab.optout_import_button.isVisible()


def test_lists_show_counts_and_the_selected_list_its_contacts_and_columns(qtbot: QtBot, ctx: AppContext,
                                                                         repo: ContactRepository) -> None:
    seed(repo, "VIP", 3)
    seed(repo, "Ann's list", 2, start=100)
    repo.add_optout("+886900000001", "reply")
    tab = make_tab(qtbot, ctx)
    assert list_texts(tab) == ["Ann's list (2)", "VIP (3)", "Opt-out list (1)"]
    assert tab.selected_list() is not None and tab.selected_list().name == "Ann's list"  # type: ignore[union-attr]
    tab.select(tab.lists[1].id)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3 and not tab.model.loading)
    assert tab.title.text() == "VIP" and "3 contacts" in tab.subtitle.text() and "門市" in tab.subtitle.text()
    assert [tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == ["Phone", "Name", "門市"]
    assert shown(tab) == ["0900-000-000", "0900-000-001  (opted out)", "0900-000-002"]
    assert shown(tab, 1) == ["顧客0", "顧客1", "顧客2"] and shown(tab, 2) == ["高雄", "台北", "高雄"]
    tab.lists_view.clearSelection()  # e.g. Ctrl+click on the selected list
    assert tab.title.text() == "Choose a list on the left" and tab.right.currentIndex() == 1
    tab.select(tab.lists[1].id)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3 and not tab.model.loading)
    muted = tab.model.data(tab.model.index(1, 1), Qt.ItemDataRole.ForegroundRole)
    assert muted.color() == theme.color(MUTED) and tab.model.data(tab.model.index(0, 1), Qt.ItemDataRole.ForegroundRole) is None
    assert "opt-out" in tab.model.data(tab.model.index(1, 0), Qt.ItemDataRole.ToolTipRole)


def test_a_big_list_is_read_a_page_at_a_time(qtbot: QtBot, ctx: AppContext, repo: ContactRepository) -> None:
    n = PAGE * (CACHE_PAGES + 10) + 7
    seed(repo, "Big", n)
    tab = make_tab(qtbot, ctx)
    qtbot.waitUntil(lambda: tab.model.rowCount() == n)
    assert len(tab.model._pages) == 1  # only the first page was read
    last = tab.model.index(n - 1, 1)
    assert tab.model.data(last) is None  # not read yet: asked for, shown blank meanwhile
    qtbot.waitUntil(lambda: tab.model.data(last) == f"顧客{n - 1}", timeout=5000)
    for page in range(CACHE_PAGES + 5):  # scrolling through everything keeps memory bounded
        tab.table.scrollTo(tab.model.index(page * PAGE, 0))
        qtbot.waitUntil(lambda p=page: tab.model.cached(p * PAGE) is not None, timeout=5000)
    assert len(tab.model._pages) <= CACHE_PAGES
    row = PAGE * 3 + 5  # its page was dropped to make room; it is read again when needed
    assert tab.model.cached(row) is None and tab.model.item(row) is None
    qtbot.waitUntil(lambda: tab.model.cached(row) is not None, timeout=5000)
    assert tab.model.item(row).phone == f"+8869{row:08d}"  # type: ignore[union-attr]


def test_search_filters_and_ctrl_f_focuses_it(qtbot: QtBot, ctx: AppContext, repo: ContactRepository) -> None:
    seed(repo, "VIP", 30)
    tab = make_tab(qtbot, ctx)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 30)
    tab.activateWindow()
    tab.table.setFocus()
    qtbot.waitUntil(tab.table.hasFocus)
    qtbot.keyClick(tab.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.search.hasFocus()
    qtbot.keyClicks(tab.search, "90000001")  # typed (QtTest types ASCII only): +886900000010..19
    qtbot.waitUntil(lambda: tab.model.rowCount() == 10, timeout=5000)
    tab.search.setText("顧客2")  # 顧客2 and 顧客20..29
    qtbot.waitUntil(lambda: tab.model.rowCount() == 11, timeout=5000)
    tab.search.setText("0912-000-000")  # no match: searched as digits, leading zero dropped
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0 and tab.no_match.isVisible(), timeout=5000)
    assert "Nothing matches" in tab.no_match.text()
    tab.search.setText("00000012")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)
    assert shown(tab) == ["0900-000-012"]
    tab.search.setText("台北")  # any column
    qtbot.waitUntil(lambda: tab.model.rowCount() == 15, timeout=5000)


def test_re_reading_unchanged_lists_keeps_the_rows_and_the_selection(qtbot: QtBot, ctx: AppContext,
                                                                     repo: ContactRepository) -> None:
    lid = seed(repo, "VIP", 40)
    tab = make_tab(qtbot, ctx)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 40)
    select_rows(tab, [7])
    tab.reload_lists()  # what showing the tab again does
    settle(qtbot, tab)
    assert tab.selected_rows() == [7]
    repo.add_contact(lid, "0912345678", "New")  # a change elsewhere (e.g. the CLI) is picked up
    tab.reload_lists()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 41, timeout=5000)
    assert tab.selected_rows() == []


# -- list actions -------------------------------------------------------------------------------------
def test_new_and_rename_list_with_a_clear_message_for_a_taken_name(qtbot: QtBot, ctx: AppContext,
                                                                  repo: ContactRepository) -> None:
    seed(repo, "VIP", 1)
    tab = make_tab(qtbot, ctx)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert tab.input_dialog is not None and tab.input_dialog.isVisible()
    tab.input_dialog.setTextValue("  Walk-in   customers ")
    tab.input_dialog.accept()
    qtbot.waitUntil(lambda: tab.selected_list() is not None and tab.selected_list().name == "Walk-in customers",
                    timeout=5000)
    settle(qtbot, tab)
    assert "Walk-in customers (0)" in list_texts(tab) and "was created" in tab.message.text()
    assert "empty" in tab.no_match.text() and tab.no_match.isVisible()
    tab.rename_list()
    assert tab.input_dialog.textValue() == "Walk-in customers"
    tab.input_dialog.setTextValue("vip")
    tab.input_dialog.accept()
    qtbot.waitUntil(lambda: "already exists" in tab.message.text(), timeout=5000)
    assert tab.message.isVisible() and "Walk-in customers (0)" in list_texts(tab)
    tab.rename_list()
    tab.input_dialog.setTextValue("Walk-ins")
    with qtbot.waitSignal(ctx.events.lists_changed, timeout=5000):
        tab.input_dialog.accept()
    settle(qtbot, tab)
    assert list_texts(tab) == ["VIP (1)", "Walk-ins (0)", "Opt-out list (0)"]
    assert tab.selected_list().name == "Walk-ins" and tab.title.text() == "Walk-ins"  # type: ignore[union-attr]


def test_delete_asks_first(qtbot: QtBot, ctx: AppContext, repo: ContactRepository) -> None:
    seed(repo, "Old", 5)
    repo.add_optout("+886900000001")
    tab = make_tab(qtbot, ctx)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert "5 contacts" in tab.confirm_box.text()  # type: ignore[union-attr]
    answer(tab.confirm_box, QMessageBox.StandardButton.Cancel)
    assert repo.find_list("Old") is not None
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    answer(tab.confirm_box, QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: list_texts(tab) == ["Opt-out list (1)"], timeout=5000)
    assert repo.find_list("Old") is None and repo.is_opted_out("+886900000001")
    assert tab.right.currentWidget() is tab.empty and "were deleted" in tab.message.text()


def test_merge_copies_contacts_once_and_can_delete_the_sources(qtbot: QtBot, ctx: AppContext,
                                                              repo: ContactRepository) -> None:
    a = seed(repo, "A", 3)            # +886900000000..2
    b = seed(repo, "B", 3, start=2)   # +886900000002..4: one number in both
    c = seed(repo, "C", 1, start=50)
    tab = make_tab(qtbot, ctx)
    assert tab.selected_list().id == a  # type: ignore[union-attr]
    qtbot.mouseClick(tab.merge_button, Qt.MouseButton.LeftButton)
    dialog = tab.merge_dialog
    assert dialog is not None and dialog.target_id() == a
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    own = dialog.sources.item(0)
    assert not own.flags() & Qt.ItemFlag.ItemIsEnabled  # the target is not a source
    dialog.sources.item(1).setCheckState(Qt.CheckState.Checked)
    assert ok.isEnabled() and dialog.source_ids() == [b]
    ok.click()
    qtbot.waitUntil(lambda: list_texts(tab) == ["A (5)", "C (1)", "Opt-out list (0)"], timeout=5000)
    assert "2 new contacts" in tab.message.text() and tab.selected_list().id == a  # type: ignore[union-attr]
    qtbot.mouseClick(tab.merge_button, Qt.MouseButton.LeftButton)
    dialog = tab.merge_dialog
    dialog.delete_sources.setChecked(False)
    dialog.sources.item(1).setCheckState(Qt.CheckState.Checked)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: list_texts(tab) == ["A (6)", "C (1)", "Opt-out list (0)"], timeout=5000)
    assert repo.get_list(c).count == 1


# -- contacts by hand ---------------------------------------------------------------------------------
def test_add_contact_explains_a_bad_number_then_adds_and_remove_asks(qtbot: QtBot, ctx: AppContext,
                                                                    repo: ContactRepository) -> None:
    lid = seed(repo, "VIP", 2)
    tab = make_tab(qtbot, ctx)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.contact_dialog
    assert dialog is not None and list(dialog.fields) == ["門市"]
    dialog.phone.setText("02-2345-6789")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=5000)
    assert "landline" in dialog.error.text() and dialog.isVisible()
    dialog.phone.setText("0912 345 678")
    dialog.name.setText("陳家豪")
    dialog.fields["門市"].setText("台中")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not isValid(dialog) and tab.model.rowCount() == 3, timeout=5000)  # closed, deleted
    assert "VIP (3)" in list_texts(tab)
    added = next(c for c in repo.search(lid).items if c.phone == "+886912345678")
    assert (added.name, added.fields) == ("陳家豪", {"門市": "台中"})
    row = shown(tab).index("0912-345-678")
    assert not tab.remove_button.isEnabled()
    select_rows(tab, [row])
    assert tab.remove_button.isEnabled()
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert "0912-345-678" in tab.confirm_box.text() and "陳家豪" in tab.confirm_box.text()  # type: ignore[union-attr]
    answer(tab.confirm_box, QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2 and "VIP (2)" in list_texts(tab), timeout=5000)
    assert "+886912345678" not in [c.phone for c in repo.search(lid).items]
    assert not repo.is_opted_out("+886912345678")  # removing is not opting out


def test_removing_rows_not_yet_read_removes_exactly_those(qtbot: QtBot, ctx: AppContext,
                                                         repo: ContactRepository) -> None:
    n = PAGE * 3
    lid = seed(repo, "Big", n)
    tab = make_tab(qtbot, ctx)
    qtbot.waitUntil(lambda: tab.model.rowCount() == n)
    rows = [1, PAGE + 5, PAGE + 6, 2 * PAGE + 9]  # pages 1 and 2 were never shown
    assert tab.model.cached(PAGE + 5) is None
    select_rows(tab, rows)
    tab.remove_selected()
    answer(tab.confirm_box, QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: tab.model.rowCount() == n - 4, timeout=5000)
    left = {c.phone for c in repo.search(lid, limit=n).items}
    assert {f"+8869{r:08d}" for r in rows}.isdisjoint(left) and len(left) == n - 4


# -- opt-outs -------------------------------------------------------------------------------------------
def test_opt_outs_by_hand_keep_the_bad_ones_to_fix_and_can_be_removed(qtbot: QtBot, ctx: AppContext,
                                                                     repo: ContactRepository) -> None:
    repo.add_optout("0911111111", "reply")
    tab = make_tab(qtbot, ctx)
    tab.select(OPTOUTS)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and not tab.model.loading)
    assert shown(tab, 1) == ["Replied to opt out"]
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.optout_dialog
    assert dialog is not None
    dialog.numbers.setPlainText("0912-345-678\n0911111111, 12345\n")
    dialog.note.setText("asked by phone")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=5000)
    assert dialog.isVisible() and dialog.numbers.toPlainText() == "12345" and "12345" in dialog.error.text()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=5000)
    assert "1 numbers added" in tab.message.text() and "1 were on it already" in tab.message.text()
    assert "Opt-out list (2)" in list_texts(tab)
    manual = next(o for o in repo.optouts().items if o.phone == "+886912345678")
    assert (manual.source, manual.note) == ("manual", "asked by phone")
    dialog.reject()
    row = shown(tab).index("0911-111-111")
    select_rows(tab, [row])
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert "can be sent messages again" in tab.confirm_box.text()  # type: ignore[union-attr]
    answer(tab.confirm_box, QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)
    assert not repo.is_opted_out("0911111111") and repo.is_opted_out("0912345678")


def test_import_numbers_into_the_opt_out_list(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "stop.csv"
    path.write_text("mobile\n0912345678\n0923456789\n", encoding="utf-8")
    tab = make_tab(qtbot, ctx)
    tab.select(OPTOUTS)
    dialog = tab.open_import(path, optouts=True)
    assert dialog.optouts
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10000)
    dialog.start_import()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=10000)
    qtbot.waitUntil(lambda: "Opt-out list (2)" in list_texts(tab) and tab.model.rowCount() == 2, timeout=5000)
    assert tab.selected_key() == OPTOUTS


# -- import from the tab ------------------------------------------------------------------------------------
def book(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in (["姓名", "手機", "門市"], ["陳家豪", "0912345678", "台北"], ["林淑芬", "0923456789", "台中"]):
        ws.append(row)
    wb.save(path)
    return path


def drop(tab: RecipientsTab, paths: list[Path]) -> bool:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    with warnings.catch_warnings():  # Qt offers only these deprecated constructors
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier)
        dropped = QDropEvent(QPoint(50, 50).toPointF(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                             Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(tab, enter)
    if not enter.isAccepted():
        return False
    QApplication.sendEvent(tab, dropped)
    return True


def test_dropping_a_file_on_the_tab_opens_the_import_and_shows_the_new_list(qtbot: QtBot, ctx: AppContext,
                                                                           tmp_path: Path,
                                                                           repo: ContactRepository) -> None:
    tab = make_tab(qtbot, ctx)
    assert not drop(tab, [tmp_path])  # a folder is not a file to import
    assert drop(tab, [book(tmp_path / "門市客戶.xlsx"), book(tmp_path / "other.xlsx")])
    dialog = tab.import_dialog
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    assert "One file at a time" in tab.message.text()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10000)
    assert dialog.new_name.text() == "門市客戶"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10000)
    qtbot.waitUntil(lambda: tab.selected_list() is not None and tab.model.rowCount() == 2, timeout=5000)
    assert tab.selected_list().name == "門市客戶" and list_texts(tab)[0] == "門市客戶 (2)"  # type: ignore[union-attr]
    assert tab.right.currentIndex() == 1 and shown(tab, 2) == ["台北", "台中"]
    # A second drop while the dialog is open loads the file into it rather than opening another.
    assert drop(tab, [book(tmp_path / "again.xlsx")])
    assert tab.import_dialog is dialog and dialog.pages.currentIndex() == 1
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert repo.find_list("門市客戶").count == 2  # type: ignore[union-attr]


def test_the_import_buttons_open_the_dialog_and_ask_for_the_file(qtbot: QtBot, ctx: AppContext) -> None:
    tab = make_tab(qtbot, ctx)
    assert tab.empty.button is not None
    qtbot.mouseClick(tab.empty.button, Qt.MouseButton.LeftButton)
    dialog = tab.import_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.optouts
    assert dialog.file_dialog is not None and dialog.file_dialog.isVisible()
    dialog.file_dialog.reject()
    assert dialog.isVisible() and not dialog.import_button.isEnabled()
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())
