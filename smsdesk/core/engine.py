"""The send engine: journal first, one send per (job, number), never resend the unknown.

For each window of up to ``concurrency`` requests:

1. the window's recipients are marked in-flight in ONE committed transaction
   (``synchronous=FULL``: the mark survives a crash or power loss);
2. the requests run concurrently, paced by the account's rate limiter;
3. all answers are committed in ONE transaction.

A crash between 1 and 3 leaves rows in-flight; :meth:`Jobs.recover_inflight`
turns them into ``unknown`` and nothing resends them automatically. A request
the vendor surely never received (connection refused, 429, account-wide
refusals such as a wrong password) is put back in the queue, so ``resume``
sends it once the cause is fixed.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from smsdesk.core import notes
from smsdesk.core.accounts import Accounts
from smsdesk.core.jobs import Job, Jobs, JobStatus
from smsdesk.core.leases import JobLease
from smsdesk.core.redact import redact
from smsdesk.core.states import State
from smsdesk.core.store import Store
from smsdesk.core.timestamps import parse_time, utcnow
from smsdesk.i18n import QT_TRANSLATE_NOOP, fmt_int, fmt_number, translate
from smsdesk.vendors.base import (
    ErrorKind,
    MessageRef,
    OutcomeUnknown,
    SendRequest,
    SendResult,
    Unsupported,
    VendorClient,
    VendorError,
)
from smsdesk.vendors.http import RateLimiter

log = logging.getLogger("smsdesk.engine")

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
class Progress:
    job_id: int
    total: int
    counts: dict[str, int]
    requests: int

    @property
    def done(self) -> int:
        return self.total - self.counts.get(str(State.QUEUED), 0) - self.counts.get(str(State.SCHEDULED), 0)


@dataclass
class SendSummary:
    job: int
    recipients: int
    counts: dict[str, int]
    skipped: int
    points: float
    status: JobStatus
    note: str = ""
    requests: int = 0
    skipped_reasons: list[dict[str, Any]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        c = self.counts
        return {
            "job": self.job,
            "recipients": self.recipients,
            "submitted": c.get("submitted", 0) + c.get("delivered", 0),
            "scheduled": c.get("scheduled", 0),
            "failed": c.get("failed", 0) + c.get("expired", 0),
            "unknown": c.get("unknown", 0),
            "cancelled": c.get("cancelled", 0),
            "queued": c.get("queued", 0),
            "skipped": self.skipped,
            "skipped_reasons": self.skipped_reasons,
            "points": self.points,
            "status": str(self.status),
            "note": self.note,
        }

    def as_text(self) -> dict[str, str]:
        """:meth:`as_json` with counts and points written for people, for summary sentences."""
        def text(key: str, value: Any) -> str:
            if key == "points":
                return fmt_number(value)
            if isinstance(value, int) and key != "job":  # a job number is a name, not a count
                return fmt_int(value)
            return str(value)

        return {key: text(key, value) for key, value in self.as_json().items()}


@dataclass
class _Batch:
    ids: list[int]
    phones: list[str]
    request: SendRequest


@dataclass
class _Outcome:
    batch: _Batch
    result: SendResult | None = None
    error: VendorError | None = None
    unknown: OutcomeUnknown | None = None
    not_sent: bool = False
    crash: str = ""


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
        with JobLease(self.store, job_id):
            return self._run_held(job_id, control, progress)

    def resume(self, job_id: int, *, control: SendControl | None = None,
               progress: Callable[[Progress], None] | None = None) -> SendSummary:
        """Continue an interrupted job: never-attempted recipients are sent, unknown ones are not."""
        self._require(job_id)
        with JobLease(self.store, job_id):
            # Only this job, and only now that no one else can be sending it.
            self.jobs.recover_inflight(job_id)
            job = self._require(job_id)
            if job.status in (JobStatus.PAUSED, JobStatus.INTERRUPTED):
                self.jobs.set_status(job_id, JobStatus.SENDING)
                self.jobs.set_note(job_id, "")
            return self._run_held(job_id, control, progress)

    def _run_held(self, job_id: int, control: SendControl | None,
                  progress: Callable[[Progress], None] | None) -> SendSummary:
        control = control or SendControl()
        job = self._require(job_id)
        if job.status in (JobStatus.DONE, JobStatus.CANCELLED):
            return self.summary(job_id)
        account = self.accounts.get(job.account_id)
        client = self._client_factory(account)
        try:
            return self._run(job, account.settings, client, control, progress)
        finally:
            client.close()

    def start_due(self, now: datetime | None = None) -> list[int]:
        """Release locally scheduled jobs whose time has come; return their ids."""
        now = now or datetime.now(UTC)
        due: list[int] = []
        for row in self.store.query(
            "SELECT id, schedule_at FROM jobs WHERE status=? AND local_schedule=1", (str(JobStatus.SCHEDULED),)
        ):
            when = parse_time(row["schedule_at"])
            if when is not None and when <= now:
                with self.store.transaction() as db:
                    db.execute(
                        "UPDATE messages SET state=?, updated_at=? WHERE job_id=? AND state=?",
                        (str(State.QUEUED), utcnow(), row["id"], str(State.SCHEDULED)),
                    )
                    db.execute("UPDATE jobs SET status=? WHERE id=?", (str(JobStatus.SENDING), row["id"]))
                due.append(int(row["id"]))
        return due

    def cancel_job(self, job_id: int) -> SendSummary:
        """Cancel what has not gone out: locally, and at the vendor where it can.

        Refused (:class:`JobBusy`) while another send holds the job: that send would go on
        with rows it already planned; it is cancelled where it runs (its Cancel button).
        """
        with JobLease(self.store, job_id):
            return self._cancel_held(job_id)

    def _cancel_held(self, job_id: int) -> SendSummary:
        job = self._require(job_id)
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
        return SendSummary(
            job=job_id, recipients=sum(counts.values()), counts=counts, skipped=skipped,
            points=self.jobs.points_charged(job_id), status=job.status, note=notes.shown(job.note),
        )

    # -- internals ----------------------------------------------------------
    def _require(self, job_id: int) -> Job:
        job = self.jobs.get(job_id)
        if job is None:
            raise LookupError(translate("Engine", "There is no job number {job}.").format(job=job_id))
        return job

    def _batches(self, job: Job, client: VendorClient) -> list[_Batch]:
        rows = self.store.query(
            "SELECT id, phone, rendered FROM messages WHERE job_id=? AND state=? AND inflight=0 ORDER BY id",
            (job.id, str(State.QUEUED)),
        )
        schedule_at = None if job.local_schedule else parse_time(job.schedule_at)
        # Identical text goes together, up to what the vendor takes per request for that number.
        groups: dict[tuple[str, int], list[Any]] = {}
        for row in rows:
            groups.setdefault((row["rendered"], client.batch_limit(row["phone"])), []).append(row)
        batches: list[_Batch] = []
        for (rendered, limit), members in groups.items():
            for start in range(0, len(members), limit):
                chunk = members[start:start + limit]
                if job.template_id:
                    request = SendRequest(
                        phones=[r["phone"] for r in chunk], template_id=job.template_id,
                        params=json.loads(rendered or "{}"), schedule_at=schedule_at,
                        client_ref=f"job{job.id}",
                    )
                else:
                    request = SendRequest(phones=[r["phone"] for r in chunk], text=rendered,
                                          schedule_at=schedule_at, client_ref=f"job{job.id}")
                batches.append(_Batch([r["id"] for r in chunk], request.phones, request))
        return batches

    def _run(self, job: Job, settings: dict[str, Any], client: VendorClient, control: SendControl,
             progress: Callable[[Progress], None] | None) -> SendSummary:
        caps = client.capabilities
        concurrency = int(settings.get("concurrency") or caps.default_concurrency)
        concurrency = max(1, min(concurrency, 64))
        rate = float(settings.get("rate_per_s") or caps.default_rate_per_s)
        # Evenly paced (no burst) so no second ever carries more than the configured rate.
        limiter = RateLimiter(rate, burst=1.0)
        self.jobs.set_status(job.id, JobStatus.SENDING)
        pending = deque(self._batches(job, client))
        total = self.jobs.message_count(job.id)
        stop_note = ""
        requests = 0
        running: dict[Future[_Outcome], _Batch] = {}
        answered: list[_Outcome] = []
        last_commit = time.monotonic()
        # A sliding window: free slots are topped up together (one journal commit marks
        # them in flight) and answers are committed together, at most every COMMIT_EVERY
        # seconds or half a window, so durability never costs one fsync per recipient.
        with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix=f"send-{job.id}") as pool:
            while pending or running:
                stopping = control.cancelled or control.halted or bool(stop_note)
                free = concurrency - len(running)
                if pending and not stopping and not control.paused and (
                        free >= max(1, concurrency // 2) or len(pending) <= free):
                    take = [pending.popleft() for _ in range(min(free, len(pending)))]
                    self._mark_inflight(take)
                    for batch in take:
                        running[pool.submit(self._send_one, client, batch, control, limiter)] = batch
                if not running:
                    if stopping:
                        break
                    control.wait_while_paused()
                    continue
                done, _ = wait(running, timeout=COMMIT_EVERY, return_when=FIRST_COMPLETED)
                for future in done:
                    running.pop(future)
                    answered.append(future.result())
                due = time.monotonic() - last_commit >= COMMIT_EVERY
                if answered and (due or len(answered) >= max(1, concurrency // 2) or not running):
                    requests += sum(1 for o in answered if not o.not_sent)
                    stop_note = self._commit(job, answered) or stop_note
                    answered = []
                    last_commit = time.monotonic()
                    if progress is not None:
                        progress(Progress(job.id, total, self.jobs.counts(job.id), requests))
            if answered:
                requests += sum(1 for o in answered if not o.not_sent)
                stop_note = self._commit(job, answered) or stop_note
        counts = self.jobs.counts(job.id)
        if control.cancelled:
            with self.store.transaction() as db:
                db.execute(
                    "UPDATE messages SET state=?, updated_at=? WHERE job_id=? AND state=? AND inflight=0",
                    (str(State.CANCELLED), utcnow(), job.id, str(State.QUEUED)),
                )
            self.jobs.set_status(job.id, JobStatus.CANCELLED)
        elif stop_note or control.halted:
            self.jobs.set_status(job.id, JobStatus.PAUSED)
            self.jobs.set_note(job.id, stop_note or notes.coded("Engine", QT_TRANSLATE_NOOP(
                "Engine", "Stopped when SMS Desk was closed. Resume the job to send to the rest.")))
        elif counts["queued"] == 0:
            self.jobs.set_status(job.id, JobStatus.DONE)
        summary = self.summary(job.id)
        summary.requests = requests
        return summary

    def _mark_inflight(self, window: list[_Batch]) -> None:
        ids = [i for b in window for i in b.ids]
        now = utcnow()
        with self.store.transaction() as db:
            db.executemany(
                "UPDATE messages SET inflight=1, attempts=attempts+1, updated_at=? WHERE id=?",
                [(now, i) for i in ids],
            )

    @staticmethod
    def _send_one(client: VendorClient, batch: _Batch, control: SendControl, limiter: RateLimiter) -> _Outcome:
        if control.cancelled or control.halted:
            return _Outcome(batch, not_sent=True)
        limiter.acquire()
        if control.cancelled or control.halted:
            return _Outcome(batch, not_sent=True)
        try:
            return _Outcome(batch, result=client.send(batch.request))
        except VendorError as exc:
            if exc.kind is ErrorKind.RATE_LIMITED and exc.retry_after:
                limiter.block_for(exc.retry_after)
            return _Outcome(batch, error=exc)
        except OutcomeUnknown as exc:
            return _Outcome(batch, unknown=exc)
        except Exception as exc:  # a bug after the request may have left: treat as unknown
            log.exception("send failed unexpectedly")
            return _Outcome(batch, crash=f"{type(exc).__name__}")

    def _commit(self, job: Job, outcomes: list[_Outcome]) -> str:
        """Write every answer of the window in one transaction; return a pause reason if any."""
        now = utcnow()
        stop = ""
        with self.store.transaction() as db:
            for o in outcomes:
                b = o.batch
                if o.not_sent or (o.error is not None and (not o.error.sent or o.error.kind.stops_job
                                                           or o.error.kind is ErrorKind.RATE_LIMITED)):
                    # Surely not accepted: back to the queue for resume.
                    db.executemany("UPDATE messages SET inflight=0, updated_at=? WHERE id=?",
                                   [(now, i) for i in b.ids])
                    if o.error is not None:
                        stop = stop or notes.of_error(o.error)
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
    def _apply_result(db: Any, batch: _Batch, result: SendResult, now: str) -> None:
        by_phone = {r.phone: r for r in result.recipients}
        missing_text = translate(
            "Engine", "The vendor's answer did not mention this number, so its outcome is not known."
        )
        updates = []
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
