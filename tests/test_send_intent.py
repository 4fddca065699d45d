"""What the person meant is what is sent: Reply, the repeat guard, resumed sends and true balances.

Real widgets (offscreen), the real store, the Sandbox in-process and the simulators over HTTP.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from smsdesk.core.contacts import ContactRepository
from smsdesk.core.jobs import Jobs
from smsdesk.gui.context import AppContext
from smsdesk.gui.tabs.compose import ComposeTab


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
    tabs: list[ComposeTab] = []

    def make() -> ComposeTab:
        tab = ComposeTab(ctx)
        qtbot.addWidget(tab)
        tab.resize(1100, 700)
        tab.show()
        qtbot.waitUntil(lambda: tab.lists.count() > 0)
        tabs.append(tab)
        return tab

    yield make
    for tab in tabs:
        if tab.control is not None:
            tab.control.cancel()
        tab.shutdown()


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
    assert tab.chosen_lists() == [] and tab.recipients.toPlainText() == "+886911222333"
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
