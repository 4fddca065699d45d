"""A message being written, before it is planned: recipients, counts, culprits, templates.

Pure functions the Compose tab calls as the user types (:func:`analyze_draft` over every
recipient, by the chosen vendor's segment and cost rules) and the worker-side loaders it
submits. No Qt here, so the counter's rules are tested without widgets.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from smsdesk.core import personalize, schedule, segments
from smsdesk.core.accounts import Account, Accounts
from smsdesk.core.balances import read_balance
from smsdesk.core.contacts import ContactRepository
from smsdesk.core.planner import Plan, plan_send, template_message
from smsdesk.core.store import Store
from smsdesk.vendors import VENDOR_MODULES, get_spec
from smsdesk.vendors.base import AccountConfig, OutcomeUnknown, TemplateChoice, VendorError


def split_numbers(text: str) -> list[str]:
    # Keep "+886 912-345-678" together: split on newlines, commas and semicolons
    # (full-width ones too), never on spaces.
    parts: list[str] = []
    for chunk in re.split(r"[\n,;，；、]+", text):
        chunk = chunk.strip()
        if chunk:
            parts.append(chunk)
    return parts


# -- the draft and its analysis (no Qt) ----------------------------------------------


@dataclass(frozen=True)
class Recipient:
    phone: str  # E.164 when it could be read, else as typed
    name: str = ""
    variables: Mapping[str, str] = field(default_factory=dict)
    valid: bool = True


@dataclass(frozen=True)
class Draft:
    """A snapshot of the form, enough to count and preview without touching widgets."""

    vendor: str
    rule: str
    text: str = ""
    template: TemplateChoice | None = None
    params: Mapping[str, str] = field(default_factory=dict)
    sign: str = ""
    long_sms: bool = True
    recipients: Sequence[Recipient] = ()
    settings: Mapping[str, Any] = field(default_factory=dict)  # the account's, for the driver's refusals

    def as_written(self) -> str:
        """The message before personalization (placeholders left as written)."""
        if self.template is None:
            return self.text
        if not self.template.text:
            return ""
        return template_message(self.vendor, self.template.text, dict(self.params), sign=self.sign)

    def render(self, recipient: Recipient) -> personalize.Rendered:
        """The message ``recipient`` gets; text "" for a template whose text is unknown."""
        if self.template is None:
            return personalize.render(self.text, recipient.variables)
        filled = personalize.render_params(self.params, recipient.variables)
        if not self.template.text:
            return personalize.Rendered("", filled.missing)
        phone = recipient.phone if recipient.valid else None
        return personalize.Rendered(
            template_message(self.vendor, self.template.text, filled.values, sign=self.sign, phone=phone),
            filled.missing,
        )


@dataclass
class Analysis:
    sample: str  # the message the counter measures: the most expensive rendering
    sample_index: int | None  # its recipient (index into Draft.recipients); None: as written
    cost: segments.Cost | None  # of the sample for a Taiwan number; None: template text unknown
    info: segments.TextInfo
    recipients: int = 0  # valid numbers, before duplicates and opt-outs are removed
    invalid: int = 0  # typed entries that are not mobile numbers
    points: float = 0  # estimated total over the valid recipients
    blocked: int = 0  # recipients whose message the vendor refuses
    blocked_problem: str = ""
    blocked_index: int | None = None
    missing_rows: int = 0  # recipients with an empty placeholder
    missing_names: list[str] = field(default_factory=list)
    first_missing: int | None = None

    @property
    def refused(self) -> bool:
        """Nothing can be sent: the vendor refuses the message for every recipient."""
        if self.recipients:
            return self.blocked >= self.recipients
        return self.cost is not None and not self.cost.allowed and bool(self.sample)

    @property
    def problem(self) -> str:
        if self.cost is not None and not self.cost.allowed and self.sample:
            return self.cost.problem
        return self.blocked_problem


def _country(rule: str, phone: str | None) -> str | None:
    # Only the country changes a price; keeps the per-text cache small.
    return segments.price_key(rule, phone)


def analyze_draft(draft: Draft) -> Analysis:
    """Count characters, encoding, segments and points over every recipient of ``draft``."""
    rule = draft.rule
    valid = [(i, r) for i, r in enumerate(draft.recipients) if r.valid]
    invalid = len(draft.recipients) - len(valid)
    unknown_text = draft.template is not None and not draft.template.text

    spec = get_spec(draft.vendor) if draft.vendor in VENDOR_MODULES else None

    def price(text: str, phone: str | None) -> segments.Cost:
        c = segments.cost(rule, text, phone, long_sms=draft.long_sms)
        refusal = spec.refusal(text, phone, draft.settings) if spec is not None and text else ""
        return dataclasses.replace(c, points=0, allowed=False, problem=refusal) if refusal else c

    if unknown_text:
        info = segments.analyze("")
        missing = [(i, draft.render(r).missing) for i, r in valid]
        a = Analysis("", None, None, info, len(valid), invalid, float(len(valid)))
        _add_missing(a, missing)
        return a
    if not valid:
        sample = draft.as_written()
        c = price(sample, None) if sample else None
        return Analysis(sample, None, c, segments.analyze(sample), 0, invalid, 0.0)

    ranks: dict[str, tuple[bool, int, float]] = {}
    costs: dict[tuple[str, str | None], segments.Cost] = {}
    best_key: tuple[bool, int, float] | None = None
    best: tuple[int, str] = (valid[0][0], "")
    points = 0.0
    blocked = 0
    blocked_problem = ""
    blocked_index: int | None = None
    missing = []
    for index, recipient in valid:
        rendered = draft.render(recipient)
        if rendered.missing:
            missing.append((index, rendered.missing))
        text = rendered.text
        key = (text, _country(rule, recipient.phone))
        c = costs.get(key)
        if c is None:
            if len(costs) > 4096:
                costs.clear()
            c = costs[key] = price(text, recipient.phone)
        if c.allowed:
            points += c.points
        else:
            blocked += 1
            if blocked_index is None:
                blocked_index, blocked_problem = index, c.problem
        rank = ranks.get(text)
        if rank is None:
            local = price(text, None)
            single = segments.GSM_SINGLE if local.encoding == segments.GSM7 else segments.UCS2_SINGLE
            rank = ranks[text] = (local.allowed, local.segments, local.units / single)
            if len(ranks) > 4096:
                ranks.clear()
            if best_key is None or rank > best_key:
                best_key, best = rank, (index, text)
    sample_index, sample = best
    a = Analysis(sample, sample_index, price(sample, None), segments.analyze(sample), len(valid), invalid,
                 points, blocked, blocked_problem, blocked_index)
    _add_missing(a, missing)
    return a


def _add_missing(a: Analysis, missing: list[tuple[int, list[str]]]) -> None:
    a.missing_rows = len(missing)
    for index, names in missing:
        if a.first_missing is None:
            a.first_missing = index
        a.missing_names.extend(n for n in names if n not in a.missing_names)


def _is_script_letter(ch: str) -> bool:
    """A letter of a script GSM-7 cannot write (Chinese, kana, Thai...): UCS-2 is then the language."""
    return unicodedata.category(ch) in ("Lo", "Lm") or (
        unicodedata.category(ch).startswith("L") and segments.gsm_replacement(ch) is None)


def describe_char(ch: str) -> str:
    """A character and its Unicode name, so look-alikes such as " and “ can be told apart."""
    name = unicodedata.name(ch[0], "").lower() if ch else ""
    return f"{ch} ({name})" if name else ch


