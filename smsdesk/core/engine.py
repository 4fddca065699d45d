"""The send engine: journal first, one send per (job, number), never resend the unknown.

Up to ``concurrency`` requests run at once, paced by the account's rate limiter.
For each request:

1. once it has its rate slot, its recipients are marked in flight in a committed,
   lease-fenced transaction (``synchronous=FULL``: the mark survives a crash or
   power loss; core/wire.py), and only then does it leave;
2. answers are committed together, at most every :data:`COMMIT_EVERY` seconds,
   again only while this send still holds the job's lease (core/leases.py).

A crash between 1 and 2 leaves rows in flight; :meth:`Jobs.recover_inflight`
turns them into ``unknown`` and nothing resends them automatically. A send that
lost its lease (another process took the job over) sends nothing more and writes
nothing more. A request the vendor surely never received (connection refused,
429, account-wide refusals such as a wrong password) is put back in the queue,
so ``resume`` sends it once the cause is fixed.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from smsdesk.core import money, notes, window
from smsdesk.core.accounts import Accounts
from smsdesk.core.batches import Batch, BatchQueue
from smsdesk.core.due import release_due
from smsdesk.core.jobs import Job, Jobs, JobStatus
from smsdesk.core.leases import JobLease, LeaseError, LeaseLost
from smsdesk.core.optout_guard import drop_opted_out
from smsdesk.core.redact import redact
from smsdesk.core.send_summary import Progress, SendSummary
from smsdesk.core.states import State
from smsdesk.core.store import Store
from smsdesk.core.timestamps import parse_time, utcnow
from smsdesk.core.wire import WireJournal
from smsdesk.i18n import QT_TRANSLATE_NOOP, fmt_datetime, fmt_int, translate
from smsdesk.vendors.base import (
    ErrorKind,
    MessageRef,
    OutcomeUnknown,
    SendResult,
    Unsupported,
    VendorClient,
    VendorError,
)
from smsdesk.vendors.http import send_gate
from smsdesk.vendors.pacing import AdaptivePace, pace_for

log = logging.getLogger("smsdesk.engine")

__all__ = ["COMMIT_EVERY", "NothingToCancel", "Progress", "SendControl", "SendEngine", "SendSummary"]

COMMIT_EVERY = 0.25  # seconds: the longest an answer waits for its journal commit


class SendControl:
    """Pause / resume / cancel from another thread. Cancel stops before the next request."""

    def __init__(self) -> None:
        self._running = threading.Event()
        self._running.set()
        self._cancelled = threading.Event()
        self._halted = threading.Event()
        # Set while the engine sits paused with no request under way (nothing can leave until resume).
        self.parked = threading.Event()

    def halt(self) -> None:
        """Stop before the next request but keep the rest queued (the app is closing): resumable."""
        self._halted.set()
        self._running.set()

    @property
    def halted(self) -> bool:
        return self._halted.is_set()

    def pause(self) -> None:
        self._running.clear()

    def resume(self) -> None:
        self._running.set()

    def cancel(self) -> None:
        self._cancelled.set()
        self._running.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    def wait_while_paused(self) -> None:
        if self._running.is_set():
            return
        self.parked.set()
        try:
            while not self._running.wait(0.2):
                pass
        finally:
            self.parked.clear()


@dataclass
class _Outcome:
    batch: Batch
    result: SendResult | None = None
    error: VendorError | None = None
    unknown: OutcomeUnknown | None = None
    not_sent: bool = False
    crash: str = ""
    untouched: bool = False  # never marked in flight: nothing to write, it is still queued
    lease: LeaseError | None = None  # why it could not be marked (the send must stop)


class NothingToCancel(RuntimeError):
    """Cancel of a job with nothing left to send or held for later: refused, nothing changed."""

    def __init__(self, job_id: int, status: JobStatus) -> None:
        if status is JobStatus.CANCELLED:
            text = translate("Engine", "Job {job} is already cancelled. Nothing was changed.")
        else:
            text = translate("Engine", "Job {job} has finished: nothing of it is waiting to be sent, so there is "
                             "nothing to cancel. Nothing was changed.")
        super().__init__(text.format(job=job_id))
        self.job_id = job_id


class SendEngine:
    def __init__(
        self,
        store: Store,
        accounts: Accounts,
        *,
        client_factory: Callable[[Any], VendorClient] | None = None,
    ) -> None:
        self.store = store
        self.accounts = accounts
        self.jobs = Jobs(store)
        self._client_factory = client_factory or accounts.client

    # -- public API ---------------------------------------------------------
    def run(
        self,
        job_id: int,
        *,
        control: SendControl | None = None,
        progress: Callable[[Progress], None] | None = None,
    ) -> SendSummary:
        """Send the job's queued recipients; :class:`JobBusy` if another send holds the job."""
        self._require(job_id)
        with JobLease(self.store, job_id) as lease:
            return self._run_held(job_id, control, progress, lease)

    def resume(self, job_id: int, *, control: SendControl | None = None,
               progress: Callable[[Progress], None] | None = None, send_now: bool = False) -> SendSummary:
        """Continue an interrupted job: never-attempted recipients are sent, unknown ones are not.

        A job SMS Desk holds for later is sent only once its time has come; before that it stays
        scheduled and the summary's note says when it goes. A natively scheduled job whose rest can
        no longer make its time raises :class:`window.ScheduleMissed` (nothing changed) unless
        ``send_now`` sends the rest at once.
        """
        self._require(job_id)
        with JobLease(self.store, job_id) as lease:
            # Only this job, and only now that no one else can be sending it.
            self.jobs.recover_inflight(job_id)
            job = self._require(job_id)
            if job.local_schedule and job.status is JobStatus.SCHEDULED:
                if not release_due(self.store, job_id, datetime.now(UTC), late_ok=True):
                    return self.held_summary(job_id)
                return self._run_held(job_id, control, progress, lease)
            missed = self.missed_schedule(job_id)
            if missed is not None:
                if not send_now:
                    raise window.ScheduleMissed(job_id, missed.cli_text())
                self._send_rest_now(job, missed)
            if job.status in (JobStatus.PAUSED, JobStatus.INTERRUPTED):
                self.jobs.set_status(job_id, JobStatus.SENDING)
                if missed is None:
                    self.jobs.set_note(job_id, "")
            return self._run_held(job_id, control, progress, lease)

    def missed_schedule(self, job_id: int) -> window.MissedSchedule | None:
        """The choice to offer when a natively scheduled job's queued rest can no longer make its time."""
        return window.missed_schedule(self.store, self.accounts, self._require(job_id))

    def _send_rest_now(self, job: Job, missed: window.MissedSchedule) -> None:
        # The rest goes unscheduled; what the vendor already holds keeps its time (said in the note).
        with self.store.transaction() as db:
            db.execute("UPDATE jobs SET schedule_at=NULL, updated_at=? WHERE id=?", (utcnow(), job.id))
            db.execute("UPDATE messages SET error_kind=NULL, error_text='' WHERE job_id=? AND state=?"
                       " AND error_kind=?", (job.id, str(State.QUEUED), str(ErrorKind.SCHEDULING)))
        self.jobs.set_note(job.id, translate(
            "Engine", "{scheduled} recipients stay scheduled at the vendor for {when}; the other {rest} were sent "
            "at once, as you chose.").format(scheduled=fmt_int(missed.scheduled), when=fmt_datetime(missed.when),
                                             rest=fmt_int(missed.rest)))

    def held_summary(self, job_id: int) -> SendSummary:
        """The summary of a job SMS Desk holds for later, its note saying when and how it goes."""
        summary = self.summary(job_id)
        when = parse_time(self._require(job_id).schedule_at)
        summary.note = translate(
            "Engine", "Job {job} is scheduled for {when}; nothing was sent now. SMS Desk sends it then, while the "
            "window is open or when \u201csmsdesk-cli run-due\u201d runs.").format(
            job=job_id, when=fmt_datetime(when) if when else "?")
        return summary

    def _run_held(self, job_id: int, control: SendControl | None,
                  progress: Callable[[Progress], None] | None, lease: JobLease) -> SendSummary:
        control = control or SendControl()
        job = self._require(job_id)
        if job.status in (JobStatus.DONE, JobStatus.CANCELLED) or (
                job.local_schedule and job.status is JobStatus.SCHEDULED):  # held for later: not now
            return self.summary(job_id)
        account = self.accounts.get(job.account_id)
        client = self._client_factory(account)
        try:
            summary = self._run(job, account.settings, client, control, progress, lease)
        finally:
            client.close()
        if summary.status is JobStatus.PAUSED:
            missed = self.missed_schedule(job_id)
            if missed is not None:  # the vendor refused part of it for its time: say what can be done
                self.jobs.set_note(job_id, f"{summary.note} {missed.cli_text()}".strip())
                summary.note = self._require(job_id).note
        return summary

    def start_due(self, job_id: int, *, now: datetime | None = None, late_ok: bool = False,
                  control: SendControl | None = None,
                  progress: Callable[[Progress], None] | None = None) -> SendSummary | None:
        """Send one locally scheduled job whose time has come (see core/due.py for all of them).

        Under the job's lease and only while it is still scheduled, so it is sent once however many
        processes try. None when it is not (or no longer) due: sent or cancelled by someone else,
        its time still ahead, or more than ``OVERDUE_AFTER`` late without ``late_ok``.
        :class:`JobBusy` when another process holds it.
        """
        with JobLease(self.store, job_id) as lease:
            if not release_due(self.store, job_id, now or datetime.now(UTC), late_ok=late_ok):
                return None
            try:
                return self._run_held(job_id, control, progress, lease)
            except LeaseError:
                raise  # taken over: the job is the new holder's to write
            except Exception as exc:  # e.g. a password no longer saved: keep it resumable
                if self._require(job_id).status is JobStatus.SENDING:
                    self.jobs.set_status(job_id, JobStatus.PAUSED)
                    self.jobs.set_note(job_id, redact(str(exc)))
                raise

    def cancel_job(self, job_id: int) -> SendSummary:
        """Cancel what has not gone out: locally, and at the vendor where it can.

        Refused (:class:`JobBusy`) while another send holds the job: that send would go on
        with rows it already planned; it is cancelled where it runs (its Cancel button).
        """
        with JobLease(self.store, job_id):
            return self._cancel_held(job_id)

    def _cancel_held(self, job_id: int) -> SendSummary:
        job = self._require(job_id)
        left = self.jobs.counts(job_id)
        if left["queued"] == 0 and left["scheduled"] == 0:
            raise NothingToCancel(job.id, job.status)
        now = utcnow()
        with self.store.transaction() as db:
            db.execute(
                "UPDATE messages SET state=?, updated_at=? WHERE job_id=? AND inflight=0 AND state IN (?,?)"
                " AND vendor_msg_id IS NULL",
                (str(State.CANCELLED), now, job_id, str(State.QUEUED), str(State.SCHEDULED)),
            )
        remote = self.jobs.messages(job_id, states=[State.SCHEDULED])
        note = ""
        if remote:
            account = self.accounts.get(job.account_id)
            client = self._client_factory(account)
            try:
                results = client.cancel([
                    MessageRef(m.phone, m.vendor_msg_id, m.vendor_batch_id, parse_time(m.submitted_at))
                    for m in remote
                ])
                by_phone = {m.phone: m for m in remote}
                for r in results:
                    message = by_phone.get(r.phone)
                    if message is None:
                        continue
                    if r.error is None:
                        self.jobs.apply_report(message.id, State.CANCELLED, vendor_status=r.vendor_status,
                                               source="cancel")
                    else:
                        self._set_error(message.id, r.error)
            except Unsupported as exc:
                note = str(exc)
            except (VendorError, OutcomeUnknown) as exc:
                note = redact(str(exc))
            finally:
                client.close()
        left = self.jobs.counts(job_id)
        if left["scheduled"] == 0 and left["queued"] == 0:
            self.jobs.set_status(job_id, JobStatus.CANCELLED)
        if note:
            self.jobs.set_note(job_id, note)
        return self.summary(job_id)

    def summary(self, job_id: int, *, skipped: int = 0) -> SendSummary:
        job = self._require(job_id)
        counts = self.jobs.counts(job_id)
        cost = money.job_cost(self.store, job_id)  # charged minus refunded, in the vendor's unit
        note = notes.shown(job.note)
        if job.status is JobStatus.PAUSED and counts.get(str(State.QUEUED)):
            note = " ".join(t for t in (note, money.remaining_note(self.store, job_id)) if t)
        return SendSummary(
            job=job_id, recipients=sum(counts.values()), counts=counts, skipped=skipped,
            points=cost.net, status=job.status, note=note, charged=cost.charged, refunded=cost.refunded,
            unit=cost.unit,
        )

    # -- internals ----------------------------------------------------------
    def _require(self, job_id: int) -> Job:
        job = self.jobs.get(job_id)
        if job is None:
            raise LookupError(translate("Engine", "There is no job number {job}.").format(job=job_id))
        return job

    def _run(self, job: Job, settings: dict[str, Any], client: VendorClient, control: SendControl,
             progress: Callable[[Progress], None] | None, lease: JobLease) -> SendSummary:
        # The driver's documented pace, the Advanced settings as a ceiling, and a window of requests
        # in flight that follows the vendor's latency and its 429/503s (vendors/pacing.py).
        pace = pace_for(client.capabilities, settings)
        adaptive = AdaptivePace(pace)
        wire = WireJournal(lease)
        with lease.transaction() as db:
            db.execute("UPDATE jobs SET status=?, updated_at=? WHERE id=?", (str(JobStatus.SENDING), utcnow(), job.id))
        pending = BatchQueue(self.store, job, client)  # read from the journal a window at a time
        total = self.jobs.message_count(job.id)
        stop_note = ""
        lost: LeaseError | None = None
        requests = 0
        running: dict[Future[_Outcome], Batch] = {}
        answered: list[_Outcome] = []
        last_commit = time.monotonic()

        def commit() -> None:
            nonlocal answered, requests, stop_note, lost, last_commit
            requests += sum(1 for o in answered if not o.not_sent)
            try:
                stop_note = self._commit(lease, answered) or stop_note
            except LeaseError as exc:
                lost = lost or exc
            answered = []
            last_commit = time.monotonic()

        # Free slots are topped up at once; each request marks itself in flight when it
        # leaves (core/wire.py). Answers are committed together, at most every
        # COMMIT_EVERY seconds or a quarter window, so durability never costs one fsync per
        # recipient.
        with ThreadPoolExecutor(max_workers=pace.concurrency, thread_name_prefix=f"send-{job.id}") as pool:
            while pending or running:
                stopping = control.cancelled or control.halted or bool(stop_note) or lost is not None
                # An answer not yet committed still holds its rows in flight: it keeps its slot, so
                # a crash never leaves more than one window of requests unknown.
                free = adaptive.slots() - len(running) - len(answered)
                if pending and free > 0 and not stopping and not control.paused:
                    take = [pending.popleft() for _ in range(min(free, len(pending)))]
                    # A number that opted out while the job ran is held back (core/optout_guard.py).
                    for batch in drop_opted_out(self.store, job.id, take, write=lease.transaction):
                        running[pool.submit(self._send_one, client, batch, control, adaptive, wire)] = batch
                if not running:
                    if stopping:
                        break
                    control.wait_while_paused()
                    continue
                done, _ = wait(running, timeout=COMMIT_EVERY, return_when=FIRST_COMPLETED)
                for future in done:
                    running.pop(future)
                    outcome = future.result()
                    lost = lost or outcome.lease
                    if outcome.untouched:
                        if outcome.lease is None and not (control.cancelled or control.halted):
                            pending.appendleft(outcome.batch)  # paused after its slot: still queued
                        continue
                    answered.append(outcome)
                due = time.monotonic() - last_commit >= COMMIT_EVERY
                if answered and (due or len(answered) >= max(1, adaptive.slots() // 4) or not running):
                    commit()
                    if progress is not None and lost is None:
                        progress(Progress(job.id, total, self.jobs.counts(job.id), requests))
            if answered:
                commit()
        if isinstance(lost, LeaseLost):
            raise lost  # the job is someone else's now: its status is theirs to write
        if lost is not None:
            stop_note = stop_note or str(lost)
        self._finish(job, lease, control, stop_note)
        summary = self.summary(job.id)
        summary.requests = requests
        return summary

    def _finish(self, job: Job, lease: JobLease, control: SendControl, stop_note: str) -> None:
        now = utcnow()
        status: JobStatus | None
        note: str | None
        with lease.transaction() as db:
            if control.cancelled:
                db.execute("UPDATE messages SET state=?, updated_at=? WHERE job_id=? AND state=? AND inflight=0",
                           (str(State.CANCELLED), now, job.id, str(State.QUEUED)))
                status, note = JobStatus.CANCELLED, None
            elif stop_note or control.halted:
                status, note = JobStatus.PAUSED, redact(stop_note or notes.coded("Engine", QT_TRANSLATE_NOOP(
                    "Engine", "Stopped when SMS Desk was closed. Resume the job to send to the rest.")))
            else:
                queued = db.execute("SELECT COUNT(*) FROM messages WHERE job_id=? AND state=?",
                                    (job.id, str(State.QUEUED))).fetchone()[0]
                status, note = (JobStatus.DONE if queued == 0 else None), None
            if status is not None:
                db.execute("UPDATE jobs SET status=?, note=COALESCE(?, note), updated_at=? WHERE id=?",
                           (str(status), note, now, job.id))

    @staticmethod
    def _send_one(client: VendorClient, batch: Batch, control: SendControl, adaptive: AdaptivePace,
                  wire: WireJournal) -> _Outcome:
        if control.cancelled or control.halted or wire.lease.lost is not None:
            return _Outcome(batch, untouched=True, lease=wire.lease.lost)
        adaptive.limiter.acquire()
        # Waiting for the slot kept it queued; only now, on its way out, is it in flight.
        if control.cancelled or control.halted or control.paused:
            return _Outcome(batch, untouched=True)
        gate = wire.gate(batch.ids)
        try:
            gate.on_wire()
        except LeaseError as exc:
            return _Outcome(batch, untouched=True, lease=exc)
        try:
            with send_gate(gate):
                # Each answer's latency and status size the window (a 429's Retry-After stops the limiter).
                return _Outcome(batch, result=adaptive.measure(lambda: client.send(batch.request)))
        except LeaseError as exc:  # a retry after a back-off was stopped by the lease
            if gate.marked:
                return _Outcome(batch, not_sent=True, lease=exc)
            return _Outcome(batch, untouched=True, lease=exc)
        except VendorError as exc:
            return _Outcome(batch, error=exc)
        except OutcomeUnknown as exc:
            return _Outcome(batch, unknown=exc)
        except Exception as exc:  # a bug after the request may have left: treat as unknown
            log.exception("send failed unexpectedly")
            return _Outcome(batch, crash=f"{type(exc).__name__}")

    def _commit(self, lease: JobLease, outcomes: list[_Outcome]) -> str:
        """Write every answer in one lease-fenced transaction; return a pause reason if any.

        Raises :class:`LeaseError` (nothing written) when this send no longer holds the job.
        """
        now = utcnow()
        stop = ""
        with lease.transaction() as db:
            for o in outcomes:
                b = o.batch
                if o.not_sent or (o.error is not None and (not o.error.sent or o.error.kind.stops_job
                                                           or o.error.kind is ErrorKind.RATE_LIMITED
                                                           or _schedule_refused(o))):
                    # Surely not accepted: back to the queue for resume.
                    db.executemany("UPDATE messages SET inflight=0, updated_at=? WHERE id=?",
                                   [(now, i) for i in b.ids])
                    if o.error is not None and _schedule_refused(o):  # remembered: the pause offers send-now or cancel
                        db.executemany("UPDATE messages SET error_kind=?, error_text=? WHERE id=?",
                                       [(str(ErrorKind.SCHEDULING), redact(o.error.message), i) for i in b.ids])
                    if o.error is not None:
                        stop = stop or notes.of_error(o.error)
                    elif o.lease is not None:
                        stop = stop or str(o.lease)
                    continue
                if o.error is not None:
                    db.executemany(
                        "UPDATE messages SET state=?, inflight=0, error_kind=?, error_code=?, error_text=?,"
                        " vendor_status=?, updated_at=? WHERE id=?",
                        [(str(State.FAILED), str(o.error.kind), o.error.code, redact(o.error.message),
                          redact(o.error.text)[:200], now, i) for i in b.ids],
                    )
                    continue
                if o.unknown is not None or o.crash:
                    text = o.unknown.message if o.unknown is not None else translate(
                        "Engine", "An internal error happened while sending; the outcome is not known."
                    )
                    db.executemany(
                        "UPDATE messages SET state=?, inflight=0, error_kind='unknown', error_text=?,"
                        " updated_at=? WHERE id=?",
                        [(str(State.UNKNOWN), redact(text), now, i) for i in b.ids],
                    )
                    continue
                assert o.result is not None
                self._apply_result(db, b, o.result, now)
        return stop

    @staticmethod
    def _apply_result(db: Any, batch: Batch, result: SendResult, now: str) -> None:
        by_phone = {r.phone: r for r in result.recipients}
        missing_text = translate(
            "Engine", "The vendor's answer did not mention this number, so its outcome is not known."
        )
        updates: list[tuple[Any, ...]] = []
        events = []
        share = None
        if result.points is not None and not any(r.points is not None for r in result.recipients):
            share = result.points / max(1, len(batch.ids))
        for message_id, phone in zip(batch.ids, batch.phones, strict=True):
            r = by_phone.get(phone)
            if r is None:
                updates.append((str(State.UNKNOWN), None, result.batch_id, "", "unknown", None, missing_text,
                                None, None, now, message_id))
                continue
            err = r.error
            points = r.points if r.points is not None else share
            submitted = now if r.state in (State.SUBMITTED, State.SCHEDULED, State.DELIVERED) else None
            updates.append((str(r.state), r.vendor_msg_id, result.batch_id, redact(r.vendor_status)[:200],
                            str(err.kind) if err else None, err.code if err else None,
                            redact(err.message) if err else "", points, submitted, now, message_id))
            events.append((message_id, "send", str(r.state), r.vendor_status[:200], now, now))
        db.executemany(
            "UPDATE messages SET state=?, inflight=0, vendor_msg_id=?, vendor_batch_id=?, vendor_status=?,"
            " error_kind=?, error_code=?, error_text=?, points=?, submitted_at=?, updated_at=? WHERE id=?",
            updates,
        )
        db.executemany(
            "INSERT INTO delivery_events(message_id, source, state, vendor_status, event_at, received_at)"
            " VALUES (?,?,?,?,?,?)",
            events,
        )

    def _set_error(self, message_id: int, error: VendorError) -> None:
        self.store.execute(
            "UPDATE messages SET error_kind=?, error_code=?, error_text=?, updated_at=? WHERE id=?",
            (str(error.kind), error.code, redact(error.message), utcnow(), message_id),
        )


def _schedule_refused(outcome: _Outcome) -> bool:
    """The vendor refused a scheduled request's time: every later one is refused too, so pause, never fail."""
    error = outcome.error
    return error is not None and error.kind is ErrorKind.SCHEDULING and outcome.batch.request.schedule_at is not None
