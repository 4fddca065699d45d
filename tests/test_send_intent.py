"""What the person meant is what is sent: Reply, the repeat guard, resumed sends and true balances.

Real widgets (offscreen), the real store, the Sandbox in-process and the simulators over HTTP.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from support.gui import compose_tabs

from smsdesk.core.contacts import ContactRepository
from smsdesk.core.jobs import Jobs, JobStatus, PlannedRecipient
from smsdesk.gui.context import AppContext
from smsdesk.gui.tabs.balances import BalancesTab
from smsdesk.gui.tabs.compose import ComposeTab
from smsdesk.gui.tabs.status import StatusTab
from smsdesk.sim.server import Simulator


@pytest.fixture
def ctx(home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppContext]:
    monkeypatch.setenv("SMSDESK_SANDBOX_DELAY", "0.05")
    context = AppContext.open()
    yield context
    context.worker.cancel_all()
    context.worker.wait(10000)
    context.store.close()


@pytest.fixture
def make_tab(qtbot: QtBot, ctx: AppContext) -> Iterator[Callable[[], ComposeTab]]:
    yield from compose_tabs(qtbot, ctx)


def sandbox_name(ctx: AppContext) -> str:
    return next(a.name for a in ctx.accounts.all() if a.is_sandbox)


def open_confirmation(qtbot: QtBot, tab: ComposeTab) -> None:
    tab.confirm_dialog = None
    assert tab.send_button.isEnabled(), tab.blocker.text()
    tab.send_button.click()
    qtbot.waitUntil(lambda: tab.confirm_dialog is not None and tab.confirm_dialog.isVisible(), timeout=10000)


def send(qtbot: QtBot, tab: ComposeTab) -> int:
    open_confirmation(qtbot, tab)
    assert tab.confirm_dialog is not None
    tab.confirm_dialog.send_button.click()
    qtbot.waitUntil(lambda: tab.job_id is not None and not tab.sending, timeout=15000)
    assert tab.job_id is not None
    return tab.job_id


def numbers(n: int, start: int = 0) -> list[str]:
    return [f"09{12_000_000 + start + i:08d}" for i in range(n)]


def test_reply_is_a_fresh_one_person_draft_and_the_earlier_one_comes_back(
        qtbot: QtBot, make_tab: Callable[[], ComposeTab], ctx: AppContext) -> None:
    repo = ContactRepository(ctx.store)
    campaign = repo.create_list("Campaign", [])
    for phone in numbers(25):
        repo.add_contact(campaign.id, phone, "")
    vip = repo.create_list("VIP", [])
    repo.add_contact(vip.id, "0911222333", "王小明")
    ctx.events.lists_changed.emit()
    tab = make_tab()
    qtbot.waitUntil(lambda: tab.lists.count() == 2)
    tab.set_list_checked("Campaign")
    tab.recipients.setPlainText("0933444555")
    tab.message.setPlainText("Big sale this weekend")
    qtbot.waitUntil(lambda: len(tab.all_recipients()) == 26)

    tab.prefill("+886911222333", sandbox_name(ctx))  # what Replies → Reply does
    assert tab.chosen_lists() == [] and tab.recipients.toPlainText() == "0911-222-333"
    assert tab.message.toPlainText() == "" and tab.draft_bar.restore_button.isVisible()
    tab.message.setPlainText("Thank you, see you Saturday")
    open_confirmation(qtbot, tab)
    dialog = tab.confirm_dialog
    assert dialog is not None
    assert dialog.title.isVisible() and dialog.title.text() == "Reply to 王小明 (0911-222-333)"
    assert dialog.fields["recipients"].text() == "1" and dialog.headline.text().startswith("1 recipients")
    dialog.reject()

    tab.draft_bar.restore_button.click()  # the campaign draft is back, untouched
    assert [lst.name for lst in tab.chosen_lists()] == ["Campaign"]
    assert tab.recipients.toPlainText() == "0933444555" and tab.message.toPlainText() == "Big sale this weekend"
    assert tab.reply_to is None and not tab.draft_bar.restore_button.isVisible()


def test_a_repeat_is_counted_and_skipped_by_default(
        qtbot: QtBot, make_tab: Callable[[], ComposeTab], ctx: AppContext) -> None:
    tab = make_tab()
    assert tab.select_account(sandbox_name(ctx))
    tab.recipients.setPlainText("\n".join(numbers(5)))
    tab.message.setPlainText("Spring sale: 20% off")
    first = send(qtbot, tab)
    assert Jobs(ctx.store).counts(first)["submitted"] == 5
    # Compose is a new draft now; the sent one is one click away.
    assert tab.message.toPlainText() == "" and tab.recipients.toPlainText() == ""
    assert tab.draft_bar.use_again_button.isVisible()
    tab.draft_bar.use_again_button.click()
    assert tab.message.toPlainText() == "Spring sale: 20% off"
    tab.recipients.setPlainText("\n".join(numbers(7)))  # the same five and two more

    open_confirmation(qtbot, tab)
    dialog = tab.confirm_dialog
    assert dialog is not None and dialog.repeat_label.isVisible()
    text = dialog.repeat_label.text()
    assert text.startswith("5 of these 7 people got this exact message today at "), text
    assert not dialog.repeat_box.isChecked() and dialog.fields["recipients"].text() == "2"
    assert "5 got this exact message recently" in dialog.fields["skipped"].text()
    dialog.repeat_box.setChecked(True)
    assert dialog.fields["recipients"].text() == "7" and dialog.fields["skipped"].text() == "none"
    dialog.repeat_box.setChecked(False)
    assert dialog.fields["recipients"].text() == "2"
    dialog.send_button.click()
    qtbot.waitUntil(lambda: tab.job_id not in (None, first) and not tab.sending, timeout=15000)
    assert tab.job_id is not None
    sent = {m.phone for m in Jobs(ctx.store).messages(tab.job_id)}
    assert sent == {"+886912000005", "+886912000006"}


def test_a_different_text_is_not_a_repeat(
        qtbot: QtBot, make_tab: Callable[[], ComposeTab], ctx: AppContext) -> None:
    tab = make_tab()
    assert tab.select_account(sandbox_name(ctx))
    tab.recipients.setPlainText("\n".join(numbers(3)))
    tab.message.setPlainText("Hello")
    send(qtbot, tab)
    tab.recipients.setPlainText("\n".join(numbers(3)))
    tab.message.setPlainText("Hello again")
    open_confirmation(qtbot, tab)
    dialog = tab.confirm_dialog
    assert dialog is not None and dialog.repeat_label.isHidden() and dialog.fields["recipients"].text() == "3"
    dialog.reject()


# -- resumed sends are first-class; balances after a send ----------------------------------------

TW_USER, TW_PASS = "shop", "tw-Secret-pa55"
SEND_PATH = "/json/sms_send.php"


def interrupted_job(ctx: AppContext, sim: Simulator, n: int = 40) -> int:
    """A job the app stopped in the middle of: nothing of it sent yet, every recipient queued."""
    sim.vendors["twsms"].add_account(TW_USER, TW_PASS, balance=100_000)
    sim.set_latency("twsms", 0.05)
    account = ctx.accounts.add("Shop", "twsms", {"username": TW_USER, "concurrency": 1}, {"password": TW_PASS},
                               base_url=sim.base_url("twsms"))
    job, _ = Jobs(ctx.store).create(account.id, [PlannedRecipient(f"+8869{40_000_000 + i:08d}", rendered="hi")
                                                 for i in range(n)], text="hi", points_estimated=n)
    Jobs(ctx.store).set_status(job, JobStatus.INTERRUPTED)
    return job


def status_tab(qtbot: QtBot, ctx: AppContext) -> StatusTab:
    tab = StatusTab(ctx)
    tab.poll_timer.stop()
    qtbot.addWidget(tab)
    tab.resize(1000, 700)
    tab.show()
    return tab


def resume(qtbot: QtBot, tab: StatusTab, job: int) -> None:
    qtbot.waitUntil(lambda: tab.select_job(job))
    qtbot.waitUntil(tab.resume_button.isEnabled)
    tab.resume_box = None
    tab.resume_button.click()
    qtbot.waitUntil(lambda: tab.resume_box is not None and tab.resume_box.isVisible(), timeout=10000)
    assert tab.resume_box is not None
    tab.resume_box.go_button.click()


def test_a_resumed_job_can_be_paused_and_cancelled_with_live_progress(
        qtbot: QtBot, ctx: AppContext, sim: Simulator) -> None:
    job = interrupted_job(ctx, sim)
    tab = status_tab(qtbot, ctx)
    resume(qtbot, tab, job)
    qtbot.waitUntil(lambda: ctx.sends.is_sending(job) and tab.pause_job_button.isVisible(), timeout=10000)
    assert tab.cancel_job_button.isEnabled() and not tab.resume_button.isEnabled()
    # Live progress: the summary follows the send without a reload.
    qtbot.waitUntil(lambda: ctx.sends.last(job) is not None and ctx.sends.last(job).counts["submitted"] > 0,
                    timeout=10000)
    tab.pause_job_button.click()
    control = ctx.sends.control(job)
    assert control is not None and control.paused and tab.pause_job_button.text() == "&Resume"
    qtbot.waitUntil(control.parked.is_set, timeout=10000)
    sent = len(sim.requests_to("twsms", SEND_PATH))
    assert 0 < sent < 40 and Jobs(ctx.store).counts(job)["submitted"] == sent
    qtbot.waitUntil(lambda: tab.chart.counts.get("submitted") == sent, timeout=5000)  # the chart follows
    tab.pause_job_button.click()  # on again, then cancel it
    assert not control.paused
    tab.cancel_selected()
    tab.cancel_box.go_button.click()
    qtbot.waitUntil(lambda: not ctx.sends.is_sending(job) and not tab.sending, timeout=15000)
    counts = Jobs(ctx.store).counts(job)
    requests = len(sim.requests_to("twsms", SEND_PATH))
    assert counts["submitted"] == requests < 40 and counts["cancelled"] == 40 - requests and counts["queued"] == 0
    assert Jobs(ctx.store).get(job).status is JobStatus.CANCELLED  # type: ignore[union-attr]
    assert not tab.pause_job_button.isVisible()


def test_a_compose_send_is_paused_from_the_status_tab(
        qtbot: QtBot, make_tab: Callable[[], ComposeTab], ctx: AppContext, sim: Simulator) -> None:
    sim.vendors["twsms"].add_account(TW_USER, TW_PASS, balance=100_000)
    sim.set_latency("twsms", 0.05)
    ctx.accounts.add("Shop", "twsms", {"username": TW_USER, "concurrency": 1}, {"password": TW_PASS},
                     base_url=sim.base_url("twsms"))
    compose = make_tab()
    status = status_tab(qtbot, ctx)
    assert compose.select_account("Shop")
    compose.recipients.setPlainText("\n".join(numbers(30)))
    compose.message.setPlainText("Hello")
    open_confirmation(qtbot, compose)
    assert compose.confirm_dialog is not None
    compose.confirm_dialog.send_button.click()
    qtbot.waitUntil(lambda: compose.job_id is not None and ctx.sends.is_sending(compose.job_id), timeout=10000)
    job = compose.job_id
    assert job is not None
    qtbot.waitUntil(lambda: status.select_job(job), timeout=10000)
    qtbot.waitUntil(status.pause_job_button.isVisible)
    status.pause_job_button.click()
    qtbot.waitUntil(lambda: compose.pause_button.text() == "Resume")  # Compose follows
    status.pause_job_button.click()
    qtbot.waitUntil(lambda: compose.pause_button.text() == "Pause")
    qtbot.waitUntil(lambda: not compose.sending, timeout=20000)
    assert Jobs(ctx.store).counts(job)["submitted"] == 30


def test_balances_tab_and_confirmations_show_the_post_send_balance(
        qtbot: QtBot, make_tab: Callable[[], ComposeTab], ctx: AppContext) -> None:
    balances = BalancesTab(ctx)
    qtbot.addWidget(balances)
    balances.refresh_all()
    name = sandbox_name(ctx)

    def shown_balance() -> str:
        row = balances._rows[name]
        item = balances.table.item(row, 2)
        return item.text() if item is not None else ""

    qtbot.waitUntil(lambda: shown_balance() == "500", timeout=10000)
    tab = make_tab()
    assert tab.select_account(name)
    tab.recipients.setPlainText("\n".join(numbers(28)))
    tab.message.setPlainText("Hello")
    send(qtbot, tab)
    qtbot.waitUntil(lambda: shown_balance() == "472", timeout=10000)  # re-read after the send
    # The next confirmation reads the balance again, on the worker: 472, not 500.
    tab.recipients.setPlainText("\n".join(numbers(3, 100)))
    tab.message.setPlainText("Another one")
    open_confirmation(qtbot, tab)
    dialog = tab.confirm_dialog
    assert dialog is not None
    assert dialog.fields["balance"].text().startswith("472 points (just checked)")
    dialog.reject()
    # Down to zero: the tab says so as a warning, not "OK".
    tab.recipients.setPlainText("\n".join(numbers(472, 1000)))
    send(qtbot, tab)
    qtbot.waitUntil(lambda: shown_balance() == "0", timeout=10000)
    status = balances.table.item(balances._rows[name], 6).text()
    assert status.startswith("Empty")


def test_reply_from_the_replies_tab_in_the_main_window(qtbot: QtBot, ctx: AppContext) -> None:
    """Replies → Reply → Compose → Send: one recipient, on the account the customer wrote to, named."""
    from datetime import UTC, datetime

    from support.gui import shown_main_window

    from smsdesk.core.tracking import store_replies
    from smsdesk.vendors.base import Reply

    repo = ContactRepository(ctx.store)
    campaign = repo.create_list("Campaign", [])
    for phone in numbers(25):
        repo.add_contact(campaign.id, phone, "")
    repo.add_contact(repo.create_list("VIP", []).id, "0911222333", "王小明")
    sandbox = next(a for a in ctx.accounts.all() if a.is_sandbox)
    store_replies(ctx.store, sandbox, [Reply("+886911222333", "請問週六有開嗎？", datetime.now(UTC), "r1")])
    window = shown_main_window(qtbot, ctx)
    compose = window.compose
    qtbot.waitUntil(lambda: compose.lists.count() == 2)
    compose.set_list_checked("Campaign")
    compose.message.setPlainText("Big sale this weekend")
    window.tabs.setCurrentWidget(window.replies)
    window.replies.refresh()
    qtbot.waitUntil(lambda: len(window.replies.conversations) == 1, timeout=5000)
    window.replies.table.selectRow(0)
    qtbot.waitUntil(window.replies.reply_button.isEnabled)
    window.replies.reply_button.click()
    assert window.tabs.currentWidget() is compose
    assert compose.chosen_lists() == [] and compose.message.toPlainText() == ""
    compose.message.setPlainText("有的，週六 10 點開門。")
    open_confirmation(qtbot, compose)
    dialog = compose.confirm_dialog
    assert dialog is not None and dialog.title.text() == "Reply to 王小明 (0911-222-333)"
    assert dialog.fields["recipients"].text() == "1"
    dialog.send_button.click()
    qtbot.waitUntil(lambda: compose.job_id is not None and not compose.sending, timeout=15000)
    job = compose.job_id
    assert job is not None
    assert [m.phone for m in Jobs(ctx.store).messages(job)] == ["+886911222333"]
    assert Jobs(ctx.store).get(job).account_id == sandbox.id  # type: ignore[union-attr]
    window.close()
