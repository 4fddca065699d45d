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

CALLBACKS_ENABLED = "callbacks/enabled"  # the window's setting (gui.settings_dialog)


def callbacks_enabled(settings: Any) -> bool:
    """Whether the app runs the callback receiver (QSettings from INI hands back strings)."""
    value = settings.value(CALLBACKS_ENABLED)
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes", "on")
    return bool(value)


def job_status_text(job: Any, account: Account | None, counts: Mapping[str, int], *, callbacks: bool) -> str:
    reports = account is not None and reports_possible(
        account.spec.capabilities, callbacks_running=callbacks, sent_at=job.updated_at, now=datetime.now(UTC))
    return status_label(job.status, counts, reports=reports)
