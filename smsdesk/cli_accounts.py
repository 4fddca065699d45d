"""``smsdesk-cli account list|add|edit|remove|test``: the vendor accounts, as the Accounts dialog keeps them."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from smsdesk.cli_common import EXIT_OK, CliError, UsageError, emit_json, emit_table, parse_pairs
from smsdesk.i18n import join_list, translate

if TYPE_CHECKING:
    from smsdesk.cli import Context


def register(sub: Any) -> None:
    """Add ``account`` to ``smsdesk-cli``'s subparsers."""
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
            settings = parse_pairs(a.set or [], "--set")
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
