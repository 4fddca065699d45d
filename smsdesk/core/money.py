"""What a job really cost: charged minus refunded, in the vendor's own unit.

* **charged**: what the vendor's answers said each accepted message cost. A vendor whose
  answer names no price (EngageLab) declares ``reports_cost=False`` and a unit of its own
  (``messages``): each accepted message part counts one.
* **refunded**: a message cancelled before it went out (a cancelled scheduled send) costs
  nothing; a vendor that credits back undelivered messages (SepSMS: ``refundedCount``)
  declares ``refunds_undelivered`` and failed or expired messages are refunded.

No schema of its own: the figures follow from each message's state and stored cost.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from smsdesk.core.states import State
from smsdesk.core.store import Store
from smsdesk.i18n import fmt_int, fmt_number, translate
from smsdesk.vendors import get_spec
from smsdesk.vendors.base import Capabilities, unit_label

_SENT = (State.SUBMITTED, State.DELIVERED, State.SCHEDULED, State.EXPIRED, State.UNKNOWN)


@dataclass(frozen=True)
class JobCost:
    charged: float
    refunded: float
    unit: str  # in English; shown through unit_label()

    @property
    def net(self) -> float:
        return max(0.0, self.charged - self.refunded)

    def as_json(self) -> dict[str, Any]:
        return {"charged": self.charged, "refunded": self.refunded, "points": self.net, "unit": self.unit}

    def words(self) -> str:
        """"12 points" or "12 points (20 charged, 8 refunded)"."""
        unit = unit_label(self.unit)
        if not self.refunded:
            return translate("Money", "{net} {unit}").format(net=fmt_number(self.net), unit=unit)
        return translate("Money", "{net} {unit} ({charged} charged, {refunded} refunded)").format(
            net=fmt_number(self.net), unit=unit, charged=fmt_number(self.charged),
            refunded=fmt_number(self.refunded))


def capabilities_of(store: Store, job_id: int) -> Capabilities:
    row = store.query_one("SELECT a.vendor FROM jobs j JOIN accounts a ON a.id = j.account_id WHERE j.id = ?",
                          (job_id,))
    try:
        return get_spec(str(row[0])).capabilities if row else Capabilities()
    except KeyError:
        return Capabilities()


def job_cost(store: Store, job_id: int, caps: Capabilities | None = None) -> JobCost:
    caps = caps or capabilities_of(store, job_id)
    args: list[Any] = []
    if caps.reports_cost:
        each = "m.points"
    else:  # a vendor naming no price: each part of a message it accepted (or may have) counts one
        sent = [str(s) for s in _SENT]
        each = (f"CASE WHEN m.points IS NOT NULL THEN m.points WHEN m.vendor_msg_id IS NOT NULL"
                f" OR m.state IN ({','.join('?' * len(sent))}) THEN m.segments END")
        args = sent
    back = [State.CANCELLED] + ([State.FAILED, State.EXPIRED] if caps.refunds_undelivered else [])
    # A number the vendor refused for free holds a share of its batch's charge but was never refunded.
    free = [s.lower() for s in caps.uncharged_statuses]
    not_free = (f" AND (m.state = ? OR LOWER(COALESCE(m.vendor_status, '')) NOT IN ({','.join('?' * len(free))}))"
                if free else "")
    row = store.query_one(
        f"SELECT COALESCE(SUM({each}), 0), COALESCE(SUM(CASE WHEN m.state IN ({','.join('?' * len(back))})"
        f"{not_free} THEN {each} END), 0) FROM messages m WHERE m.job_id = ?",
        (*args, *[str(s) for s in back], *([str(State.CANCELLED), *free] if free else []), *args, job_id),
    )
    charged, refunded = (float(row[0]), float(row[1])) if row else (0.0, 0.0)
    return JobCost(charged, min(refunded, charged), caps.money_unit)


def remaining_note(store: Store, job_id: int) -> str:
    """For a job that stopped with recipients left: how many, and roughly what they need."""
    row = store.query_one(
        "SELECT (SELECT COUNT(*) FROM messages WHERE job_id = j.id AND state = ?),"
        " (SELECT COUNT(*) FROM messages WHERE job_id = j.id), j.points_estimated FROM jobs j WHERE j.id = ?",
        (str(State.QUEUED), job_id))
    if row is None or not row[0]:
        return ""
    left, total, estimated = int(row[0]), int(row[1]), float(row[2] or 0)
    unit = unit_label(capabilities_of(store, job_id).money_unit)
    need = estimated * left / total if total else 0.0
    if need <= 0:  # no estimate was kept (a job made outside the planner): the count alone
        return translate("Money", "{n} recipients have not been sent this message yet.").format(n=fmt_int(left))
    return translate("Money", "{n} recipients have not been sent this message yet; they need about {need} {unit}.") \
        .format(n=fmt_int(left), need=fmt_number(need, 0) if need >= 10 else fmt_number(need), unit=unit)


@dataclass(frozen=True)
class ResumeEstimate:
    """What resuming a job would send and cost, with a balance read just now (on a worker)."""

    job_id: int
    queued: int
    unknown: int
    cost: float
    unit: str
    balance: float | None
    balance_error: str
    has_balance: bool

    def words(self) -> str:
        unit = unit_label(self.unit)
        lines = [translate("Money", "Recipients: {n}. Estimated cost: about {cost} {unit}.").format(
            n=fmt_int(self.queued), cost=fmt_number(self.cost), unit=unit)]
        if not self.has_balance:
            lines.append(translate("Money", "This vendor does not report a balance; check it in its console."))
        elif self.balance is None:
            lines.append(translate("Money", "The balance could not be read just now: {error}").format(
                error=self.balance_error))
        elif self.cost > self.balance:
            lines.append(translate("Money", "Balance: {balance} {unit} (just checked): NOT ENOUGH. Top up first, "
                                   "or the vendor refuses part of it.").format(balance=fmt_number(self.balance),
                                                                              unit=unit))
        else:
            lines.append(translate("Money", "Balance: {balance} {unit} (just checked); about {after} left after "
                                   "this.").format(balance=fmt_number(self.balance), unit=unit,
                                                   after=fmt_number(self.balance - self.cost)))
        return "\n".join(lines)


def resume_estimate(store: Store, accounts: Any, job_id: int) -> ResumeEstimate:
    """Worker side: the recipients a resume sends, roughly what they cost, and a fresh balance."""
    from smsdesk.core.balances import read_balance

    row = store.query_one(
        "SELECT j.account_id, j.points_estimated, (SELECT COUNT(*) FROM messages WHERE job_id = j.id),"
        " (SELECT COUNT(*) FROM messages WHERE job_id = j.id AND state = ?),"
        " (SELECT COUNT(*) FROM messages WHERE job_id = j.id AND state = ?) FROM jobs j WHERE j.id = ?",
        (str(State.QUEUED), str(State.UNKNOWN), job_id))
    if row is None:
        raise LookupError(translate("Engine", "There is no job number {job}.").format(job=job_id))
    account = accounts.get(int(row[0]))
    total, queued = int(row[2]), int(row[3])
    cost = float(row[1] or 0) * queued / total if total else 0.0
    caps = account.spec.capabilities
    balance, error = None, ""
    if caps.balance:
        reading = read_balance(store, accounts, account)
        balance, error = reading.balance, reading.error
    return ResumeEstimate(job_id, queued, int(row[4]), cost, caps.money_unit, balance, error, caps.balance)
