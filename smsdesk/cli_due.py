"""``smsdesk-cli run-due``: send the jobs SMS Desk holds for later whose time has come.

For cron or the Windows Task Scheduler, so local schedules go out without the window open.
The same core function as the window's scheduler (:func:`smsdesk.core.due.run_due`).
Exit codes: 0 ok, 1 a due job could not be sent, 3 finished but some recipients are unknown.
"""

from __future__ import annotations

import argparse
from typing import Any

from smsdesk.i18n import fmt_datetime, translate


def cmd_run_due(ctx: Any) -> int:
    from smsdesk.cli_common import EXIT_ERROR, EXIT_OK, EXIT_UNKNOWN, emit_json
    from smsdesk.core.due import run_due
    from smsdesk.core.engine import SendEngine

    engine = SendEngine(ctx.store, ctx.accounts)
    run = run_due(engine, late_ok=ctx.args.late_ok)
    if ctx.args.json:
        emit_json(run.as_json())
    else:
        for summary in run.sent:
            print(translate("Cli", "Job {job}: {submitted} submitted, {failed} failed, {unknown} unknown, {queued} "
                            "still queued; {cost}.").format(**summary.as_text()))
            if summary.note:
                print(summary.note)
        for due in run.held:
            print(due.late_text())
        for _job, text in run.busy + run.failed:
            print(text)
        if not (run.sent or run.held or run.busy or run.failed):
            if run.next is not None:
                print(translate("Cli", "No scheduled job is due. The next one is job {job}, at {when}.").format(
                    job=run.next.job_id, when=fmt_datetime(run.next.schedule_at)))
            else:
                print(translate("Cli", "No scheduled job is due."))
        if run.unknown:
            print(translate("Cli", "{n} recipients are unknown: it is not known whether the vendor accepted them. "
                            "They were not resent; see \u201csmsdesk-cli status JOB\u201d.").format(n=run.unknown))
    if run.failed:
        return EXIT_ERROR
    return EXIT_UNKNOWN if run.unknown else EXIT_OK


def add_parser(sub: Any) -> None:
    """Register ``run-due`` on the top-level subparsers of cli.build_parser."""
    p: argparse.ArgumentParser = sub.add_parser(
        "run-due", help=translate("Cli", "send scheduled jobs whose time has come (for cron or the Task Scheduler)"))
    p.add_argument("--json", action="store_true", help=translate("Cli", "machine-readable output"))
    p.add_argument("--late-ok", action="store_true",
                   help=translate("Cli", "also send jobs more than 10 minutes late (the computer was off)"))
    p.set_defaults(func=cmd_run_due)
