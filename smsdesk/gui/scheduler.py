"""Sends locally scheduled jobs when their time comes (Tencent v5 and the Sandbox schedule nothing).

Every ``interval_ms`` (30 s) the worker runs :func:`smsdesk.core.due.run_due`, the same core
function as ``smsdesk-cli run-due``. One tick at a time: a tick that is still sending makes the
next one a no-op; the job lease keeps a due job from being sent twice when the command line
runs too. A job found more than ten minutes late (the computer was off) is not sent: the
window asks first, once per job and session.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from smsdesk.core.due import DueJob, run_due
from smsdesk.core.engine import SendControl
from smsdesk.gui.context import AppContext
from smsdesk.gui.widgets import ask
from smsdesk.i18n import fmt_datetime, fmt_int, join_list

INTERVAL_MS = 30_000
FIRST_TICK_MS = 2_000  # soon after start: jobs that fell due while the app was closed


class _Current:
    """The control of the job a tick is sending now, for halt and stop from the GUI thread."""

    control: SendControl | None = None


class Scheduler(QObject):
    job_started = Signal(int)
    job_finished = Signal(object)  # SendSummary
    late_found = Signal(object)  # list[DueJob]: overdue jobs held until the user says so

    def __init__(self, ctx: AppContext, parent: QObject | None = None, *, interval_ms: int = INTERVAL_MS,
                 first_tick_ms: int | None = FIRST_TICK_MS) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.busy = False
        self.stopped = False
        self.running_job: int | None = None
        self.control: SendControl | None = None  # the tick's: halt or stop every job it would send
        self._current = _Current()
        self.late_box: QMessageBox | None = None
        self._asked: set[int] = set()  # overdue jobs already asked about in this session
        self._late: list[DueJob] = []  # found by the running tick, asked about when it ends
        self._approved: set[int] = set()  # overdue jobs the user chose to send late
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        if first_tick_ms is not None:
            QTimer.singleShot(first_tick_ms, self, self.tick)

    @property
    def sending(self) -> bool:
        return self.running_job is not None

    def tick(self, now: datetime | None = None) -> bool:
        """Start due jobs on the worker; False when the previous tick is still at it."""
        if self.busy or self.stopped:
            return False
        self.busy = True
        self.control = SendControl()
        self._current = _Current()
        self.ctx.worker.submit(
            _run_due, self.ctx, self.control, self._current, now, frozenset(self._approved), wants_task=True,
            on_partial=self._on_partial, on_error=self._on_error, on_finished=self._on_finished,
        )
        return True

    def shutdown(self) -> None:
        """No more ticks (the app is closing); a job being sent is left to :meth:`stop`."""
        self.stopped = True
        self.timer.stop()

    def halt(self) -> None:
        """The app is closing: the job being sent stops before its next request, rest kept queued."""
        for control in (self.control, self._current.control):
            if control is not None:
                control.halt()

    def stop(self) -> None:
        """Cancel the job being sent (before its next request); it stays resumable like any cancel."""
        for control in (self.control, self._current.control):
            if control is not None:
                control.cancel()

    def _on_partial(self, payload: Any) -> None:
        kind, value = payload
        if kind == "progress":
            self.ctx.sends.report(value)
        elif kind == "started":
            job_id, control = value
            self.running_job = int(job_id)
            self.ctx.sends.add(int(job_id), control)  # its Pause and Cancel are on the Status tab
            self.ctx.events.status_message.emit(
                self.tr("Job {job}: its scheduled time has come, sending now.").format(job=job_id))
            self.ctx.events.jobs_changed.emit()
            self.job_started.emit(int(job_id))
        elif kind == "done":
            value, account_id = value
            self.ctx.sends.remove(value.job)
            self.running_job = None
            self._approved.discard(value.job)
            self.ctx.events.status_message.emit(self.tr(
                "Scheduled job {job}: {submitted} submitted, {failed} failed, {unknown} unknown; {cost}."
            ).format(**value.as_text()))
            self.ctx.events.jobs_changed.emit()
            if account_id is not None:  # it spent from that account: the balance shown is out of date
                self.ctx.events.balances_stale.emit(account_id)
            self.job_finished.emit(value)
        elif kind in ("busy", "failed"):
            if self.running_job is not None:
                self.ctx.sends.remove(self.running_job)
            self.running_job = None
            self.ctx.events.status_message.emit(value)
            self.ctx.events.jobs_changed.emit()
        elif kind == "late" and value.job_id not in self._asked:
            self._late.append(value)

    def _on_error(self, exc: Exception) -> None:
        self.ctx.events.status_message.emit(
            self.tr("A scheduled job could not be sent: {error}").format(error=str(exc)))

    def _on_finished(self) -> None:
        self.busy = False
        if self.running_job is not None:
            self.ctx.sends.remove(self.running_job)
        self.running_job = None
        self.control = None
        self.ctx.events.jobs_changed.emit()
        late, self._late = self._late, []
        if late and not self.stopped:
            self._ask_late(late)

    def _ask_late(self, late: list[DueJob]) -> None:
        """Ask (without blocking) whether jobs that missed their time should go out now."""
        self._asked.update(d.job_id for d in late)
        self.late_found.emit(late)
        listed = join_list(self.tr("job {job} (scheduled for {when}, {minutes} minutes ago)").format(
            job=d.job_id, when=fmt_datetime(d.schedule_at), minutes=fmt_int(int(d.late_by.total_seconds() // 60)))
            for d in late)
        text = self.tr(
            "SMS Desk was not running when these scheduled messages were due, so they were not sent: {jobs}. "
            "Send them now, late?\n\nIf not, they stay scheduled and SMS Desk asks again the next time it starts; "
            "you can also cancel them on the Status tab.").format(jobs=listed)
        parent = self.parent()
        ids = [d.job_id for d in late]
        self.late_box = ask(parent if isinstance(parent, QWidget) else None,
                            self.tr("Send late scheduled messages?"), text, self.tr("Send them now"),
                            lambda: self._send_late(ids), icon=QMessageBox.Icon.Warning, keep=self.tr("Not now"))

    def _send_late(self, ids: list[int]) -> None:
        self._approved.update(ids)
        if not self.tick():  # a tick is under way: the next one sends them
            QTimer.singleShot(1_000, self, self.tick)


def _run_due(ctx: AppContext, control: SendControl, current: _Current, now: datetime | None,
             approved: frozenset[int], task: Any) -> list[int]:
    """Worker side: the core's run-due; progress goes out as (kind, value) partials.

    Each job has its own control, so cancelling one from the Status tab leaves the others
    due with it to be sent; ``control`` (the app closing or stopping) stops them all.
    """
    def control_for(_job_id: int) -> SendControl:
        job_control = SendControl()
        current.control = job_control
        if control.halted:  # asked between run_due's check and the hand-over
            job_control.halt()
        if control.cancelled:
            job_control.cancel()
        return job_control

    def on_event(kind: str, value: Any) -> None:
        if kind == "started":
            value = (value, current.control)
        elif kind == "done":  # with the account it spent from, read here rather than on the GUI thread
            job = ctx.engine.jobs.get(value.job)
            value = (value, job.account_id if job is not None else None)
        task.emit((kind, value))

    run = run_due(ctx.engine, now=now, approved=approved, control=control, control_for=control_for,
                  on_event=on_event)
    return [s.job for s in run.sent]
