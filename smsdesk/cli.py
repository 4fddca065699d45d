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
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from smsdesk import __version__
from smsdesk.core.localtime import LocalTimeError, resolve_local
from smsdesk.core.timestamps import parse_time
from smsdesk.i18n import fmt_int, fmt_number, join_list, translate

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_UNKNOWN = 0, 1, 2, 3


class CliError(Exception):
    """A user-facing error: printed on stderr, exit code 1."""


class UsageError(CliError):
    """Wrong use of a command: exit code 2."""


# -- output helpers ----------------------------------------------------------

def sent_exit_code(summaries: Sequence[dict[str, Any]]) -> int:
    """The exit code of a command that sent jobs (send, resume, run-due), from their ``as_json()``.

    1 when a job paused (its note says why); 3 when they finished but some recipients'
    outcome is unknown, saying how many on stderr so a script's log explains the code;
    otherwise 0.
    """
    if any(s.get("status") == "paused" for s in summaries):
        return EXIT_ERROR
    unknown = sum(int(s.get("unknown") or 0) for s in summaries)
    if not unknown:
        return EXIT_OK
    jobs = [str(s["job"]) for s in summaries if s.get("unknown")]
    sys.stderr.write(translate(
        "Cli",
        "Finished, but the outcome is unknown for {n} recipient(s) of job {jobs}: the vendor's answer was lost, "
        "so they were not resent. Check them with 'smsdesk-cli status JOB' or on the Status tab before sending "
        "to them again.",
    ).format(n=fmt_int(unknown), jobs=join_list(jobs)) + "\n")
    return EXIT_UNKNOWN


def emit_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def emit_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    cells = [[str(h) for h in headers]] + [[("" if c is None else str(c)) for c in r] for r in rows]
    widths = [max(_width(row[i]) for row in cells) for i in range(len(headers))]
    for n, row in enumerate(cells):
        sys.stdout.write("  ".join(c + " " * (w - _width(c)) for c, w in zip(row, widths, strict=True)).rstrip() + "\n")
        if n == 0:
            sys.stdout.write("  ".join("-" * w for w in widths) + "\n")


