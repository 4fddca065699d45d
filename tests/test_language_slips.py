"""Words in the user's language wherever they are shown, and in English where support reads them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from smsdesk import i18n
from smsdesk.core import notes
from smsdesk.core.engine import SendEngine
from smsdesk.core.jobs import Jobs, JobStatus, PlannedRecipient
from smsdesk.gui.context import AppContext
from smsdesk.sim.server import Simulator


@pytest.fixture
def ctx(home: Path) -> Iterator[AppContext]:
    context = AppContext.open()
    yield context
    context.worker.cancel_all()
    context.worker.wait(10000)
    context.store.close()


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    assert i18n.install_qt_translator(qapp, "zh_TW")
    yield
    i18n.uninstall_qt_translators()


def test_a_pause_reason_written_in_chinese_reads_in_english_after_a_switch(
        ctx: AppContext, sim: Simulator, qapp: QApplication) -> None:
    sim.vendors["twsms"].add_account("shop", "right-password", balance=100)
    account = ctx.accounts.add("Shop", "twsms", {"username": "shop"}, {"password": "wrong-password"},
                               base_url=sim.base_url("twsms"))
    job, _ = Jobs(ctx.store).create(account.id, [PlannedRecipient("+886912345678", rendered="hi")], text="hi")
    assert i18n.install_qt_translator(qapp, "zh_TW")
    try:
        summary = SendEngine(ctx.store, ctx.accounts).run(job)
        chinese_note = summary.note
    finally:
        i18n.uninstall_qt_translators()
    stored = Jobs(ctx.store).get(job)
    assert stored is not None and stored.status is JobStatus.PAUSED
    assert chinese_note and not chinese_note.isascii()  # said in Chinese at the time
    english = notes.shown(stored.note)
    assert english and english.isascii() and english != chinese_note
    assert SendEngine(ctx.store, ctx.accounts).summary(job).note.startswith(english)


def test_notes_without_a_code_are_shown_as_written() -> None:
    assert notes.shown("Stopped by hand") == "Stopped by hand"
    assert notes.shown(None) == ""
    note = notes.coded("Engine", "Stopped when SMS Desk was closed. Resume the job to send to the rest.")
    assert notes.shown(note).startswith("Stopped when SMS Desk was closed")


def test_the_log_is_written_in_english_whatever_the_ui_language(chinese: None, home: Path) -> None:
    import logging

    from smsdesk.core import paths
    from smsdesk.gui.app import setup_logging
    from smsdesk.vendors.base import error_from_catalogue
    from smsdesk.vendors.twsms import ERRORS

    error = error_from_catalogue(ERRORS, "twsms", "00010")
    assert not error.message.isascii()  # the user is told in Chinese
    handler = setup_logging()
    try:
        logging.getLogger("smsdesk.test").info("connection test failed: %s", error)
        note = notes.of_error(error)
        logging.getLogger("smsdesk.test").info("job paused: %s", note)
        handler.flush()
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    written = (paths.log_dir() / "smsdesk.log").read_text(encoding="utf-8")
    assert "connection test failed: " in written and "job paused: " in written
    assert written.isascii(), written  # support reads it in English
    assert "00010" in written


def test_chinese_punctuation_between_sentences_and_after_titles(chinese: None) -> None:
    assert i18n.headed("3 則新回覆", "請開啟「回覆」分頁。") == "3 則新回覆：請開啟「回覆」分頁。"
    assert i18n.join_sentences("第一句。", "第二句。") == "第一句。第二句。"
    assert ". " not in i18n.headed("新回覆", "開啟。")


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    assert i18n.install_qt_translator(qapp, "en")  # as the app does: the plural forms are in the catalogue
    yield
    i18n.uninstall_qt_translators()


def test_english_says_segment_and_segments(qtbot: object, ctx: AppContext, english: None) -> None:
    from smsdesk.gui.tabs.compose import ComposeTab

    tab = ComposeTab(ctx)
    qtbot.addWidget(tab)  # type: ignore[attr-defined]
    tab.recipients.setPlainText("0912345678")
    tab.message.setPlainText("hi")
    qtbot.waitUntil(lambda: "1 segment" in tab.counter.text())  # type: ignore[attr-defined]
    assert "segment(s)" not in tab.counter.text() and "1 segments" not in tab.counter.text()
    tab.message.setPlainText("x" * 200)
    qtbot.waitUntil(lambda: "2 segments" in tab.counter.text())  # type: ignore[attr-defined]
    assert "point(s)" not in tab.counter.text()
    assert "for 1 recipient" in tab.counter.text() and "1 recipients" not in tab.counter.text()
    tab.recipients.setPlainText("0912345678\n0912345679")
    qtbot.waitUntil(lambda: "for 2 recipients" in tab.counter.text())  # type: ignore[attr-defined]
    tab.shutdown()


def test_the_chinese_ui_offers_the_name_placeholder_in_chinese_and_groups_numbers(
        qtbot: object, chinese: None, ctx: AppContext) -> None:
    from smsdesk.core.contacts import ContactRepository
    from smsdesk.gui.tabs.compose import ComposeTab

    repo = ContactRepository(ctx.store)
    lst = repo.create_list("VIP", ["門市"])
    repo.add_contact(lst.id, "0912345678", "王小明", {"門市": "台北"})
    tab = ComposeTab(ctx)
    qtbot.addWidget(tab)  # type: ignore[attr-defined]
    tab.show()
    qtbot.waitUntil(lambda: tab.lists.count() > 0)  # type: ignore[attr-defined]
    tab.set_list_checked("VIP")
    tab._fill_placeholder_menu()
    offered = [a.text() for a in tab.placeholder_menu.actions()]
    assert offered == ["{姓名}", "{門市}"]
    assert "{姓名}" in tab.message.placeholderText()
    tab.insert_placeholder(offered and "姓名")
    assert tab.message.toPlainText() == "{姓名}"
    assert i18n.fmt_int(2970) == "2,970"
    tab.shutdown()


def test_a_connection_failure_pause_reads_in_the_language_of_the_moment(ctx: AppContext, qapp: QApplication) -> None:
    import socket

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    account = ctx.accounts.add("Shop", "twsms", {"username": "shop"}, {"password": "pw-123456"},
                               base_url=f"http://127.0.0.1:{port}/twsms")
    job, _ = Jobs(ctx.store).create(account.id, [PlannedRecipient("+886912345678", rendered="hi")], text="hi")
    assert i18n.install_qt_translator(qapp, "zh_TW")
    try:
        SendEngine(ctx.store, ctx.accounts).run(job)
        stored = Jobs(ctx.store).get(job)
        assert stored is not None and stored.status is JobStatus.PAUSED
        assert not notes.shown(stored.note).isascii()
    finally:
        i18n.uninstall_qt_translators()
    assert notes.shown(stored.note).startswith("The vendor's server could not be reached.")
