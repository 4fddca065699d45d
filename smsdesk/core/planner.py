"""Plan a send before any money is spent: who gets what, who is skipped and why, what it costs.

The same :class:`Plan` feeds the GUI's confirmation dialog and the CLI's summary.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from itertools import islice
from typing import Any

from smsdesk.core import personalize, repeats, schedule, segments, template_values, window
from smsdesk.core.accounts import Account
from smsdesk.core.balances import last_known, low_threshold
from smsdesk.core.contacts import ContactRepository, opted_out
from smsdesk.core.jobs import Jobs, PlannedRecipient
from smsdesk.core.phones import normalize
from smsdesk.core.plan_rows import CHUNK, PlannedRows, RowsView, Totals, scratch_dir
from smsdesk.core.settings import account_region
from smsdesk.core.store import Store
from smsdesk.i18n import fmt_datetime, fmt_number, fmt_time, join_list, translate
from smsdesk.vendors import get_spec
from smsdesk.vendors.base import AccountConfig, unit_label

SKIPPED_SHOWN = 20  # skipped entries listed one by one in describe(); the rest are counted
SKIPPED_KEPT = 1000  # skipped entries a plan keeps one by one (CLI --json lists these); the rest are counted


class PlanError(Exception):
    """The send cannot go ahead as asked; the message says what to change."""


@dataclass
class Skipped:
    value: str  # what the user gave (typed number or list row)
    phone: str | None  # E.164 when it could be read
    reason: str  # invalid | duplicate | opted_out | refused | missing_value
    message: str  # in words

    def as_json(self) -> dict[str, Any]:
        return {"value": self.value, "phone": self.phone, "reason": self.reason, "message": self.message}


@dataclass
class Plan:
    """Counts, estimates and a sample; the recipients themselves stay in ``rows`` (core/plan_rows.py)."""

    account: Account
    rows: PlannedRows
    kept_skipped: list[Skipped] = field(default_factory=list)  # the first SKIPPED_KEPT, in order
    skip_counts: dict[str, int] = field(default_factory=dict)  # every skipped entry, by reason
    text: str = ""
    template_id: str | None = None
    params: dict[str, str] = field(default_factory=dict)
    schedule_at: datetime | None = None
    local_schedule: bool = False
    segments: int = 0
    points: float = 0.0
    max_segments: int = 0
    balance: float | None = None
    warnings: list[str] = field(default_factory=list)
    template_text: str = ""  # the vendor template's text when known ("" = unknown)
    sign: str = ""  # the account's signature, for vendors that put one in front of the template
    # Same message, same people (core/repeats.py): who got this exact message within the window.
    repeat_last: datetime | None = None  # when the latest of them got it
    repeats_included: bool = True

    @property
    def recipients(self) -> RowsView:
        """Who gets the message, in the order given (the repeats among them only when included)."""
        return self.rows.view(None if self.repeats_included else False)

    @property
    def repeats(self) -> RowsView:
        return self.rows.view(True)

    def retotal(self) -> None:
        totals = self.rows.totals[False] + (self.rows.totals[True] if self.repeats_included else Totals())
        self.segments, self.points, self.max_segments = totals.segments, totals.points, totals.max_segments

    def include_repeats(self, include: bool) -> None:
        """Send to the people who already got this message too (True), or skip them (the default)."""
        self.repeats_included = include or not self.repeats
        self.retotal()

    @property
    def skipped_total(self) -> int:
        return sum(self.skipped_counts().values())

    @property
    def skipped(self) -> list[Skipped]:
        """The first :data:`SKIPPED_KEPT` skipped entries (:attr:`skipped_total` counts them all)."""
        out = list(self.kept_skipped)
        if self.repeats_included or len(out) >= SKIPPED_KEPT:
            return out
        when = repeats.when_words(self.repeat_last) if self.repeat_last else ""
        text = translate("Plan", "Got this exact message {when}.").format(when=when)
        for row in self.repeats.raw():
            if len(out) >= SKIPPED_KEPT:
                break
            out.append(Skipped(row[6], row[0], "repeat", text))
        return out

    @property
    def repeat_text(self) -> str:
        """"412 of these 2,970 people got this exact message today at 14:05." ("" when none did)."""
        if not self.repeats or self.repeat_last is None:
            return ""
        return repeats.repeat_sentence(self.rows.count(True), self.rows.count(), self.repeat_last)

    @property
    def first_rendered(self) -> str:
        return self.recipients[0].rendered if self.recipients else ""

    def message_text(self, recipient: PlannedRecipient) -> str:
        """What ``recipient`` will read, as far as it is known before sending."""
        if not self.template_id:
            return recipient.rendered
        try:
            values = {str(k): str(v) for k, v in json.loads(recipient.rendered or "{}").items()}
        except (ValueError, AttributeError):
            values = {}
        if self.template_text:
            return self.account.spec.render_template(self.template_text, values, sign=self.sign,
                                                     phone=recipient.phone)
        shown = join_list(f"{k} = {v}" for k, v in values.items())
        return translate("Plan", "Template {template} with {values}").format(
            template=self.template_id, values=shown or translate("Plan", "no values"))

    @property
    def first_message(self) -> str:
        return self.message_text(self.recipients[0]) if self.recipients else ""

    def skipped_counts(self) -> dict[str, int]:
        out = dict(self.skip_counts)
        if not self.repeats_included and self.repeats:
            out["repeat"] = out.get("repeat", 0) + self.rows.count(True)
        return out

    def describe(self) -> str:
        """The confirmation summary, in words."""
        lines = [
            translate("Plan", "Account: {account}").format(account=self.account.name),
            translate("Plan", "Recipients: {n}").format(n=len(self.recipients)),
        ]
        if self.repeat_text:
            lines.append(self.repeat_text + " " + (
                translate("Plan", "They get it again.") if self.repeats_included
                else translate("Plan", "They are skipped.")))
        for reason, n in sorted(self.skipped_counts().items()):
            lines.append(translate("Plan", "Skipped, {why}: {n}").format(why=skip_reason_label(reason), n=n))
        for s in self.skipped[:SKIPPED_SHOWN]:
            lines.append("  " + translate("Plan", "{value}: {why}").format(
                value=s.value, why=s.message or skip_reason_label(s.reason)))
        if self.skipped_total > SKIPPED_SHOWN:
            lines.append("  " + translate("Plan", "\u2026 and {n} more").format(n=self.skipped_total - SKIPPED_SHOWN))
        lines.append(translate("Plan", "Segments: {segments} in total (up to {max} per message)").format(
            segments=self.segments, max=self.max_segments))
        unit = unit_label(self.account.spec.capabilities.money_unit)
        if self.balance is not None:
            lines.append(translate("Plan", "Estimated cost: {points} {unit} (last known balance {balance})").format(
                points=fmt_number(self.points), unit=unit, balance=fmt_number(self.balance)))
        else:
            lines.append(translate("Plan", "Estimated cost: {points} {unit}").format(points=fmt_number(self.points), unit=unit))
        if self.schedule_at is not None:
            local = self.schedule_at.astimezone()
            lines.append(translate("Plan", "Scheduled for {when} ({offset})").format(
                when=fmt_datetime(local), offset=local.strftime("UTC%z")))
            if self.local_schedule:
                lines.append(translate("Plan", "This vendor has no scheduling of its own: SMS Desk sends at that time, "
                               "so the app must be running then, or \u201csmsdesk-cli run-due\u201d must run (from "
                               "cron or the Task Scheduler)."))
        else:
            lines.append(translate("Plan", "Send: now"))
        lines.extend(self.warnings)
        if self.recipients:
            lines.append(translate("Plan", "First message:"))
            lines.append(self.first_message)
        return "\n".join(lines)


def skip_reason_label(reason: str) -> str:
    """A skip reason code (invalid, duplicate, opted_out, refused, repeat) in words."""
    labels = {
        "invalid": translate("Plan", "not a valid mobile number"),
        "duplicate": translate("Plan", "listed twice"),
        "opted_out": translate("Plan", "asked not to receive messages"),
        "refused": translate("Plan", "the vendor cannot take it"),
        "repeat": translate("Plan", "got this exact message recently"),
        template_values.MISSING_VALUE: translate("Plan", "a template value is empty"),
    }
    return labels.get(reason, reason)


def template_message(vendor: str, template_text: str, values: Mapping[str, str], *, sign: str = "",
                     phone: str | None = None) -> str:
    """The text a vendor template delivers with ``values`` filled in (what is priced and previewed).

    The driver renders it (``VendorSpec.render_template``): its placeholder style, and a
    signature it puts in front (``phone`` None means a Taiwan number, as in segments.cost).
    """
    return get_spec(vendor).render_template(template_text, values, sign=sign, phone=phone)


def known_template_text(account: Account, template_id: str) -> str:
    """The template text SMS Desk knows without asking the vendor (templates kept in the account settings)."""
    read = account.spec.saved_templates
    if read is None:
        return ""
    config = AccountConfig(account.name, account.vendor, dict(account.settings))
    wanted = str(template_id).strip()
    return next((tpl.text for tpl in read(config) if tpl.id == wanted), "")


Candidate = tuple[str, str | None, str, dict[str, str], str | None]  # given, E.164, name, variables, problem


def _list_ids(store: Store, names: Sequence[str]) -> list[int]:
    contacts = ContactRepository(store)
    ids = []
    for name in names:
        lst = contacts.find_list(name)
        if lst is None:
            raise PlanError(translate("Plan", "There is no contact list named \u201c{name}\u201d.").format(name=name))
        ids.append(lst.id)
    return ids


def _candidates(store: Store, phones: Sequence[str], list_ids: Sequence[int], region: str) -> Iterator[Candidate]:
    """Typed numbers, then each list's members in list order, read from the store a page at a time."""
    for raw in phones:
        result = normalize(raw, region)
        yield raw, result.e164, "", {}, None if result.e164 else result.reason_text
    for list_id in list_ids:
        after = 0
        while True:
            # +list_id: walk the primary key from ``after`` (the (list_id, phone) index would sort every page).
            page = store.query("SELECT id, phone, name, fields FROM contacts WHERE id>? AND +list_id=? ORDER BY id"
                               " LIMIT ?", (after, list_id, CHUNK))
            if not page:
                break
            after = page[-1]["id"]
            for row in page:
                try:
                    fields = json.loads(row["fields"] or "{}")
                except (TypeError, ValueError):
                    fields = {}
                fields = dict(fields) if isinstance(fields, dict) else {}
                name = row["name"]
                yield row["phone"], row["phone"], name, {"name": name, "姓名": name, **fields}, None


