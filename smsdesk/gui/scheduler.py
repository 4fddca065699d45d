"""Sends locally scheduled jobs when their time comes (Tencent v5 and the Sandbox schedule nothing).

Every ``interval_ms`` (30 s) the worker asks the engine which jobs are due
(:meth:`SendEngine.start_due`) and runs them one after another. One tick at a
time: a tick that is still sending makes the next one a no-op, so a due job is
never started twice.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from smsdesk.core.engine import SendControl
from smsdesk.core.jobs import Jobs, JobStatus
from smsdesk.core.leases import JobBusy
from smsdesk.core.redact import redact
from smsdesk.gui.context import AppContext
from smsdesk.i18n import translate

INTERVAL_MS = 30_000
FIRST_TICK_MS = 2_000  # soon after start: jobs that fell due while the app was closed


class _Current:
    """The control of the job a tick is sending now, for halt and stop from the GUI thread."""

    control: SendControl | None = None


class Scheduler(QObject):
    job_started = Signal(int)
    job_finished = Signal(object)  # SendSummary

    def __init__(self, ctx: AppContext, parent: QObject | None = None, *, interval_ms: int = INTERVAL_MS,
                 first_tick_ms: int | None = FIRST_TICK_MS) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.busy = False
        self.stopped = False
        self.running_job: int | None = None
        self.control: SendControl | None = None  # the tick's: halt or stop every job it would send
        self._current = _Current()
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
            _run_due, self.ctx, self.control, self._current, now, wants_task=True,
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
            self.ctx.sends.remove(value.job)
            self.running_job = None
            self.ctx.events.status_message.emit(self.tr(
                "Scheduled job {job}: {submitted} submitted, {failed} failed, {unknown} unknown; {cost}."
            ).format(**value.as_text()))
            self.ctx.events.jobs_changed.emit()
            job = self.ctx.engine.jobs.get(value.job)
            if job is not None:  # it spent from that account: the balance shown is out of date
                self.ctx.events.balances_stale.emit(job.account_id)
            self.job_finished.emit(value)
        elif kind == "failed":
            if self.running_job is not None:
                self.ctx.sends.remove(self.running_job)
            self.running_job = None
            self.ctx.events.status_message.emit(value)
            self.ctx.events.jobs_changed.emit()

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


def _run_due(ctx: AppContext, control: SendControl, current: _Current, now: datetime | None,
             task: Any) -> list[int]:
    """Worker side: release due jobs, then send each one; progress goes out as (kind, value) partials.

    Each job has its own control, so cancelling one from the Status tab leaves the others
    due with it to be sent; ``control`` (the app closing or stopping) stops them all.
    """
    engine = ctx.engine
    due = engine.start_due(now)
    for job_id in due:
        if control.cancelled:
            break  # left "sending" with queued messages: it shows as interrupted and can be resumed
        job_control = SendControl()
        current.control = job_control
        if control.halted:  # asked between the check above and the hand-over
            job_control.halt()
        if control.cancelled:
            job_control.cancel()
        task.emit(("started", (job_id, job_control)))
        try:
            task.emit(("done", engine.run(job_id, control=job_control,
                                          progress=lambda p: task.emit(("progress", p)))))
        except JobBusy as exc:  # another window or the command line sends it: theirs to finish
            task.emit(("failed", str(exc)))
        except Exception as exc:  # e.g. a password no longer saved: keep the job resumable, go on
            note = redact(str(exc))
            jobs = Jobs(ctx.store)
            jobs.set_status(job_id, JobStatus.PAUSED)
            jobs.set_note(job_id, note)
            task.emit(("failed", translate(
                "Scheduler", "Scheduled job {job} could not be sent: {error} Fix it, then resume the job on the "
                "Status tab.").format(job=job_id, error=note)))
    return due
