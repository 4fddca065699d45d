"""The GUI thread only paints: pages come from the worker, progress is coalesced, no query on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot
from support.gui import compose_tabs, opened_ctx
from support.sql_watch import statements_on_this_thread

from smsdesk.core.engine import Progress, SendControl
from smsdesk.core.jobs import Jobs, PlannedRecipient
from smsdesk.core.phones import display
from smsdesk.core.states import State
from smsdesk.gui.active_sends import ActiveSends
from smsdesk.gui.coalesce import Coalescer
from smsdesk.gui.context import AppContext
from smsdesk.gui.tabs.status import StatusTab
from smsdesk.gui.tabs.status_model import PAGE, Loader, MessagesModel


@pytest.fixture
def ctx(home: Path) -> Iterator[AppContext]:
    yield from opened_ctx()


def big_job(ctx: AppContext, n: int) -> int:
    sandbox = ctx.accounts.all()[0]
    job, _ = Jobs(ctx.store).create(sandbox.id, [PlannedRecipient(f"+8869{i:08d}", f"顧客 {i}", rendered="x")
                                                 for i in range(n)], text="x")
    return job


def loader_for(ctx: AppContext) -> Loader:
    """The app's loader (StatusTab._load): every read on the worker."""
    def load(fn: Callable[..., Any], args: tuple[Any, ...], done: Callable[[Any], None]) -> None:
        ctx.worker.submit(fn, *args, on_result=done)

    return load


def pending(gate: Coalescer[int]) -> bool:
    return gate.pending


def test_coalescer_delivers_the_first_at_once_then_only_the_latest(qtbot: QtBot) -> None:
    got: list[int] = []
    slow = Coalescer(got.append, interval_ms=60_000)  # nothing is delivered by the timer in this test
    slow.push(1)
    assert got == [1]  # the first of a burst is shown at once
    for i in range(2, 101):
        slow.push(i)
    assert got == [1] and pending(slow)  # the rest waits for its interval...
    slow.flush()
    assert got == [1, 100] and not pending(slow)  # ...and only the latest is ever shown
    slow.flush()
    assert got == [1, 100]  # nothing pending: nothing again
    slow.push(101)
    slow.discard()
    slow.flush()
    assert got == [1, 100]
    fast = Coalescer(got.append, interval_ms=20)
    got.clear()
    for i in range(1, 51):
        fast.push(i)
    qtbot.waitUntil(lambda: got[-1:] == [50], timeout=5000)  # the last one arrives without a flush
    assert got[0] == 1 and got == sorted(got)


def test_active_sends_coalesce_progress_and_keep_the_last(qtbot: QtBot) -> None:
    sends = ActiveSends()
    shown: list[int] = []
    sends.progress.connect(lambda p: shown.append(p.counts["submitted"]))
    sends.add(7, SendControl())
    for i in range(1, 2001):
        sends.report(Progress(7, 2000, {"submitted": i, "queued": 2000 - i}, i))
    assert sends.last(7) is not None and sends.last(7).counts["submitted"] == 2000  # type: ignore[union-attr]
    assert 1 <= len(shown) < 2000  # not one repaint per message
    sends.remove(7)  # the send is over: the last count is delivered first
    assert shown[-1] == 2000


