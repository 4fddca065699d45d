"""Numbers are shown the way the user writes them, and found whichever way they are typed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from smsdesk.core.contacts import ContactRepository
from smsdesk.core.jobs import Jobs, PlannedRecipient
from smsdesk.core.phones import display
from smsdesk.core.tracking import list_conversations, message_ids, store_replies
from smsdesk.gui.context import AppContext
from smsdesk.vendors.base import Reply

NUMBER = "+886912345678"
OTHER = "+886923456789"
FORMS = ["+886912345678", "0912345678", "0912-345-678", "912345678", "0912 345 678", "+886 912-345-678"]


@pytest.mark.parametrize(("number", "home", "shown"), [
    ("+886912345678", "TW", "0912-345-678"),  # a Taiwan mobile, for a Taiwan shop
    ("+886223456789", "TW", "02-2345-6789"),  # a Taipei landline
    ("+85291234567", "TW", "+852 9123 4567"),  # another country: international, never mistaken for local
    ("+8613812345678", "TW", "+86 138 1234 5678"),
    ("+85291234567", "HK", "9123 4567"),  # a Hong Kong home shows its own numbers nationally
    ("+886912345678", "HK", "+886 912 345 678"),
    ("12345", "TW", "12345"),  # not E.164 (a short code): as it is
    ("+886", "TW", "+886"),
])
def test_display_is_national_at_home_and_international_elsewhere(number: str, home: str, shown: str) -> None:
    assert display(number, home) == shown


@pytest.fixture
def ctx(home: Path) -> Iterator[AppContext]:
    context = AppContext.open()
    yield context
    context.worker.cancel_all()
    context.worker.wait(10000)
    context.store.close()


@pytest.mark.parametrize("typed", FORMS)
def test_every_search_finds_a_number_typed_any_way(ctx: AppContext, typed: str) -> None:
    sandbox = ctx.accounts.all()[0]
    job, _ = Jobs(ctx.store).create(sandbox.id, [PlannedRecipient(NUMBER, rendered="hi"),
                                                 PlannedRecipient(OTHER, rendered="hi")], text="hi")
    found = message_ids(ctx.store, job, search=typed)
    assert [Jobs(ctx.store).messages(job, search=typed)[0].phone] == [NUMBER] and len(found) == 1
    repo = ContactRepository(ctx.store)
    lst = repo.create_list("VIP")
    repo.add_contact(lst.id, NUMBER, "Amy")
    repo.add_contact(lst.id, OTHER, "Ben")
    assert [c.phone for c in repo.search(lst.id, typed).items] == [NUMBER]
    now = datetime.now(UTC)
    store_replies(ctx.store, sandbox, [Reply(NUMBER, "ok", now, "r1"), Reply(OTHER, "no", now, "r2")])
    assert [c.phone for c in list_conversations(ctx.store, search=typed)] == [NUMBER]


def test_the_status_table_shows_and_finds_the_national_form(qtbot: QtBot, ctx: AppContext) -> None:
    from smsdesk.gui.tabs.status import StatusTab

    sandbox = ctx.accounts.all()[0]
    job, _ = Jobs(ctx.store).create(sandbox.id, [PlannedRecipient(NUMBER, "Amy", rendered="hi"),
                                                 PlannedRecipient("+85291234567", "Kit", rendered="hi")], text="hi")
    tab = StatusTab(ctx)
    tab.poll_timer.stop()
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2 and not tab.model.loading, timeout=10000)
    assert tab.model.job_id == job
    qtbot.waitUntil(lambda: {tab.model.data(tab.model.index(r, 0)) for r in range(2)}  # pages come from the worker
                    == {"0912-345-678", "+852 9123 4567"}, timeout=10000)
    for typed in FORMS:
        tab.search.setText(typed)
        qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and not tab.model.loading
                        and tab.model.data(tab.model.index(0, 0)) == "0912-345-678", timeout=10000)
    tab.search.setText("")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2 and not tab.model.loading, timeout=10000)
    QApplication.processEvents()


def test_recipients_and_replies_show_the_national_form(qtbot: QtBot, ctx: AppContext) -> None:
    from smsdesk.gui.tabs.recipients import RecipientsTab
    from smsdesk.gui.tabs.replies import RepliesTab

    repo = ContactRepository(ctx.store)
    lst = repo.create_list("VIP")
    repo.add_contact(lst.id, "0912345678", "Amy")
    tab = RecipientsTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.select(lst.id), timeout=10000)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and not tab.model.loading, timeout=10000)
    assert tab.model.data(tab.model.index(0, 0)) == "0912-345-678"
    store_replies(ctx.store, ctx.accounts.all()[0], [Reply(NUMBER, "好的", datetime.now(UTC), "r1")])
    replies = RepliesTab(ctx)
    qtbot.addWidget(replies)
    replies.show()
    replies.refresh()
    qtbot.waitUntil(lambda: replies.model.rowCount() == 1, timeout=10000)
    assert replies.model.text(0, 0) == "Amy (0912-345-678)"
