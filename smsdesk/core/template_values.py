"""Every parameter a vendor template needs has a value, or nothing is sent (no Qt).

A template parameter without a value is not an error to the vendors: EngageLab sends the
placeholder itself ("Hi {{name}}" reaches the customer as written) and Tencent refuses or
shifts the values. The driver declares which parameters a template needs
(``VendorSpec.required_params``); the planner, for the window and the CLI alike, refuses a
job where one has no value at all and skips a recipient whose value comes out empty (its
column in the list is blank), each in words naming the parameter and where to fill it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from smsdesk.core.accounts import Account
from smsdesk.i18n import join_list, translate
from smsdesk.vendors.base import AccountConfig

MISSING_VALUE = "missing_value"  # the planner's skip reason


def required_params(account: Account, template_id: str, template_text: str) -> tuple[str, ...]:
    """The parameters ``template_id`` needs, as its driver declares them (() when it cannot tell)."""
    read = account.spec.required_params
    if read is None:
        return ()
    return read(AccountConfig(account.name, account.vendor, dict(account.settings)), str(template_id).strip(),
                template_text or "")


def _quoted(names: Sequence[str]) -> str:
    quote = translate("Plan", "\u201c{name}\u201d")  # 「{name}」 in Chinese
    return join_list(quote.format(name=n) for n in names)


def job_problem(template_id: str, required: Sequence[str], params: Mapping[str, str]) -> str:
    """Why the job cannot go: required parameters given no value at all ("" when every one has one)."""
    missing = [p for p in required if not str(params.get(p) or "").strip()]
    if not missing:
        return ""
    return translate(
        "Plan", "SMS Desk did not send anything: template {template} needs a value for {names}; without one "
        "the customer would get the placeholder itself. Fill in every value next to the template in "
        "Compose, or give --param {example}=VALUE on the command line. A value may name a column of the "
        "list in braces, such as {{name}}, to give each person their own."
    ).format(template=template_id, names=_quoted(missing), example=missing[0])


def recipient_problem(required: Sequence[str], values: Mapping[str, str], empty_columns: Sequence[str]) -> str:
    """Why one recipient is skipped: a required value came out empty for them ("" when none did)."""
    missing = [p for p in required if not str(values.get(p) or "").strip()]
    if not missing:
        return ""
    if empty_columns:
        return translate(
            "Plan", "No value for {names}: the list's column {columns} is empty for this person. Fill it in "
            "the list, or give a value that does not use that column."
        ).format(names=_quoted(missing), columns=_quoted(empty_columns))
    return translate("Plan", "No value for {names} for this person. Fill it in and plan the send again.").format(
        names=_quoted(missing))
