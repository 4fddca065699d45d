"""Unknown outcomes resolved from the vendor's own evidence.

A recipient is ``unknown`` when its request may have reached the vendor but the
answer was lost, so we hold no vendor message id for it. The vendor may still
report on it: a pushed callback, a pulled queue, or a query by phone number.
Such a report names the account (the callback path or the client that pulled
it), a phone number and, usually, the vendor's id. A report whose id is already
ours belongs to that message (see ``tracking._message_lookup``); otherwise it
resolves the one unknown row of that account and number whose send window holds
the report's time, and the vendor id is stored so later polls find it.

Two unknown rows for one number in the window cannot be told apart: both stay
unknown and each says so. Drivers only parse; the matching here reads no vendor
id string. Notes are stored as a code and arguments and translated when shown.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from smsdesk.core.states import State, may_advance
from smsdesk.core.store import Store, utcnow
from smsdesk.core.timestamps import parse_time
from smsdesk.i18n import fmt_datetime, translate
from smsdesk.vendors.base import StatusReport, VendorClient, unsupported

# Our clock and the vendor's may differ (Tencent refuses requests 10 minutes off).
CLOCK_SKEW = timedelta(minutes=10)
# How long after a send its reports may still come, for vendors that name no horizon.
DEFAULT_REPORT_WINDOW = timedelta(days=7)
CHECK_SOURCE = "check"  # delivery_events.source of reports found by Check with vendor


class Note(StrEnum):
    REPORT = "report"  # resolved by a delivery report that was pushed or pulled
    CHECKED = "checked"  # resolved by Check with vendor
    AMBIGUOUS = "ambiguous"  # several unknown rows for the number in the window
    SEVERAL = "several"  # the vendor listed several messages to the number in the window
    NOTHING = "nothing"  # checked: the vendor listed no message to the number yet


def note_text(code: str | None, args: dict[str, Any] | str | None) -> str:
    """A stored note in the user's language ('' when there is none)."""
    if not code:
        return ""
    if isinstance(args, str):
        try:
            args = json.loads(args or "{}")
        except ValueError:
            args = {}
    values = args if isinstance(args, dict) else {}
    at = parse_time(values.get("at"))
    when = fmt_datetime(at.astimezone()) if at else ""
    count = int(values.get("count") or 2)
    if code == Note.REPORT:
        return translate("Resolution", "Resolved from the vendor's delivery report at {time}.").format(time=when)
    if code == Note.CHECKED:
        return translate("Resolution", "Resolved by checking with the vendor at {time}.").format(time=when)
    if code == Note.AMBIGUOUS:
        return translate(
            "Resolution", "Still unknown: {count} messages to this number on this account have an unknown "
            "outcome from the same time, so the vendor's report at {time} cannot tell which one it is about. "
            "Check the vendor's console before sending again.").format(count=count, time=when)
    if code == Note.SEVERAL:
        return translate(
            "Resolution", "Still unknown: when checked at {time}, the vendor listed {count} messages to this "
            "number from that time, so SMS Desk cannot tell which one was ours. Check the vendor's console "
            "before sending again.").format(count=count, time=when)
    if code == Note.NOTHING:
        return translate(
            "Resolution", "Still unknown: when checked at {time}, the vendor listed no message to this number "
            "from that time yet. Its report may still come; check again later.").format(time=when)
    return code


def _iso(value: datetime) -> str:
    return value.astimezone(UTC).isoformat(timespec="milliseconds")


def report_window(spec_horizon: timedelta | None) -> timedelta:
    return spec_horizon or DEFAULT_REPORT_WINDOW


def send_window(job_created: str, job_schedule: str | None, row_updated: str,
                horizon: timedelta) -> tuple[datetime, datetime]:
    """When reports about one unknown row may be dated: from its job's start to the horizon after it."""
    now = datetime.now(UTC)
    created = parse_time(job_created) or now
    updated = parse_time(row_updated) or now
    scheduled = parse_time(job_schedule)
    last = max(updated, scheduled) if scheduled else updated
    return created - CLOCK_SKEW, last + horizon + CLOCK_SKEW


def _horizon(db: sqlite3.Connection, account_id: int) -> timedelta:
    from smsdesk.vendors import get_spec

    row = db.execute("SELECT vendor FROM accounts WHERE id = ?", (account_id,)).fetchone()
    try:
        return report_window(get_spec(row[0]).capabilities.status_horizon) if row else DEFAULT_REPORT_WINDOW
    except KeyError:
        return DEFAULT_REPORT_WINDOW


