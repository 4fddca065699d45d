"""Delivery status polling, the replies inbox and opt-out keywords, over any vendor that offers them.

Qt-free: the GUI drives :class:`Poller` from a timer and runs :func:`refresh_job`
and :func:`refresh_replies` on worker threads; the CLI and the callback receiver
call the same functions. Reports only ever move a message forward (see
:func:`smsdesk.core.states.may_advance`) and the same report twice is applied once
(``delivery_events.dedupe_key``), so a poll and a callback may safely overlap.
"""

from __future__ import annotations

import logging
import threading
import time
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from smsdesk.core import notes
from smsdesk.core.accounts import Account, Accounts
from smsdesk.core.desk import who
from smsdesk.core.job_report import job_report, summary_rows
from smsdesk.core.jobs import (
    MESSAGE_ORDERS,
    Job,
    Jobs,
    MessageRow,
    PlannedRecipient,
    ReportToApply,
    _job,
    _message,
    message_where,
    phone_fragment,
)
from smsdesk.core.money import JobCost, job_cost
from smsdesk.core.optout_rules import DEFAULT_OPTOUT_KEYWORDS as DEFAULT_OPTOUT_KEYWORDS
from smsdesk.core.optout_rules import OptOutRule as OptOutRule
from smsdesk.core.poll_schedule import LONGEST_GAP_S, first_poll_age, poll_gap
from smsdesk.core.resolution import claim_unknown, has_unknown_without_id, note_text
from smsdesk.core.states import ALL_STATES, State
from smsdesk.core.store import Store, like_pattern
from smsdesk.core.timestamps import parse_time
from smsdesk.i18n import translate
from smsdesk.vendors.base import (
    MessageRef,
    Reply,
    StatusReport,
    Unsupported,
    VendorClient,
    VendorError,
    VendorSpec,
)

log = logging.getLogger("smsdesk.tracking")

# States a vendor may still change. Scheduled counts: a vendor-scheduled message
# goes out later and then gets a report like any other.
PENDING_STATES = (State.SUBMITTED, State.UNKNOWN, State.SCHEDULED)
QUERY_CHUNK = 100  # references per query_status call (and per store transaction)
PENDING_PAGE = 1000  # pending messages read from the store at a time
DEFAULT_HORIZON = timedelta(days=7)  # for vendors that name none
QUEUE_PULLS_MAX = 20  # pullstatus-style queues: at most this many pages per poll

ClientFactory = Callable[[Account], VendorClient]


