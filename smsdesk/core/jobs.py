"""Jobs and their per-recipient messages: the send journal's tables."""

from __future__ import annotations

import builtins
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from itertools import islice
from typing import Any

from smsdesk.core.desk import who
from smsdesk.core.redact import redact
from smsdesk.core.sandbox_scope import hide_foreign
from smsdesk.core.states import ALL_STATES, State, may_advance
from smsdesk.core.store import Store, like_pattern, utcnow
from smsdesk.i18n import QT_TRANSLATE_NOOP, translate

_CREATE_CHUNK = 10_000  # messages per executemany when a job is created


class JobStatus(StrEnum):
    SCHEDULED = "scheduled"  # waiting for its local send time
    SENDING = "sending"
    PAUSED = "paused"  # by the user, or stopped by an account-wide error
    INTERRUPTED = "interrupted"  # the app stopped mid-send; resume continues it
    DONE = "done"  # every recipient was attempted
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return translate("JobStatus", _JOB_LABELS[self])


_JOB_LABELS = {
    JobStatus.SCHEDULED: QT_TRANSLATE_NOOP("JobStatus", "Scheduled"),
    JobStatus.SENDING: QT_TRANSLATE_NOOP("JobStatus", "Sending"),
    JobStatus.PAUSED: QT_TRANSLATE_NOOP("JobStatus", "Paused"),
    JobStatus.INTERRUPTED: QT_TRANSLATE_NOOP("JobStatus", "Interrupted"),
    JobStatus.DONE: QT_TRANSLATE_NOOP("JobStatus", "Done"),
    JobStatus.CANCELLED: QT_TRANSLATE_NOOP("JobStatus", "Cancelled"),
}


@dataclass
class PlannedRecipient:
    phone: str  # E.164
    name: str = ""
    variables: dict[str, str] = field(default_factory=dict)
    rendered: str = ""
    segments: int = 0
    points: float = 0.0


@dataclass
class Job:
    id: int
    account_id: int
    status: JobStatus
    text: str
    template_id: str | None
    params: dict[str, Any]
    schedule_at: str | None
    local_schedule: bool
    points_estimated: float
    created_at: str
    updated_at: str
    note: str = ""
    created_by: str = ""  # "<desk name> (<OS user>)" that created it (core/desk.py)


@dataclass
class MessageRow:
    id: int
    job_id: int
    phone: str
    contact_name: str
    rendered: str
    state: State
    inflight: bool
    attempts: int
    vendor_msg_id: str | None
    vendor_batch_id: str | None
    vendor_status: str
    error_kind: str | None
    error_code: str | None
    error_text: str
    points: float | None
    submitted_at: str | None
    updated_at: str
    variables: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ReportToApply:
    """One delivery report matched to one of our messages (see :meth:`Jobs.apply_reports`)."""

    message_id: int
    state: State
    vendor_status: str = ""
    event_at: str | None = None
    dedupe_key: str | None = None
    error_text: str = ""


def _job(row: Any) -> Job:
    return Job(
        id=row["id"], account_id=row["account_id"], status=JobStatus(row["status"]), text=row["text"],
        template_id=row["template_id"], params=json.loads(row["params"] or "{}"),
        schedule_at=row["schedule_at"], local_schedule=bool(row["local_schedule"]),
        points_estimated=row["points_estimated"], created_at=row["created_at"], updated_at=row["updated_at"],
        note=row["note"], created_by=row["created_by"],
    )


def _message(row: Any) -> MessageRow:
    return MessageRow(
        id=row["id"], job_id=row["job_id"], phone=row["phone"], contact_name=row["contact_name"],
        rendered=row["rendered"], state=State(row["state"]), inflight=bool(row["inflight"]),
        attempts=row["attempts"], vendor_msg_id=row["vendor_msg_id"], vendor_batch_id=row["vendor_batch_id"],
        vendor_status=row["vendor_status"], error_kind=row["error_kind"], error_code=row["error_code"],
        error_text=row["error_text"], points=row["points"], submitted_at=row["submitted_at"],
        updated_at=row["updated_at"], variables=json.loads(row["variables"] or "{}"),
    )


