"""smsdesk-cli: the command-line face of SMS Desk, over the same core as the GUI.

Exit codes: 0 ok, 1 error (explained on stderr), 2 usage, 3 a send finished but some
recipients' outcome is unknown (how many is said on stderr).
"""

from __future__ import annotations

import argparse
import json
import logging
import sqlite3
import sys
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from smsdesk import __version__, cli_accounts, cli_callbacks, cli_due, cli_lists, cli_templates, cli_workspace
from smsdesk.cli_common import (
    EXIT_ERROR,
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    UsageError,
    add_reader,
    app_settings,
    emit_json,
    emit_table,
    local_time,
    parse_pairs,
    require_job,
    sent_exit_code,
)
from smsdesk.core.localtime import LocalTimeError, resolve_local
from smsdesk.i18n import fmt_int, fmt_number, translate

# -- context -------------------------------------------------------------------

class Context:
    """Opens the store and the account registry lazily, once per command."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self._store: Any = None
        self._accounts: Any = None

    @property
    def store(self) -> Any:
        if self._store is None:
            from smsdesk.core.store import open_store

            self._store = open_store(getattr(self.args, "database", None))
            if self._store.repaired_from is not None:
                from smsdesk.core.store_faults import repaired_notice

                sys.stderr.write(repaired_notice(self._store.repaired_from) + "\n")
        return self._store

    @property
    def accounts(self) -> Any:
        if self._accounts is None:
            from smsdesk.core.accounts import Accounts

            self._accounts = Accounts(self.store)
            self._accounts.ensure_sandbox()
        return self._accounts

    def close(self) -> None:
        if self._store is not None:
            self._store.close()


# -- commands --------------------------------------------------------------------


def cmd_balance(ctx: Context) -> int:
    from smsdesk.core.balances import read_all

    accs = [ctx.accounts.require(ctx.args.name)] if ctx.args.name else ctx.accounts.all()
    readings = read_all(ctx.store, ctx.accounts, accs)
    if ctx.args.json:
        emit_json([r.as_json() for r in readings])
    else:
        # The Balances tab's rule: what a vendor tells instead of a balance replaces the "not offered" note.
        emit_table([translate("Cli", "Account"), translate("Cli", "Balance"), translate("Cli", "Unit"), translate("Cli", "Read at"), translate("Cli", "Note")],
                   [[r.account, fmt_number(r.balance) if r.balance is not None else "", r.unit, local_time(r.read_at),
                     r.detail or r.error] for r in readings])
    return EXIT_OK


def _job_json(ctx: Context, job: Any) -> dict[str, Any]:
    from smsdesk.core.jobs import Jobs
    from smsdesk.core.money import job_cost

    jobs = Jobs(ctx.store)
    counts = jobs.counts(job.id)
    account = ctx.accounts.get(job.account_id)
    return {
        "job": job.id, "account": account.name, "created_at": job.created_at, "created_by": job.created_by,
        "recipients": sum(counts.values()), "counts": counts, "status": str(job.status),
        "schedule_at": job.schedule_at, **job_cost(ctx.store, job.id).as_json(),
        "text": job.text if not job.template_id else "", "template": job.template_id,
    }


def _status_text(ctx: Context, job: Any, counts: Mapping[str, int]) -> str:
    from smsdesk.cli_status import job_status_text
    from smsdesk.core.settings import callback_settings

    return job_status_text(job, ctx.accounts.get(job.account_id), counts,
                           callbacks=callback_settings(app_settings()).enabled)


def cmd_jobs(ctx: Context) -> int:
    from smsdesk.core.jobs import Jobs

    listed = Jobs(ctx.store).list(limit=ctx.args.limit)
    data = [_job_json(ctx, j) for j in listed]
    if ctx.args.json:
        emit_json(data)
    else:
        for d, job in zip(data, listed, strict=True):
            d["status"] = _status_text(ctx, job, d["counts"])
        emit_table([translate("Cli", "Job"), translate("Cli", "Account"), translate("Cli", "Created"), translate("Cli", "Status"), translate("Cli", "Recipients"), translate("Cli", "Delivered"),
                    translate("Cli", "Failed"), translate("Cli", "Unknown")],
                   [[d["job"], d["account"], local_time(d["created_at"]), d["status"], d["recipients"],
                     d["counts"]["delivered"], d["counts"]["failed"], d["counts"]["unknown"]] for d in data])
    return EXIT_OK


def cmd_status(ctx: Context) -> int:
    from smsdesk.core.jobs import Jobs, MessageRow
    from smsdesk.core.tracking import refresh_job
    from smsdesk.vendors.base import OutcomeUnknown, Unsupported, VendorError

    job = require_job(ctx, ctx.args.job)
    note = ""
    if ctx.args.refresh:
        try:
            refresh_job(ctx.store, ctx.accounts, job.id)
        except (VendorError, OutcomeUnknown, Unsupported) as exc:
            note = str(exc)
    jobs = Jobs(ctx.store)
    messages: list[MessageRow] = jobs.messages(job.id)
    job = require_job(ctx, job.id)  # as the refresh left it
    data = _job_json(ctx, job)
    data["recipients"] = [
        {"phone": m.phone, "state": str(m.state), "vendor_status": m.vendor_status,
         "error": m.error_text or None, "updated_at": m.updated_at}
        for m in messages
    ]
    if note:
        data["note"] = note
    if ctx.args.json:
        emit_json(data)
    else:
        print(translate("Cli", "Job {job} ({account}) - {status}").format(job=job.id, account=data["account"],
                                                               status=_status_text(ctx, job, data["counts"])))
        print("  ".join(f"{_state_label(k)}: {v}" for k, v in data["counts"].items() if v))
        if note:
            print(note)
        emit_table([translate("Cli", "Phone"), translate("Cli", "State"), translate("Cli", "Vendor status"), translate("Cli", "Updated"), translate("Cli", "Problem")],
                   [[m.phone, m.state.label, m.vendor_status, local_time(m.updated_at), m.error_text]
                    for m in messages])
    return EXIT_OK


def _state_label(value: str) -> str:
    from smsdesk.core.states import State

    return State(value).label


def cmd_send(ctx: Context) -> int:
    from smsdesk.core.accounts import AccountError
    from smsdesk.core.drafts import prepare_send
    from smsdesk.core.engine import SendEngine
    from smsdesk.core.planner import PlanError, create_job
    from smsdesk.core.send_rules import SendRules
    from smsdesk.core.settings import account_region

    a = ctx.args
    if not a.to and not a.list:
        raise UsageError(translate("Cli", "Say who gets the message: --to PHONE ... or --list NAME."))
    if (a.message is None) == (a.template is None):
        raise UsageError(translate("Cli", "Give either --message TEXT or --template ID (with --param K=V)."))
    when = _parse_when(a.at) if a.at else None
    try:
        account = ctx.accounts.require(a.account)
        # The window's rules from the window's settings file: quiet hours, repeat guard, balance.
        settings = app_settings()
        rules = SendRules.from_settings(settings)
        kwargs: dict[str, Any] = dict(
            phones=a.to or [], lists=a.list or [], text=a.message or "", template_id=a.template,
            params=parse_pairs(a.param or [], "--param"), schedule_at=when,
            region=account_region(settings, account.spec),  # 0812345678 on a SepSMS account is Thai
            **rules.plan_kwargs(ignore_quiet_hours=a.ignore_quiet_hours, allow_repeat=a.allow_repeat))
        plan = prepare_send(ctx.store, ctx.accounts, account, kwargs).plan
    except (AccountError, PlanError) as exc:
        raise CliError(str(exc)) from None
    if not a.yes:
        sys.stderr.write(plan.describe() + "\n")
        if not sys.stdin.isatty():
            raise CliError(translate("Cli", "Nothing was sent: confirm with --yes when no one can answer the question."))
        sys.stderr.write(translate("Cli", "Send now? [y/N] "))
        sys.stderr.flush()
        if sys.stdin.readline().strip().lower() not in ("y", "yes", "是", "好"):
            sys.stderr.write(translate("Cli", "Nothing was sent.") + "\n")
            return EXIT_ERROR
    if a.yes and plan.repeat_text and not plan.repeats_included:
        sys.stderr.write(plan.repeat_text + " " + translate(
            "Cli", "They are skipped; add --allow-repeat to send to them again.") + "\n")
    if not plan.recipients:
        raise CliError(translate("Cli", "No one to send to: every number was skipped.") + "\n" + plan.describe())
    job_id = create_job(ctx.store, account, plan)
    engine = SendEngine(ctx.store, ctx.accounts)
    if plan.local_schedule:
        summary = engine.held_summary(job_id)  # its note says it goes with the window or run-due
    else:
        try:
            summary = engine.run(job_id)
        except AccountError as exc:
            raise CliError(str(exc)) from None
    summary.skipped = plan.skipped_total
    summary.skipped_reasons = [s.as_json() for s in plan.skipped]  # the first SKIPPED_KEPT of them
    out = summary.as_json()
    if a.json:
        emit_json(out)
    else:
        print(translate("Cli", "Job {job}: {submitted} submitted, {scheduled} scheduled, {failed} failed, {unknown} unknown, "
                 "{skipped} skipped; {cost}.").format(**summary.as_text()))
        if out["note"]:
            print(out["note"])
    return sent_exit_code([out])


def cmd_resume(ctx: Context) -> int:
    from smsdesk.core.engine import SendEngine
    from smsdesk.core.jobs import Jobs, JobStatus
    from smsdesk.core.window import ScheduleMissed

    engine = SendEngine(ctx.store, ctx.accounts)
    jobs = Jobs(ctx.store)
    recovered = jobs.recover_inflight()
    if ctx.args.job is not None:
        targets = [require_job(ctx, ctx.args.job).id]
    else:
        targets = [j.id for j in jobs.list() if j.status in (JobStatus.INTERRUPTED, JobStatus.PAUSED)]
    results: list[dict[str, Any]] = []
    missed: list[str] = []
    for job_id in targets:
        try:
            results.append(engine.resume(job_id, send_now=ctx.args.send_now).as_json())
        except ScheduleMissed as exc:  # nothing changed: the user chooses
            missed.append(str(exc))
    if missed and len(targets) == 1:
        raise CliError(missed[0])
    if ctx.args.json:
        emit_json({"recovered_unknown": recovered, "jobs": results})
    else:
        if recovered:
            print(translate("Cli", "{n} messages were being sent when SMS Desk stopped; they are marked unknown and were "
                     "not resent.").format(n=recovered))
        if not results and not missed:
            print(translate("Cli", "No interrupted jobs."))
        for r in results:
            if r["status"] == "scheduled":  # held for later: nothing was due
                print(r["note"])
                continue
            print(translate("Cli", "Job {job}: {submitted} submitted, {failed} failed, {unknown} unknown, {queued} "
                     "still queued.").format(**r))
    for text in missed:
        sys.stderr.write(text + "\n")
    return EXIT_ERROR if missed else sent_exit_code(results)


def cmd_cancel(ctx: Context) -> int:
    from smsdesk.core.engine import NothingToCancel, SendEngine

    job = require_job(ctx, ctx.args.job)
    try:
        out = SendEngine(ctx.store, ctx.accounts).cancel_job(job.id).as_json()
    except NothingToCancel as exc:
        raise CliError(str(exc)) from None
    if ctx.args.json:
        emit_json(out)
    else:
        print(translate("Cli", "Job {job}: {cancelled} cancelled.").format(**out))
        if out["note"]:
            print(out["note"])
    return EXIT_OK


def cmd_replies(ctx: Context) -> int:
    from smsdesk.core.replies import list_replies, refresh_replies
    from smsdesk.core.settings import replies_first_days
    from smsdesk.vendors.base import OutcomeUnknown, Unsupported, VendorError

    problems = []
    if ctx.args.refresh:
        first_days = replies_first_days(app_settings())
        for acc in ctx.accounts.all():
            try:
                refresh_replies(ctx.store, ctx.accounts, acc, first_days=first_days)
            except (VendorError, OutcomeUnknown, Unsupported) as exc:
                problems.append(f"{acc.name}: {exc}")
    rows = list_replies(ctx.store)
    data = [{"phone": r.phone, "text": r.text, "received_at": r.received_at, "account": r.account,
             "contact": r.contact} for r in rows]
    if ctx.args.json:
        emit_json(data)
    else:
        emit_table([translate("Cli", "Received"), translate("Cli", "Phone"), translate("Cli", "Contact"), translate("Cli", "Account"), translate("Cli", "Text")],
                   [[local_time(d["received_at"]), d["phone"], d["contact"], d["account"], d["text"]] for d in data])
    for p in problems:
        sys.stderr.write(p + "\n")
    return EXIT_OK


def cmd_simulate(ctx: Context) -> int:
    from smsdesk.sim.server import Simulator

    sim = Simulator(ctx.args.host, ctx.args.port).start()
    accounts = sim.seed_demo()
    print(translate("Cli", "Vendor simulator listening on {url} (Ctrl+C to stop).").format(url=sim.url))
    for vendor, creds in accounts.items():
        if creds:
            print(f"  {vendor}: base URL {sim.base_url(vendor)}  {json.dumps(creds, ensure_ascii=False)}")
    sys.stdout.flush()
    try:
        import threading

        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        sim.stop()
    return EXIT_OK


# -- parsing ---------------------------------------------------------------------


def _parse_when(text: str) -> datetime:
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        raise UsageError(translate("Cli", "--at takes a date and time like 2026-12-24T18:30 (ISO 8601), not \u201c{text}\u201d.")
                         .format(text=text)) from None
    if when.tzinfo is None:  # the computer's time zone, refusing times that do not exist or happen twice
        try:
            when = resolve_local(when)
        except LocalTimeError as exc:
            first, second = (c.isoformat(timespec="minutes") if exc.kind == "ambiguous"
                             else c.replace(tzinfo=None).isoformat(timespec="minutes") for c in exc.choices)
            raise UsageError(str(exc) + " " + translate("Cli", "For example --at {first} or --at {second}.").format(
                first=first, second=second)) from None
    return when


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="smsdesk-cli", description=translate("Cli", "SMS Desk from the command line."))
    p.add_argument("--version", action="version", version=f"SMS Desk {__version__}")
    p.add_argument("--home", metavar="DIR", help=translate("Cli", "data folder (overrides SMSDESK_HOME)"))
    p.add_argument("--database", metavar="URL", help=translate(
        "Cli", "shared workspace, postgresql://user@server/database (overrides SMSDESK_DATABASE_URL and the "
        "desk's setting; the password comes from the keychain)"))
    p.add_argument("--lang", choices=["system", "zh_TW", "en"], default=None, help=translate("Cli", "language of messages"))
    p.add_argument("-v", "--verbose", action="store_true", help=translate("Cli", "log requests to stderr"))
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    def reader(name: str, help_text: str) -> argparse.ArgumentParser:
        return add_reader(sub, name, help_text)


    cli_accounts.register(sub)

    b = reader("balance", translate("Cli", "show credit left"))
    b.add_argument("name", nargs="?")
    b.set_defaults(func=cmd_balance)

    s = reader("send", translate("Cli", "send a message"))
    s.add_argument("--account", required=True)
    s.add_argument("--to", nargs="+", action="extend", metavar="PHONE")
    s.add_argument("--list", action="append", metavar="NAME")
    s.add_argument("--message")
    s.add_argument("--template")
    s.add_argument("--param", action="append", metavar="K=V")
    s.add_argument("--at", metavar="ISO8601")
    s.add_argument("--yes", action="store_true", help=translate("Cli", "send without asking"))
    s.add_argument("--ignore-quiet-hours", action="store_true",
                   help=translate("Cli", "send even during the quiet hours set in the app"))
    s.add_argument("--allow-repeat", action="store_true",
                   help=translate("Cli", "also send to numbers that got this exact message recently"))
    s.set_defaults(func=cmd_send)

    j = reader("jobs", translate("Cli", "list jobs"))
    j.add_argument("--limit", type=int, default=200)
    j.set_defaults(func=cmd_jobs)

    st = reader("status", translate("Cli", "show a job's recipients"))
    st.add_argument("job", type=int)
    st.add_argument("--refresh", action="store_true", help=translate("Cli", "ask the vendor first"))
    st.set_defaults(func=cmd_status)

    c = reader("cancel", translate("Cli", "cancel a scheduled or running job"))
    c.add_argument("job", type=int)
    c.set_defaults(func=cmd_cancel)

    r = reader("resume", translate("Cli", "continue an interrupted job"))
    r.add_argument("job", type=int, nargs="?")
    r.add_argument("--send-now", action="store_true",
                   help=translate("Cli", "send the rest at once when it can no longer be scheduled for its time"))
    r.set_defaults(func=cmd_resume)

    rp = reader("replies", translate("Cli", "list customers' replies"))
    rp.add_argument("--refresh", action="store_true")
    rp.set_defaults(func=cmd_replies)


    cli_lists.register_import(sub)
    cli_lists.register_export(sub)
    cli_callbacks.register(sub)
    cli_lists.register_optout(sub)
    cli_due.add_parser(sub)
    cli_templates.register(sub)
    cli_workspace.register(sub)

    sim = sub.add_parser("simulate", help=translate("Cli", "run the local vendor simulator"))
    sim.add_argument("--port", type=int, default=8765)
    sim.add_argument("--host", default="127.0.0.1")
    sim.set_defaults(func=cmd_simulate)

    from smsdesk.cli_reconcile import register as register_reconcile

    register_reconcile(sub)
    return p


def _setup_language(pref: str | None) -> None:
    from smsdesk.i18n import install_qt_translator, pick_language

    language = pick_language(pref)
    if language == "en":
        return
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance() or QCoreApplication([])
    install_qt_translator(app, language)


def main(argv: Sequence[str] | None = None) -> int:
    from smsdesk.core import paths
    from smsdesk.core.notes import EnglishFilter
    from smsdesk.core.redact import RedactingFilter

    argv = list(sys.argv[1:] if argv is None else argv)
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--lang", default=None)
    known, _ = pre.parse_known_args(argv)
    _setup_language(known.lang)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.home:
        paths.set_home(args.home)
    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(EnglishFilter())
    handler.addFilter(RedactingFilter())
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING, handlers=[handler])
    ctx = Context(args)
    try:
        return int(args.func(ctx))
    except UsageError as exc:
        sys.stderr.write(f"{parser.prog}: {exc}\n")
        return EXIT_USAGE
    except CliError as exc:
        sys.stderr.write(f"{exc}\n")
        return EXIT_ERROR
    except Exception as exc:  # last resort: words, not a traceback
        from smsdesk.core.leases import LeaseError
        from smsdesk.core.store import StoreError

        if isinstance(exc, (StoreError, LeaseError)):
            sys.stderr.write(f"{exc}\n")
            return EXIT_ERROR
        from smsdesk.core.store_faults import kind_of

        if kind_of(exc) == "full":  # e.g. an export or log file: not the data file, which says so itself
            sys.stderr.write(translate("Cli", "The disk is full ({error}). Free some space, then try again; an "
                                       "interrupted send continues with smsdesk-cli resume.").format(error=exc) + "\n")
            return EXIT_ERROR
        if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
            from smsdesk.core.store import BUSY_TIMEOUT_MS

            sys.stderr.write(translate(
                "Cli",
                "The data file stayed locked by another program for {seconds} s (another SMS Desk window or "
                "command, perhaps one that is suspended), so this command stopped. Nothing more was changed. Try "
                "again in a moment; if it stays locked, close or end the other SMS Desk.",
            ).format(seconds=fmt_int(BUSY_TIMEOUT_MS // 1000)) + "\n")
            return EXIT_ERROR
        from smsdesk.core.redact import redact

        logging.getLogger("smsdesk").exception("unexpected error")
        sys.stderr.write(redact(translate("Cli", "Unexpected error: {error}").format(error=exc)) + "\n")
        return EXIT_ERROR
    finally:
        ctx.close()


if __name__ == "__main__":
    sys.exit(main())