def _unknown_rows(db: sqlite3.Connection, account_id: int, phone: str, when: datetime) -> list[sqlite3.Row]:
    """The account's unknown rows for ``phone`` without a vendor id whose send window holds ``when``."""
    rows = db.execute(
        "SELECT m.id, m.job_id, m.updated_at, j.created_at, j.schedule_at FROM messages m"
        " JOIN jobs j ON j.id = m.job_id WHERE m.phone = ? AND m.state = ? AND m.vendor_msg_id IS NULL"
        " AND j.account_id = ? ORDER BY m.id",
        (phone, str(State.UNKNOWN), account_id),
    ).fetchall()
    if not rows:
        return []
    horizon = _horizon(db, account_id)
    out = []
    for r in rows:
        begin, end = send_window(r["created_at"], r["schedule_at"], r["updated_at"], horizon)
        if begin <= when <= end:
            out.append(r)
    return out


def _jobs_holding(db: sqlite3.Connection, account_id: int, phone: str, vendor_id: str) -> set[int]:
    """Jobs of the account that already hold this vendor id (a batch id is shared by its recipients)."""
    rows = db.execute(
        "SELECT DISTINCT m.job_id FROM messages m JOIN jobs j ON j.id = m.job_id WHERE j.account_id = ?"
        " AND (m.vendor_msg_id = ? OR (m.phone = ? AND m.vendor_batch_id = ?))",
        (account_id, vendor_id, phone, vendor_id),
    ).fetchall()
    return {int(r[0]) for r in rows}


def _set_note(db: sqlite3.Connection, message_ids: list[int], code: Note, args: dict[str, Any]) -> None:
    db.executemany(
        "UPDATE messages SET resolution_code = ?, resolution_args = ?, updated_at = ? WHERE id = ? AND state = ?",
        [(str(code), json.dumps(args), utcnow(), i, str(State.UNKNOWN)) for i in message_ids],
    )


def claim_unknown(store: Store, account_id: int, report: StatusReport, *, source: str) -> int | None:
    """The unknown message ``report`` resolves, given its vendor id; None when none or ambiguous.

    Called for reports whose vendor id is none of ours. Only a report that may
    move an unknown forward counts; an ambiguous one is noted on every candidate.
    """
    if not may_advance(State.UNKNOWN, report.state):
        return None
    when = report.at or datetime.now(UTC)
    if store.query_one(
            "SELECT 1 FROM messages m JOIN jobs j ON j.id = m.job_id WHERE m.phone = ? AND m.state = ?"
            " AND m.vendor_msg_id IS NULL AND j.account_id = ? LIMIT 1",
            (report.phone, str(State.UNKNOWN), account_id)) is None:
        return None  # the usual case: no write lock taken for reports about other messages
    with store.transaction() as db:
        candidates = _unknown_rows(db, account_id, report.phone, when)
        if not candidates:
            return None
        if report.vendor_msg_id:
            holders = _jobs_holding(db, account_id, report.phone, report.vendor_msg_id)
            if holders:  # the id is ours elsewhere: only that job's unknown rows may be meant
                candidates = [c for c in candidates if int(c["job_id"]) in holders]
        if len(candidates) != 1:
            if candidates:
                _set_note(db, [int(c["id"]) for c in candidates], Note.AMBIGUOUS,
                          {"count": len(candidates), "at": _iso(when)})
            return None
        message_id = int(candidates[0]["id"])
        checked = source == CHECK_SOURCE
        code = Note.CHECKED if checked else Note.REPORT
        # "resolved from the report at <its time>"; "resolved by checking at <now>"
        noted = datetime.now(UTC) if checked else when
        db.execute(
            "UPDATE messages SET vendor_msg_id = COALESCE(vendor_msg_id, ?), error_kind = NULL, error_text = '',"
            " resolution_code = ?, resolution_args = ?, updated_at = ? WHERE id = ? AND state = ?",
            (report.vendor_msg_id, str(code), json.dumps({"at": _iso(noted), "source": source}), utcnow(),
             message_id, str(State.UNKNOWN)),
        )
    return message_id


def has_unknown_without_id(store: Store, job_id: int) -> bool:
    row = store.query_one("SELECT 1 FROM messages WHERE job_id = ? AND state = ? AND vendor_msg_id IS NULL LIMIT 1",
                          (job_id, str(State.UNKNOWN)))
    return row is not None


