"""The window and EngageLab templates: kept in the Accounts dialog, offered in Compose, sent through the
simulator; a template value left empty is refused before anything is sent (the confirmation names who
is skipped and why, or Send says which value is missing)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, cast

import pytest
from pytestqt.qtbot import QtBot
from support.gui import compose_tabs, opened_ctx

from smsdesk.core.contacts import ContactRepository
from smsdesk.gui.account_editor import AccountEditor
from smsdesk.gui.account_fields import TemplatesEditor
from smsdesk.gui.context import AppContext
from smsdesk.gui.tabs.compose import ComposeTab
from smsdesk.sim.engagelab import Sim as EngageSim
from smsdesk.sim.server import Simulator

KEY, SECRET = "shop-key", "shop-Secret-9"
MARKETING = "Hi {{name}}! Enjoy {{promotion}} off this week."


@pytest.fixture
def ctx(home: Path) -> Iterator[AppContext]:
    yield from opened_ctx()


@pytest.fixture
def make_tab(qtbot: QtBot, ctx: AppContext) -> Iterator[Callable[[], ComposeTab]]:
    yield from compose_tabs(qtbot, ctx)


@pytest.fixture
def el(sim: Simulator) -> EngageSim:
    engage = cast(EngageSim, sim.vendors["engagelab"])
    engage.add_account(KEY, SECRET)
    engage.add_template(KEY, "marketing-template", MARKETING)
    return engage


def engagelab_account(ctx: AppContext, sim: Simulator, templates: list[dict[str, Any]]) -> Any:
    return ctx.accounts.add("Global", "engagelab", {"dev_key": KEY, "templates": templates}, {"dev_secret": SECRET},
                            base_url=sim.base_url("engagelab"))


def vip_list(ctx: AppContext) -> None:
    repo = ContactRepository(ctx.store)
    lst = repo.create_list("VIP", ["優惠"])
    repo.add_contact(lst.id, "+886912000001", "Amy", {"優惠": "30%"})
    repo.add_contact(lst.id, "+886912000002", "Ben", {"優惠": ""})
    ctx.events.lists_changed.emit()


def edit_templates(qtbot: QtBot, ctx: AppContext, account: Any, change: Callable[[TemplatesEditor], None]) -> None:
    editor = AccountEditor(ctx, account)
    qtbot.addWidget(editor)
    widget = editor.inputs["templates"]
    assert isinstance(widget, TemplatesEditor)
    change(widget)
    editor.save_button.click()
    assert editor.saved_id == account.id, editor.error.text()


def test_templates_added_in_the_accounts_dialog_are_offered_sent_and_removed(
        qtbot: QtBot, sim: Simulator, el: EngageSim, ctx: AppContext, make_tab: Callable[[], ComposeTab]) -> None:
    account = engagelab_account(ctx, sim, [])

    def add(widget: TemplatesEditor) -> None:
        row = widget.add_row("marketing-template", "Weekly offer")
        widget.table.item(row, 3).setText(MARKETING)

    edit_templates(qtbot, ctx, account, add)
    tab = make_tab()
    assert tab.select_account("Global")
    qtbot.waitUntil(lambda: tab.template.count() == 1)
    assert tab.template.itemText(0) == "Weekly offer (marketing-template)"
    assert list(tab.param_edits) == ["name", "promotion"]
    tab.recipients.setPlainText("0912345678")
    tab.param_edits["name"].setText("Bob")
    tab.param_edits["promotion"].setText("30%")
    confirm(qtbot, tab)
    qtbot.waitUntil(lambda: tab.job_id is not None and not tab.sending, timeout=15000)
    assert [p["text"] for p in el.control("plans", {})] == ["Hi Bob! Enjoy 30% off this week."]

    edit_templates(qtbot, ctx, ctx.accounts.get(account.id), lambda w: (w.table.selectRow(0), w.remove_selected()))
    assert ctx.accounts.get(account.id).settings["templates"] == []
    tab2 = make_tab()
    assert tab2.select_account("Global")
    qtbot.waitUntil(lambda: tab2.template.count() == 0)


def confirm(qtbot: QtBot, tab: ComposeTab) -> None:
    open_confirmation(qtbot, tab)
    assert tab.confirm_dialog is not None
    tab.confirm_dialog.send_button.click()


def open_confirmation(qtbot: QtBot, tab: ComposeTab) -> None:
    tab.confirm_dialog = None
    qtbot.waitUntil(tab.send_button.isEnabled)
    tab.send_button.click()
    qtbot.waitUntil(lambda: tab.confirm_dialog is not None and tab.confirm_dialog.isVisible(), timeout=10000)


def test_confirmation_names_the_recipient_whose_value_is_empty(
        qtbot: QtBot, sim: Simulator, el: EngageSim, ctx: AppContext, make_tab: Callable[[], ComposeTab]) -> None:
    engagelab_account(ctx, sim, [{"id": "marketing-template", "name": "Weekly offer", "preview": MARKETING}])
    vip_list(ctx)
    tab = make_tab()
    assert tab.select_account("Global")
    tab.set_list_checked("VIP")
    tab.param_edits["name"].setText("{name}")
    tab.param_edits["promotion"].setText("{優惠}")
    open_confirmation(qtbot, tab)
    dialog = tab.confirm_dialog
    assert dialog is not None
    assert dialog.fields["recipients"].text().startswith("1")
    assert "a template value is empty" in dialog.fields["skipped"].text()
    assert dialog.skipped_table.rowCount() == 1
    why = dialog.skipped_table.item(0, 2).text()
    assert "\u201cpromotion\u201d" in why and "column \u201c優惠\u201d is empty" in why
    dialog.send_button.click()
    qtbot.waitUntil(lambda: tab.job_id is not None and not tab.sending, timeout=15000)
    assert [(p["to"], p["text"]) for p in el.control("plans", {})] == [
        (["886912000001"], "Hi Amy! Enjoy 30% off this week.")]


def test_send_with_a_value_left_empty_says_which_and_sends_nothing(
        qtbot: QtBot, sim: Simulator, el: EngageSim, ctx: AppContext, make_tab: Callable[[], ComposeTab]) -> None:
    engagelab_account(ctx, sim, [{"id": "marketing-template", "name": "Weekly offer", "preview": MARKETING}])
    tab = make_tab()
    assert tab.select_account("Global")
    tab.recipients.setPlainText("0912345678")
    tab.param_edits["name"].setText("Bob")
    tab.message_box = None
    qtbot.waitUntil(tab.send_button.isEnabled)
    tab.send_button.click()
    qtbot.waitUntil(lambda: tab.message_box is not None and tab.message_box.isVisible(), timeout=10000)
    assert tab.message_box is not None
    text = tab.message_box.text()
    assert "needs a value for \u201cpromotion\u201d" in text and "next to the template in Compose" in text
    assert tab.confirm_dialog is None and sim.requests_to("engagelab") == []
    tab.message_box.close()
