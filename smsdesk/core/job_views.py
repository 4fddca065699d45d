"""What the Status tab lists: jobs with their counts and cost, and each job's recipients (read only)."""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from smsdesk.core.jobs import (
    MESSAGE_ORDERS,
    Job,
    _job,
    message_where,
    phone_fragment,
)
from smsdesk.core.money import JobCost, job_cost
from smsdesk.core.resolution import note_text
from smsdesk.core.sandbox_scope import hide_foreign
from smsdesk.core.states import ALL_STATES, State
from smsdesk.core.store import Store, like_pattern
from smsdesk.i18n import translate


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
    hidden, hidden_ids = hide_foreign(store, "j.account_id")  # other desks' Sandbox jobs
    if hidden:
        where.append(hidden)
        args += hidden_ids
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