def _utc(value: datetime | None) -> str | None:
    return value.astimezone(UTC).isoformat(timespec="milliseconds") if value else None


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
    return ReportToApply(message_id, report.state, report.vendor_status[:200], _utc(report.at),
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
        rows = self.store.query(
            "SELECT j.*, a.vendor FROM jobs j JOIN accounts a ON a.id = j.account_id"
            " WHERE a.removed_at IS NULL AND (j.created_at >= ? OR j.schedule_at IS NOT NULL)"
            " ORDER BY j.id DESC LIMIT ?",
            (oldest, self.max_jobs * 5),
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


# -- the jobs list and the detail table ----------------------------------------------------


@dataclass
class JobOverview:
    job: Job
    account: str
    vendor: str
    counts: dict[str, int]
    points: float  # net: charged minus refunded (core/money.py), in cost.unit
    cost: JobCost | None = None

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def when(self) -> str:
        return self.job.schedule_at or self.job.created_at

    @property
    def preview(self) -> str:
        if self.job.template_id:
            return translate("Tracking", "[template {id}]").format(id=self.job.template_id)
        return " ".join(self.job.text.split())


def jobs_overview(store: Store, *, since: datetime | None = None, until: datetime | None = None,
                  account_id: int | None = None, state: State | None = None, search: str = "",
                  limit: int = 500) -> list[JobOverview]:
    """The Status tab's jobs list: newest first, filtered by date, account, state and search."""
    where: list[str] = []
    args: list[Any] = []
    if since is not None:
        where.append("j.created_at >= ?")
        args.append(since.astimezone(UTC).isoformat())
    if until is not None:
        where.append("j.created_at < ?")
        args.append(until.astimezone(UTC).isoformat())
    if account_id is not None:
        where.append("j.account_id = ?")
        args.append(account_id)
    if state is not None:
        where.append("EXISTS (SELECT 1 FROM messages m WHERE m.job_id = j.id AND m.state = ?)")
        args.append(str(state))
    text = search.strip()
    if text:
        like = like_pattern(text)
        terms = ["j.text LIKE ? ESCAPE '\\'", "a.name LIKE ? ESCAPE '\\'", "j.template_id LIKE ? ESCAPE '\\'"]
        args += [like, like, like]
        if text.lstrip("#").isdigit():
            terms.append("j.id = ?")
            args.append(int(text.lstrip("#")))
        fragment = phone_fragment(text) or (text if text.isdigit() and len(text) >= 3 else None)
        if fragment:
            terms.append("EXISTS (SELECT 1 FROM messages m WHERE m.job_id = j.id AND m.phone LIKE ?)")
            args.append(f"%{fragment}%")
        where.append("(" + " OR ".join(terms) + ")")
    sql = ("SELECT j.*, COALESCE(a.name, '#' || j.account_id) AS account_name, COALESCE(a.vendor, '') AS vendor"
           " FROM jobs j LEFT JOIN accounts a ON a.id = j.account_id")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY j.id DESC LIMIT ?"
    rows = store.query(sql, (*args, limit))
    out: list[JobOverview] = []
    for row in rows:
        job = _job(row)
        counts = {str(s): 0 for s in ALL_STATES}
        for state_row in store.query("SELECT state, COUNT(*) FROM messages WHERE job_id=? GROUP BY state",
                                     (job.id,)):
            counts[state_row[0]] = state_row[1]
        cost = job_cost(store, job.id)
        out.append(JobOverview(job, row["account_name"], row["vendor"], counts, cost.net, cost))
    return out


@dataclass(frozen=True)
class MessageLine:
    """What the detail table shows of one recipient (small: 100,000 of them fit in memory)."""

    id: int
    phone: str
    name: str
    state: State
    vendor_status: str
    updated_at: str
    error: str


def message_ids(store: Store, job_id: int, *, states: Iterable[State] | None = None, search: str = "",
                order: str = "id") -> array[int]:
    """Every matching message id in display order: the detail table's index (8 bytes a row)."""
    where, args = message_where(job_id, states, search)
    desc = order.startswith("-")
    column = MESSAGE_ORDERS.get(order.lstrip("-"), "id")
    direction = "DESC" if desc else "ASC"
    tail = "" if column == "id" else f", id {direction}"
    rows = store.query(f"SELECT id FROM messages{where} ORDER BY {column} {direction}{tail}", tuple(args))
    return array("q", (r[0] for r in rows))


def _problem(note: str, error: str) -> str:
    """How an unknown was resolved (or why it still is), then the error in words."""
    if not note or not error:
        return note or error
    return note + ("" if note.endswith("\u3002") else " ") + error  # no space after a full-width stop


def message_lines(store: Store, ids: Sequence[int]) -> dict[int, MessageLine]:
    if not ids:
        return {}
    out: dict[int, MessageLine] = {}
    for start in range(0, len(ids), 500):
        part = list(ids[start:start + 500])
        marks = ",".join("?" * len(part))
        for r in store.query(
            f"SELECT id, phone, contact_name, state, vendor_status, updated_at, error_text, resolution_code,"
            f" resolution_args FROM messages WHERE id IN ({marks})", tuple(part),
        ):
            out[r[0]] = MessageLine(r[0], r[1], r[2], State(r[3]), r[4], r[5], _problem(note_text(r[7], r[8]), r[6]))
    return out


def message_phones(store: Store, job_id: int, *, states: Iterable[State] | None = None,
                   search: str = "") -> list[str]:
    where, args = message_where(job_id, states, search)
    return [r[0] for r in store.query(f"SELECT phone FROM messages{where} ORDER BY id", tuple(args))]


# -- resending ----------------------------------------------------------------------------

RESENDABLE = (State.FAILED, State.UNKNOWN, State.EXPIRED)


def plan_resend(store: Store, account: Account, job_id: int, phones: Iterable[str], *,
                quiet_hours: Any = None, now: datetime | None = None) -> Any:
    """Plan a NEW job for chosen failed/unknown recipients of a job (nothing changes in place).

    Each recipient keeps the text it was sent (personalised) and its contact name;
    opt-outs and the vendor's rules are checked again by the planner. Numbers whose
    outcome is unknown may already have the message: the plan warns about them.
    """
    from smsdesk.core import segments
    from smsdesk.core.planner import PlanError, plan_send

    jobs = Jobs(store)
    job = jobs.get(job_id)
    if job is None:
        raise LookupError(translate("Engine", "There is no job number {job}.").format(job=job_id))
    wanted = list(dict.fromkeys(phones))
    originals = {}
    for phone in wanted:
        m = jobs.find_message(job_id, phone)
        if m is not None and m.state in RESENDABLE:
            originals[phone] = m
    if not originals:
        raise PlanError(translate(
            "Tracking", "Only recipients whose message failed, expired or has an unknown outcome can be sent "
            "again. Select such rows first."))
    plan = plan_send(store, account, phones=list(originals), text=job.text, template_id=job.template_id,
                     params=dict(job.params), quiet_hours=quiet_hours, now=now)
    def as_sent(r: PlannedRecipient) -> PlannedRecipient:
        original = originals.get(r.phone)
        if original is None:
            return r
        r.name, r.variables, r.rendered = original.contact_name, dict(original.variables), original.rendered
        if not job.template_id:
            cost = segments.cost(account.spec.cost_rule, r.rendered, r.phone)
            r.segments, r.points = cost.segments, float(cost.points)
        return r

    plan.rows.rewrite(as_sent)
    plan.retotal()
    unknown = sum(1 for r in plan.recipients if originals[r.phone].state is State.UNKNOWN)
    if unknown:
        plan.warnings.insert(0, translate(
            "Tracking", "Careful: for {n} of these numbers it is not known whether the first message arrived. "
            "They may get it twice, and you pay twice.").format(n=unknown))
    plan.warnings.insert(0, translate("Tracking", "This sends again to recipients of job {job}, as a new job.")
                         .format(job=job_id))
    return plan


# -- export -------------------------------------------------------------------------------


def _local(iso: str | None) -> datetime | None:
    return parse_time(iso) if iso else None


def export_job(store: Store, accounts: Accounts, job_id: int, path: str | Path) -> Path:
    """Write a job's report to .xlsx: a summary sheet and every recipient (formula-safe)."""
    from smsdesk.core.export import Sheet, write_xlsx_sheets

    jobs = Jobs(store)
    job = jobs.get(job_id)
    if job is None:
        raise LookupError(translate("Engine", "There is no job number {job}.").format(job=job_id))
    try:
        account = accounts.get(job.account_id)
        account_name, vendor = account.name, account.spec.label
    except Exception:  # a removed account keeps its jobs
        account_name, vendor = f"#{job.account_id}", ""
    counts = jobs.counts(job_id)
    summary: list[list[object]] = [
        [translate("Export", "Job"), job.id],
        [translate("Export", "Account"), account_name],
        [translate("Export", "Vendor"), vendor],
        [translate("Export", "Created"), _local(job.created_at)],
        [translate("Export", "Scheduled for"), _local(job.schedule_at)],
        [translate("Export", "Status"), job.status.label],
        [translate("Export", "Message"), job.text if not job.template_id else translate("Export", "Template {id}").format(id=job.template_id)],
        [translate("Export", "Recipients"), sum(counts.values())],
    ]
    summary += [[s.label, counts[str(s)]] for s in ALL_STATES if counts[str(s)]]
    cost = job_cost(store, job_id)
    summary.append([translate("Export", "Points charged"), cost.charged])
    if cost.refunded:
        summary.append([translate("Export", "Refunded"), cost.refunded])
        summary.append([translate("Export", "Net cost"), cost.net])
    if job.note:
        summary.append([translate("Export", "Note"), notes.shown(job.note)])
    summary += summary_rows(job_report(store, job_id))  # the funnel and why messages failed

    def recipients() -> Iterator[list[object]]:
        last = 0
        while True:
            rows = store.query(
                "SELECT phone, contact_name, state, vendor_status, error_text, submitted_at, updated_at, points,"
                " rendered, id FROM messages WHERE job_id=? AND id > ? ORDER BY id LIMIT 2000", (job_id, last))
            if not rows:
                return
            for r in rows:
                yield [r[0], r[1], State(r[2]).label, r[3], r[4], _local(r[5]), _local(r[6]), r[7], r[8]]
            last = rows[-1][9]

    headers = [translate("Export", "Phone"), translate("Export", "Name"), translate("Export", "State"), translate("Export", "Vendor status"), translate("Export", "Problem"), translate("Export", "Sent"), translate("Export", "Updated"),
               translate("Export", "Points"), translate("Export", "Message")]
    return write_xlsx_sheets(path, [
        Sheet(translate("Export", "Summary"), [translate("Export", "Item"), translate("Export", "Value")], summary, widths=[22, 60]),
        Sheet(translate("Export", "Recipients"), headers, recipients(), widths=[18, 20, 12, 16, 40, 20, 20, 8, 60]),
    ])


# -- replies and opt-outs -------------------------------------------------------------------

@dataclass
class StoredReplies:
    new: int = 0
    new_ids: list[int] = field(default_factory=list)
    optouts_added: list[str] = field(default_factory=list)  # numbers put on the opt-out list
    optouts_asked: list[str] = field(default_factory=list)  # keyword replies waiting for the user

    def __iadd__(self, other: StoredReplies) -> StoredReplies:
        self.new += other.new
        self.new_ids += other.new_ids
        self.optouts_added += other.optouts_added
        self.optouts_asked += other.optouts_asked
        return self


def store_replies(store: Store, account: Account, replies: Iterable[Reply],
                  rule: OptOutRule | None = None) -> StoredReplies:
    """Put replies in the inbox (a reply already there is ignored) and act on opt-out keywords.

    Only replies that are new act: a replayed callback or a repeated poll never
    re-adds a number the user has since taken off the opt-out list.
    """
    rule = rule or OptOutRule()
    out = StoredReplies()
    keyword_replies: list[tuple[str, str, datetime]] = []
    with store.transaction() as db:
        for r in replies:
            is_optout = rule.matches(r.text)
            cur = db.execute(
                "INSERT INTO replies(account_id, phone, text, received_at, vendor_ref, optout)"
                " VALUES (?,?,?,?,?,?) ON CONFLICT DO NOTHING RETURNING id",
                (account.id, r.phone, r.text, _utc(r.received_at), r.vendor_ref, int(is_optout)),
            )
            inserted = cur.fetchone()
            if inserted is not None:
                out.new += 1
                out.new_ids.append(int(inserted[0]))
                if is_optout:
                    keyword_replies.append((r.phone, r.text, r.received_at))
    for phone, text, at in keyword_replies:
        if rule.ask:
            out.optouts_asked.append(phone)
        elif add_reply_optout(store, phone, account.name, text, at):
            out.optouts_added.append(phone)
    return out


def add_reply_optout(store: Store, phone: str, account_name: str, text: str, at: datetime | None = None) -> bool:
    """Put a number on the opt-out list because of its reply; False if it was there already."""
    from smsdesk.core.contacts import ContactRepository

    when = (at or datetime.now(UTC)).astimezone().strftime("%Y-%m-%d %H:%M")
    note = translate("Tracking", "Replied \u201c{text}\u201d on {when} ({account})").format(
        text=text.strip()[:40], when=when, account=account_name)
    try:
        return ContactRepository(store).add_optout(phone, source="reply", note=note)
    except Exception as exc:  # an odd number from a vendor must not lose the other replies
        log.warning("could not add %s to the opt-out list: %s", phone, exc)
        return False


def can_fetch_replies(account: Account) -> bool:
    """Accounts whose replies can be fetched by polling (others may still push them)."""
    spec = account.spec
    if not spec.capabilities.replies_poll:
        return False
    return spec.replies_ready is None or spec.replies_ready(account.settings)


def fetch_replies(store: Store, accounts: Accounts, account: Account, *, rule: OptOutRule | None = None,
                  client_factory: ClientFactory | None = None) -> StoredReplies:
    """Fetch new replies of one account into the inbox."""
    if not can_fetch_replies(account):
        return StoredReplies()
    row = store.query_one("SELECT MAX(received_at) FROM replies WHERE account_id=?", (account.id,))
    since = parse_time(row[0]) if row and row[0] else None
    client = (client_factory or accounts.client)(account)
    try:
        replies = client.fetch_replies(since)
    finally:
        client.close()
    return store_replies(store, account, replies, rule)


def refresh_replies(store: Store, accounts: Accounts, account: Account, *, rule: OptOutRule | None = None,
                    client_factory: ClientFactory | None = None) -> int:
    """Fetch new replies of one account into the inbox; returns how many were new."""
    return fetch_replies(store, accounts, account, rule=rule, client_factory=client_factory).new


def fetch_all_replies(store: Store, accounts: Accounts, *, rule: OptOutRule | None = None,
                      client_factory: ClientFactory | None = None,
                      cancelled: Callable[[], bool] | None = None) -> tuple[StoredReplies, list[str]]:
    """Poll every account that can be asked; failures come back in words, one per account."""
    total, problems = StoredReplies(), []
    for account in accounts.all():
        if cancelled is not None and cancelled():
            break
        if not can_fetch_replies(account):
            continue
        try:
            total += fetch_replies(store, accounts, account, rule=rule, client_factory=client_factory)
        except Unsupported:
            continue
        except Exception as exc:  # one vendor's trouble must not hide the others' replies
            problems.append(translate("Tracking", "{account}: replies could not be fetched. {error}").format(
                account=account.name, error=exc))
    return total, problems


@dataclass
class ReplyRow:
    id: int
    account: str
    phone: str
    text: str
    received_at: str
    contact: str
    is_read: bool
    handled: bool
    optout: bool


_CONTACT = ("COALESCE((SELECT c.name FROM contacts c WHERE c.phone = r.phone AND c.name != '' LIMIT 1), '')")


def list_replies(store: Store, *, search: str = "", limit: int = 1000, phone: str | None = None) -> list[ReplyRow]:
    """Replies newest first (one number's with ``phone``)."""
    sql = (
        "SELECT r.id, COALESCE(a.name, '') AS account, r.phone, r.text, r.received_at, r.is_read,"
        f" r.handled, r.optout, {_CONTACT} AS contact FROM replies r LEFT JOIN accounts a ON a.id = r.account_id"
    )
    where: list[str] = []
    args: list[Any] = []
    if phone is not None:
        where.append("r.phone = ?")
        args.append(phone)
    if search.strip():
        like = like_pattern(search.strip())
        where.append("(r.phone LIKE ? ESCAPE '\\' OR r.text LIKE ? ESCAPE '\\' OR r.phone IN"
                     " (SELECT phone FROM contacts WHERE name LIKE ? ESCAPE '\\'))")
        args += [like, like, like]
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY r.received_at DESC, r.id DESC LIMIT ?"
    return [
        ReplyRow(r["id"], r["account"], r["phone"], r["text"], r["received_at"], r["contact"],
                 bool(r["is_read"]), bool(r["handled"]), bool(r["optout"]))
        for r in store.query(sql, (*args, limit))
    ]


@dataclass
class SentMessage:
    job: int
    account: str
    text: str
    state: State
    at: str


@dataclass
class Conversation:
    phone: str
    contact: str
    account: str  # the account of the latest reply (Reply answers through it)
    last_text: str
    last_at: str
    count: int
    unread: int
    handled: bool  # every reply handled
    optout_reply: bool  # a reply was an opt-out keyword
    opted_out: bool  # the number is on the opt-out list
    last_sent: SentMessage | None = None
    handled_by: str = ""  # "<desk name> (<OS user>)" that marked it handled last

    @property
    def optout_pending(self) -> bool:
        """Asked to stop, but not (or no longer) on the opt-out list: the user decides."""
        return self.optout_reply and not self.opted_out


def _last_sent(store: Store, phones: Sequence[str]) -> dict[str, SentMessage]:
    if not phones:
        return {}
    out: dict[str, SentMessage] = {}
    for start in range(0, len(phones), 500):
        part = list(phones[start:start + 500])
        marks = ",".join("?" * len(part))
        rows = store.query(
            "SELECT m.phone, m.job_id, m.rendered, m.state, COALESCE(m.submitted_at, m.updated_at) AS at,"
            " j.template_id, COALESCE(a.name, '') AS account FROM messages m JOIN jobs j ON j.id = m.job_id"
            " LEFT JOIN accounts a ON a.id = j.account_id WHERE m.id IN (SELECT MAX(id) FROM messages"
            f" WHERE phone IN ({marks}) AND state NOT IN ('queued', 'cancelled') GROUP BY phone)",
            tuple(part),
        )
        for r in rows:
            text = r["rendered"] if not r["template_id"] else translate("Tracking", "[template {id}]").format(
                id=r["template_id"])
            out[r["phone"]] = SentMessage(r["job_id"], r["account"], text, State(r["state"]), r["at"])
    return out


def list_conversations(store: Store, *, search: str = "", unread_only: bool = False,
                       limit: int = 500) -> list[Conversation]:
    """The inbox grouped by phone number, latest first."""
    where: list[str] = []
    args: list[Any] = []
    if search.strip():
        like = like_pattern(search.strip())
        terms = ["r.text LIKE ? ESCAPE '\\'", "r.phone LIKE ? ESCAPE '\\'",
                 "r.phone IN (SELECT phone FROM contacts WHERE name LIKE ? ESCAPE '\\')"]
        args += [like, like, like]
        fragment = phone_fragment(search)
        if fragment:
            terms.append("r.phone LIKE ?")
            args.append(f"%{fragment}%")
        where.append("r.phone IN (SELECT r.phone FROM replies r WHERE " + " OR ".join(terms) + ")")
    sql = ("SELECT r.phone, COUNT(*) AS n, SUM(CASE WHEN r.is_read = 0 THEN 1 ELSE 0 END) AS unread, MIN(r.handled) AS handled,"
           " MAX(r.optout) AS optout, MAX(r.received_at) AS last_at, MAX(r.handled_by) AS handled_by"
           " FROM replies r")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " GROUP BY r.phone"
    if unread_only:
        sql += " HAVING SUM(CASE WHEN r.is_read = 0 THEN 1 ELSE 0 END) > 0"
    sql += " ORDER BY last_at DESC LIMIT ?"
    groups = store.query(sql, (*args, limit))
    phones = [g["phone"] for g in groups]
    sent = _last_sent(store, phones)
    out: list[Conversation] = []
    for g in groups:
        last = store.query_one(
            "SELECT r.text, COALESCE(a.name, '') FROM replies r LEFT JOIN accounts a ON a.id = r.account_id"
            " WHERE r.phone = ? ORDER BY r.received_at DESC, r.id DESC LIMIT 1", (g["phone"],))
        contact = store.query_one("SELECT name FROM contacts WHERE phone = ? AND name != '' LIMIT 1", (g["phone"],))
        opted = store.query_one("SELECT 1 FROM optouts WHERE phone = ?", (g["phone"],))
        out.append(Conversation(
            phone=g["phone"], contact=contact[0] if contact else "", account=last[1] if last else "",
            last_text=last[0] if last else "", last_at=g["last_at"], count=g["n"], unread=g["unread"] or 0,
            handled=bool(g["handled"]), optout_reply=bool(g["optout"]), opted_out=opted is not None,
            last_sent=sent.get(g["phone"]), handled_by=g["handled_by"] or "",
        ))
    return out


@dataclass
class ThreadItem:
    at: str
    inbound: bool  # True: the customer's reply; False: our message
    text: str
    account: str
    detail: str = ""  # state of our message, or "opt-out keyword"


def conversation_thread(store: Store, phone: str, *, limit: int = 200) -> list[ThreadItem]:
    """A number's replies and our messages to it, oldest first."""
    items = [ThreadItem(r.received_at, True, r.text, r.account,
                        translate("Tracking", "opt-out keyword") if r.optout else "")
             for r in list_replies(store, phone=phone, limit=limit)]
    for r in store.query(
        "SELECT m.rendered, m.state, COALESCE(m.submitted_at, m.updated_at) AS at, j.template_id,"
        " COALESCE(a.name, '') AS account FROM messages m JOIN jobs j ON j.id = m.job_id"
        " LEFT JOIN accounts a ON a.id = j.account_id WHERE m.phone = ? AND m.state NOT IN ('queued')"
        " ORDER BY m.id DESC LIMIT ?", (phone, limit),
    ):
        text = r["rendered"] if not r["template_id"] else translate("Tracking", "[template {id}]").format(
            id=r["template_id"])
        items.append(ThreadItem(r["at"], False, text, r["account"], State(r["state"]).label))
    items.sort(key=lambda i: parse_time(i.at) or datetime.min.replace(tzinfo=UTC))
    return items[-limit:]


def mark_read(store: Store, phone: str, read: bool = True) -> int:
    return store.execute("UPDATE replies SET is_read=? WHERE phone=? AND is_read!=?",
                         (int(read), phone, int(read))).rowcount


def set_handled(store: Store, phone: str, handled: bool = True) -> int:
    return store.execute("UPDATE replies SET handled=?, is_read=CASE WHEN ? = 1 THEN 1 ELSE is_read END,"
                         " handled_by=CASE WHEN ? = 1 THEN ? ELSE '' END WHERE phone=?",
                         (int(handled), int(handled), int(handled), who(), phone)).rowcount


def confirm_optout(store: Store, phone: str) -> bool:
    """The user agrees: the number that replied an opt-out keyword goes on the opt-out list."""
    row = store.query_one(
        "SELECT r.text, r.received_at, COALESCE(a.name, '') FROM replies r LEFT JOIN accounts a"
        " ON a.id = r.account_id WHERE r.phone = ? AND r.optout = 1 ORDER BY r.received_at DESC LIMIT 1", (phone,))
    text, at, account = (row[0], parse_time(row[1]), row[2]) if row else ("", None, "")
    return add_reply_optout(store, phone, account, text, at)