def culprit_report(text: str) -> tuple[list[str], list[segments.Fix]]:
    """(characters that force UCS-2, fixes that make the whole text GSM-7).

    Empty when the text is GSM-7, or when it is written in a script GSM-7 lacks (a
    Chinese message is UCS-2 whatever is done, so its punctuation is no culprit).
    """
    info = segments.analyze(text)
    if info.encoding == segments.GSM7:
        return [], []
    chars = list(info.culprits)
    if any(_is_script_letter(ch) for ch in chars):
        return [], []
    return chars, segments.ucs2_fixes(text)


def load_members(store: Any, lists: Sequence[tuple[int, str]]) -> list[Recipient]:
    """Every contact of the chosen lists with the variables the planner gives them (worker side)."""
    repo = ContactRepository(store)
    out: list[Recipient] = []
    for list_id, _name in lists:
        total = repo.get_list(list_id).count
        page = repo.search(list_id, offset=0, limit=max(1, total))
        for c in page.items:
            out.append(Recipient(c.phone, c.name, {"name": c.name, "姓名": c.name, **c.fields}))
    return out


def load_templates(accounts: Accounts, account: Account) -> list[TemplateChoice]:
    """The approved templates the account's vendor lists (worker side: a request)."""
    fetch = account.spec.fetch_templates
    if fetch is None:
        return []
    client = accounts.client(account)
    try:
        return fetch(client)
    finally:
        client.close()


def saved_templates(account: Account) -> list[TemplateChoice]:
    """The templates kept in the account's settings, for vendors that keep them there."""
    read = account.spec.saved_templates
    if read is None:
        return []
    return read(AccountConfig(account.name, account.vendor, dict(account.settings)))


@dataclass
class Prepared:
    plan: Plan
    balance_checked: bool
    balance_error: str


def prepare_send(store: Store, accounts: Accounts, account: Account, kwargs: dict[str, Any]) -> Prepared:
    """Worker side: refresh the balance where the vendor has one, then plan.

    A template send whose text was not given (the CLI) asks the vendor for it where the vendor
    lists its templates, so the plan prices the filled-in message and knows every parameter.
    """
    tid = kwargs.get("template_id")
    if tid and kwargs.get("template_text") is None and account.spec.fetch_templates is not None:
        try:
            listed = {t.id: t.text for t in load_templates(accounts, account)}
        except (VendorError, OutcomeUnknown):
            listed = {}  # the plan says the text is unknown; the send itself reports the vendor's problem
        kwargs = {**kwargs, "template_text": listed.get(str(tid).strip()) or None}
    checked, error = False, ""
    if account.spec.capabilities.balance:
        reading = read_balance(store, accounts, account)
        checked, error = reading.balance is not None, reading.error
    return Prepared(plan_send(store, account, **kwargs), checked, error)


def schedule_rule(account: Account) -> str:
    spec = account.spec
    return spec.id if spec.capabilities.native_schedule else schedule.LOCAL


def utc_offset(when: datetime) -> str:
    offset = when.strftime("%z") or "+0000"
    return f"UTC{offset[0]}{offset[1:3]}:{offset[3:5]}"
