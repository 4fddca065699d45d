"""Delivery status: polling the vendors and applying their reports, over any vendor that offers them.

Qt-free: the GUI drives :class:`Poller` from a timer and runs :func:`refresh_job` on
worker threads; the CLI and the callback receiver call the same functions. Reports only
ever move a message forward (see :func:`smsdesk.core.states.may_advance`) and the same
report twice is applied once (``delivery_events.dedupe_key``), so a poll and a callback
may safely overlap. The jobs list lives in :mod:`~smsdesk.core.job_views`, resending in
:mod:`~smsdesk.core.resend`, the .xlsx report in :mod:`~smsdesk.core.job_export` and the
replies inbox in :mod:`~smsdesk.core.replies`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from smsdesk.core.accounts import Account, Accounts, ClientFactory

# The ``name as name`` imports re-export what moved to job_views, job_export, resend and replies, for
# the callers that still import it from here (the Status and Replies tabs, the tests).
from smsdesk.core.job_export import export_job as export_job
from smsdesk.core.job_views import JobOverview as JobOverview
from smsdesk.core.job_views import MessageLine as MessageLine
from smsdesk.core.job_views import jobs_overview as jobs_overview
from smsdesk.core.job_views import message_ids as message_ids
from smsdesk.core.job_views import message_lines as message_lines
from smsdesk.core.job_views import message_phones as message_phones
from smsdesk.core.jobs import (
    Job,
    Jobs,
    MessageRow,
    ReportToApply,
    _job,
    _message,
)
from smsdesk.core.optout_rules import DEFAULT_OPTOUT_KEYWORDS as DEFAULT_OPTOUT_KEYWORDS
from smsdesk.core.optout_rules import OptOutRule as OptOutRule
from smsdesk.core.poll_schedule import LONGEST_GAP_S, first_poll_age, poll_gap
from smsdesk.core.replies import Conversation as Conversation
from smsdesk.core.replies import StoredReplies as StoredReplies
from smsdesk.core.replies import ThreadItem as ThreadItem
from smsdesk.core.replies import confirm_optout as confirm_optout
from smsdesk.core.replies import conversation_thread as conversation_thread
from smsdesk.core.replies import fetch_all_replies as fetch_all_replies
from smsdesk.core.replies import fetch_replies as fetch_replies
from smsdesk.core.replies import list_conversations as list_conversations
from smsdesk.core.replies import list_replies as list_replies
from smsdesk.core.replies import mark_read as mark_read
from smsdesk.core.replies import refresh_replies as refresh_replies
from smsdesk.core.replies import set_handled as set_handled
from smsdesk.core.replies import store_replies as store_replies
from smsdesk.core.resend import RESENDABLE as RESENDABLE
from smsdesk.core.resend import plan_resend as plan_resend
from smsdesk.core.resolution import claim_unknown, has_unknown_without_id
from smsdesk.core.sandbox_scope import hide_foreign
from smsdesk.core.states import State
from smsdesk.core.store import Store
from smsdesk.core.timestamps import parse_time, utc_text
from smsdesk.i18n import translate
from smsdesk.vendors.base import (
    MessageRef,
    StatusReport,
    Unsupported,
    VendorClient,
    VendorError,
    VendorSpec,
)

# States a vendor may still change. Scheduled counts: a vendor-scheduled message
# goes out later and then gets a report like any other.
PENDING_STATES = (State.SUBMITTED, State.UNKNOWN, State.SCHEDULED)
QUERY_CHUNK = 100  # references per query_status call (and per store transaction)
PENDING_PAGE = 1000  # pending messages read from the store at a time
DEFAULT_HORIZON = timedelta(days=7)  # for vendors that name none
QUEUE_PULLS_MAX = 20  # pullstatus-style queues: at most this many pages per poll


def no_status_query_text(spec: VendorSpec) -> str:
    """Why a job of this vendor has no delivery reports from polling, and what to do."""
    if spec.capabilities.push_callbacks:
        return translate(
            "Tracking",
            "{vendor} does not answer status questions; its delivery reports arrive only through the "
            "callback receiver. Turn it on in Settings \u2192 Callback receiver and give {vendor} its "
            "address.",
        ).format(vendor=spec.label)
    return translate(
        "Tracking",
        "{vendor} offers neither a status query nor documented delivery callbacks, so SMS Desk cannot "
        "learn whether these messages arrived. Check delivery in the {vendor} console.",
    ).format(vendor=spec.label)


# -- delivery status ----------------------------------------------------------------------


@dataclass
class RefreshResult:
    job: int
    asked: int  # our messages the vendor was asked about
    applied: int  # messages of this job whose state changed
    other_jobs: set[int] = field(default_factory=set)  # jobs changed by a queue pull
    note: str = ""  # a problem worth showing that did not stop the refresh


def _message_lookup(store: Store, account_id: int, report: StatusReport) -> int | None:
    """The message a report is about, within one account's jobs.

    Matched on (vendor id, phone): a report whose number does not belong to that
    vendor id is someone else's or tampered with, and is ignored. The account's
    jobs narrow the search so the UNIQUE(job_id, phone) index does the work.
    """
    jobs = "m.job_id IN (SELECT id FROM jobs WHERE account_id = ?)"
    if report.vendor_msg_id:
        row = store.query_one(
            f"SELECT m.id FROM messages m WHERE {jobs} AND m.phone = ? AND (m.vendor_msg_id = ?"
            " OR (m.vendor_msg_id IS NULL AND m.vendor_batch_id = ?)) ORDER BY m.id DESC LIMIT 1",
            (account_id, report.phone, report.vendor_msg_id, report.vendor_msg_id),
        )
        return int(row[0]) if row else None
    placeholders = ",".join("?" * len(PENDING_STATES))
    row = store.query_one(
        f"SELECT m.id FROM messages m WHERE {jobs} AND m.phone = ? AND m.state IN ({placeholders})"
        " AND (m.vendor_msg_id IS NOT NULL OR m.vendor_batch_id IS NOT NULL) ORDER BY m.id DESC LIMIT 1",
        (account_id, report.phone, *[str(s) for s in PENDING_STATES]),
    )
    return int(row[0]) if row else None


def _to_apply(message_id: int, report: StatusReport) -> ReportToApply:
    return ReportToApply(message_id, report.state, report.vendor_status[:200], utc_text(report.at),
                         report.dedupe_key or None, report.error_text)


def apply_account_reports(store: Store, account_id: int, reports: Iterable[StatusReport], *,
                          source: str) -> dict[int, int]:
    """Apply reports that may concern any job of the account (queues, callbacks).

    Returns {job id: messages changed}. A report whose vendor id is none of ours
    may resolve an unknown recipient (core/resolution.py); others change nothing.
    """
    items = []
    for report in reports:
        message_id = _message_lookup(store, account_id, report)
        if message_id is None:
            message_id = claim_unknown(store, account_id, report, source=source)
        if message_id is not None:
            items.append(_to_apply(message_id, report))
    if not items:
        return {}
    changed: list[int] = Jobs(store).apply_reports(items, source=source)
    if not changed:
        return {}
    marks = ",".join("?" * len(changed))
    return {int(r[0]): int(r[1]) for r in store.query(
        f"SELECT job_id, COUNT(*) FROM messages WHERE id IN ({marks}) GROUP BY job_id", tuple(changed))}


def _pending_pages(store: Store, job_id: int) -> Iterator[list[MessageRow]]:
    """The job's messages a vendor may still report on, a page at a time (short store locks)."""
    marks = ",".join("?" * len(PENDING_STATES))
    last = 0
    while True:
        rows = store.query(
            f"SELECT * FROM messages WHERE job_id = ? AND state IN ({marks}) AND id > ?"
            " AND (vendor_msg_id IS NOT NULL OR vendor_batch_id IS NOT NULL) ORDER BY id LIMIT ?",
            (job_id, *[str(s) for s in PENDING_STATES], last, PENDING_PAGE),
        )
        if not rows:
            return
        yield [_message(r) for r in rows]
        last = int(rows[-1]["id"])


