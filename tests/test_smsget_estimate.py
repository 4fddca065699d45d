"""SMS-Get's document is silent on how emoji count: the estimate takes the more expensive reading
and says it is an estimate (in the confirmation and in Compose's counter)."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from support.gui import compose_tabs, opened_ctx

from smsdesk.cli import main
from smsdesk.core import segments
from smsdesk.gui.context import AppContext
from smsdesk.gui.tabs.compose import ComposeTab
from smsdesk.sim.server import Simulator
from smsdesk.vendors.smsget_rules import emoji_note

EMOJI_TEXT = "a" * 69 + "\U0001f600"  # 70 code points, 71 UTF-16 units
PLAIN_TEXT = "a" * 69 + "\u263a"  # 70 characters either way: no doubt, no note


def cli(capsys: pytest.CaptureFixture[str], *args: str, stdin: str = "") -> tuple[int, Any, str]:
    sys.stdin = io.StringIO(stdin)
    try:
        code = main(list(args))
    finally:
        sys.stdin = sys.__stdin__
    captured = capsys.readouterr()
    out = captured.out
    return code, (json.loads(out) if out.strip().startswith(("{", "[")) else out), captured.err


def test_pricing_takes_the_more_expensive_reading_only_when_in_doubt() -> None:
    c = segments.cost("smsget", EMOJI_TEXT)
    assert (c.segments, c.points, c.note) == (2, 2, emoji_note())
    assert "estimate" in c.note
    plain = segments.cost("smsget", PLAIN_TEXT)
    assert (plain.segments, plain.note) == (1, "")
    assert segments.cost("smsget", EMOJI_TEXT, "+8613800138000").points == 8  # 4 per part
    assert segments.cost("twsms", "a" * 60).note == ""  # other rules are exact


def test_confirmation_says_it_is_an_estimate(sim: Simulator, capsys: pytest.CaptureFixture[str]) -> None:
    sim.seed_demo()
    code, _, err = cli(capsys, "account", "add", "sg", "--vendor", "smsget", "--set", "username=demo",
                       "--base-url", sim.base_url("smsget"), "--secret-stdin", stdin="demo-password\n")
    assert code == 0, err
    # Without --yes and nobody to answer: the summary is shown and nothing is sent.
    code, _, err = cli(capsys, "send", "--account", "sg", "--to", "0912345678", "--message", EMOJI_TEXT)
    assert code == 1 and emoji_note() in err and "Estimated cost: 2" in err
    assert sim.requests_to("smsget", "api_send") == []
    code, _, err = cli(capsys, "send", "--account", "sg", "--to", "0912345678", "--message", PLAIN_TEXT)
    assert code == 1 and emoji_note() not in err
    # Sent for real: SMS-Get's answer names what it charged, never more than the estimate.
    code, sent, err = cli(capsys, "send", "--account", "sg", "--to", "0912345678", "--message", EMOJI_TEXT,
                          "--yes", "--json")
    assert code == 0 and sent["submitted"] == 1, err
    assert len(sim.requests_to("smsget", "api_send")) == 1
    assert 0 < sent["points"] <= 2


@pytest.fixture
def ctx(home: Path) -> Iterator[AppContext]:
    yield from opened_ctx()


@pytest.fixture
def make_tab(qtbot: QtBot, ctx: AppContext) -> Iterator[Callable[[], ComposeTab]]:
    yield from compose_tabs(qtbot, ctx)


def test_compose_counter_says_it_is_an_estimate(make_tab: Callable[[], ComposeTab], ctx: AppContext) -> None:
    ctx.accounts.add("Shop SMS-Get", "smsget", {"username": "u"}, {"password": "p"},
                     base_url="http://127.0.0.1:9/smsget")
    tab = make_tab()
    assert tab.select_account("Shop SMS-Get")
    tab.message.setPlainText(EMOJI_TEXT)
    assert tab.analysis is not None and tab.analysis.cost is not None and tab.analysis.cost.points == 2
    assert emoji_note() in tab.counter.text()
    tab.message.setPlainText(PLAIN_TEXT)
    assert tab.analysis is not None and tab.analysis.cost is not None and tab.analysis.cost.points == 1
    assert emoji_note() not in tab.counter.text()