class Jobs:
    def __init__(self, store: Store) -> None:
        self.store = store

    # -- creation ---------------------------------------------------------
    def create(
        self,
        account_id: int,
        recipients: Iterable[PlannedRecipient],
        *,
        text: str = "",
        template_id: str | None = None,
        params: dict[str, Any] | None = None,
        schedule_at: datetime | None = None,
        local_schedule: bool = False,
        points_estimated: float = 0.0,
    ) -> tuple[int, int]:
        """Create a job and its messages in one transaction.

        Returns (job id, duplicates skipped). The UNIQUE(job_id, phone) constraint
        makes a second send to the same number in one job impossible.
        """
        rows = ((r.phone, r.name, json.dumps(r.variables, ensure_ascii=False), r.rendered, r.segments)
                for r in recipients)
        return self.create_rows(account_id, rows, text=text, template_id=template_id, params=params,
                                schedule_at=schedule_at, local_schedule=local_schedule,
                                points_estimated=points_estimated)

    def create_rows(
        self,
        account_id: int,
        rows: Iterable[tuple[str, str, str, str, int]],
        *,
        text: str = "",
        template_id: str | None = None,
        params: dict[str, Any] | None = None,
        schedule_at: datetime | None = None,
        local_schedule: bool = False,
        points_estimated: float = 0.0,
    ) -> tuple[int, int]:
        """:meth:`create` from (phone, name, variables JSON, rendered, segments) rows, written a chunk at a time.

        Still one transaction: a job exists whole or not at all, however many recipients it has.
        """
        now = utcnow()
        status = JobStatus.SCHEDULED if local_schedule else JobStatus.SENDING
        state = str(State.SCHEDULED if local_schedule else State.QUEUED)
        given = 0
        with self.store.transaction() as db:
            cur = db.execute(
                "INSERT INTO jobs(account_id, status, text, template_id, params, schedule_at, local_schedule,"
                " points_estimated, created_at, updated_at, created_by) VALUES (?,?,?,?,?,?,?,?,?,?,?) RETURNING id",
                (account_id, str(status), text, template_id, json.dumps(params or {}, ensure_ascii=False),
                 schedule_at.isoformat() if schedule_at else None, int(local_schedule), points_estimated,
                 now, now, who()),
            )
            job_id = int(cur.fetchone()[0])
            inserted = 0
            items = iter(rows)
            while chunk := [(job_id, phone, name, variables, rendered, state, segments, now)
                            for phone, name, variables, rendered, segments in islice(items, _CREATE_CHUNK)]:
                given += len(chunk)
                inserted += db.executemany(
                    "INSERT INTO messages(job_id, phone, contact_name, variables, rendered, state,"
                    " segments, updated_at) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING", chunk).rowcount
        return job_id, given - inserted

    # -- reading ----------------------------------------------------------
    def get(self, job_id: int) -> Job | None:
        row = self.store.query_one("SELECT * FROM jobs WHERE id=?", (job_id,))
        return _job(row) if row else None

    def list(self, *, limit: int = 500, account_id: int | None = None) -> list[Job]:
        hidden, hidden_ids = hide_foreign(self.store, "account_id")  # other desks' Sandbox jobs
        where = [hidden] if hidden else []
        args: tuple[Any, ...] = tuple(hidden_ids)
        if account_id is not None:
            where.append("account_id=?")
            args += (account_id,)
        sql = "SELECT * FROM jobs" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id DESC LIMIT ?"
        return [_job(r) for r in self.store.query(sql, (*args, limit))]

    def counts(self, job_id: int) -> dict[str, int]:
        counts = {str(s): 0 for s in ALL_STATES}
        for row in self.store.query(
            "SELECT state, COUNT(*) FROM messages WHERE job_id=? GROUP BY state", (job_id,)
        ):
            counts[row[0]] = row[1]
        return counts

    def points_charged(self, job_id: int) -> float:
        row = self.store.query_one("SELECT COALESCE(SUM(points), 0) FROM messages WHERE job_id=?", (job_id,))
        return float(row[0]) if row else 0.0

    def messages(
        self, job_id: int, *, states: Iterable[State] | None = None, offset: int = 0, limit: int = -1,
        search: str = "", order: str = "id",
    ) -> builtins.list[MessageRow]:
        where, args = message_where(job_id, states, search)
        sql = f"SELECT * FROM messages{where} ORDER BY {_safe_order(order)} LIMIT ? OFFSET ?"
        # -1 means "all" to SQLite only: every server takes a bound that no job reaches.
        return [_message(r) for r in self.store.query(sql, (*args, limit if limit >= 0 else 2**62, offset))]

    def message_count(self, job_id: int, *, states: Iterable[State] | None = None, search: str = "") -> int:
        where, args = message_where(job_id, states, search)
        row = self.store.query_one(f"SELECT COUNT(*) FROM messages{where}", tuple(args))
        return int(row[0]) if row else 0

    def set_status(self, job_id: int, status: JobStatus) -> None:
        self.store.execute("UPDATE jobs SET status=?, updated_at=? WHERE id=?", (str(status), utcnow(), job_id))

    def set_note(self, job_id: int, note: str) -> None:
        self.store.execute("UPDATE jobs SET note=?, updated_at=? WHERE id=?", (redact(note), utcnow(), job_id))

    # -- journal ----------------------------------------------------------
    def recover_inflight(self, job_id: int | None = None) -> int:
        """After a crash: every message whose request may have left becomes unknown.

        Jobs a live process is sending (it holds their lease, core/leases.py) are left
        alone: their requests are still under way. With ``job_id`` only that job is
        recovered; its caller must hold the job's lease.
        """
        now = utcnow()
        if job_id is None:
            with self.store.reading() as db:
                if not self._recovery_candidates(db):
                    # Nothing to do: take no write lock (a suspended sender may hold it; reads still work).
                    return 0
        with self.store.transaction() as db:
            # Read inside the write transaction: no lease can be taken between the check and the update.
            jobs = {job_id} if job_id is not None else self._recovery_candidates(db)
            changed = 0
            for job in sorted(jobs):
                changed += db.execute(
                    "UPDATE messages SET state=?, inflight=0, error_kind='unknown', error_text=?, updated_at=?"
                    " WHERE inflight=1 AND job_id=?",
                    (str(State.UNKNOWN), translate(
                        "Journal",
                        "SMS Desk stopped while this message was being sent, so it is not known "
                        "whether the vendor accepted it. It was not resent.",
                    ), now, job),
                ).rowcount
                db.execute("UPDATE jobs SET status=?, updated_at=? WHERE status=? AND id=?",
                           (str(JobStatus.INTERRUPTED), now, str(JobStatus.SENDING), job))
        return changed

    @staticmethod
    def _recovery_candidates(db: Any) -> set[int]:
        """Jobs with requests possibly under way, or marked sending, that no live process holds."""
        from smsdesk.core.leases import held_jobs

        rows = (db.execute("SELECT DISTINCT job_id FROM messages WHERE inflight=1").fetchall()
                + db.execute("SELECT id FROM jobs WHERE status=?", (str(JobStatus.SENDING),)).fetchall())
        return {int(r[0]) for r in rows} - held_jobs(db)

    def apply_report(
        self, message_id: int, state: State, *, vendor_status: str = "", source: str = "poll",
        event_at: str | None = None, dedupe_key: str | None = None, error_text: str = "",
    ) -> bool:
        """Apply one delivery report: recorded once, and states only move forward."""
        now = utcnow()
        with self.store.transaction() as db:
            if dedupe_key:
                cur = db.execute(
                    "INSERT INTO delivery_events(message_id, source, state, vendor_status,"
                    " event_at, received_at, dedupe_key) VALUES (?,?,?,?,?,?,?) ON CONFLICT DO NOTHING",
                    (message_id, source, str(state), vendor_status, event_at, now, dedupe_key),
                )
                if cur.rowcount == 0:
                    return False
            row = db.execute("SELECT state FROM messages WHERE id=?", (message_id,)).fetchone()
            if row is None or not may_advance(State(row[0]), state):
                return False
            db.execute(
                "UPDATE messages SET state=?, vendor_status=?, error_text=CASE WHEN ?!='' THEN ? ELSE error_text END,"
                " updated_at=? WHERE id=?",
                (str(state), redact(vendor_status), error_text, redact(error_text), now, message_id),
            )
        return True

    def apply_reports(self, reports: Iterable[ReportToApply], *, source: str = "poll") -> builtins.list[int]:
        """Apply many reports in ONE transaction (same rules as :meth:`apply_report`).

        Returns the ids of the messages whose state changed. One commit for a whole
        page of reports keeps polling thousands of messages from fsyncing each one.
        """
        changed: list[int] = []
        now = utcnow()
        with self.store.transaction() as db:
            for r in reports:
                if r.dedupe_key:
                    cur = db.execute(
                        "INSERT INTO delivery_events(message_id, source, state, vendor_status,"
                        " event_at, received_at, dedupe_key) VALUES (?,?,?,?,?,?,?) ON CONFLICT DO NOTHING",
                        (r.message_id, source, str(r.state), r.vendor_status, r.event_at, now, r.dedupe_key),
                    )
                    if cur.rowcount == 0:
                        continue
                row = db.execute("SELECT state FROM messages WHERE id=?", (r.message_id,)).fetchone()
                if row is None or not may_advance(State(row[0]), r.state):
                    continue
                db.execute(
                    "UPDATE messages SET state=?, vendor_status=?, error_text=CASE WHEN ?!='' THEN ? ELSE"
                    " error_text END, updated_at=? WHERE id=?",
                    (str(r.state), r.vendor_status, r.error_text, r.error_text, now, r.message_id),
                )
                changed.append(r.message_id)
        return changed

    def find_message(self, job_id: int, phone: str) -> MessageRow | None:
        row = self.store.query_one("SELECT * FROM messages WHERE job_id=? AND phone=?", (job_id, phone))
        return _message(row) if row else None


