"""``smsdesk-cli balance`` shows what the Balances tab shows: for a vendor without a balance query that
declares statistics instead (Tencent v5), this month's figures, in words and in --json. Real HTTP."""

from __future__ import annotations

import io
import json
import sys
from datetime import datetime, timedelta, timezone
from typing import Any, cast

import pytest

from smsdesk.cli import main
from smsdesk.core.accounts import Accounts
from smsdesk.core.balances import read_balance
from smsdesk.core.store import open_store
from smsdesk.sim.server import Simulator
from smsdesk.sim.tencent import Sim as TencentSim

APPID, APPKEY = "1400088888", "tc-appkey-88"
CHINA = timezone(timedelta(hours=8))


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    out = captured.out
    return code, (json.loads(out) if out.strip().startswith(("{", "[")) else out), captured.err


def test_balance_shows_this_months_statistics_like_the_balances_tab(
        sim: Simulator, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    tc = cast(TencentSim, sim.vendors["tencent"])
    tc.add_account(APPID, APPKEY)
    tc.add_sign("Shop")
    tpl = tc.add_template("Hello {1}")
    monkeypatch.setattr(sys, "stdin", io.StringIO(APPKEY + "\n"))
    assert cli(capsys, "account", "add", "Cloud", "--vendor", "tencent", "--set", f"sdkappid={APPID}", "--set",
               "sign=Shop", "--base-url", sim.base_url("tencent"), "--secret-stdin")[0] == 0
    tc.account(APPID).blacklist.add("+8613700000003")
    code, sent, err = cli(capsys, "send", "--account", "Cloud", "--to", "+8613700000001", "+8613700000002",
                          "+8613700000003", "--template", str(tpl), "--param", "1=" + "長" * 80, "--yes", "--json")
    assert code == 0 and sent["submitted"] == 2 and sent["failed"] == 1, err

    code, readings, err = cli(capsys, "balance", "Cloud", "--json")
    assert code == 0, err
    [reading] = readings
    instead = reading["instead"]
    assert instead["figures"] == {"request": 3, "success": 2, "bill_number": 4}  # 2 parts each
    assert instead["text"] == "No balance query in Tencent v5. This month: 3 submitted, 2 accepted, 4 billed."
    begin = datetime.fromisoformat(instead["from"])
    now = datetime.now(CHINA)
    assert (begin.day, begin.hour, begin.utcoffset()) == (1, 0, timedelta(hours=8)) and begin.month == now.month
    asked = [json.loads(r.body) for r in sim.requests_to("tencent", "/v5/tlssmssvr/pullsendstatus")]
    assert asked[-1]["begin_date"] == int(begin.strftime("%Y%m0100"))

    code, table, _ = cli(capsys, "balance")
    [line] = [row for row in table.splitlines() if row.startswith("Cloud")]
    assert "This month: 3 submitted, 2 accepted, 4 billed." in line

    # The Balances tab reads the same core call and shows the same sentence.
    store = open_store()
    try:
        accounts = Accounts(store)
        tab_reading = read_balance(store, accounts, accounts.require("Cloud"))
    finally:
        store.close()
    assert tab_reading.detail == instead["text"] and tab_reading.figures == instead["figures"]