def _width(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


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

            self._store = open_store()
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

def cmd_account(ctx: Context) -> int:
    from smsdesk.core.accounts import AccountError
    from smsdesk.vendors import VENDOR_MODULES, get_spec

    a = ctx.args
    try:
        if a.account_cmd == "list":
            rows = []
            for acc in ctx.accounts.all():
                rows.append({
                    "name": acc.name, "vendor": acc.vendor, "sandbox": acc.is_sandbox,
                    "base_url": acc.base_url, "settings": acc.settings,
                    "secrets_saved": not ctx.accounts.missing_secrets(acc),
                })
            if a.json:
                emit_json(rows)
            else:
                emit_table([translate("Cli", "Name"), translate("Cli", "Vendor"), translate("Cli", "Base URL"), translate("Cli", "Password saved")],
                           [[r["name"], get_spec(r["vendor"]).label, r["base_url"] or "",
                             translate("Cli", "yes") if r["secrets_saved"] else translate("Cli", "no")] for r in rows])
            return EXIT_OK
        if a.account_cmd in ("add", "edit"):
            settings = _parse_pairs(a.set or [], "--set")
            secrets: dict[str, str] = {}
            if a.account_cmd == "add":
                real = [v for v in VENDOR_MODULES if not get_spec(v).is_sandbox]
                if a.vendor not in real:
                    raise UsageError(translate("Cli", "--vendor must be one of: {vendors}.").format(
                        vendors=join_list(real)))
                spec = get_spec(a.vendor)
            else:
                spec = ctx.accounts.require(a.name).spec
            secret_fields = spec.secret_fields
            if a.secret_stdin and secret_fields:
                lines = sys.stdin.read().splitlines()
                for f, line in zip(secret_fields, lines, strict=False):
                    if line.strip():
                        secrets[f.key] = line.strip()
            elif a.account_cmd == "add" and secret_fields and sys.stdin.isatty():
                import getpass

                for f in secret_fields:
                    if f.required:
                        secrets[f.key] = getpass.getpass(f"{translate('AccountFields', f.label)}: ")
            if a.base_url and a.base_url.startswith("http://"):
                sys.stderr.write(translate("Cli", "Warning: this account talks to its vendor without encryption (http://). "
                                    "Use https:// unless this is a local test server.") + "\n")
            if a.account_cmd == "add":
                acc = ctx.accounts.add(a.name, a.vendor, settings, secrets, base_url=a.base_url)
            else:
                acc = ctx.accounts.require(a.name)
                acc = ctx.accounts.update(acc, name=a.rename, settings=settings, secrets=secrets,
                                          base_url=a.base_url if a.base_url is not None else False)
            if a.json:
                emit_json({"name": acc.name, "vendor": acc.vendor, "id": acc.id})
            else:
                print(translate("Cli", "Account \u201c{name}\u201d saved.").format(name=acc.name))
            return EXIT_OK
        if a.account_cmd == "remove":
            acc = ctx.accounts.require(a.name)
            ctx.accounts.remove(acc)
            print(translate("Cli", "Account \u201c{name}\u201d removed, with its saved password.").format(name=acc.name))
            return EXIT_OK
        if a.account_cmd == "test":
            from smsdesk.vendors.base import OutcomeUnknown, Unsupported, VendorError

            acc = ctx.accounts.require(a.name)
            client = ctx.accounts.client(acc)
            try:
                message = client.test_connection()
            except (VendorError, OutcomeUnknown, Unsupported) as exc:
                raise CliError(str(exc)) from None
            finally:
                client.close()
            if a.json:
                emit_json({"account": acc.name, "ok": True, "message": message})
            else:
                print(message)
            return EXIT_OK
    except AccountError as exc:
        raise CliError(str(exc)) from None
    raise UsageError(translate("Cli", "Unknown account command."))


def cmd_balance(ctx: Context) -> int:
    from smsdesk.core.balances import read_all

    accs = [ctx.accounts.require(ctx.args.name)] if ctx.args.name else ctx.accounts.all()
    readings = read_all(ctx.store, ctx.accounts, accs)
    if ctx.args.json:
        emit_json([r.as_json() for r in readings])
    else:
        emit_table([translate("Cli", "Account"), translate("Cli", "Balance"), translate("Cli", "Unit"), translate("Cli", "Read at"), translate("Cli", "Problem")],
                   [[r.account, fmt_number(r.balance) if r.balance is not None else "", r.unit, _local(r.read_at),
                     r.error] for r in readings])
    return EXIT_OK


def _job_json(ctx: Context, job: Any) -> dict[str, Any]:
    from smsdesk.core.jobs import Jobs
    from smsdesk.core.money import job_cost

    jobs = Jobs(ctx.store)
    counts = jobs.counts(job.id)
    account = ctx.accounts.get(job.account_id)
    return {
        "job": job.id, "account": account.name, "created_at": job.created_at,
        "recipients": sum(counts.values()), "counts": counts, "status": str(job.status),
        "schedule_at": job.schedule_at, **job_cost(ctx.store, job.id).as_json(),
        "text": job.text if not job.template_id else "", "template": job.template_id,
    }


def _status_text(ctx: Context, job: Any, counts: Mapping[str, int]) -> str:
    from smsdesk.cli_status import callbacks_enabled, job_status_text

    return job_status_text(job, ctx.accounts.get(job.account_id), counts,
                           callbacks=callbacks_enabled(_app_settings()))


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
                   [[d["job"], d["account"], _local(d["created_at"]), d["status"], d["recipients"],
                     d["counts"]["delivered"], d["counts"]["failed"], d["counts"]["unknown"]] for d in data])
    return EXIT_OK


def _require_job(ctx: Context, job_id: int) -> Any:
    from smsdesk.core.jobs import Jobs

    job = Jobs(ctx.store).get(job_id)
    if job is None:
        raise CliError(translate("Engine", "There is no job number {job}.").format(job=job_id))
    return job


