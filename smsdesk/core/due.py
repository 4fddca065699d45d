"""Locally scheduled jobs whose time has come: one path for ``smsdesk-cli run-due`` and the open window.

SMS Desk holds a job itself when its vendor cannot schedule (Tencent v5, the Sandbox). Each
due job is released and sent by :meth:`SendEngine.start_due` under the job's lease and only
while it is still scheduled, so two ``run-due`` processes, or ``run-due`` and a window, send it
once. A job more than :data:`OVERDUE_AFTER` late (the computer was off at its time) is not
sent silently: it is held until someone says so (the window asks; the CLI needs ``--late-ok``).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from smsdesk.core.jobs import JobStatus
from smsdesk.core.leases import LeaseError
from smsdesk.core.redact import redact
from smsdesk.core.sandbox_scope import hide_foreign
from smsdesk.core.states import State
from smsdesk.core.store import Store
from smsdesk.core.timestamps import parse_time, utcnow
from smsdesk.i18n import fmt_datetime, fmt_int, translate

if TYPE_CHECKING:
    from smsdesk.core.engine import SendControl, SendEngine, SendSummary

OVERDUE_AFTER = timedelta(minutes=10)


@dataclass(frozen=True)
class DueJob:
    job_id: int
    schedule_at: datetime
    late_by: timedelta  # negative while its time is still ahead

    @property
    def overdue(self) -> bool:
        return self.late_by > OVERDUE_AFTER

    def as_json(self) -> dict[str, Any]:
        return {"job": self.job_id, "schedule_at": self.schedule_at.isoformat(),
                "late_minutes": max(0, int(self.late_by.total_seconds() // 60))}

    def late_text(self) -> str:
        """Why the job is held, in words, with what to do."""
        return translate(
            "Due",
            "Job {job} was scheduled for {when}, {minutes} minutes ago (SMS Desk was not running then), "
            "so it was not sent. Send it late with \u201csmsdesk-cli run-due --late-ok\u201d or cancel it with "
            "\u201csmsdesk-cli cancel {job}\u201d.",
        ).format(job=self.job_id, when=fmt_datetime(self.schedule_at),
                 minutes=fmt_int(int(self.late_by.total_seconds() // 60)))


def local_schedules(store: Store, now: datetime | None = None) -> list[DueJob]:
    """Every job SMS Desk still holds for later, soonest first (due or not)."""
    now = now or datetime.now(UTC)
    out = []
    hidden, hidden_ids = hide_foreign(store, "account_id")  # another desk's Sandbox sends from there
    for row in store.query("SELECT id, schedule_at FROM jobs WHERE status=? AND local_schedule=1"
                           + (f" AND {hidden}" if hidden else ""), (str(JobStatus.SCHEDULED), *hidden_ids)):
        when = parse_time(row["schedule_at"])
        if when is not None:
            out.append(DueJob(int(row["id"]), when, now - when))
    return sorted(out, key=lambda d: (d.schedule_at, d.job_id))


def release_due(store: Store, job_id: int, now: datetime, *, late_ok: bool) -> bool:
    """Scheduled to queued if the job is a local schedule whose time has come; the caller holds its lease.

    One transaction that re-reads the job, so a job another process already sent or cancelled is left alone.
    """
    with store.transaction() as db:
        row = db.execute("SELECT status, schedule_at, local_schedule FROM jobs WHERE id=?", (job_id,)).fetchone()
        if row is None or row["status"] != str(JobStatus.SCHEDULED) or not row["local_schedule"]:
            return False
        when = parse_time(row["schedule_at"])
        if when is None or when > now or (now - when > OVERDUE_AFTER and not late_ok):
            return False
        db.execute("UPDATE messages SET state=?, updated_at=? WHERE job_id=? AND state=?",
                   (str(State.QUEUED), utcnow(), job_id, str(State.SCHEDULED)))
        db.execute("UPDATE jobs SET status=?, updated_at=? WHERE id=?", (str(JobStatus.SENDING), utcnow(), job_id))
    return True


def due_jobs(store: Store, now: datetime | None = None) -> list[DueJob]:
    """The local schedules whose time has come (overdue ones included)."""
    return [d for d in local_schedules(store, now) if d.late_by >= timedelta(0)]


@dataclass
class DueRun:
    """What one run over the due jobs did."""

    sent: list[SendSummary] = field(default_factory=list)
    held: list[DueJob] = field(default_factory=list)  # overdue, waiting for a yes
    busy: list[tuple[int, str]] = field(default_factory=list)  # another process sends it
    failed: list[tuple[int, str]] = field(default_factory=list)
    next: DueJob | None = None  # the next local schedule still ahead

    @property
    def unknown(self) -> int:
        return sum(s.counts.get("unknown", 0) for s in self.sent)

    def as_json(self) -> dict[str, Any]:
        return {
            "sent": [s.as_json() for s in self.sent],
            "held_late": [d.as_json() for d in self.held],
            "busy": [{"job": j, "message": m} for j, m in self.busy],
            "failed": [{"job": j, "error": m} for j, m in self.failed],
            "unknown": self.unknown,
            "next": self.next.as_json() if self.next else None,
        }


def run_due(engine: SendEngine, *, now: datetime | None = None, late_ok: bool = False,
            approved: Collection[int] = (), control: SendControl | None = None,
            control_for: Callable[[int], SendControl] | None = None,
            on_event: Callable[[str, Any], None] | None = None) -> DueRun:
    """Send every due local schedule once; overdue ones only with ``late_ok`` or when listed in ``approved``.

    ``on_event`` hears ("started", job id), ("progress", Progress), ("done", SendSummary), ("busy"|"failed", text) and
    ("late", DueJob) as they happen (the window shows progress from them). ``control_for`` gives
    each job its own control (the window cancels one job without stopping the next); ``control``
    stops them all.
    """
    now = now or datetime.now(UTC)
    run = DueRun()
    emit = on_event or (lambda kind, value: None)
    for due in due_jobs(engine.store, now):
        if control is not None and (control.cancelled or control.halted):
            break
        allowed = late_ok or due.job_id in approved
        if due.overdue and not allowed:
            run.held.append(due)
            emit("late", due)
            continue
        job_control = control_for(due.job_id) if control_for is not None else control
        emit("started", due.job_id)
        try:
            summary = engine.start_due(due.job_id, now=now, late_ok=allowed, control=job_control,
                                     progress=lambda p: emit("progress", p))
        except LeaseError as exc:  # another process sends it, or took it over: theirs to finish
            run.busy.append((due.job_id, str(exc)))
            emit("busy", str(exc))
            continue
        except Exception as exc:  # e.g. a password no longer saved: the job stays resumable, go on
            text = translate("Due", "Scheduled job {job} could not be sent: {error} Fix it, then resume the job.").format(
                job=due.job_id, error=redact(str(exc)))
            run.failed.append((due.job_id, text))
            emit("failed", text)
            continue
        if summary is not None:  # None: someone else sent or cancelled it meanwhile
            run.sent.append(summary)
            emit("done", summary)
    ahead = [d for d in local_schedules(engine.store, now) if d.late_by < timedelta(0)]
    run.next = ahead[0] if ahead else None
    return run
