"""Sending again to chosen recipients of a job whose message failed, expired or has an unknown outcome."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from smsdesk.core.accounts import Account
from smsdesk.core.jobs import Jobs, PlannedRecipient
from smsdesk.core.states import State
from smsdesk.core.store import Store
from smsdesk.i18n import translate

RESENDABLE = (State.FAILED, State.UNKNOWN, State.EXPIRED)


def plan_resend(store: Store, account: Account, job_id: int, phones: Iterable[str], *,
                quiet_hours: Any = None, now: datetime | None = None) -> Any:
    """Plan a NEW job for chosen failed/unknown recipients of a job (nothing changes in place).

    Each recipient keeps the text it was sent (personalised) and its contact name;
    opt-outs and the vendor's rules are checked again by the planner. Numbers whose
    outcome is unknown may already have the message: the plan warns about them.
    """
    from smsdesk.core import segments
    from smsdesk.core.planner import PlanError, plan_send

    jobs = Jobs(store)
    job = jobs.get(job_id)
    if job is None:
        raise LookupError(translate("Engine", "There is no job number {job}.").format(job=job_id))
    wanted = list(dict.fromkeys(phones))
    originals = {}
    for phone in wanted:
        m = jobs.find_message(job_id, phone)
        if m is not None and m.state in RESENDABLE:
            originals[phone] = m
    if not originals:
        raise PlanError(translate(
            "Tracking", "Only recipients whose message failed, expired or has an unknown outcome can be sent "
            "again. Select such rows first."))
    plan = plan_send(store, account, phones=list(originals), text=job.text, template_id=job.template_id,
                     params=dict(job.params), quiet_hours=quiet_hours, now=now)
    def as_sent(r: PlannedRecipient) -> PlannedRecipient:
        original = originals.get(r.phone)
        if original is None:
            return r
        r.name, r.variables, r.rendered = original.contact_name, dict(original.variables), original.rendered
        if not job.template_id:
            cost = segments.cost(account.spec.cost_rule, r.rendered, r.phone)
            r.segments, r.points = cost.segments, float(cost.points)
        return r

    plan.rows.rewrite(as_sent)
    plan.retotal()
    unknown = sum(1 for r in plan.recipients if originals[r.phone].state is State.UNKNOWN)
    if unknown:
        plan.warnings.insert(0, translate(
            "Tracking", "Careful: for {n} of these numbers it is not known whether the first message arrived. "
            "They may get it twice, and you pay twice.").format(n=unknown))
    plan.warnings.insert(0, translate("Tracking", "This sends again to recipients of job {job}, as a new job.")
                         .format(job=job_id))
    return plan
