"""The Tencent simulator's console APIs: templates, signatures and statistics (mixed into ``Sim``)."""

from __future__ import annotations

import base64
import binascii
import re
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from smsdesk.sim.tencent_state import Account, Refused, hour_start, id_list, int_field


class ConsoleApis:
    """``_api_<name>`` handlers the simulator dispatches to, for one account."""

    if TYPE_CHECKING:
        def _id(self) -> int: ...

    # -- templates and signatures -----------------------------------------------
    @staticmethod
    def _text(body: dict[str, Any]) -> str:
        text = body.get("text")
        if not isinstance(text, str) or not text.strip():
            raise Refused(1004, "text is required")
        return text

    def _api_add_template(self, account: Account, body: dict[str, Any]) -> dict[str, Any]:
        tpl_type = int_field(body.get("type", 0))
        if tpl_type not in (0, 1, 2):
            raise Refused(1004, "type must be 0, 1 or 2")
        tid = self._id()
        account.templates[tid] = {"id": tid, "text": self._text(body), "type": tpl_type, "status": 1, "reply": "",
                                  "title": body.get("title", ""), "remark": body.get("remark", "")}
        return {"data": {k: account.templates[tid][k] for k in ("id", "text", "status", "type")}}

    def _api_mod_template(self, account: Account, body: dict[str, Any]) -> dict[str, Any]:
        tpl = account.templates.get(int_field(body.get("tpl_id")))
        if tpl is None:
            raise Refused(1007, "template does not exist")
        tpl_type = int_field(body.get("type", tpl["type"]))
        if tpl_type not in (0, 1, 2):
            raise Refused(1004, "type must be 0, 1 or 2")
        tpl.update(text=self._text(body), type=tpl_type, status=1, reply="", title=body.get("title", ""),
                   remark=body.get("remark", ""))
        return {"data": {k: tpl[k] for k in ("id", "text", "status", "type")}}

    @staticmethod
    def _delete(table: dict[int, dict[str, Any]], ids: list[int], what: str) -> dict[str, Any]:
        missing = [i for i in ids if i not in table]
        if missing:
            raise Refused(1007, f"{what} {missing[0]} does not exist")
        for i in ids:
            del table[i]
        return {}

    def _api_del_template(self, account: Account, body: dict[str, Any]) -> dict[str, Any]:
        return self._delete(account.templates, id_list(body.get("tpl_id")), "template")

    def _api_get_template(self, account: Account, body: dict[str, Any]) -> dict[str, Any]:
        if ("tpl_id" in body) == ("tpl_page" in body):
            raise Refused(1004, "give either tpl_id or tpl_page")
        keys = ("id", "text", "status", "reply", "type")
        if "tpl_id" in body:
            rows = [account.templates[i] for i in id_list(body["tpl_id"]) if i in account.templates]
        else:
            page = body["tpl_page"]
            if not isinstance(page, dict):
                raise Refused(1004, "tpl_page must be an object")
            offset, limit = int_field(page.get("offset", 0)), int_field(page.get("max"))
            if offset < 0 or not 1 <= limit <= 50:
                raise Refused(1004, "max must be 1..50")
            rows = sorted(account.templates.values(), key=lambda t: t["id"])[offset:offset + limit]
        data = [{k: t[k] for k in keys} for t in rows]
        return {"total": len(account.templates), "count": len(data), "data": data}

    def _sign_fields(self, body: dict[str, Any]) -> dict[str, Any]:
        text = self._text(body).strip()
        if not re.fullmatch(r"[0-9A-Za-z\u4e00-\u9fff ]{2,12}", text):
            raise Refused(1012, "signature must be 2-12 letters, digits or Chinese characters without brackets")
        pic = body.get("pic")
        if pic is not None:
            try:
                base64.b64decode(str(pic), validate=True)
            except (binascii.Error, ValueError):
                raise Refused(1004, "pic must be base64") from None
        return {"text": text, "status": 1, "reply": "", "remark": body.get("remark", ""), "pic": pic}

    def _api_add_sign(self, account: Account, body: dict[str, Any]) -> dict[str, Any]:
        fields = self._sign_fields(body)
        sid = self._id()
        account.signs[sid] = {"id": sid, **fields}
        return {"data": {k: account.signs[sid][k] for k in ("id", "text", "status")}}

    def _api_mod_sign(self, account: Account, body: dict[str, Any]) -> dict[str, Any]:
        sign = account.signs.get(int_field(body.get("sign_id")))
        if sign is None:
            raise Refused(1007, "signature does not exist")
        sign.update(self._sign_fields(body))
        return {"data": {k: sign[k] for k in ("id", "text", "status")}}

    def _api_del_sign(self, account: Account, body: dict[str, Any]) -> dict[str, Any]:
        return self._delete(account.signs, id_list(body.get("sign_id")), "signature")

    def _api_get_sign(self, account: Account, body: dict[str, Any]) -> dict[str, Any]:
        rows = [account.signs[i] for i in id_list(body.get("sign_id")) if i in account.signs]
        data = [{k: s[k] for k in ("id", "text", "status", "reply")} for s in rows]
        return {"count": len(data), "data": data}

    # -- statistics -------------------------------------------------------------
    @staticmethod
    def _range(body: dict[str, Any]) -> tuple[float, float]:
        begin, end = hour_start(body.get("begin_date")), hour_start(body.get("end_date"))
        if begin > end:
            raise Refused(1004, "begin_date is after end_date")
        return begin.timestamp(), (end + timedelta(hours=1)).timestamp()  # end hour included

    def _api_pullsendstatus(self, account: Account, body: dict[str, Any]) -> dict[str, Any]:
        begin, end = self._range(body)
        rows = [s for s in account.submissions if begin <= s["at"] < end]
        ok = [s for s in rows if s["ok"]]
        return {"data": {"request": len(rows), "success": len(ok), "bill_number": sum(s["fee"] for s in ok)}}

    def _api_pullcallbackstatus(self, account: Account, body: dict[str, Any]) -> dict[str, Any]:
        begin, end = self._range(body)
        success = sum(1 for s in account.submissions if s["ok"] and begin <= s["at"] < end)
        reports = [(cat, r) for at, cat, r in account.reports if begin <= at < end]
        failed = [cat for cat, r in reports if r["report_status"] == "FAIL"]
        data = {"success": success, "status": len(reports), "status_success": len(reports) - len(failed),
                "status_fail": len(failed)}
        data.update({f"status_fail_{n}": failed.count(n) for n in range(5)})
        return {"data": data}