# -- Check with vendor -------------------------------------------------------------------


@dataclass
class CheckedRecipient:
    phone: str
    state: State
    note_code: str | None
    note_args: dict[str, Any]

    @property
    def note(self) -> str:
        return note_text(self.note_code, self.note_args)

    def as_dict(self) -> dict[str, Any]:
        return {"phone": self.phone, "state": str(self.state), "resolution": self.note_code,
                "resolution_args": self.note_args, "note": self.note}


@dataclass
class CheckResult:
    job: int
    asked: int = 0
    resolved: int = 0
    recipients: list[CheckedRecipient] = field(default_factory=list)

    @property
    def still_unknown(self) -> int:
        return sum(1 for r in self.recipients if r.state is State.UNKNOWN)

    def as_dict(self) -> dict[str, Any]:
        return {"job": self.job, "asked": self.asked, "resolved": self.resolved,
                "still_unknown": self.still_unknown, "recipients": [r.as_dict() for r in self.recipients]}


ClientFactory = Callable[[Any], VendorClient]


def can_check(account: Any) -> bool:
    return bool(account.spec.capabilities.can_find_by_phone)


def _best(reports: list[StatusReport]) -> StatusReport:
    """A final report over a passing one; the latest of equals."""
    def key(r: StatusReport) -> tuple[int, datetime]:
        return (1 if r.state.is_final else 0, r.at or datetime.min.replace(tzinfo=UTC))
    return max(reports, key=key)


def check_with_vendor(store: Store, accounts: Any, job_id: int, *, client_factory: ClientFactory | None = None,
                      cancelled: Callable[[], bool] | None = None) -> CheckResult:
    """Ask the vendor, by phone number and send window, about each unknown recipient of the job.

    Raises :class:`~smsdesk.vendors.base.Unsupported` (in words) for vendors
    that cannot find a message without its id, :class:`LookupError` for no such
    job, and the vendor's errors when a query fails.
    """
    from smsdesk.core.jobs import Jobs
    from smsdesk.core.tracking import apply_account_reports

    job = Jobs(store).get(job_id)
    if job is None:
        raise LookupError(translate("Engine", "There is no job number {job}.").format(job=job_id))
    account = accounts.get(job.account_id)
    if not can_check(account):
        raise unsupported(account.spec.label, translate("Resolution", "finding a message by its phone number"))
    result = CheckResult(job_id)
    rows = store.query(
        "SELECT m.id, m.phone, m.updated_at FROM messages m WHERE m.job_id = ? AND m.state = ?"
        " AND m.vendor_msg_id IS NULL ORDER BY m.id", (job_id, str(State.UNKNOWN)))
    if not rows:
        return result
    horizon = report_window(account.spec.capabilities.status_horizon)
    client = (client_factory or accounts.client)(account)
    try:
        for row in rows:
            if cancelled is not None and cancelled():
                break
            begin, end = send_window(job.created_at, job.schedule_at, row["updated_at"], horizon)
            now = datetime.now(UTC)
            result.asked += 1
            reports = [r for r in client.find_reports(row["phone"], begin, min(end, now + CLOCK_SKEW))
                       if r.phone == row["phone"]]
            with store.transaction() as db:  # reports about messages we know are theirs, not this one's
                ours = [r for r in reports if not (r.vendor_msg_id and db.execute(
                    "SELECT 1 FROM messages m JOIN jobs j ON j.id = m.job_id WHERE j.account_id = ?"
                    " AND m.vendor_msg_id = ? AND m.id != ? LIMIT 1",
                    (account.id, r.vendor_msg_id, row["id"])).fetchone())]
                ids = {r.vendor_msg_id for r in ours}
                if len(ids) != 1:
                    _set_note(db, [int(row["id"])], Note.NOTHING if not ids else Note.SEVERAL,
                              {"count": len(ids), "at": _iso(now)})
            if len(ids) == 1:
                changed = apply_account_reports(store, account.id, [_best(ours)], source=CHECK_SOURCE)
                result.resolved += sum(changed.values())
    finally:
        client.close()
    for r in store.query("SELECT phone, state, resolution_code, resolution_args FROM messages WHERE id IN"
                         f" ({','.join('?' * len(rows))}) ORDER BY id", tuple(int(r['id']) for r in rows)):
        result.recipients.append(CheckedRecipient(r[0], State(r[1]), r[2], json.loads(r[3] or "{}")))
    return result
