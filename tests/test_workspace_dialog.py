"""Settings → Shared workspace: Test connection in words, the password in the keychain, the move with progress."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from support.gui import opened_ctx
from support.pgcluster import Cluster, needs_postgres, shop_cluster

from smsdesk.core.contacts import ContactRepository
from smsdesk.core.store import Store
from smsdesk.core.workspace import WORKSPACE_URL, Workspace
from smsdesk.gui.context import AppContext
from smsdesk.gui.workspace_dialog import WorkspaceDialog

pytestmark = needs_postgres
PASSWORD = "Dialog-pa55"


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    with shop_cluster(PASSWORD) as c:
        yield c


@pytest.fixture
def ctx(home: Path) -> Iterator[AppContext]:
    yield from opened_ctx()


def dialog_for(qtbot: QtBot, ctx: AppContext, cluster: Cluster, password: str = PASSWORD) -> WorkspaceDialog:
    dialog = WorkspaceDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(cluster.port)
    dialog.database.setText("shop")
    dialog.user.setText("desk")
    dialog.password.setText(password)
    dialog.show()
    return dialog


def test_test_connection_says_ok_or_why_not(qtbot: QtBot, ctx: AppContext, cluster: Cluster) -> None:
    dialog = dialog_for(qtbot, ctx, cluster, "wrong")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "refused the password" in dialog.verdict_label.text(), timeout=20_000)
    qtbot.waitUntil(dialog.test_button.isEnabled, timeout=5000)
    dialog.password.setText(PASSWORD)
    dialog.database.setText("nothing")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "no database named nothing" in dialog.verdict_label.text(), timeout=20_000)
    qtbot.waitUntil(dialog.test_button.isEnabled, timeout=5000)
    dialog.database.setText("shop")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "Connected to PostgreSQL" in dialog.verdict_label.text(), timeout=20_000)
    dialog.host.setText("")
    dialog.test_button.click()
    assert "Enter the server." in dialog.verdict_label.text()


def test_save_keeps_the_password_in_the_keychain_only(qtbot: QtBot, ctx: AppContext, cluster: Cluster,
                                                      home: Path) -> None:
    dialog = dialog_for(qtbot, ctx, cluster)
    dialog.desk.setText("Counter 2")
    dialog.save()
    url = str(ctx.settings.value(WORKSPACE_URL))
    assert url == f"postgresql://desk@127.0.0.1:{cluster.port}/shop"
    assert Workspace.from_url(url).password(ctx.accounts.credentials) == PASSWORD
    ctx.settings.sync()
    assert PASSWORD not in (home / "settings.ini").read_text("utf-8")
    again = WorkspaceDialog(ctx)  # opened again: the fields as saved, the password only as "saved"
    qtbot.addWidget(again)
    assert again.port.value() == cluster.port and again.desk.text() == "Counter 2"
    assert again.password.text() == "" and again.password.placeholderText() == "saved in the keychain"


def fill(ctx: AppContext, n: int) -> None:
    contacts = ContactRepository(ctx.store)
    lst = contacts.create_list("Walk-ins")
    with ctx.store.transaction() as db:
        for i in range(n):
            db.execute("INSERT INTO contacts(list_id, phone, created_at, updated_at) VALUES(?, ?, 'now', 'now')",
                       (lst.id, f"+8869{10_000_000 + i:08d}"))


def test_move_shows_progress_can_be_stopped_and_finishes_on_a_second_run(qtbot: QtBot, ctx: AppContext,
                                                                          cluster: Cluster, tmp_path: Path) -> None:
    fill(ctx, 2000)
    target = Store(tmp_path / "workspace" / "smsdesk.db")
    dialog = dialog_for(qtbot, ctx, cluster)
    # The copy goes to a SQLite store here: PostgreSQL's own store is tested with pg-store's PgStore.
    dialog.open_target = lambda _url: _Unclosed(target)
    seen: list[tuple[int, int]] = []
    shown = dialog._progress

    def stop_at_first_batch(done: int, total: int, what: str) -> None:
        shown(done, total, what)
        seen.append((done, total))
        if dialog.progress.isVisible() and done > 0 and not dialog._stop.is_set():
            dialog.stop_move()  # as the user pressing Stop copying

    dialog._progress = stop_at_first_batch  # type: ignore[method-assign]
    dialog.start_move(Workspace("127.0.0.1", "shop", "desk", cluster.port))
    assert dialog.progress.isVisible() and dialog.cancel_move.isVisible()
    qtbot.waitUntil(lambda: not dialog.moving, timeout=60_000)
    assert "was stopped" in dialog.verdict_label.text() and seen  # the bar moved before the stop
    copied = target.query_one("SELECT COUNT(*) FROM contacts")[0]
    assert copied < 2000 and not dialog.progress.isVisible()  # whole batches before the stop, if any
    assert not ctx.settings.value(WORKSPACE_URL)  # a half-done move does not switch the next start over
    dialog._progress = shown  # type: ignore[method-assign]
    dialog.start_move(Workspace("127.0.0.1", "shop", "desk", cluster.port))
    qtbot.waitUntil(lambda: not dialog.moving, timeout=60_000)
    assert "read-only, as a backup" in dialog.verdict_label.text(), dialog.verdict_label.text()
    assert target.query_one("SELECT COUNT(*) FROM contacts")[0] == 2000
    assert ctx.settings.value(WORKSPACE_URL) == f"postgresql://desk@127.0.0.1:{cluster.port}/shop"
    assert not os.stat(ctx.store.path).st_mode & stat.S_IWUSR
    assert not dialog.move_button.isEnabled()
    os.chmod(ctx.store.path, stat.S_IRUSR | stat.S_IWUSR)
    target.close()


class _Unclosed:
    """The target store, kept open across the dialog's runs (the dialog closes what it opened)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)

    def close(self) -> None:
        pass