def phone_fragment(text: str) -> str | None:
    """Digits to look for in E.164 numbers when the user typed a number the local way.

    "0912-345" becomes "912345" (the trunk 0 is not stored); a short fragment such
    as "0002" is matched as typed only.
    """
    digits = re.sub(r"\D", "", text)
    if len(digits) >= 6 and digits.startswith("0"):
        return digits[1:]
    if len(digits) >= 3 and digits != text.strip():
        return digits
    return None


def message_where(job_id: int, states: Iterable[State] | None, search: str) -> tuple[str, list[Any]]:
    """The WHERE clause for one job's recipients, filtered by state and by a search text."""
    sql = " WHERE job_id = ?"
    args: list[Any] = [job_id]
    if states is not None:
        wanted = [str(s) for s in states]
        sql += f" AND state IN ({','.join('?' * len(wanted))})"
        args += wanted
    text = search.strip()
    if text:
        like = like_pattern(text)
        terms = ["phone LIKE ? ESCAPE '\\'", "contact_name LIKE ? ESCAPE '\\'"]
        args += [like, like]
        fragment = phone_fragment(text)
        if fragment:
            terms.append("phone LIKE ?")
            args.append(f"%{fragment}%")
        sql += " AND (" + " OR ".join(terms) + ")"
    return sql, args


# Sort keys of a job's recipients; every order ends with id so paging is stable.
MESSAGE_ORDERS = {
    "id": "id", "phone": "phone", "name": "contact_name", "state": "state",
    "status": "vendor_status", "updated": "updated_at", "problem": "error_text",
}


def _safe_order(order: str) -> str:
    desc = order.startswith("-")
    column = MESSAGE_ORDERS.get(order.lstrip("-"), "id")
    return f"{column} {'DESC' if desc else 'ASC'}, id"
