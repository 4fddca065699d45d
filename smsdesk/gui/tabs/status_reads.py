"""What the Status tab reads from the store, on the worker (the GUI thread never queries)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from smsdesk.core.accounts import Account, AccountError, Accounts
from smsdesk.core.callbacks import describe_urls
from smsdesk.core.job_report import JobReport, job_report
from smsdesk.core.job_views import JobOverview, jobs_overview, message_lines
from smsdesk.core.settings import CallbackSettings
from smsdesk.core.store import Store


def date_range(key: str, now: datetime | None = None) -> tuple[datetime | None, datetime | None]:
    """The date filter's choice as (since, until) in local days."""
    local = (now or datetime.now(UTC)).astimezone()
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
    if key == "today":
        return midnight, None
    if key == "yesterday":
        return midnight - timedelta(days=1), midnight
    if key == "7d":
        return midnight - timedelta(days=6), None
    if key == "30d":
        return midnight - timedelta(days=29), None
    if key == "older":
        return None, midnight - timedelta(days=29)
    return None, None


def overview(store: Store, accounts: Accounts, **filters: Any) -> tuple[list[JobOverview], dict[int, Account]]:
    """Worker: the jobs list, and the accounts it names (also removed ones), so the GUI thread never asks."""
    rows = jobs_overview(store, **filters)
    known: dict[int, Account] = {}
    for account_id in {r.job.account_id for r in rows}:
        try:
            known[account_id] = accounts.get(account_id)
        except AccountError:
            pass  # gone altogether: shown without its vendor's details
    return rows, known


def job_details(store: Store, job_id: int, account: Account | None,
                 callbacks: CallbackSettings) -> tuple[int, JobReport, list[str]]:
    """Worker: the job's report chart and, for a vendor that pushes reports, the addresses to give it."""
    lines: list[str] = []
    if account is not None and callbacks.enabled and callbacks.public_url:
        lines = describe_urls(store, account, callbacks.public_url)
    return job_id, job_report(store, job_id), lines


def copy_lines(store: Store, ids: list[int]) -> list[str]:
    """The phones of these messages, in this order (Copy numbers of a selection)."""
    lines = message_lines(store, ids)
    return [lines[i].phone for i in ids if i in lines]