def test_tab_goes_in_reading_order_and_mnemonics_do_not_clash(qtbot: QtBot, ctx: AppContext) -> None:
    from test_accessibility import assert_reading_order, mnemonic_clashes, show, tab_chain

    from smsdesk.gui.help_viewer import HelpViewer

    dialog = show(qtbot, WorkspaceDialog(ctx))
    assert_reading_order(tab_chain(qtbot, dialog.host, dialog), dialog)
    assert not mnemonic_clashes(dialog, hidden=True)
    dialog.help_button.click()  # the guide opens at its section
    guide = dialog.findChild(HelpViewer)
    assert guide is not None
    qtbot.waitUntil(lambda: guide.isVisible() and guide.browser.verticalScrollBar().value() > 0)
    guide.close()


def test_after_the_move_the_window_closes_so_nothing_more_goes_to_the_old_file(
        qtbot: QtBot, ctx: AppContext, cluster: Cluster, tmp_path: Path) -> None:
    from support.gui import shown_main_window

    window: Any = shown_main_window(qtbot, ctx)
    window.open_workspace()
    dialog = window.workspace_dialog
    target = Store(tmp_path / "workspace" / "smsdesk.db")
    dialog.open_target = lambda _url: _Unclosed(target)
    dialog.password.setText(PASSWORD)
    dialog.start_move(Workspace("127.0.0.1", "shop", "desk", cluster.port))
    qtbot.waitUntil(lambda: not dialog.moving, timeout=60_000)
    assert "read-only, as a backup" in dialog.verdict_label.text(), dialog.verdict_label.text()
    qtbot.waitUntil(lambda: getattr(window, "moved_box", None) is not None and window.moved_box.isVisible(),
                    timeout=10_000)
    assert "closes now" in window.moved_box.text()
    window.moved_box.accept()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    os.chmod(ctx.store.path, stat.S_IRUSR | stat.S_IWUSR)
    target.close()
