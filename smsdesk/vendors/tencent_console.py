"""Tencent Cloud SMS v5 console tools: templates, signatures and statistics (Vendor tools in the window).

:class:`ConsoleApi` is mixed into :class:`smsdesk.vendors.tencent.TencentClient`, whose
signed ``_call`` it uses.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from smsdesk.i18n import QT_TRANSLATE_NOOP, translate
from smsdesk.vendors.base import BalanceSubstitute, ErrorKind, OutcomeUnknown, VendorError
from smsdesk.vendors.tencent_wire import CHINA_TZ, TEMPLATE_PAGE_MAX, VENDOR, hour_of


class Approval(IntEnum):
    APPROVED = 0
    PENDING = 1
    REJECTED = 2

    @property
    def label(self) -> str:
        return translate("Tencent", _APPROVAL_LABELS[self])


_APPROVAL_LABELS = {
    Approval.APPROVED: QT_TRANSLATE_NOOP("Tencent", "Approved"),
    Approval.PENDING: QT_TRANSLATE_NOOP("Tencent", "Waiting for approval"),
    Approval.REJECTED: QT_TRANSLATE_NOOP("Tencent", "Rejected"),
}


class TemplateType(IntEnum):
    NORMAL = 0
    MARKETING = 1
    VOICE = 2


@dataclass(frozen=True)
class Template:
    id: int
    text: str
    status: Approval
    type: TemplateType
    reply: str = ""  # the reviewer's reason when rejected


@dataclass(frozen=True)
class TemplatePage:
    total: int
    templates: list[Template]


@dataclass(frozen=True)
class Signature:
    id: int
    text: str
    status: Approval
    reply: str = ""


@dataclass(frozen=True)
class DeliveryStatistics:
    request: int  # messages submitted
    success: int  # submitted successfully
    bill_number: int  # billed (long messages count per part)


# pullcallbackstatus's status_fail_0..4, in order.
FAILURE_CATEGORIES = (
    QT_TRANSLATE_NOOP("Tencent", "Carrier internal error"),
    QT_TRANSLATE_NOOP("Tencent", "Number invalid or does not exist"),
    QT_TRANSLATE_NOOP("Tencent", "Phone out of service or switched off"),
    QT_TRANSLATE_NOOP("Tencent", "Number on a block list"),
    QT_TRANSLATE_NOOP("Tencent", "Carrier's frequency limit"),
)


@dataclass(frozen=True)
class ReportStatistics:
    success: int  # submitted successfully
    status: int  # delivery reports received
    status_success: int
    status_fail: int
    failures: tuple[int, ...]  # counts per FAILURE_CATEGORIES entry

    def failure_breakdown(self) -> list[tuple[str, int]]:
        return [(translate("Tencent", label), n) for label, n in zip(FAILURE_CATEGORIES, self.failures, strict=True)]


class ConsoleApi:
    """The template, signature and statistics APIs of one SDK AppID."""

    if TYPE_CHECKING:
        def _call(self, api: str, body: dict[str, Any], *, send: bool = False,
                  mobile: str | None = None) -> dict[str, Any]: ...

        _clock: Callable[[], float]

    # -- templates and signatures -------------------------------------------
    def _create(self, api: str, body: dict[str, Any]) -> dict[str, Any]:
        try:
            return self._call(api, body, send=True)
        except OutcomeUnknown as exc:  # not money, but a blind retry could file it twice
            raise VendorError(ErrorKind.TRANSIENT, translate(
                "Tencent", "The answer was lost, so it is not known whether Tencent Cloud received the "
                "application. Check the list before submitting it again."), vendor=VENDOR, text=exc.detail) from None

    @staticmethod
    def _template(d: dict[str, Any]) -> Template:
        return Template(int(d["id"]), str(d.get("text") or ""), Approval(int(d.get("status", 1))),
                        TemplateType(int(d.get("type") or 0)), str(d.get("reply") or ""))

    @staticmethod
    def _signature(d: dict[str, Any]) -> Signature:
        return Signature(int(d["id"]), str(d.get("text") or ""), Approval(int(d.get("status", 1))),
                         str(d.get("reply") or ""))

    def add_template(self, text: str, tpl_type: TemplateType = TemplateType.NORMAL, *,
                     title: str = "", remark: str = "") -> Template:
        data = self._create("add_template", {"title": title, "remark": remark, "text": text, "type": int(tpl_type)})
        return self._template(data["data"])

    def modify_template(self, tpl_id: int, text: str, tpl_type: TemplateType = TemplateType.NORMAL, *,
                        title: str = "", remark: str = "") -> Template:
        data = self._call("mod_template", {"title": title, "remark": remark, "text": text,
                                           "tpl_id": int(tpl_id), "type": int(tpl_type)})
        return self._template(data["data"])

    def delete_templates(self, ids: Iterable[int]) -> None:
        self._call("del_template", {"tpl_id": [int(i) for i in ids]})

    def get_templates(self, ids: Iterable[int]) -> list[Template]:
        data = self._call("get_template", {"tpl_id": [int(i) for i in ids]})
        return [self._template(d) for d in data.get("data") or []]

    def list_templates(self, offset: int = 0, limit: int = 10) -> TemplatePage:
        if not 1 <= limit <= TEMPLATE_PAGE_MAX:
            raise ValueError(f"limit must be 1..{TEMPLATE_PAGE_MAX}")
        data = self._call("get_template", {"tpl_page": {"offset": int(offset), "max": int(limit)}})
        return TemplatePage(int(data.get("total") or 0), [self._template(d) for d in data.get("data") or []])

    def all_templates(self) -> list[Template]:
        out: list[Template] = []
        while True:
            page = self.list_templates(len(out), TEMPLATE_PAGE_MAX)
            out += page.templates
            if not page.templates or len(out) >= page.total:
                return out

    @staticmethod
    def _sign_body(text: str, remark: str, pic: bytes | None) -> dict[str, Any]:
        body: dict[str, Any] = {"text": text, "remark": remark}
        if pic:
            body["pic"] = base64.b64encode(pic).decode("ascii")
        return body

    def add_signature(self, text: str, *, remark: str = "", pic: bytes | None = None) -> Signature:
        """``text`` without brackets; ``pic`` a document screenshot (sent Base64-encoded)."""
        return self._signature(self._create("add_sign", self._sign_body(text, remark, pic))["data"])

    def modify_signature(self, sign_id: int, text: str, *, remark: str = "", pic: bytes | None = None) -> Signature:
        data = self._call("mod_sign", {**self._sign_body(text, remark, pic), "sign_id": int(sign_id)})
        return self._signature(data["data"])

    def delete_signatures(self, ids: Iterable[int]) -> None:
        self._call("del_sign", {"sign_id": [int(i) for i in ids]})

    def get_signatures(self, ids: Iterable[int]) -> list[Signature]:
        data = self._call("get_sign", {"sign_id": [int(i) for i in ids]})
        return [self._signature(d) for d in data.get("data") or []]

    # -- statistics ---------------------------------------------------------
    def _stats(self, api: str, begin: datetime, end: datetime) -> dict[str, Any]:
        first, last = hour_of(begin), hour_of(end)
        if first > last:
            raise ValueError(translate("Tencent", "The start of the period must not be after its end."))
        return dict(self._call(api, {"begin_date": first, "end_date": last}).get("data") or {})

    def balance_substitute(self) -> BalanceSubstitute:
        # v5 has no balance query; this month's statistics (Beijing time) are the closest useful figure.
        now = datetime.fromtimestamp(self._clock(), CHINA_TZ)
        begin = now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
        stats = self.delivery_statistics(begin, now)
        text = translate(
            "Tencent", "No balance query in Tencent v5. This month: {request} submitted, {success} accepted, "
            "{billed} billed."
        ).format(request=stats.request, success=stats.success, billed=stats.bill_number)
        figures = {"request": stats.request, "success": stats.success, "bill_number": stats.bill_number}
        return BalanceSubstitute(text, figures, begin, now)

    def delivery_statistics(self, begin: datetime, end: datetime) -> DeliveryStatistics:
        """``pullsendstatus`` for whole hours from ``begin`` to ``end`` (Beijing time)."""
        d = self._stats("pullsendstatus", begin, end)
        return DeliveryStatistics(int(d.get("request") or 0), int(d.get("success") or 0),
                                  int(d.get("bill_number") or 0))

    def report_statistics(self, begin: datetime, end: datetime) -> ReportStatistics:
        """``pullcallbackstatus`` for whole hours from ``begin`` to ``end`` (Beijing time)."""
        d = self._stats("pullcallbackstatus", begin, end)
        success, status, status_success, status_fail = (
            int(d.get(k) or 0) for k in ("success", "status", "status_success", "status_fail"))
        return ReportStatistics(success, status, status_success, status_fail, failures=tuple(int(d.get(f"status_fail_{i}") or 0)
                                                   for i in range(len(FAILURE_CATEGORIES))))