def cmd_status(ctx: Context) -> int:
    from smsdesk.core.jobs import Jobs, MessageRow
    from smsdesk.core.tracking import refresh_job
    from smsdesk.vendors.base import OutcomeUnknown, Unsupported, VendorError

    job = _require_job(ctx, ctx.args.job)
    note = ""
    if ctx.args.refresh:
        try:
            refresh_job(ctx.store, ctx.accounts, job.id)
        except (VendorError, OutcomeUnknown, Unsupported) as exc:
            note = str(exc)
    jobs = Jobs(ctx.store)
    messages: list[MessageRow] = jobs.messages(job.id)
    job = _require_job(ctx, job.id)  # as the refresh left it
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
                   [[m.phone, m.state.label, m.vendor_status, _local(m.updated_at), m.error_text]
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

    a = ctx.args
    if not a.to and not a.list:
        raise UsageError(translate("Cli", "Say who gets the message: --to PHONE ... or --list NAME."))
    if (a.message is None) == (a.template is None):
        raise UsageError(translate("Cli", "Give either --message TEXT or --template ID (with --param K=V)."))
    when = _parse_when(a.at) if a.at else None
    try:
        account = ctx.accounts.require(a.account)
        # The window's rules from the window's settings file: quiet hours, repeat guard, balance.
        rules = SendRules.from_settings(_app_settings())
        kwargs: dict[str, Any] = dict(
            phones=a.to or [], lists=a.list or [], text=a.message or "", template_id=a.template,
            params=_parse_pairs(a.param or [], "--param"), schedule_at=when,
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
        targets = [_require_job(ctx, ctx.args.job).id]
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

    job = _require_job(ctx, ctx.args.job)
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
    from smsdesk.core.tracking import list_replies, refresh_replies
    from smsdesk.vendors.base import OutcomeUnknown, Unsupported, VendorError

    problems = []
    if ctx.args.refresh:
        for acc in ctx.accounts.all():
            try:
                refresh_replies(ctx.store, ctx.accounts, acc)
            except (VendorError, OutcomeUnknown, Unsupported) as exc:
                problems.append(f"{acc.name}: {exc}")
    rows = list_replies(ctx.store)
    data = [{"phone": r.phone, "text": r.text, "received_at": r.received_at, "account": r.account,
             "contact": r.contact} for r in rows]
    if ctx.args.json:
        emit_json(data)
    else:
        emit_table([translate("Cli", "Received"), translate("Cli", "Phone"), translate("Cli", "Contact"), translate("Cli", "Account"), translate("Cli", "Text")],
                   [[_local(d["received_at"]), d["phone"], d["contact"], d["account"], d["text"]] for d in data])
    for p in problems:
        sys.stderr.write(p + "\n")
    return EXIT_OK


def cmd_import(ctx: Context) -> int:
    from smsdesk.core.importer import ImportFailed, run_import

    a = ctx.args
    try:
        report = run_import(ctx.store, a.file, a.list, sheet=a.sheet, phone_column=a.phone_column,
                            name_column=a.name_column, region=a.region)
    except ImportFailed as exc:
        raise CliError(str(exc)) from None
    data = report.to_json()
    if a.json:
        emit_json(data)
    else:
        print(translate("Cli", "List \u201c{list}\u201d: {rows} rows read, {valid} valid, {invalid} invalid, {duplicates} "
                 "duplicates, {opted_out} opted out.").format(
            list=data["list"], rows=data["rows"], valid=data["valid"], invalid=len(data["invalid"]),
            duplicates=data["duplicates"], opted_out=data["opted_out"]))
        for item in data["invalid"][:20]:
            print(translate("Cli", "  row {row}: \u201c{value}\u201d - {message}").format(**item))
    return EXIT_OK


def cmd_optout(ctx: Context) -> int:
    from smsdesk.core.contacts import ContactRepository, ContactsError

    a = ctx.args
    repo = ContactRepository(ctx.store)
    if a.optout_cmd == "list":
        page = repo.optouts(offset=0, limit=1_000_000)
        rows = [{"phone": o.phone, "source": o.source, "note": o.note, "created_at": o.created_at}
                for o in page.items]
        if a.json:
            emit_json(rows)
        else:
            emit_table([translate("Cli", "Phone"), translate("Cli", "Source"), translate("Cli", "Added")],
                       [[r["phone"], r["source"], _local(r["created_at"])] for r in rows])
        return EXIT_OK
    changed = 0
    try:
        for phone in a.phones:
            if a.optout_cmd == "add":
                changed += repo.add_optout(phone, "manual")
            else:
                changed += repo.remove_optout(phone)
    except ContactsError as exc:
        raise CliError(str(exc)) from None
    if a.optout_cmd == "add":
        print(translate("Cli", "{n} numbers added to the opt-out list; they will be skipped in every send.").format(n=changed))
    else:
        print(translate("Cli", "{n} numbers removed from the opt-out list.").format(n=changed))
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


def cmd_export(ctx: Context) -> int:
    from smsdesk.core.export import ExportFailed
    from smsdesk.core.tracking import export_job

    job = _require_job(ctx, ctx.args.job)
    target = ctx.args.file
    if not str(target).lower().endswith(".xlsx"):
        raise UsageError(translate("Cli", "The report is an Excel file: give a file name ending in .xlsx."))
    try:
        path = export_job(ctx.store, ctx.accounts, job.id, target)
    except ExportFailed as exc:
        raise CliError(str(exc)) from None
    print(translate("Cli", "Job {job} exported to {path}.").format(job=job.id, path=path))
    return EXIT_OK


def _app_settings() -> Any:
    """The app's settings.ini (QSettings, as the window writes it)."""
    from PySide6.QtCore import QSettings

    from smsdesk.core import paths

    return QSettings(str(paths.settings_path()), QSettings.Format.IniFormat)


def _callback_settings() -> dict[str, Any]:
    """The callback receiver's settings as the app saved them (settings.ini), with defaults."""
    from PySide6.QtCore import QSettings

    from smsdesk.core import paths

    s = QSettings(str(paths.settings_path()), QSettings.Format.IniFormat)

    def value(key: str, default: Any) -> Any:
        v = s.value(key, default)
        return default if v is None or v == "" else v

    from smsdesk.core.receiver import DEFAULT_BIND, DEFAULT_PORT

    try:
        port = int(value("callbacks/port", DEFAULT_PORT))
    except (TypeError, ValueError):
        port = DEFAULT_PORT
    return {
        "bind": str(value("callbacks/bind", DEFAULT_BIND)).strip(),
        "port": port,
        "public_url": str(value("callbacks/public_url", "")).strip().rstrip("/"),
        "keywords": s.value("replies/optout_keywords"),
        "ask": s.value("replies/optout_ask", False),
    }


def cmd_callbacks(ctx: Context) -> int:
    import signal
    import threading

    from smsdesk.core.callbacks import describe_urls
    from smsdesk.core.receiver import CallbackService
    from smsdesk.core.tracking import OptOutRule

    settings = _callback_settings()
    host = ctx.args.host or settings["bind"]
    port = settings["port"] if ctx.args.port is None else ctx.args.port
    rule = OptOutRule.parse(settings["keywords"], settings["ask"])

    def changed(kind: str, payload: Any) -> None:
        if kind == "replies":
            print(translate("Cli", "{n} new replies.").format(n=payload.new), flush=True)
        elif kind == "status":
            print(translate("Cli", "Delivery reports received for job(s) {jobs}.").format(
                jobs=join_list(sorted(payload))), flush=True)
        elif kind == "notice":
            print(payload, flush=True)

    service = CallbackService(ctx.store, ctx.accounts, changed, rule)
    problem = service.apply(True, host, port, settings["public_url"])
    if problem:
        raise CliError(problem)
    assert service.receiver is not None
    print(translate("Cli", "Callback receiver listening on {url} (Ctrl+C to stop).").format(
        url=service.receiver.url), flush=True)
    if settings["public_url"]:
        for account in ctx.accounts.all():
            for line in describe_urls(ctx.store, account, settings["public_url"]):
                print("  " + line)
    else:
        print(translate("Cli", "No public URL is set (Settings \u2192 Callback receiver), so vendors do not know where to "
                 "send reports yet."))
    sys.stdout.flush()
    stop = threading.Event()
    # Ctrl+C and a service manager's SIGTERM both end in service.stop(), which also takes
    # back the report addresses handed to vendors.
    previous = {sig: signal.signal(sig, lambda *_: stop.set()) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        while not stop.wait(0.5):
            pass
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        service.stop()
    print(translate("Cli", "Callback receiver stopped."), flush=True)
    return EXIT_OK


def _not_yet(name: str) -> Callable[[Context], int]:
    def run(ctx: Context) -> int:
        raise CliError(translate("Cli", "\u201c{name}\u201d is not available in this version yet.").format(name=name))

    return run


# -- parsing ---------------------------------------------------------------------

def _parse_pairs(pairs: Sequence[str], flag: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise UsageError(translate("Cli", "{flag} takes KEY=VALUE, not \u201c{pair}\u201d.").format(flag=flag, pair=pair))
        out[key.strip()] = value
    return out


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


def _local(iso: str | None) -> str:
    # ISO-like on purpose (scripts parse it and it sorts as text), unlike the window's locale format.
    try:
        dt = parse_time(iso)
    except ValueError:
        return str(iso)
    return "" if dt is None else dt.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="smsdesk-cli", description=translate("Cli", "SMS Desk from the command line."))
    p.add_argument("--version", action="version", version=f"SMS Desk {__version__}")
    p.add_argument("--home", metavar="DIR", help=translate("Cli", "data folder (overrides SMSDESK_HOME)"))
    p.add_argument("--lang", choices=["system", "zh_TW", "en"], default=None, help=translate("Cli", "language of messages"))
    p.add_argument("-v", "--verbose", action="store_true", help=translate("Cli", "log requests to stderr"))
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    def reader(name: str, help_text: str) -> argparse.ArgumentParser:
        sp = sub.add_parser(name, help=help_text)
        sp.add_argument("--json", action="store_true", help=translate("Cli", "machine-readable output"))
        return sp

    acc = sub.add_parser("account", help=translate("Cli", "manage vendor accounts"))
    acc_sub = acc.add_subparsers(dest="account_cmd", metavar="ACTION")
    acc_sub.required = True
    al = acc_sub.add_parser("list", help=translate("Cli", "list accounts"))
    al.add_argument("--json", action="store_true")
    for name in ("add", "edit"):
        ap = acc_sub.add_parser(name, help=translate("Cli", "add an account") if name == "add" else translate("Cli", "change an account"))
        ap.add_argument("name")
        if name == "add":
            ap.add_argument("--vendor", required=True)
        else:
            ap.add_argument("--rename", default=None)
        ap.add_argument("--set", action="append", metavar="KEY=VALUE")
        ap.add_argument("--base-url", default=None)
        ap.add_argument("--secret-stdin", action="store_true",
                        help=translate("Cli", "read the password / key from standard input (one per line)"))
        ap.add_argument("--json", action="store_true")
    ar = acc_sub.add_parser("remove", help=translate("Cli", "remove an account and its saved password"))
    ar.add_argument("name")
    at = acc_sub.add_parser("test", help=translate("Cli", "check that the account can sign in"))
    at.add_argument("name")
    at.add_argument("--json", action="store_true")
    acc.set_defaults(func=cmd_account)

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

    im = reader("import", translate("Cli", "import a spreadsheet into a list"))
    im.add_argument("file")
    im.add_argument("--list", required=True)
    im.add_argument("--sheet")
    im.add_argument("--phone-column")
    im.add_argument("--name-column")
    im.add_argument("--region", default="TW")
    im.set_defaults(func=cmd_import)

    ex = sub.add_parser("export", help=translate("Cli", "export a job's report to .xlsx"))
    ex.add_argument("job", type=int)
    ex.add_argument("file")
    ex.set_defaults(func=cmd_export)

    cb = sub.add_parser("callbacks", help=translate("Cli", "the callback receiver for vendors' pushes"))
    cb_sub = cb.add_subparsers(dest="callbacks_cmd", metavar="ACTION")
    cb_sub.required = True
    cbs = cb_sub.add_parser("serve", help=translate("Cli", "receive delivery reports and replies until Ctrl+C"))
    cbs.add_argument("--host", default=None, help=translate("Cli", "address to listen on (default: from settings)"))
    cbs.add_argument("--port", type=int, default=None, help=translate("Cli", "port (default: from settings, 8787)"))
    cb.set_defaults(func=cmd_callbacks)

    oo = sub.add_parser("optout", help=translate("Cli", "the shared opt-out list"))
    oo_sub = oo.add_subparsers(dest="optout_cmd", metavar="ACTION")
    oo_sub.required = True
    for name in ("add", "remove"):
        op = oo_sub.add_parser(name)
        op.add_argument("phones", nargs="+")
    ol = oo_sub.add_parser("list")
    ol.add_argument("--json", action="store_true")
    oo.set_defaults(func=cmd_optout)

    from smsdesk import cli_due

    cli_due.add_parser(sub)

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
