"""Another program's reply shows in the Replies tab without F5; reloads are coalesced."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from support.gui import opened_ctx, shown_main_window

from smsdesk.gui.context import AppContext
from smsdesk.gui.main_window import TABS

OTHER_DESK = r"""
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
account = db.execute("SELECT id FROM accounts ORDER BY id LIMIT 1").fetchone()[0]
for n in range(int(sys.argv[2])):
    db.execute("INSERT INTO replies(account_id, phone, text, received_at, vendor_ref) VALUES(?, ?, ?, "
               "'2026-12-04T03:00:00Z', ?)", (account, '+88691234%04d' % n, '另一台的回覆', 'other-%d' % n))
    db.commit()
"""


@pytest.fixture
def ctx(home: Path) -> Iterator[AppContext]:
    yield from opened_ctx()


def other_desk(ctx: AppContext, replies: int) -> None:
    subprocess.run([sys.executable, "-c", OTHER_DESK, str(ctx.store.path), str(replies)], check=True, timeout=60)


def test_a_reply_from_another_program_appears_without_f5(qtbot: QtBot, ctx: AppContext) -> None:
    ctx.settings.setValue("window/tab", [t[0] for t in TABS].index("replies"))
    window: Any = shown_main_window(qtbot, ctx)
    replies = window.replies
    qtbot.waitUntil(lambda: window.live.feed.mode == "poll", timeout=10_000)
    qtbot.waitUntil(lambda: not replies._loading, timeout=10_000)
    assert replies.conversations == []
    before = window.live.refreshes
    other_desk(ctx, 5)  # five commits in a row
    qtbot.waitUntil(lambda: len(replies.conversations) == 5, timeout=20_000)
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Replies (5)"
    assert window.live.refreshes - before <= 2  # five commits, coalesced into one or two reloads
    window.close()
    assert window.live.feed.stopped


def test_hidden_tabs_reload_when_shown(qtbot: QtBot, ctx: AppContext) -> None:
    window: Any = shown_main_window(qtbot, ctx)
    qtbot.waitUntil(lambda: len(window._built) == len(TABS), timeout=10_000)
    qtbot.waitUntil(lambda: window.live.feed.mode == "poll", timeout=10_000)
    subprocess.run([sys.executable, "-c", "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute("
                    "\"INSERT INTO contact_lists(name, created_at, updated_at) VALUES('Walk-ins', 'now', 'now')\"); "
                    "c.commit()", str(ctx.store.path)], check=True, timeout=60)
    qtbot.waitUntil(lambda: "recipients" in window.live.stale, timeout=20_000)
    window.tabs.setCurrentWidget(window.recipients)
    qtbot.waitUntil(lambda: any(lst.name == "Walk-ins" for lst in window.recipients.lists), timeout=10_000)
    window.close()


OTHER_READING = r"""
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
account = db.execute("SELECT id FROM accounts WHERE is_sandbox=1").fetchone()[0]
db.execute("INSERT INTO balance_snapshots(account_id, balance, unit, read_at) VALUES(?, 777, 'points', "
           "'2099-01-01T00:00:00Z')", (account,))
db.commit()
"""


def test_a_balance_read_by_another_desk_shows_without_asking_the_vendor(qtbot: QtBot, ctx: AppContext) -> None:
    ctx.settings.setValue("window/tab", [t[0] for t in TABS].index("balances"))
    window: Any = shown_main_window(qtbot, ctx)
    balances = window.balances
    qtbot.waitUntil(lambda: window.live.feed.mode == "poll", timeout=10_000)
    assert balances.table.item(0, 2) is None or balances.table.item(0, 2).text() != "777"
    subprocess.run([sys.executable, "-c", OTHER_READING, str(ctx.store.path)], check=True, timeout=60)
    qtbot.waitUntil(lambda: balances.table.item(0, 2) is not None and balances.table.item(0, 2).text() == "777",
                    timeout=20_000)
    assert balances.refresh_button.isEnabled()  # shown from the database: no vendor was asked
    window.close()