def _chunks(pending: list[MessageRow]) -> Iterator[list[MessageRow]]:
    """Chunks of about QUERY_CHUNK that never split one vendor batch (SepSMS answers per batch)."""
    groups: dict[str, list[MessageRow]] = {}
    for m in pending:
        groups.setdefault(m.vendor_batch_id or m.vendor_msg_id or f"#{m.id}", []).append(m)
    chunk: list[MessageRow] = []
    for group in groups.values():
        if chunk and len(chunk) + len(group) > QUERY_CHUNK:
            yield chunk
            chunk = []
        chunk.extend(group)
    if chunk:
        yield chunk


def _drain_queue(client: VendorClient, store: Store, account: Account, result: RefreshResult,
                 cancelled: Callable[[], bool] | None) -> None:
    """Vendors with a report queue (Tencent ``pullstatus``) hand each report out once: apply them all."""
    pull = getattr(client, "pull_delivery_reports", None)
    if not callable(pull):
        return
    for _ in range(QUEUE_PULLS_MAX):
        if cancelled is not None and cancelled():
            return
        try:
            batch = pull()
        except VendorError as exc:
            if exc.code == "1006":  # pulling not enabled for this application: per-number queries still work
                return
            if exc.kind.stops_job:
                raise
            result.note = str(exc)
            return
        if not batch:
            return
        for job_id, n in apply_account_reports(store, account.id, batch, source="poll").items():
            if job_id == result.job:
                result.applied += n
            else:
                result.other_jobs.add(job_id)
        if len(batch) < 100:
            return


