"""``smsdesk-cli import``, ``optout`` and ``export``: lists in, the opt-out list, a job's report out."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from smsdesk.cli_common import (
    EXIT_OK,
    CliError,
    UsageError,
    add_reader,
    emit_json,
    emit_table,
    local_time,
    require_job,
)
from smsdesk.core.settings import DEFAULT_REGION
from smsdesk.i18n import translate

if TYPE_CHECKING:
    from smsdesk.cli import Context


def register_import(sub: Any) -> None:
    im = add_reader(sub, "import", translate("Cli", "import a spreadsheet into a list"))
    im.add_argument("file")
    im.add_argument("--list", required=True)
    im.add_argument("--sheet")
    im.add_argument("--phone-column")
    im.add_argument("--name-column")
    im.add_argument("--region", default=DEFAULT_REGION)
    im.set_defaults(func=cmd_import)


def register_export(sub: Any) -> None:
    ex = sub.add_parser("export", help=translate("Cli", "export a job's report to .xlsx"))
    ex.add_argument("job", type=int)
    ex.add_argument("file")
    ex.set_defaults(func=cmd_export)


def register_optout(sub: Any) -> None:
    oo = sub.add_parser("optout", help=translate("Cli", "the shared opt-out list"))
    oo_sub = oo.add_subparsers(dest="optout_cmd", metavar="ACTION")
    oo_sub.required = True
    for name in ("add", "remove"):
        op = oo_sub.add_parser(name)
        op.add_argument("phones", nargs="+")
    ol = oo_sub.add_parser("list")
    ol.add_argument("--json", action="store_true")
    oo.set_defaults(func=cmd_optout)


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
                       [[r["phone"], r["source"], local_time(r["created_at"])] for r in rows])
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


def cmd_export(ctx: Context) -> int:
    from smsdesk.core.export import ExportFailed
    from smsdesk.core.job_export import export_job

    job = require_job(ctx, ctx.args.job)
    target = ctx.args.file
    if not str(target).lower().endswith(".xlsx"):
        raise UsageError(translate("Cli", "The report is an Excel file: give a file name ending in .xlsx."))
    try:
        path = export_job(ctx.store, ctx.accounts, job.id, target)
    except ExportFailed as exc:
        raise CliError(str(exc)) from None
    print(translate("Cli", "Job {job} exported to {path}.").format(job=job.id, path=path))
    return EXIT_OK
