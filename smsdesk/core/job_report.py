"""A job in figures: the delivery funnel and why messages failed (Status's chart, the export).

The funnel counts people, each step a subset of the one before: *sent* is every recipient whose
message left (submitted, delivered, failed, expired or unknown), *delivered* those the phone
received, *replied* the sent numbers that answered after the job was sent, *opted out* the sent
numbers put on the opt-out list since.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from smsdesk.core.states import State
from smsdesk.core.store import Store
from smsdesk.i18n import QT_TRANSLATE_NOOP, translate
from smsdesk.vendors.base import ErrorKind

_SENT = (State.SUBMITTED, State.DELIVERED, State.FAILED, State.EXPIRED, State.UNKNOWN)

STEPS = (
    ("sent", QT_TRANSLATE_NOOP("JobReport", "Sent")),
    ("delivered", QT_TRANSLATE_NOOP("JobReport", "Delivered")),
    ("replied", QT_TRANSLATE_NOOP("JobReport", "Replied")),
    ("opted_out", QT_TRANSLATE_NOOP("JobReport", "Opted out")),
)


@dataclass
class JobReport:
    sent: int = 0
    delivered: int = 0
    replied: int = 0
    opted_out: int = 0
    # (reason in words, how many), most frequent first; the reason is translated when read.
    failures: list[tuple[str, int]] = field(default_factory=list)

    def funnel(self) -> list[tuple[str, int]]:
        """(step in words, people) from sent to opted out."""
        return [(translate("JobReport", label), getattr(self, key)) for key, label in STEPS]

    @property
    def failed(self) -> int:
        return sum(n for _reason, n in self.failures)


def _reason(state: str, kind: str | None, words: str | None, vendor_status: str | None) -> str:
    """The problem in words as recorded, else the vendor's code, else the kind of error."""
    if words:
        return words
    if state == State.EXPIRED:
        return translate("JobReport", "The phone could not be reached in time")
    if vendor_status:
        return vendor_status
    try:
        return ErrorKind(kind or "unknown").label
    except ValueError:
        return ErrorKind.UNKNOWN.label


def job_report(store: Store, job_id: int) -> JobReport:
    sent_states = tuple(str(s) for s in _SENT)
    marks = ",".join("?" * len(sent_states))
    report = JobReport()
    for state, n in store.query("SELECT state, count(*) FROM messages WHERE job_id=? GROUP BY state", (job_id,)):
        if state in sent_states:
            report.sent += n
        if state == State.DELIVERED:
            report.delivered = n
    # Answers that came after our message reached the vendor (older replies were to something else).
    row = store.query_one(
        f"SELECT count(DISTINCT m.phone) FROM messages m WHERE m.job_id=? AND m.state IN ({marks}) AND EXISTS ("
        " SELECT 1 FROM replies r WHERE r.phone = m.phone AND r.received_at >= COALESCE(m.submitted_at, m.updated_at))",
        (job_id, *sent_states))
    report.replied = int(row[0]) if row else 0
    row = store.query_one(
        f"SELECT count(DISTINCT m.phone) FROM messages m JOIN jobs j ON j.id = m.job_id JOIN optouts o"
        f" ON o.phone = m.phone AND o.created_at >= j.created_at WHERE m.job_id=? AND m.state IN ({marks})",
        (job_id, *sent_states))
    report.opted_out = int(row[0]) if row else 0
    reasons: dict[str, int] = {}
    for state, kind, words, vendor_status, n in store.query(
            "SELECT state, error_kind, error_text, vendor_status, count(*) FROM messages WHERE job_id=?"
            " AND state IN (?, ?) GROUP BY 1, 2, 3, 4", (job_id, str(State.FAILED), str(State.EXPIRED))):
        reason = _reason(state, kind, words, vendor_status)
        reasons[reason] = reasons.get(reason, 0) + int(n)
    report.failures = sorted(reasons.items(), key=lambda item: (-item[1], item[0]))
    return report


def summary_rows(report: JobReport) -> list[list[object]]:
    """The funnel and the failure reasons as rows of the export's summary sheet."""
    rows: list[list[object]] = [[], [translate("JobReport", "Delivery funnel"), translate("JobReport", "People")]]
    rows += [[step, n] for step, n in report.funnel()]
    if report.failures:
        rows += [[], [translate("JobReport", "Why messages failed"), translate("JobReport", "Messages")]]
        rows += [[reason, n] for reason, n in report.failures]
    return rows
