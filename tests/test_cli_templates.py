"""smsdesk-cli template add/list/remove, and sends that leave a template value empty, against the simulators.

A template parameter without a value is refused before anything is sent: for the whole job
when no value is given, for the one recipient whose list column is empty otherwise.
"""

from __future__ import annotations

import io
import json
import sys
from typing import Any, cast

import pytest

from smsdesk.cli import main
from smsdesk.core.contacts import ContactRepository
from smsdesk.core.store import open_store
from smsdesk.sim.engagelab import Sim as EngageSim
from smsdesk.sim.server import Simulator
from smsdesk.sim.tencent import Sim as TencentSim

MARKETING = "Hi {{name}}! Enjoy {{promotion}} off this week."


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    out = captured.out
    return code, (json.loads(out) if out.strip().startswith(("{", "[")) else out), captured.err


@pytest.fixture
def el(sim: Simulator, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> EngageSim:
    engage = cast(EngageSim, sim.vendors["engagelab"])
    engage.add_account("shop-key", "shop-Secret-9")
    engage.add_template("shop-key", "marketing-template", MARKETING)
    monkeypatch.setattr(sys, "stdin", io.StringIO("shop-Secret-9\n"))
    code, _, err = cli(capsys, "account", "add", "Global", "--vendor", "engagelab", "--set", "dev_key=shop-key",
                       "--base-url", sim.base_url("engagelab"), "--secret-stdin")
    assert code == 0, err
    return engage


def test_template_add_list_remove_and_send(sim: Simulator, el: EngageSim, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(capsys, "template", "list", "Global")
    assert code == 0 and "no templates yet" in out and "template add Global" in out
    code, added, err = cli(capsys, "template", "add", "Global", "marketing-template", "--text", MARKETING,
                           "--name", "Weekly offer", "--json")
    assert code == 0, err
    assert added == {"id": "marketing-template", "name": "Weekly offer (marketing-template)",
                     "params": ["name", "promotion"], "text": MARKETING}
    code, _, err = cli(capsys, "template", "add", "Global", "marketing-template", "--text", "Other")
    assert code == 1 and "already has a template marketing-template" in err and "--replace" in err
    code, out, _ = cli(capsys, "template", "add", "Global", "otp", "--text", "Code {{code}}")
    assert code == 0 and "code (--param K=V)" in out
    code, listed, _ = cli(capsys, "template", "list", "Global", "--json")
    assert [t["id"] for t in listed] == ["marketing-template", "otp"]
    code, table, _ = cli(capsys, "template", "list", "Global")
    assert "Weekly offer (marketing-template)" in table and "name, promotion" in table
    # The settings the Accounts dialog edits: the same list, the same entry form.
    code, accounts, _ = cli(capsys, "account", "list", "--json")
    [account] = [a for a in accounts if a["name"] == "Global"]
    assert account["settings"]["templates"][0] == {"id": "marketing-template", "name": "Weekly offer",
                                                   "params": ["name", "promotion"], "preview": MARKETING}

    code, sent, err = cli(capsys, "send", "--account", "Global", "--to", "0912345678", "--template",
                          "marketing-template", "--param", "name=Bob", "--param", "promotion=30%", "--yes", "--json")
    assert code == 0 and sent["submitted"] == 1, err
    assert [p["text"] for p in el.control("plans", {})] == ["Hi Bob! Enjoy 30% off this week."]

    code, out, _ = cli(capsys, "template", "remove", "Global", "otp")
    assert code == 0 and "removed" in out
    code, _, err = cli(capsys, "template", "remove", "Global", "otp")
    assert code == 1 and "has no template otp" in err
    code, listed, _ = cli(capsys, "template", "list", "Global", "--json")
    assert [t["id"] for t in listed] == ["marketing-template"]


def test_accounts_without_a_template_list_are_refused_in_words(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = cli(capsys, "template", "list", "Sandbox")
    assert code == 1 and "sends free text, not templates" in err
    code, _, err = cli(capsys, "template", "add", "Nobody", "x", "--text", "y")
    assert code == 1 and "Nobody" in err
    code, _, err = cli(capsys, "template", "add", "Sandbox", "x")  # --text is required: wrong use
    assert code == 2 and "--text" in err


def test_tencent_templates_live_at_the_vendor(sim: Simulator, capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    tencent_account(sim, capsys, monkeypatch)
    code, _, err = cli(capsys, "template", "add", "Cloud", "1", "--text", "Hello {1}")
    assert code == 1 and "keeps its templates itself" in err and "Vendor tools" in err


def test_a_send_without_a_template_value_is_refused_before_anything_is_sent(
        sim: Simulator, el: EngageSim, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(capsys, "template", "add", "Global", "marketing-template", "--text", MARKETING)[0] == 0
    code, _, err = cli(capsys, "send", "--account", "Global", "--to", "0912345678", "--template",
                       "marketing-template", "--param", "name=Bob", "--yes")
    assert code == 1
    assert "needs a value for \u201cpromotion\u201d" in err and "--param promotion=VALUE" in err
    assert sim.requests_to("engagelab") == []  # the customer never gets the literal {{promotion}}
    code, _, err = cli(capsys, "send", "--account", "Global", "--to", "0912345678", "--template",
                       "marketing-template", "--param", "name=Bob", "--param", "promotion= ", "--yes")
    assert code == 1 and "promotion" in err and sim.requests_to("engagelab") == []


def test_the_recipient_whose_column_is_empty_is_skipped_with_the_reason(
        sim: Simulator, el: EngageSim, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(capsys, "template", "add", "Global", "marketing-template", "--text", MARKETING)[0] == 0
    store = open_store()
    try:
        repo = ContactRepository(store)
        lst = repo.create_list("VIP", ["優惠"])
        repo.add_contact(lst.id, "+886912000001", "Amy", {"優惠": "30%"})
        repo.add_contact(lst.id, "+886912000002", "Ben", {"優惠": ""})
    finally:
        store.close()
    code, sent, err = cli(capsys, "send", "--account", "Global", "--list", "VIP", "--template", "marketing-template",
                          "--param", "name={name}", "--param", "promotion={優惠}", "--yes", "--json")
    assert code == 0, err
    assert sent["submitted"] == 1 and sent["skipped"] == 1
    [skipped] = sent["skipped_reasons"]
    assert skipped["phone"] == "+886912000002" and skipped["reason"] == "missing_value"
    assert "\u201cpromotion\u201d" in skipped["message"] and "column \u201c優惠\u201d is empty" in skipped["message"]
    assert [(p["to"], p["text"]) for p in el.control("plans", {})] == [
        (["886912000001"], "Hi Amy! Enjoy 30% off this week.")]


def tencent_account(sim: Simulator, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> int:
    tc = cast(TencentSim, sim.vendors["tencent"])
    tc.add_account("1400077777", "tc-appkey-77")
    tc.add_sign("Shop")
    tpl = tc.add_template("Hello {1}, your order {2} is ready.")
    monkeypatch.setattr(sys, "stdin", io.StringIO("tc-appkey-77\n"))
    code, _, err = cli(capsys, "account", "add", "Cloud", "--vendor", "tencent", "--set", "sdkappid=1400077777",
                       "--set", "sign=Shop", "--base-url", sim.base_url("tencent"), "--secret-stdin")
    assert code == 0, err
    return tpl


def test_tencent_send_missing_a_numbered_value_is_refused(sim: Simulator, capsys: pytest.CaptureFixture[str],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    tpl = tencent_account(sim, capsys, monkeypatch)
    code, _, err = cli(capsys, "send", "--account", "Cloud", "--to", "+8613700000001", "--template", str(tpl),
                       "--param", "1=Amy", "--yes")
    assert code == 1 and "needs a value for \u201c2\u201d" in err and "--param 2=VALUE" in err
    assert not [r for r in sim.requests_to("tencent") if "send" in r.url]  # only the template list was read
    code, sent, err = cli(capsys, "send", "--account", "Cloud", "--to", "+8613700000001", "--template", str(tpl),
                          "--param", "1=Amy", "--param", "2=A-7", "--yes", "--json")
    assert code == 0 and sent["submitted"] == 1, err