def refresh_job(store: Store, accounts: Accounts, job_id: int,
                cancelled: Callable[[], bool] | None = None, *,
                client_factory: ClientFactory | None = None) -> RefreshResult:
    """Ask the vendor about every recipient of the job that is not final yet.

    Raises :class:`Unsupported` (in words) for vendors without a status query, and
    the vendor's errors (:class:`VendorError`) when the whole query fails.
    """
    jobs = Jobs(store)
    job = jobs.get(job_id)
    if job is None:
        raise LookupError(translate("Engine", "There is no job number {job}.").format(job=job_id))
    account = accounts.get(job.account_id)
    if not account.spec.capabilities.status_query:
        raise Unsupported(no_status_query_text(account.spec))
    result = RefreshResult(job_id, 0, 0)
    if next(_pending_pages(store, job_id), None) is None and not has_unknown_without_id(store, job_id):
        return result  # nothing left to ask about: no request at all
    client = (client_factory or accounts.client)(account)
    try:
        _drain_queue(client, store, account, result, cancelled)
        for page in _pending_pages(store, job_id):
            for chunk in _chunks(page):
                if cancelled is not None and cancelled():
                    return result
                refs = [MessageRef(m.phone, m.vendor_msg_id, m.vendor_batch_id, parse_time(m.submitted_at))
                        for m in chunk]
                result.asked += len(chunk)
                by_key = {(m.vendor_msg_id or m.vendor_batch_id, m.phone): m for m in chunk}
                by_phone = {m.phone: m for m in chunk}
                items = []
                for report in client.query_status(refs):
                    if report.vendor_msg_id:
                        message = by_key.get((report.vendor_msg_id, report.phone))
                    else:
                        message = by_phone.get(report.phone)
                    if message is not None:
                        items.append(_to_apply(message.id, report))
                if items:
                    result.applied += len(jobs.apply_reports(items, source="poll"))
    finally:
        client.close()
    return result


def poll_horizon(spec: VendorSpec) -> timedelta:
    return spec.capabilities.status_horizon or DEFAULT_HORIZON


