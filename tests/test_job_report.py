"""A job's report: the delivery funnel and why messages failed, on Status and in the export."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from support.gui import opened_ctx

from smsdesk.core.job_report import job_report
from smsdesk.core.jobs import Jobs, PlannedRecipient
from smsdesk.core.tracking import export_job, refresh_job, refresh_replies, store_replies
from smsdesk.gui.context import AppContext
from smsdesk.vendors.base import Reply

# Sandbox numbers: 000 fails, 444 expires, 7 replies, 77 replies with an opt-out keyword.
PHONES = ["+886912345000", "+886912345444", "+886912345007", "+886912345077", "+886912345001"]


@pytest.fixture
def ctx(home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppContext]:
    monkeypatch.setenv("SMSDESK_SANDBOX_DELAY", "0.2")
    yield from opened_ctx()


def sent_job(ctx: AppContext) -> int:
    sandbox = ctx.accounts.all()[0]
    # A reply from before the job answers something else: it must not count.
    store_replies(ctx.store, sandbox, [Reply(PHONES[4], "old", datetime.now(UTC) - timedelta(days=3), "old-1")])
    job, _ = Jobs(ctx.store).create(sandbox.id, [PlannedRecipient(p, rendered="hi") for p in PHONES], text="hi")
    ctx.engine.run(job)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        refresh_job(ctx.store, ctx.accounts, job)
        refresh_replies(ctx.store, ctx.accounts, sandbox)
        report = job_report(ctx.store, job)
        if Jobs(ctx.store).counts(job)["submitted"] == 0 and report.replied == 2 and report.opted_out == 1:
            break
        time.sleep(0.2)
    return job


def test_the_funnel_and_the_failure_reasons(ctx: AppContext, tmp_path: Path) -> None:
    job = sent_job(ctx)
    report = job_report(ctx.store, job)
    assert (report.sent, report.delivered, report.replied, report.opted_out) == (5, 3, 2, 1)
    assert [step for step, _n in report.funnel()] == ["Sent", "Delivered", "Replied", "Opted out"]
    assert report.failed == 2 and len(report.failures) == 2
    assert any("000" in reason for reason, _n in report.failures)  # the reason in words, as recorded
    # The export's first sheet is the summary, with the same figures.
    path = export_job(ctx.store, ctx.accounts, job, tmp_path / "report.xlsx")
    book = openpyxl.load_workbook(path, read_only=True)
    assert book.sheetnames[0] == "Summary"
    rows = [tuple(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
    at = rows.index(("Delivery funnel", "People"))
    assert rows[at + 1:at + 5] == [("Sent", 5), ("Delivered", 3), ("Replied", 2), ("Opted out", 1)]
    reasons = rows.index(("Why messages failed", "Messages"))
    assert sum(n for _reason, n in rows[reasons + 1:reasons + 3]) == 2


def test_status_draws_the_report_of_the_selected_job(qtbot: QtBot, ctx: AppContext) -> None:
    from smsdesk.gui.tabs.status import StatusTab

    job = sent_job(ctx)
    tab = StatusTab(ctx)
    tab.poll_timer.stop()
    qtbot.addWidget(tab)
    tab.resize(1024, 600)
    tab.show()
    qtbot.waitUntil(lambda: tab.report_chart.report.sent == 5, timeout=10000)
    assert tab.selected_job() == job
    chart = tab.report_chart
    assert chart.isVisible() and chart.height() >= chart.sizeHint().height()
    assert "Replied: 2 (40%)" in chart.toolTip() and "Opted out: 1 (20%)" in chart.toolTip()
    assert len(chart.reasons()) == 2
    image = chart.grab().toImage()
    assert not image.isNull() and image.width() == chart.width()
    # Long texts cut in their columns can be read whole in a tooltip: States (jobs) and Problem.
    states = tab.jobs_table.item(0, 5)
    assert states is not None and states.toolTip() == states.text() and "Failed 1" in states.toolTip()
    model = tab.model
    qtbot.waitUntil(lambda: all([model.line(r) is not None for r in range(model.rowCount())]), timeout=10000)
    problems = [model.data(model.index(r, 5), Qt.ItemDataRole.ToolTipRole) for r in range(model.rowCount())]
    shown = [model.data(model.index(r, 5)) for r in range(model.rowCount())]
    assert problems == shown and any(p and "000" in p for p in problems)
