"""smsdesk-cli with every vendor against the simulator: accounts, balance, send, and errors in words."""

from __future__ import annotations

import io
import json
import sys
from typing import Any

import pytest

from smsdesk.cli import main
from smsdesk.sim.server import Simulator


def cli(capsys: pytest.CaptureFixture[str], *args: str, stdin: str | None = None,
        monkeypatch: pytest.MonkeyPatch | None = None) -> tuple[int, Any, str]:
    if stdin is not None and monkeypatch is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(args))
    captured = capsys.readouterr()
    out = captured.out
    return code, (json.loads(out) if out.strip().startswith(("{", "[")) else out), captured.err


@pytest.fixture
def accounts(sim: Simulator, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    demo = sim.seed_demo()
    adds = {
        "tw": (["--vendor", "twsms", "--set", "username=demo", "--set", "snumber=12345"], "demo-password\n"),
        "sg": (["--vendor", "smsget", "--set", "username=demo"], "demo-password\n"),
        "sep": (["--vendor", "sepsms", "--set", f"origin={demo['sepsms']['origin']}"],
                demo["sepsms"]["api_key"] + "\n"),
        "el": (["--vendor", "engagelab", "--set", f"dev_key={demo['engagelab']['dev_key']}"],
               demo["engagelab"]["dev_secret"] + "\n"),
        "tc": (["--vendor", "tencent", "--set", f"sdkappid={demo['tencent']['sdkappid']}", "--set",
                f"sign={demo['tencent']['sign']}"], demo["tencent"]["appkey"] + "\n"),
    }
    vendors = {"tw": "twsms", "sg": "smsget", "sep": "sepsms", "el": "engagelab", "tc": "tencent"}
    for name, (args, secret) in adds.items():
        code, _, err = cli(capsys, "account", "add", name, *args, "--base-url", sim.base_url(vendors[name]),
                           "--secret-stdin", stdin=secret, monkeypatch=monkeypatch)
        assert code == 0, err
        assert "without encryption" in err  # http:// base URL warns
    return demo


def test_account_list_test_and_balances(sim: Simulator, accounts: dict[str, Any],
                                        capsys: pytest.CaptureFixture[str]) -> None:
    code, listed, _ = cli(capsys, "account", "list", "--json")
    assert {a["name"] for a in listed} == {"Sandbox", "tw", "sg", "sep", "el", "tc"}
    assert all(a["secrets_saved"] for a in listed)
    assert all("password" not in json.dumps(a["settings"]) for a in listed)
    for name in ("tw", "sg", "sep", "tc"):
        code, result, err = cli(capsys, "account", "test", name, "--json")
        assert code == 0 and result["ok"], err
    code, balances, _ = cli(capsys, "balance", "--json")
    by_name = {b["account"]: b for b in balances}
    assert by_name["tw"]["balance"] == 500 and by_name["tw"]["error"] is None
    assert by_name["sg"]["balance"] == 500
    assert isinstance(by_name["sep"]["balance"], (int, float))
    for name in ("el", "tc"):
        assert by_name[name]["balance"] is None
        assert "not offered" in by_name[name]["error"].lower()


def test_sends_through_each_vendor(sim: Simulator, accounts: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    code, sent, err = cli(capsys, "send", "--account", "tw", "--to", "0912345678", "0987654321", "--message",
                          "Hello from TwSMS", "--yes", "--json")
    assert code == 0 and sent["submitted"] == 2 and sent["points"] == 2, err
    code, sent, err = cli(capsys, "send", "--account", "sg", "--to", "0912345678", "0987654321", "--message",
                          "您好", "--yes", "--json")
    assert code == 0 and sent["submitted"] == 2, err
    assert len(sim.requests_to("smsget", "api_send")) == 1  # one batch
    code, sent, err = cli(capsys, "send", "--account", "sep", "--to", "+66812345678", "--message", "hello",
                          "--yes", "--json")
    assert code == 0 and sent["submitted"] == 1, err
    template = accounts["engagelab"]["templates"][0]["id"]
    code, sent, err = cli(capsys, "send", "--account", "el", "--to", "+6591234567", "--template", template,
                          "--param", "code=123456", "--yes", "--json")
    assert code == 0 and sent["submitted"] == 1, err
    tpl = str(accounts["tencent"]["templates"][0])
    code, sent, err = cli(capsys, "send", "--account", "tc", "--to", "+8613800138000", "+8613800138001",
                          "--template", tpl, "--param", "1=1234", "--param", "2=5", "--yes", "--json")
    assert code == 0 and sent["submitted"] == 2, err
    assert len(sim.requests_to("tencent", "sendmultisms2")) == 1


def test_errors_are_explained_in_words(sim: Simulator, accounts: dict[str, Any], capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    # An emoji for TwSMS: refused before anything is spent, the emoji named.
    code, sent, err = cli(capsys, "send", "--account", "tw", "--to", "0912345678", "--message", "Sale 🎉 today",
                          "--yes", "--json")
    assert code == 1 and "🎉" in err
    assert sim.requests_to("twsms", "sms_send") == []
    # A number the vendor rejects (without +886 it would be read as Thai, SepSMS's home region).
    code, sent, err = cli(capsys, "send", "--account", "sep", "--to", "+886912345678", "--message", "hi", "--yes",
                          "--json")
    assert sent == "" or sent.get("submitted", 0) == 0
    assert code == 1 or sent.get("failed") == 1
    # A wrong password: the job pauses with the reason, nothing is lost.
    code, _, err = cli(capsys, "account", "edit", "tw", "--secret-stdin", stdin="wrong\n", monkeypatch=monkeypatch)
    assert code == 0, err
    code, _, err = cli(capsys, "account", "test", "tw")
    assert code == 1 and "password" in err.lower()
    code, sent, err = cli(capsys, "send", "--account", "tw", "--to", "0912345678", "--message", "hi", "--yes",
                          "--json")
    assert code == 1 and sent["status"] == "paused" and sent["queued"] == 1
    assert "password" in sent["note"].lower()


def test_chinese_messages(sim: Simulator, accounts: dict[str, Any], capsys: pytest.CaptureFixture[str],
                          monkeypatch: pytest.MonkeyPatch, qapp: Any) -> None:
    # qapp first: otherwise the CLI creates a bare QCoreApplication for its translator, and
    # every later GUI test in this process would find the wrong kind of application.
    code, _, err = cli(capsys, "account", "edit", "tw", "--secret-stdin", stdin="wrong\n", monkeypatch=monkeypatch)
    from smsdesk.i18n import uninstall_qt_translators

    try:
        code, _, err = cli(capsys, "--lang", "zh_TW", "account", "test", "tw")
    finally:
        uninstall_qt_translators()  # the rest of the test session stays in English
    assert code == 1
    assert "密碼" in err
    code, _, err = cli(capsys, "account", "test", "tw")
    assert "password" in err.lower()
