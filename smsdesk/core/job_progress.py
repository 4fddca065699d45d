"""When a job may be called Done: one rule for the Status tab and the CLI.

The engine marks a job ``done`` once every recipient was *attempted*. For the user "Done" means
more: every recipient has its outcome. So a job whose messages still read Submitted is shown as
waiting for delivery reports for as long as the vendor can still send them (it answers status
queries, or pushes reports to a running callback receiver, and the vendor's report horizon has
not passed). Unknown is not waited for: no report is expected for a message whose answer was
lost, and it is never resent.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from smsdesk.core.jobs import JobStatus
from smsdesk.core.states import State
from smsdesk.core.timestamps import parse_time
from smsdesk.i18n import QT_TRANSLATE_NOOP, translate
from smsdesk.vendors.base import Capabilities

_AWAITING = QT_TRANSLATE_NOOP("JobStatus", "Waiting for reports")


def reports_possible(caps: Capabilities, *, callbacks_running: bool, sent_at: str | None,
                     now: datetime) -> bool:
    """Can reports about a job sent at ``sent_at`` (ISO) still arrive?"""
    if not (caps.status_query or (caps.push_callbacks and callbacks_running)):
        return False
    if caps.status_horizon is None:
        return True
    sent = parse_time(sent_at)
    return sent is None or now - sent < caps.status_horizon


def awaiting_reports(status: JobStatus, counts: Mapping[str, int], *, reports: bool) -> bool:
    """A sent job with recipients still waiting for a report the vendor can send."""
    return status is JobStatus.DONE and reports and counts.get(str(State.SUBMITTED), 0) > 0


def status_label(status: JobStatus, counts: Mapping[str, int], *, reports: bool) -> str:
    """The job's status in words: "Done" only once every outcome is in (or can never come)."""
    if awaiting_reports(status, counts, reports=reports):
        return translate("JobStatus", _AWAITING)
    return status.label
