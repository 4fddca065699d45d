"""Templates kept in an account's settings, for vendors that send approved templates SMS Desk
cannot list (EngageLab): the account's template list, for the CLI's ``template`` command and the
window's Accounts dialog alike (no Qt).

Which accounts have them is the driver's declaration: ``VendorSpec.saved_templates`` reads them
and the account field of kind ``templates`` holds them as ``{"id", "name", "params", "preview"}``;
a template's parameters are the driver's reading of its text (``VendorSpec.required_params``).
"""

from __future__ import annotations

from typing import Any

from smsdesk.core.accounts import Account, AccountError, Accounts
from smsdesk.i18n import translate
from smsdesk.vendors.base import AccountConfig, TemplateChoice, VendorSpec


def templates_key(spec: VendorSpec) -> str | None:
    """The settings key holding the template list, when this vendor keeps templates in settings."""
    if spec.saved_templates is None:
        return None
    return next((f.key for f in spec.fields if f.kind == "templates"), None)


def _key(account: Account) -> str:
    key = templates_key(account.spec)
    if key is not None:
        return key
    if "templates" in account.spec.capabilities.extras:
        text = translate("Templates", "{vendor} keeps its templates itself, not in SMS Desk, so account "
                         "\u201c{account}\u201d has no template list here. Add, change or remove them in the "
                         "window under Vendor tools \u2192 Templates.")
    else:
        text = translate("Templates", "{vendor} sends free text, not templates, so account \u201c{account}\u201d "
                         "has no template list.")
    raise AccountError(text.format(vendor=account.spec.label, account=account.name))


def _config(account: Account) -> AccountConfig:
    return AccountConfig(account.name, account.vendor, dict(account.settings))


def managed(account: Account) -> bool:
    return templates_key(account.spec) is not None


def list_templates(account: Account) -> list[TemplateChoice]:
    """The account's templates as Compose offers them (AccountError when it keeps none)."""
    _key(account)
    read = account.spec.saved_templates
    return read(_config(account)) if read is not None else []


def params_of(account: Account, template_id: str, text: str) -> tuple[str, ...]:
    """The parameters ``text`` needs, read by the account's driver."""
    return tuple(text_params(account.spec, text))  # the text alone, not an entry already saved


def text_params(spec: VendorSpec, text: str) -> list[str]:
    """The parameters a template text needs, as ``spec``'s driver reads it (the Accounts dialog's table)."""
    read = spec.required_params
    return list(read(AccountConfig("", spec.id, {}), "", text)) if read is not None else []


def _entries(account: Account, key: str) -> list[dict[str, Any]]:
    value = account.settings.get(key)
    return [dict(e) for e in value if isinstance(e, dict)] if isinstance(value, list) else []


def add_template(accounts: Accounts, account: Account, template_id: str, text: str, *, name: str = "",
                 replace: bool = False) -> Account:
    """Add (or with ``replace`` change) a template: its ID as approved at the vendor, its text."""
    key = _key(account)
    tid, text, name = template_id.strip(), text.strip(), name.strip()
    if not tid:
        raise AccountError(translate("Templates", "Give the template's ID, as the vendor's console shows it."))
    if not text:
        raise AccountError(translate(
            "Templates", "Give the template's text as approved at the vendor, with its variables written "
            "{{name}}, so SMS Desk can show a preview and ask for every value."))
    entries = _entries(account, key)
    if any(str(e.get("id") or "").strip() == tid for e in entries) and not replace:
        raise AccountError(translate(
            "Templates", "Account \u201c{account}\u201d already has a template {id}. Remove it first, or "
            "change it with --replace.").format(account=account.name, id=tid))
    entry = {"id": tid, "name": name or tid, "params": list(params_of(account, tid, text)), "preview": text}
    kept = [e for e in entries if str(e.get("id") or "").strip() != tid]
    return accounts.update(account, settings={key: [*kept, entry]})


def remove_template(accounts: Accounts, account: Account, template_id: str) -> Account:
    key = _key(account)
    tid = template_id.strip()
    entries = _entries(account, key)
    kept = [e for e in entries if str(e.get("id") or "").strip() != tid]
    if len(kept) == len(entries):
        raise AccountError(translate(
            "Templates", "Account \u201c{account}\u201d has no template {id}.").format(account=account.name, id=tid))
    return accounts.update(account, settings={key: kept})
