"""Tencent Cloud SMS pricing (the network's segments, at most 450 characters, signature included)
and the approved templates a send can name."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from smsdesk.core.segments import Cost, CostRule, TextInfo, gsm_rule
from smsdesk.i18n import translate
from smsdesk.vendors.base import AccountConfig, TemplateChoice, VendorClient

if TYPE_CHECKING:
    from smsdesk.vendors.tencent import TencentClient

MAX_CHARS = 450  # code points


def price(info: TextInfo, text: str, phone: str | None, long_sms: bool) -> Cost:
    segs, units, per = gsm_rule(info, text)
    if info.chars > MAX_CHARS:
        problem = translate(
            "Segments",
            "The message is {chars} characters long; Tencent Cloud SMS accepts at most "
            "{limit} characters (signature included). Shorten it by {over} characters.",
        ).format(chars=info.chars, limit=MAX_CHARS, over=info.chars - MAX_CHARS)
        return Cost(segs, 0, info.encoding, info.chars, units, per, False, problem)
    return Cost(segs, segs, info.encoding, info.chars, units, per, True)


PRICING = CostRule(price)


def template_params(text: str) -> tuple[str, ...]:
    """"1".."N" for a template whose last placeholder is {N}: Tencent takes the values in order."""
    numbers = [int(n) for n in re.findall(r"\{(\d+)\}", text or "")]
    return tuple(str(i) for i in range(1, max(numbers, default=0) + 1))


def required_params(account: AccountConfig, template_id: str, template_text: str) -> tuple[str, ...]:
    """VendorSpec.required_params: from the approved template's text (fetched from Tencent)."""
    return template_params(template_text)


def template_choices(client: VendorClient) -> list[TemplateChoice]:
    """The account's approved SMS templates (a request; voice templates left out)."""
    from smsdesk.vendors.tencent_console import Approval, TemplateType

    tencent: TencentClient = client  # type: ignore[assignment]  # the spec's own client
    out = []
    for t in tencent.all_templates():
        if t.status is not Approval.APPROVED or t.type is TemplateType.VOICE:
            continue
        short = t.text if len(t.text) <= 48 else t.text[:47] + "\u2026"
        out.append(TemplateChoice(str(t.id), f"{t.id}: {short}", t.text, template_params(t.text)))
    return out


def fill_template(template_text: str, values: Mapping[str, str], sign: str, phone: str | None) -> str:
    """VendorSpec.fill_template: Tencent puts the signature in front, ``【sign】`` for mainland
    China numbers and ``[sign]`` elsewhere (``phone`` None means a Taiwan number)."""
    from smsdesk.core.personalize import fill_template as fill

    body = fill(template_text, values, "numbered")
    sign = sign.strip()
    if not sign:
        return body
    china = phone is not None and phone.startswith("+86")
    return (f"\u3010{sign}\u3011" if china else f"[{sign}]") + body


def plan_warning(settings: Mapping[str, Any], template_send: bool) -> str:
    """VendorSpec.plan_warning: the default signature is Tencent's, so the estimate cannot count it."""
    if not template_send or str(settings.get("sign") or "").strip():
        return ""
    return translate(
        "Plan", "The account uses Tencent Cloud's default signature, which is not counted in the estimate: "
        "a long message may cost one more part.")
