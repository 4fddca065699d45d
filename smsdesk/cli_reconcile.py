"""``smsdesk-cli reconcile JOB``: Check with vendor, for a job's unknown recipients.

The same core call as the Status tab's button (core/resolution.py). Exit codes:
0 no recipient of the job is unknown any more, 3 some still are, 1 error.
"""

from __future__ import annotations

import argparse
from typing import Any

from smsdesk.i18n import translate


def register(sub: Any) -> None:
    """Add the command to ``smsdesk-cli``'s subparsers."""
    sp: argparse.ArgumentParser = sub.add_parser(
        "reconcile", help=translate("Cli", "ask the vendor about a job's unknown recipients (Check with vendor)"))
    sp.add_argument("job", type=int)
    sp.add_argument("--json", action="store_true", help=translate("Cli", "machine-readable output"))
    sp.set_defaults(func=cmd_reconcile)


def cmd_reconcile(ctx: Any) -> int:
    from smsdesk.cli_common import EXIT_OK, EXIT_UNKNOWN, CliError, emit_json, emit_table
    from smsdesk.core.accounts import AccountError
    from smsdesk.core.resolution import check_with_vendor
    from smsdesk.core.states import State
    from smsdesk.vendors.base import OutcomeUnknown, Unsupported, VendorError

    try:
        result = check_with_vendor(ctx.store, ctx.accounts, ctx.args.job)
    except LookupError as exc:
        raise CliError(str(exc.args[0] if exc.args else exc)) from None
    except (Unsupported, VendorError, OutcomeUnknown, AccountError) as exc:  # AccountError: e.g. no key saved
        raise CliError(str(exc)) from None
    left = ctx.store.query_one("SELECT COUNT(*) FROM messages WHERE job_id = ? AND state = ?",
                               (ctx.args.job, str(State.UNKNOWN)))
    unknown = int(left[0]) if left else 0
    if ctx.args.json:
        emit_json(result.as_dict() | {"still_unknown": unknown})
    elif not result.recipients:
        print(translate("Cli", "Job {job} has no unknown recipients to check.").format(job=result.job))
    else:
        print(translate("Cli", "Job {job}: asked the vendor about {asked} unknown recipients; {resolved} resolved, "
                               "{left} still unknown.").format(job=result.job, asked=result.asked,
                                                               resolved=result.resolved, left=unknown))
        emit_table([translate("Cli", "Phone"), translate("Cli", "State"), translate("Cli", "Note")],
                   [[r.phone, r.state.label, r.note] for r in result.recipients])
    return EXIT_UNKNOWN if unknown else EXIT_OK