def _chunks(items: Iterator[Candidate], size: int) -> Iterator[list[Candidate]]:
    while chunk := list(islice(items, size)):
        yield chunk


def _seen_key(e164: str) -> int | str:
    # An int takes half the memory of the string in the set that finds a number listed twice.
    digits = e164[1:]
    return int(digits) if digits.isdigit() else e164


def plan_send(
    store: Store,
    account: Account,
    *,
    phones: Sequence[str] = (),
    lists: Sequence[str] = (),
    text: str = "",
    template_id: str | None = None,
    params: dict[str, str] | None = None,
    schedule_at: datetime | None = None,
    region: str | None = None,
    quiet_hours: schedule.QuietHours | None = None,
    override_quiet_hours: bool = False,
    now: datetime | None = None,
    template_text: str | None = None,
    repeat_window: timedelta | None = None,
    allow_repeat: bool = False,
) -> Plan:
    """Who gets what and what it costs; raises PlanError when the send cannot go ahead as asked.

    ``template_text`` is the vendor template's text (Tencent: from the template list) so a
    template send is priced on the filled-in message; EngageLab's preview entered in the
    account settings is used when it is not given. Unknown text is priced at 1 per recipient.
    With ``repeat_window``, recipients who got this exact message within it are found and,
    unless ``allow_repeat``, skipped (:meth:`Plan.include_repeats` lets the user change that).
    Typed numbers without a country code are read in ``region``: callers pass
    ``settings.account_region`` (None: the account's home region, else Taiwan).
    """
    spec = account.spec
    region = region or account_region(None, spec)
    caps = spec.capabilities
    params = dict(params or {})
    now = now or datetime.now(UTC)
    if caps.template_only and not template_id:
        raise PlanError(translate("Plan", "{vendor} sends only approved templates: choose a template.").format(
            vendor=spec.label))
    if not caps.template_only and template_id:
        raise PlanError(translate("Plan", "{vendor} sends free text, not templates: write the message instead.")
                        .format(vendor=spec.label))
    if not template_id and not text.strip():
        raise PlanError(translate("Plan", "The message is empty. Write what you want to say."))

    list_ids = _list_ids(store, lists)
    if template_id and template_text is None:
        template_text = known_template_text(account, template_id)
    template_text = template_text or ""
    required = template_values.required_params(account, template_id, template_text) if template_id else ()
    if template_id and (no_value := template_values.job_problem(template_id, required, params)):
        raise PlanError(no_value)
    sign = str(account.declared_setting("sign", "") or "").strip()
    # A long-message switch (TwSMS's lmsg=N: standard-length messages only), where the driver has one.
    long_sms = bool(account.declared_setting("long_sms", True))

    plan = Plan(account, PlannedRows(folder=scratch_dir(store.path)), text=text, template_id=template_id,
                params=params, template_text=template_text, sign=sign)

    def skip(raw: str, e164: str | None, reason: str, message: str) -> None:
        plan.skip_counts[reason] = plan.skip_counts.get(reason, 0) + 1
        if len(plan.kept_skipped) < SKIPPED_KEPT:
            plan.kept_skipped.append(Skipped(raw, e164, reason, message))

    # A chunk at a time: its opt-outs and repeats looked up together, its rows written out together.
    seen: set[int | str] = set()
    missing_values = 0
    notes: set[str] = set()  # why the cost is an estimate (the pricing rule's Cost.note)
    rule = spec.cost_rule
    for chunk in _chunks(_candidates(store, phones, list_ids, region), CHUNK):
        optouts = opted_out(store, {c[1] for c in chunk if c[1]})
        planned: list[tuple[str, PlannedRecipient]] = []
        for raw, e164, contact_name, variables, problem in chunk:
            if e164 is None:
                skip(raw, None, "invalid", problem or "")
                continue
            key = _seen_key(e164)
            if key in seen:
                skip(raw, e164, "duplicate", translate("Plan", "Already in this send."))
                continue
            seen.add(key)
            if e164 in optouts:
                skip(raw, e164, "opted_out", translate("Plan", "This number asked not to receive messages."))
                continue
            if template_id:
                rendered_params = personalize.render_params(params, variables)
                gap = template_values.recipient_problem(required, rendered_params.values, rendered_params.missing)
                if gap:
                    skip(raw, e164, template_values.MISSING_VALUE, gap)
                    continue
                if rendered_params.missing:
                    missing_values += 1
                rendered = json.dumps(rendered_params.values, ensure_ascii=False, sort_keys=True)
                if not template_text:
                    planned.append((raw, PlannedRecipient(e164, contact_name, variables, rendered, 1, 1.0)))
                    continue
                message = spec.render_template(template_text, rendered_params.values, sign=sign, phone=e164)
                refusal = spec.refusal(message, e164, account.settings)
                c = segments.cost(rule, message, e164)
                if refusal or not c.allowed:
                    skip(raw, e164, "refused", refusal or c.problem)
                    continue
                if c.note:
                    notes.add(c.note)
                planned.append((raw, PlannedRecipient(e164, contact_name, variables, rendered, c.segments,
                                                      float(c.points))))
                continue
            r = personalize.render(text, variables)
            if r.missing:
                missing_values += 1
            refusal = spec.refusal(r.text, e164, account.settings)
            c = segments.cost(rule, r.text, e164, long_sms=long_sms)
            if refusal or not c.allowed:
                skip(raw, e164, "refused", refusal or c.problem)
                continue
            if c.note:
                notes.add(c.note)
            planned.append((raw, PlannedRecipient(e164, contact_name, variables, r.text, c.segments, float(c.points))))
        found = {} if repeat_window is None or not planned else repeats.find_repeats(
            store, [p for _, p in planned], template_id=template_id, window=repeat_window, now=now)
        for raw, p in planned:
            hit = found.get(p.phone)
            if hit is not None and (plan.repeat_last is None or hit.sent_at > plan.repeat_last):
                plan.repeat_last = hit.sent_at
            plan.rows.add(p, given=raw, repeat=hit is not None)
    plan.include_repeats(allow_repeat)
    plan.retotal()
    plan.balance = last_known(store, account)
    if missing_values:
        plan.warnings.append(translate(
            "Plan", "{n} recipients have an empty value for a placeholder; their message has a blank there."
        ).format(n=missing_values))
    if template_id and not template_text:
        plan.warnings.append(translate(
            "Plan", "The template's text is not known here, so the cost counts 1 point per recipient; a long "
            "template costs more. Enter the template text in the account settings for an exact estimate."))
    elif driver_warning := spec.warning(account.settings, template_send=bool(template_id)):
        plan.warnings.append(driver_warning)
    plan.warnings.extend(sorted(notes))
    if plan.balance is not None and plan.balance <= 0:
        plan.warnings.append(translate(
            "Plan", "The balance is {balance}: the vendor will refuse the send. Top up first.").format(
            balance=fmt_number(plan.balance)))
    elif plan.balance is not None and plan.points > plan.balance:
        plan.warnings.append(translate(
            "Plan", "The estimated cost is more than the last known balance: the vendor may refuse part of the send."))
    elif plan.balance is not None and plan.balance - plan.points < (low := low_threshold(store, account)):
        plan.warnings.append(translate(
            "Plan", "After this send about {left} are left, under the low-balance warning of {low}: top up soon.")
            .format(left=fmt_number(plan.balance - plan.points), low=fmt_number(low)))

    sched_rule = spec.id if spec.id in schedule.NATIVE_RULES and caps.native_schedule else "local"
    if schedule_at is not None:
        if schedule_at.tzinfo is None:
            raise PlanError("schedule_at must be timezone-aware")
        problem = schedule.validate(sched_rule, schedule_at, now)
        if problem:
            raise PlanError(problem)
        plan.schedule_at = schedule.effective_time(sched_rule, schedule_at)
        plan.local_schedule = not caps.native_schedule
        fits = window.window_check(account, ((r[0], r[3], r[2]) for r in plan.recipients.raw()), plan.schedule_at,
                                   now, text=text, template_id=template_id)
        if not fits:
            raise PlanError(fits.problem)
    when = plan.schedule_at or now
    if quiet_hours is not None and quiet_hours.contains(when) and not override_quiet_hours:
        raise PlanError(translate(
            "Plan", "{when} is inside the quiet hours ({hours}). Choose {next} or later, or confirm that "
            "you want to send during quiet hours."
        ).format(when=fmt_time(when), hours=quiet_hours.label,
                 next=fmt_datetime(quiet_hours.next_allowed(when))))
    return plan


def create_job(store: Store, account: Account, plan: Plan) -> int:
    """Journal the plan as a job: its recipients are copied from the plan's rows a chunk at a time."""
    job_id, _dupes = Jobs(store).create_rows(
        account.id, ((r[0], r[1], r[2], r[3], r[4]) for r in plan.recipients.raw()), text=plan.text,
        template_id=plan.template_id, params=plan.params, schedule_at=plan.schedule_at,
        local_schedule=plan.local_schedule, points_estimated=plan.points,
    )
    return job_id
