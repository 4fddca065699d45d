"""What a send reports: progress while it runs and the summary when it stops (CLI, window, run-due)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from smsdesk.core import money
from smsdesk.core.jobs import JobStatus
from smsdesk.core.states import State
from smsdesk.i18n import fmt_int, fmt_number
from smsdesk.vendors.base import unit_label


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
    charged: float = 0.0  # what the vendor charged; points is this minus what it refunded
    refunded: float = 0.0
    unit: str = "points"  # the vendor's cost unit, in English (unit_label shows it)

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
            "charged": self.charged,
            "refunded": self.refunded,
            "unit": self.unit,
            "status": str(self.status),
            "note": self.note,
        }

    def as_text(self) -> dict[str, str]:
        """:meth:`as_json` with counts and points written for people, for summary sentences."""
        def text(key: str, value: Any) -> str:
            if key in ("points", "charged", "refunded"):
                return fmt_number(value)
            if key == "unit":
                return unit_label(value)
            if isinstance(value, int) and key != "job":  # a job number is a name, not a count
                return fmt_int(value)
            return str(value)

        out = {key: text(key, value) for key, value in self.as_json().items()}
        out["cost"] = money.JobCost(self.charged, self.refunded, self.unit).words()
        return out


