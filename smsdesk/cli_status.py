"""A job's status in words for ``jobs`` and ``status``: the Status tab's rule (core.job_progress).

"Done" only once every recipient's outcome is in or can no longer come, so a job still
waiting for delivery reports reads "Waiting for reports" here as in the window.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from smsdesk.core.accounts import Account
from smsdesk.core.job_progress import reports_possible, status_label


def job_status_text(job: Any, account: Account | None, counts: Mapping[str, int], *, callbacks: bool) -> str:
    reports = account is not None and reports_possible(
        account.spec.capabilities, callbacks_running=callbacks, sent_at=job.updated_at, now=datetime.now(UTC))
    return status_label(job.status, counts, reports=reports)
