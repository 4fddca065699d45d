"""The Replies tab: conversations from every vendor with replies, opt-outs, notifications, the receiver."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTabWidget
from pytestqt.qtbot import QtBot

from smsdesk.core.accounts import Account
from smsdesk.core.callbacks import callback_urls
from smsdesk.core.contacts import ContactRepository
from smsdesk.core.engine import SendEngine
from smsdesk.core.jobs import Jobs, PlannedRecipient
from smsdesk.gui.context import AppContext
from smsdesk.gui.tabs.replies import RepliesTab, optout_rule
from smsdesk.sim.server import Simulator

TW_USER, TW_PASS, SNUMBER = "shop", "tw-Secret-pa55", "12345"


@pytest.fixture
def ctx(home: Path) -> Iterator[AppContext]:
    context = AppContext.open()
    yield context
    for _ in range(20):  # results may start more work (a reload): settle it while the widgets exist
        context.worker.wait(10000)
        QApplication.processEvents()
        if not context.worker.busy:
            break
    context.worker.cancel_all()
    context.worker.wait(10000)
    context.store.close()


@pytest.fixture(autouse=True)
def fast_sandbox(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMSDESK_SANDBOX_DELAY", "0")


def twsms(ctx: AppContext, sim: Simulator) -> Account:
    sim.vendors["twsms"].add_account(TW_USER, TW_PASS, balance=1000, snumbers={SNUMBER})
    return ctx.accounts.add("Shop", "twsms", {"username": TW_USER, "snumber": SNUMBER}, {"password": TW_PASS},
                            base_url=sim.base_url("twsms"))


def send(ctx: AppContext, account: Account, phones: list[str], text: str = "hello") -> int:
    job, _ = Jobs(ctx.store).create(account.id, [PlannedRecipient(p, rendered=text) for p in phones], text=text)
    SendEngine(ctx.store, ctx.accounts).run(job)
    return job


def make_tab(qtbot: QtBot, ctx: AppContext) -> tuple[RepliesTab, QTabWidget]:
    tabs = QTabWidget()
    tab = RepliesTab(ctx)
    tab.timer.stop()
    tab.settings_timer.stop()
    tabs.addTab(tab, "Replies")
    qtbot.addWidget(tabs)
    tabs.resize(1000, 600)
    tabs.show()
    return tab, tabs


def later() -> datetime:
    return datetime.now(UTC) + timedelta(seconds=2)  # replies come after the message


def test_inbox_from_twsms_and_sandbox(qtbot: QtBot, ctx: AppContext, sim: Simulator) -> None:
    account = twsms(ctx, sim)
    contacts = ContactRepository(ctx.store)
    contacts.add_contact(contacts.create_list("VIP").id, "0911222333", name="王小明")
    send(ctx, account, ["+886911222333"], "週末特價")
    sim.vendors["twsms"].inject_reply("0911222333", "好的，謝謝", at=later())
    send(ctx, ctx.accounts.all()[0], ["+886911000007"], "hi")  # the Sandbox: numbers ending in 7 reply
    ctx.settings.setValue("notify/enabled", True)
    tab, tabs = make_tab(qtbot, ctx)
    assert tab.stack.currentIndex() == 0 and tabs.tabText(0) == "Replies"
    tab.refresh()
    qtbot.waitUntil(lambda: len(tab.conversations) == 2, timeout=5000)
    assert tab.stack.currentIndex() == 1
    assert tabs.tabText(0) == "Replies (2)"
    assert tab.last_notification is not None and tab.last_notification[0] == "2 new replies"
    rows = {tab.model.text(r, 0): r for r in range(tab.model.rowCount())}
    assert "王小明 (0911-222-333)" in rows and "0911-000-007" in rows
    row = rows["王小明 (0911-222-333)"]
    assert tab.model.text(row, 1) == "好的，謝謝" and tab.model.text(row, 3) == "Shop"
    assert tab.model.text(row, 4) == "1 new" and tab.model.text(row, 5) == ""
    tab.table.selectRow(row)
    qtbot.waitUntil(lambda: "好的，謝謝" in tab.conversation.toPlainText(), timeout=5000)
    assert "週末特價" in tab.conversation.toPlainText() and "週末特價" in tab.last_sent.text()
    qtbot.waitUntil(lambda: tabs.tabText(0) == "Replies (1)", timeout=5000)  # read once opened
    with qtbot.waitSignal(ctx.events.compose_to, timeout=2000) as signal:
        tab.reply_button.click()
    assert signal.args == ["+886911222333", "Shop"]
    tab.handled_button.click()
    qtbot.waitUntil(lambda: "Handled" in tab.model.text(tab.table.currentIndex().row(), 4), timeout=5000)
    assert tab.handled_button.text() == "Mark not handled"
    from smsdesk.core.desk import who

    assert tab.model.text(tab.table.currentIndex().row(), 5) == who()  # Handled by: this desk and user
    # Search and unread-only.
    tab.search.setText("王小明")
    qtbot.waitUntil(lambda: len(tab.conversations) == 1, timeout=5000)
    tab.search.setText("")
    tab.unread_only.setChecked(True)
    qtbot.waitUntil(lambda: [c.phone for c in tab.conversations] == ["+886911000007"], timeout=5000)
    tab.unread_only.setChecked(False)
    qtbot.waitUntil(lambda: len(tab.conversations) == 2, timeout=5000)
    # Fetching again finds nothing new and does not notify again.
    tab.last_notification = None
    tab.refresh()
    qtbot.waitUntil(lambda: not tab._fetching, timeout=5000)
    assert tab.last_notification is None and len(tab.conversations) == 2


def test_optout_keyword_automatic_and_asked(qtbot: QtBot, ctx: AppContext, sim: Simulator) -> None:
    account = twsms(ctx, sim)
    send(ctx, account, ["+886911333444", "+886911333555"])
    sim.vendors["twsms"].inject_reply("0911333444", "STOP", at=later())
    ctx.settings.setValue("notify/enabled", False)
    tab, _ = make_tab(qtbot, ctx)
    tab.refresh()
    qtbot.waitUntil(lambda: len(tab.conversations) == 1, timeout=5000)
    assert tab.last_notification is None  # notifications turned off
    assert ContactRepository(ctx.store).is_opted_out("+886911333444")
    assert tab.model.text(0, 4) == "1 new, Opted out"
    tab.table.selectRow(0)
    qtbot.waitUntil(lambda: tab.optout_bar.isVisible(), timeout=5000)
    assert "opt-out list" in tab.optout_label.text() and tab.optout_button.isHidden()
    # Ask first: the reply is marked and the user decides.
    ctx.settings.setValue("replies/optout_ask", True)
    ctx.settings.setValue("replies/optout_keywords", "STOP, 退訂, 不要了")
    assert optout_rule(ctx.settings).ask and "不要了" in optout_rule(ctx.settings).keywords
    sim.vendors["twsms"].inject_reply("0911333555", "不要了", at=later())
    tab.refresh()
    qtbot.waitUntil(lambda: len(tab.conversations) == 2, timeout=5000)
    assert not ContactRepository(ctx.store).is_opted_out("+886911333555")
    row = next(i for i, c in enumerate(tab.conversations) if c.phone == "+886911333555")
    assert "Asked to stop" in tab.model.text(row, 4)
    tab.table.selectRow(row)
    qtbot.waitUntil(lambda: tab.optout_button.isVisible(), timeout=5000)
    tab.optout_button.click()
    qtbot.waitUntil(lambda: ContactRepository(ctx.store).is_opted_out("+886911333555"), timeout=5000)
    qtbot.waitUntil(lambda: "Opted out" in tab.model.text(tab.table.currentIndex().row(), 4), timeout=5000)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_callback_receiver_in_the_app(qtbot: QtBot, ctx: AppContext, sim: Simulator) -> None:
    get = sim.vendors["smsget"]
    get.add_account("getter", "pw-123456", two_way=True)
    account = ctx.accounts.add("Get", "smsget", {"username": "getter", "two_way": True, "two_way_code": "03"},
                               {"password": "pw-123456"}, base_url=sim.base_url("smsget"))
    port = free_port()
    public = f"http://127.0.0.1:{port}"
    ctx.settings.setValue("callbacks/enabled", True)
    ctx.settings.setValue("callbacks/bind", "127.0.0.1")
    ctx.settings.setValue("callbacks/port", port)
    ctx.settings.setValue("callbacks/public_url", public)
    ctx.settings.setValue("notify/enabled", True)
    tab, _ = make_tab(qtbot, ctx)
    try:
        assert tab.callbacks.running and tab.urls_button.isVisible()
        urls = callback_urls(ctx.store, account, public)
        lines = tab.callback_url_lines()
        assert any(urls["reply"] in line and "two-way" in line for line in lines)
        dialog = tab.show_callback_urls()
        assert urls["dr"] in dialog.findChild(QPlainTextEdit).toPlainText()
        dialog.reject()
        job = send(ctx, account, ["+886912000021"])
        reply = get.inject_reply("+886912000021", "好，我會去")
        with qtbot.waitSignal(ctx.events.replies_changed, timeout=5000):
            answer = get.reply_callback([reply], url=callback_urls(ctx.store, account, public)["reply"]).emit()
        assert answer.text == "ok"
        qtbot.waitUntil(lambda: len(tab.conversations) == 1, timeout=5000)
        assert tab.conversations[0].last_text == "好，我會去"
        assert tab.last_notification is not None and tab.last_notification[0] == "New reply"
        # A delivery report pushed to the receiver tells the Status tab.
        sms_id = Jobs(ctx.store).messages(job)[0].vendor_msg_id
        get.deliver(str(sms_id))
        with qtbot.waitSignal(ctx.events.jobs_changed, timeout=5000):
            get.delivery_callback(str(sms_id), url=callback_urls(ctx.store, account, public)["dr"]).emit()
        # Turned off in Settings: the receiver stops on the next sync, at once.
        ctx.settings.setValue("callbacks/enabled", False)
        started = time.monotonic()
        tab.sync_settings()
        assert not tab.callbacks.running and time.monotonic() - started < 2.0
        with pytest.raises(OSError):
            socket.create_connection(("127.0.0.1", port), timeout=2).close()
    finally:
        tab.callbacks.stop()
