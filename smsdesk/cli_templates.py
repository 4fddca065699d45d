"""``smsdesk-cli template add|list|remove``: an account's template list, as the Accounts dialog keeps it.

For vendors that send templates approved in their console but offer no API to list them
(the driver keeps them in the account's settings, core/saved_templates.py). Exit codes: 0 done,
1 the account has no such list or the change was refused (in words), 2 wrong use.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from smsdesk.cli_common import EXIT_OK, CliError, emit_json, emit_table
from smsdesk.i18n import join_list, translate

if TYPE_CHECKING:
    from smsdesk.cli import Context


def register(sub: Any) -> None:
    """Add ``template`` to ``smsdesk-cli``'s subparsers."""
    tp: argparse.ArgumentParser = sub.add_parser(
        "template", help=translate("Cli", "manage an account's message templates (vendors that send only templates)"))
    actions = tp.add_subparsers(dest="template_cmd", metavar="ACTION")
    actions.required = True
    add = actions.add_parser("add", help=translate("Cli", "add a template approved at the vendor"))
    add.add_argument("account")
    add.add_argument("id", metavar="ID", help=translate("Cli", "the template's ID in the vendor's console"))
    add.add_argument("--text", required=True,
                     help=translate("Cli", "the approved text, variables written {{name}}"))
    add.add_argument("--name", default="", help=translate("Cli", "a name to show (default: the ID)"))
    add.add_argument("--replace", action="store_true", help=translate("Cli", "change a template already listed"))
    add.add_argument("--json", action="store_true", help=translate("Cli", "machine-readable output"))
    ls = actions.add_parser("list", help=translate("Cli", "list the account's templates"))
    ls.add_argument("account")
    ls.add_argument("--json", action="store_true", help=translate("Cli", "machine-readable output"))
    rm = actions.add_parser("remove", help=translate("Cli", "remove a template from the account's list"))
    rm.add_argument("account")
    rm.add_argument("id", metavar="ID")
    tp.set_defaults(func=cmd_template)


def _as_json(template: Any) -> dict[str, Any]:
    return {"id": template.id, "name": template.label, "params": list(template.params), "text": template.text}


def cmd_template(ctx: Context) -> int:
    from smsdesk.core import saved_templates
    from smsdesk.core.accounts import AccountError

    a = ctx.args
    try:
        account = ctx.accounts.require(a.account)
        if a.template_cmd == "list":
            listed = saved_templates.list_templates(account)
            if a.json:
                emit_json([_as_json(t) for t in listed])
            elif not listed:
                print(translate("Cli", "Account \u201c{account}\u201d has no templates yet. Add one with "
                                       "\u201csmsdesk-cli template add {account} ID --text TEXT\u201d.").format(
                    account=account.name))
            else:
                emit_table([translate("Cli", "Template"), translate("Cli", "Values to fill"), translate("Cli", "Text")],
                           [[t.label, join_list(t.params), t.text] for t in listed])
            return EXIT_OK
        if a.template_cmd == "add":
            account = saved_templates.add_template(ctx.accounts, account, a.id, a.text, name=a.name,
                                                   replace=a.replace)
            [added] = [t for t in saved_templates.list_templates(account) if t.id == a.id.strip()]
            if a.json:
                emit_json(_as_json(added))
            elif added.params:
                print(translate("Cli", "Template {id} saved for \u201c{account}\u201d. Each send gives a value for "
                                       "{params} (--param K=V).").format(
                    id=added.id, account=account.name, params=join_list(added.params)))
            else:
                print(translate("Cli", "Template {id} saved for \u201c{account}\u201d; it has no values to "
                                       "fill.").format(id=added.id, account=account.name))
            return EXIT_OK
        saved_templates.remove_template(ctx.accounts, account, a.id)
        print(translate("Cli", "Template {id} removed from \u201c{account}\u201d. It stays at the vendor; "
                               "SMS Desk no longer offers it.").format(id=a.id.strip(), account=account.name))
        return EXIT_OK
    except AccountError as exc:
        raise CliError(str(exc)) from None