def test_status_pages_load_on_the_worker_and_show(qtbot: QtBot, ctx: AppContext) -> None:
    n = PAGE * 3
    job = big_job(ctx, n)
    model = MessagesModel(ctx.store, loader=loader_for(ctx))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 400)
    with statements_on_this_thread(ctx.store) as gui_sql:
        model.set_job(job)
        qtbot.waitUntil(lambda: model.rowCount() == n and not model.loading, timeout=10000)
        last = model.index(n - 1, 0)
        assert model.data(last) is None  # not read yet: asked for, blank meanwhile
        qtbot.waitUntil(lambda: model.data(last) == display(f"+8869{n - 1:08d}"), timeout=10000)
        assert model.data(model.index(n - 1, 1)) == f"顧客 {n - 1}"
        view.show()
        view.scrollTo(model.index(PAGE + 5, 0))
        qtbot.waitUntil(lambda: model.data(model.index(PAGE + 5, 2)) == "Queued", timeout=10000)
        # A report came in: the old text stays on screen until the fresh page replaces it.
        first = model.line(0)
        assert first is not None
        Jobs(ctx.store).apply_report(first.id, State.SUBMITTED)
        gui_sql.clear()  # apply_report above ran here on purpose; from now on only the model
        model.refresh_rows()
        assert model.data(model.index(0, 2)) == "Queued"
        qtbot.waitUntil(lambda: model.data(model.index(0, 2)) == "Submitted", timeout=10000)
        model.sort(0, Qt.SortOrder.DescendingOrder)
        qtbot.waitUntil(lambda: not model.loading and model.data(model.index(0, 0)) == display(f"+8869{n - 1:08d}"),
                        timeout=10000)
    assert gui_sql == []


def test_status_tab_never_queries_on_the_gui_thread(qtbot: QtBot, ctx: AppContext) -> None:
    n = PAGE * 2
    job = big_job(ctx, n)
    other = big_job(ctx, 3)
    with statements_on_this_thread(ctx.store) as gui_sql:
        tab = StatusTab(ctx)
        tab.poll_timer.stop()
        qtbot.addWidget(tab)
        tab.resize(1000, 700)
        tab.show()
        qtbot.waitUntil(lambda: tab.select_job(job), timeout=10000)
        qtbot.waitUntil(lambda: tab.model.rowCount() == n and not tab.model.loading
                        and tab.model.data(tab.model.index(0, 0)) is not None, timeout=10000)
        assert tab.summary.text().startswith(f"Job {job}") and tab.refresh_button.isEnabled()
        tab.table.scrollToBottom()
        qtbot.waitUntil(lambda: tab.model.data(tab.model.index(n - 1, 0)) is not None, timeout=10000)
        tab.table.selectAll()
        assert tab.resend_button.isEnabled() is False  # all queued: nothing to send again
        tab.select_job(other)
        qtbot.waitUntil(lambda: tab.model.rowCount() == 3 and tab.model.data(tab.model.index(2, 0)) is not None,
                        timeout=10000)
        ctx.events.jobs_changed.emit()
        ctx.events.accounts_changed.emit()
        qtbot.waitUntil(lambda: not tab._loading_jobs and not ctx.worker.busy, timeout=10000)
    assert gui_sql == []


@pytest.fixture
def compose(qtbot: QtBot, ctx: AppContext) -> Iterator[Any]:
    yield from compose_tabs(qtbot, ctx)


def test_compose_progress_ends_on_the_last_count(qtbot: QtBot, ctx: AppContext, compose: Any,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMSDESK_SANDBOX_DELAY", "0")
    n = 400
    tab = compose()
    tab.recipients.setPlainText("\n".join(f"09{13_000_000 + i:08d}" for i in range(n)))
    tab.message.setPlainText("週末特價")
    qtbot.waitUntil(tab.send_button.isEnabled, timeout=10000)
    shown: list[int] = []
    tab.progress.valueChanged.connect(shown.append)
    tab.confirm_dialog = None
    tab.send_button.click()
    qtbot.waitUntil(lambda: tab.confirm_dialog is not None and tab.confirm_dialog.isVisible(), timeout=10000)
    assert tab.confirm_dialog is not None
    tab.confirm_dialog.send_button.click()
    qtbot.waitUntil(lambda: tab.job_id is not None and not tab.sending, timeout=30000)
    assert tab.job_id is not None
    assert Jobs(ctx.store).counts(tab.job_id)["submitted"] == n
    assert shown[-1] == n and tab.progress.value() == n  # the last report is shown, not dropped
    assert shown == sorted(shown)  # in order (how many depends on the machine's speed: no count here)
    assert "Job" in tab.progress_label.text()  # then the outcome line replaces the counts
