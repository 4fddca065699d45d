"""A job's report as an .xlsx file: a summary sheet and every recipient."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from smsdesk.core import notes
from smsdesk.core.accounts import Accounts
from smsdesk.core.job_report import job_report, summary_rows
from smsdesk.core.jobs import Jobs
from smsdesk.core.money import job_cost
from smsdesk.core.states import ALL_STATES, State
from smsdesk.core.store import Store
from smsdesk.core.timestamps import parse_time
from smsdesk.i18n import translate


def _local(iso: str | None) -> datetime | None:
    return parse_time(iso) if iso else None


def export_job(store: Store, accounts: Accounts, job_id: int, path: str | Path) -> Path:
    """Write a job's report to .xlsx: a summary sheet and every recipient (formula-safe)."""
    from smsdesk.core.export import Sheet, write_xlsx_sheets

    jobs = Jobs(store)
    job = jobs.get(job_id)
    if job is None:
        raise LookupError(translate("Engine", "There is no job number {job}.").format(job=job_id))
    try:
        account = accounts.get(job.account_id)
        account_name, vendor = account.name, account.spec.label
    except Exception:  # a removed account keeps its jobs
        account_name, vendor = f"#{job.account_id}", ""
    counts = jobs.counts(job_id)
    summary: list[list[object]] = [
        [translate("Export", "Job"), job.id],
        [translate("Export", "Account"), account_name],
        [translate("Export", "Vendor"), vendor],
        [translate("Export", "Created"), _local(job.created_at)],
        [translate("Export", "Scheduled for"), _local(job.schedule_at)],
        [translate("Export", "Status"), job.status.label],
        [translate("Export", "Message"), job.text if not job.template_id else translate("Export", "Template {id}").format(id=job.template_id)],
        [translate("Export", "Recipients"), sum(counts.values())],
    ]
    summary += [[s.label, counts[str(s)]] for s in ALL_STATES if counts[str(s)]]
    cost = job_cost(store, job_id)
    summary.append([translate("Export", "Points charged"), cost.charged])
    if cost.refunded:
        summary.append([translate("Export", "Refunded"), cost.refunded])
        summary.append([translate("Export", "Net cost"), cost.net])
    if job.note:
        summary.append([translate("Export", "Note"), notes.shown(job.note)])
    summary += summary_rows(job_report(store, job_id))  # the funnel and why messages failed

    def recipients() -> Iterator[list[object]]:
        last = 0
        while True:
            rows = store.query(
                "SELECT phone, contact_name, state, vendor_status, error_text, submitted_at, updated_at, points,"
                " rendered, id FROM messages WHERE job_id=? AND id > ? ORDER BY id LIMIT 2000", (job_id, last))
            if not rows:
                return
            for r in rows:
                yield [r[0], r[1], State(r[2]).label, r[3], r[4], _local(r[5]), _local(r[6]), r[7], r[8]]
            last = rows[-1][9]

    headers = [translate("Export", "Phone"), translate("Export", "Name"), translate("Export", "State"), translate("Export", "Vendor status"), translate("Export", "Problem"), translate("Export", "Sent"), translate("Export", "Updated"),
               translate("Export", "Points"), translate("Export", "Message")]
    return write_xlsx_sheets(path, [
        Sheet(translate("Export", "Summary"), [translate("Export", "Item"), translate("Export", "Value")], summary, widths=[22, 60]),
        Sheet(translate("Export", "Recipients"), headers, recipients(), widths=[18, 20, 12, 16, 40, 20, 20, 8, 60]),
    ])