def job_sent_at(job: Job) -> datetime:
    """When the job's messages left (or will leave): its schedule time, else its creation."""
    created = parse_time(job.created_at) or datetime.now(UTC)
    scheduled = parse_time(job.schedule_at)
    return max(created, scheduled) if scheduled else created


def job_last_sent(job: Job, now: datetime) -> datetime:
    """When the job last started, resumed or finished sending (its latest status change).

    Not "now" while it sends: a long send is asked about at widening gaps like any job, and
    its end starts the vendor's fast schedule again for the last messages' reports.
    """
    changed = parse_time(job.updated_at)
    first = job_sent_at(job)
    return max(first, min(changed, now)) if changed else first


@dataclass
class _Track:
    sent: float  # monotonic seconds of the latest send (its age is clock() - sent)
    sent_wall: datetime  # the same moment on the wall clock, to notice later sends
    report_delay: float | None  # the driver's declaration
    due: float  # monotonic seconds
    failures: int = 0
    running: bool = False


class Poller:
    """Which recent jobs to ask about now, at gaps that follow the vendor.

    A job is polled while it has recipients in a non-final state at a vendor with a
    status query and it is younger than the vendor's horizon. When is a pure function
    of the driver's ``report_delay_s`` and the send's age (:func:`poll_gap`): soon
    after a send to a vendor that reports fast, then ever wider. ``floor`` (the
    user's interval setting) is the shortest gap after the fast window. State
    lives in memory; after a restart the age still decides, so old jobs are not
    hammered. Thread-safe; Qt-free.
    """

    def __init__(self, store: Store, accounts: Accounts, *, floor: float = 0.0,
                 longest: float = LONGEST_GAP_S, clock: Callable[[], float] = time.monotonic,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC), max_jobs: int = 200) -> None:
        self.store = store
        self.accounts = accounts
        self.floor = floor
        self.longest = longest
        self.clock = clock
        self.now = now
        self.max_jobs = max_jobs
        self._tracks: dict[int, _Track] = {}
        self._last_sent: dict[int, datetime] = {}  # from the latest candidates() read
        self._lock = threading.Lock()

    def _gap(self, track: _Track) -> float:
        return poll_gap(track.report_delay, self.clock() - track.sent, floor=self.floor,
                        failures=track.failures, longest=self.longest)

    def candidates(self) -> list[int]:
        """Jobs that still need polling, newest first (reads the store)."""
        now = self.now()
        longest = max((poll_horizon(a.spec) for a in self.accounts.all()), default=DEFAULT_HORIZON)
        oldest = (now - max(longest, timedelta(days=31))).astimezone(UTC).isoformat()
        hidden, hidden_ids = hide_foreign(self.store, "j.account_id")  # another desk's Sandbox: its own sandbox.db
        rows = self.store.query(
            "SELECT j.*, a.vendor FROM jobs j JOIN accounts a ON a.id = j.account_id"
            " WHERE a.removed_at IS NULL AND (j.created_at >= ? OR j.schedule_at IS NOT NULL)"
            + (f" AND {hidden}" if hidden else "") + " ORDER BY j.id DESC LIMIT ?",
            (oldest, *hidden_ids, self.max_jobs * 5),
        )
        marks = ",".join("?" * len(PENDING_STATES))
        out: list[int] = []
        from smsdesk.vendors import get_spec

        for row in rows:
            try:
                spec = get_spec(row["vendor"])
            except KeyError:
                continue
            if not spec.capabilities.status_query:
                continue
            job = _job(row)
            sent = job_sent_at(job)
            if sent > now or now - sent > poll_horizon(spec):
                continue
            left = self.store.query_one(
                f"SELECT COUNT(*) FROM messages WHERE job_id=? AND state IN ({marks})",
                (job.id, *[str(s) for s in PENDING_STATES]),
            )
            if left and left[0]:
                out.append(job.id)
                with self._lock:
                    self._last_sent[job.id] = job_last_sent(job, now)
            if len(out) >= self.max_jobs:
                break
        return out

    def due(self) -> list[int]:
        """Candidates whose gap has passed and that are not being polled; forgets finished jobs."""
        jobs = self.candidates()
        now_m = self.clock()
        now_w = self.now()
        out: list[int] = []
        with self._lock:
            for job_id in list(self._tracks):
                if job_id not in jobs and not self._tracks[job_id].running:
                    del self._tracks[job_id]
                    self._last_sent.pop(job_id, None)
            for job_id in jobs:
                track = self._tracks.get(job_id)
                if track is None:
                    track = self._new_track(job_id, now_m, now_w)
                    self._tracks[job_id] = track
                else:
                    self._follow_sending(track, job_id, now_m, now_w)
                if not track.running and track.due <= now_m:
                    out.append(job_id)
        return out

    def _follow_sending(self, track: _Track, job_id: int, now_m: float, now_w: datetime) -> None:
        """More messages left since (a long job, a resume): their reports start the schedule again."""
        last = self._last_sent.get(job_id)
        if last is None or last <= track.sent_wall + timedelta(seconds=1):
            return
        track.sent, track.sent_wall = now_m - max(0.0, (now_w - last).total_seconds()), last
        track.due = min(track.due, track.sent + first_poll_age(track.report_delay))

    def _new_track(self, job_id: int, now_m: float, now_w: datetime) -> _Track:
        job = Jobs(self.store).get(job_id)
        last = job_last_sent(job, now_w) if job else now_w
        age = max(0.0, (now_w - last).total_seconds())
        delay: float | None = None
        if job is not None:
            try:
                delay = self.accounts.get(job.account_id).spec.capabilities.report_delay_s
            except Exception:  # a removed account or an unknown vendor: the generic schedule
                delay = None
        track = _Track(now_m - age, last, delay, now_m)
        # Older than its first question (a restart, a job sent elsewhere): when it was last
        # asked is not known, so ask once now; the age sets every gap after that.
        if age < first_poll_age(delay):
            track.due = now_m + self._gap(track)
        return track

    def _track(self, job_id: int) -> _Track:
        track = self._tracks.get(job_id)
        if track is None:
            track = self._tracks[job_id] = self._new_track(job_id, self.clock(), self.now())
        return track

    def started(self, job_id: int) -> None:
        with self._lock:
            self._track(job_id).running = True

    def finished(self, job_id: int, applied: int = 0, *, failed: bool = False) -> None:
        """Record a poll's outcome: the next question follows the send's age (``applied`` does not
        matter: a vendor reports in its own time); failures widen the gap."""
        with self._lock:
            track = self._track(job_id)
            track.running = False
            track.failures = track.failures + 1 if failed else 0
            track.due = self.clock() + self._gap(track)

    def poke(self, job_id: int) -> None:
        """Ask about this job at the next tick (new job, Refresh now); failures are forgiven."""
        with self._lock:
            track = self._track(job_id)
            track.failures, track.due = 0, self.clock()

    def next_due_in(self, job_id: int) -> float | None:
        with self._lock:
            track = self._tracks.get(job_id)
            return None if track is None else max(0.0, track.due - self.clock())


def poll_due(poller: Poller, *, client_factory: ClientFactory | None = None,
             cancelled: Callable[[], bool] | None = None) -> list[RefreshResult | tuple[int, str]]:
    """One polling round: refresh every due job (run on a worker thread).

    Returns each job's result, or (job id, problem in words) when it failed.
    """
    out: list[RefreshResult | tuple[int, str]] = []
    for job_id in poller.due():
        if cancelled is not None and cancelled():
            break
        poller.started(job_id)
        try:
            result = refresh_job(poller.store, poller.accounts, job_id, cancelled, client_factory=client_factory)
        except Exception as exc:  # one vendor's trouble must not stop the others' polling
            poller.finished(job_id, failed=True)
            out.append((job_id, str(exc)))
            continue
        poller.finished(job_id, result.applied + len(result.other_jobs))
        out.append(result)
    return out
