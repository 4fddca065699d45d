"""All-or-nothing scheduling: will every request of a job reach the vendor inside its schedule window?

A vendor that schedules natively checks each request on arrival: the time must be at least
``schedule_min_ahead`` (and at most ``schedule_max_ahead``) after *that request*, not after the
first one. A job of many requests at the account's rate keeps sending for a while, so a time
that is fine for the first request can be refused for the last: half the job scheduled and
charged, the rest stuck. Before anything is sent the plan therefore checks the window against
the time the *last* request is expected to leave, from the driver's declared capabilities and
the account's pace (no vendor ids here), and refuses with the earliest time that is safe.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from smsdesk.core.accounts import Account, Accounts
from smsdesk.core.batches import request_count
from smsdesk.core.jobs import Job, Jobs, JobStatus
from smsdesk.core.states import State
from smsdesk.core.store import Store
from smsdesk.core.timestamps import parse_time
from smsdesk.i18n import fmt_datetime, fmt_int, fmt_number, translate
from smsdesk.vendors.base import AccountConfig, Capabilities, ErrorKind

# Room for what the estimate cannot know: answer times, clock differences between this
# computer and the vendor's, and the vendors' own margins (EngageLab wants a few seconds more).
SAFETY = timedelta(seconds=30)
# A suggested time stays good for this long, while the user types it in again.
SUGGEST_SLACK = timedelta(minutes=1)
# Requests under way at once cannot leave faster than they are answered; assume a slow answer.
ASSUMED_ANSWER_S = 0.5


class ScheduleMissed(RuntimeError):
    """The rest of a natively scheduled job can no longer be scheduled for its time; nothing changed."""

    def __init__(self, job_id: int, message: str) -> None:
        super().__init__(message)
        self.job_id = job_id


@dataclass(frozen=True)
class Pace:
    rate_per_s: float
    concurrency: int

    @classmethod
    def of(cls, settings: Mapping[str, Any], caps: Capabilities) -> Pace:
        """The pace the send engine uses for an account (its settings, else the driver's defaults)."""
        rate = float(settings.get("rate_per_s") or caps.default_rate_per_s)
        concurrency = max(1, min(int(settings.get("concurrency") or caps.default_concurrency), 64))
        return cls(rate, concurrency)

    @property
    def requests_per_s(self) -> float:
        return max(1e-6, min(self.rate_per_s, self.concurrency / ASSUMED_ANSWER_S))

    def lead(self, requests: int) -> timedelta:
        """How long after the first request the last one is expected to leave."""
        return timedelta(seconds=max(0, requests - 1) / self.requests_per_s)


def _ceil_minute(when: datetime) -> datetime:
    if when.second or when.microsecond:
        return when.replace(second=0, microsecond=0) + timedelta(minutes=1)
    return when


def _duration(delta: timedelta) -> str:
    seconds = max(1, round(delta.total_seconds()))
    if seconds < 120:
        return translate("Window", "{n} seconds").format(n=fmt_int(seconds))
    return translate("Window", "{n} minutes").format(n=fmt_int(round(seconds / 60)))


@dataclass(frozen=True)
class WindowCheck:
    """The outcome of :func:`check`: ``problem`` in words (empty when every request fits)."""

    problem: str = ""
    earliest: datetime | None = None  # the earliest safe time, when too soon
    latest: datetime | None = None  # the latest safe time, when too far ahead

    def __bool__(self) -> bool:
        return not self.problem


def earliest_safe(caps: Capabilities, now: datetime, lead: timedelta) -> datetime:
    """The earliest time to suggest for a job ``lead`` long: safe for a minute yet, on a whole minute."""
    return _ceil_minute(now + lead + (caps.schedule_min_ahead or timedelta(0)) + SAFETY + SUGGEST_SLACK)


def check(caps: Capabilities, vendor: str, when: datetime, now: datetime, *, requests: int,
          pace: Pace) -> WindowCheck:
    """Whether every one of ``requests`` requests, sent from ``now`` at ``pace``, meets the window for ``when``."""
    if not caps.native_schedule:
        return WindowCheck()
    lead = pace.lead(requests)
    first_min = caps.schedule_min_ahead or timedelta(0)
    if caps.schedule_max_ahead is not None and when - now > caps.schedule_max_ahead - SAFETY:
        latest = now + caps.schedule_max_ahead - SAFETY
        return WindowCheck(translate(
            "Window",
            "{vendor} schedules at most {days} days ahead. Nothing was sent. Choose {latest} or earlier.",
        ).format(vendor=vendor, days=fmt_number(caps.schedule_max_ahead.total_seconds() / 86400, 1),
                 latest=fmt_datetime(latest)), latest=latest)
    if when - (now + lead) >= first_min + SAFETY:
        return WindowCheck()
    earliest = earliest_safe(caps, now, lead)
    if requests <= 1 or lead < timedelta(seconds=1):
        text = translate(
            "Window",
            "{vendor} needs the scheduled time at least {ahead} after the request reaches it, so "
            "{when} is too soon. Nothing was sent. Choose {earliest} or later.",
        ).format(vendor=vendor, ahead=_duration(first_min), when=fmt_datetime(when), earliest=fmt_datetime(earliest))
    else:
        text = translate(
            "Window",
            "This job takes {requests} requests; at {rate} per second the last one leaves about {lead} "
            "after the first, and {vendor} needs each one at least {ahead} before the scheduled time. "
            "Part of the job could miss {when}, so nothing was sent. Choose {earliest} or later.",
        ).format(requests=fmt_int(requests), rate=fmt_number(pace.requests_per_s), lead=_duration(lead),
                 vendor=vendor, ahead=_duration(first_min), when=fmt_datetime(when),
                 earliest=fmt_datetime(earliest))
    return WindowCheck(text, earliest=earliest)


def window_check(account: Account, recipients: Iterable[tuple[str, str, str | None]], when: datetime,
                 now: datetime, *, text: str = "", template_id: str | None = None) -> WindowCheck:
    """Whether every request for these (phone, rendered text, variables JSON) rows of a job with
    ``text`` (or ``template_id``) reaches the vendor inside its window.

    The requests are counted as the engine will make them, by the driver's batch limits and
    its per-recipient variables (:func:`smsdesk.core.batches.request_count`).
    """
    caps = account.spec.capabilities
    if not caps.native_schedule:
        return WindowCheck()
    client = account.spec.client(AccountConfig(account.name, account.vendor, dict(account.settings)))
    try:
        requests = request_count(client, text, template_id, recipients)
    finally:
        client.close()
    if not requests:
        return WindowCheck()
    return check(caps, account.spec.label, when, now, requests=requests, pace=Pace.of(account.settings, caps))


@dataclass(frozen=True)
class MissedSchedule:
    """A natively scheduled job, paused, whose queued rest can no longer make its time."""

    job_id: int
    when: datetime
    rest: int  # recipients not yet sent to the vendor
    scheduled: int  # recipients the vendor already holds for that time
    vendor: str
    can_cancel_there: bool

    def text(self) -> str:
        """The situation and the choice, in words (the window offers the two as buttons)."""
        if self.scheduled:
            text = translate(
                "Window",
                "{vendor} holds {scheduled} recipients of job {job} for {when}, but the other {rest} can no longer "
                "be scheduled for that time. Send the rest now, or cancel the rest.",
            ).format(vendor=self.vendor, scheduled=fmt_int(self.scheduled), job=self.job_id,
                     when=fmt_datetime(self.when), rest=fmt_int(self.rest))
        else:
            text = translate(
                "Window",
                "The {rest} recipients of job {job} can no longer be scheduled for {when} at {vendor}: that time "
                "is too close now. Send them now, or cancel the job.",
            ).format(rest=fmt_int(self.rest), job=self.job_id, when=fmt_datetime(self.when), vendor=self.vendor)
        if self.scheduled and not self.can_cancel_there:
            text += " " + translate(
                "Window", "{vendor} cannot cancel scheduled messages through its API: cancel those on its website."
            ).format(vendor=self.vendor)
        return text

    def cli_text(self) -> str:
        return self.text() + " " + translate(
            "Window",
            "To send the rest now: \u201csmsdesk-cli resume {job} --send-now\u201d. To cancel the rest (and what "
            "the vendor holds for later, where it allows): \u201csmsdesk-cli cancel {job}\u201d.",
        ).format(job=self.job_id)


def missed_schedule(store: Store, accounts: Accounts, job: Job) -> MissedSchedule | None:
    """A paused natively scheduled job whose queued rest the vendor refused, or that can no longer fit."""
    when = parse_time(job.schedule_at)
    if job.local_schedule or when is None or job.status in (JobStatus.DONE, JobStatus.CANCELLED):
        return None
    row = store.query_one(
        "SELECT COUNT(*), COALESCE(MAX(CASE WHEN error_kind = ? THEN 1 ELSE 0 END), 0) FROM messages WHERE job_id=? AND state=? AND inflight=0",
        (str(ErrorKind.SCHEDULING), job.id, str(State.QUEUED)))
    rest, refused = (int(row[0]), bool(row[1])) if row else (0, False)  # refused: the vendor said no already
    if not rest:
        return None
    account = accounts.get(job.account_id)
    if not refused and window_check(account, _queued(store, job.id), when, datetime.now(UTC), text=job.text,
                                    template_id=job.template_id):
        return None
    return MissedSchedule(job.id, when, rest, Jobs(store).counts(job.id)["scheduled"], account.spec.label,
                          account.spec.capabilities.cancel_scheduled)


def _queued(store: Store, job_id: int, page: int = 5_000) -> Iterator[tuple[str, str, str | None]]:
    """(phone, rendered text, variables JSON) of the job's queued rows, read a page at a time."""
    after = 0
    while rows := store.query("SELECT id, phone, rendered, variables FROM messages WHERE job_id=? AND state=?"
                              " AND inflight=0 AND id>? ORDER BY id LIMIT ?", (job_id, str(State.QUEUED), after, page)):
        after = rows[-1]["id"]
        yield from ((r["phone"], r["rendered"], r["variables"]) for r in rows)
