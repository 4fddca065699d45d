"""TwSMS edges as its document describes them, end to end over real HTTP to the simulator:
a scheduled message past its time takes its state from the query answer, the first reply fetch
reaches as far back as the setting says, and every check SMS Desk makes itself says so."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from smsdesk.cli import main
from smsdesk.cli_common import app_settings
from smsdesk.core.settings import REPLIES_FIRST_DAYS
from smsdesk.sim.server import Simulator
from smsdesk.sim.twsms import Sim as TwsmsSim
from smsdesk.vendors.base import AccountConfig, SendRequest, VendorError
from smsdesk.vendors.http import HttpPolicy
from smsdesk.vendors.twsms import TwsmsClient

TAIPEI = timezone(timedelta(hours=8))
USER, PASSWORD, SNUMBER = "shop", "tw-Secret-pa55", "12345"
MO = "/json/smsmo_query.php"


def cli(capsys: pytest.CaptureFixture[str], *args: str, stdin: str = "") -> tuple[int, Any, str]:
    sys.stdin = io.StringIO(stdin)
    try:
        code = main(list(args))
    finally:
        sys.stdin = sys.__stdin__
    captured = capsys.readouterr()
    out = captured.out
    return code, (json.loads(out) if out.strip().startswith(("{", "[")) else out), captured.err


@pytest.fixture
def tw(sim: Simulator, capsys: pytest.CaptureFixture[str]) -> TwsmsSim:
    vendor = sim.vendors["twsms"]
    assert isinstance(vendor, TwsmsSim)
    vendor.add_account(USER, PASSWORD, balance=100, snumbers={SNUMBER})
    code, _, err = cli(capsys, "account", "add", "tw", "--vendor", "twsms", "--set", f"username={USER}",
                       "--set", f"snumber={SNUMBER}", "--base-url", sim.base_url("twsms"), "--secret-stdin",
                       stdin=PASSWORD + "\n")
    assert code == 0, err
    return vendor


def states(capsys: pytest.CaptureFixture[str], job: int) -> list[str]:
    code, shown, err = cli(capsys, "status", str(job), "--refresh", "--json")
    assert code == 0 and "note" not in shown, err
    return [r["state"] for r in shown["recipients"]]


def test_a_scheduled_message_past_its_time_takes_the_query_answer(
        sim: Simulator, tw: TwsmsSim, capsys: pytest.CaptureFixture[str]) -> None:
    when = (datetime.now(UTC) + timedelta(hours=2)).replace(second=0, microsecond=0)
    code, sent, err = cli(capsys, "send", "--account", "tw", "--to", "0912345678", "--message", "明天見",
                          "--at", when.isoformat(), "--yes", "--json")
    assert code == 0, err
    job = sent["job"]
    (msgid,) = list(tw.messages)
    assert states(capsys, job) == ["scheduled"]  # 00310: 預約尚未送出
    # The time passes: TwSMS sends it and answers 00001 (狀態尚未回復) until the report is back.
    tw.messages[msgid].sendtime = datetime.now(TAIPEI) - timedelta(minutes=1)
    assert states(capsys, job) == ["submitted"]
    tw.deliver(msgid, push=False)
    assert states(capsys, job) == ["delivered"]


def test_the_first_reply_fetch_reaches_as_far_back_as_the_setting(
        sim: Simulator, tw: TwsmsSim, capsys: pytest.CaptureFixture[str]) -> None:
    now = datetime.now(TAIPEI)
    tw.inject_reply("0911222333", "三週前的回覆", at=now - timedelta(days=20))
    tw.inject_reply("0911222333", "今天的回覆", at=now)
    settings = app_settings()
    settings.setValue(REPLIES_FIRST_DAYS, 30)
    settings.sync()
    code, replies, err = cli(capsys, "replies", "--refresh", "--json")
    assert code == 0, err
    assert {r["text"] for r in replies} == {"今天的回覆", "三週前的回覆"}
    assert len(sim.requests_to("twsms", MO)) == 31  # one documented day (sdate) per request, today included
    # Later fetches go on from the latest reply: today only.
    code, _, err = cli(capsys, "replies", "--refresh", "--json")
    assert code == 0 and len(sim.requests_to("twsms", MO)) == 32, err


def test_by_default_the_first_fetch_reaches_a_week_back(
        sim: Simulator, tw: TwsmsSim, capsys: pytest.CaptureFixture[str]) -> None:
    tw.inject_reply("0911222333", "三週前的回覆", at=datetime.now(TAIPEI) - timedelta(days=20))
    code, replies, err = cli(capsys, "replies", "--refresh", "--json")
    assert code == 0 and replies == [] and len(sim.requests_to("twsms", MO)) == 8, err


@pytest.fixture
def client(sim: Simulator, tw: TwsmsSim) -> Iterator[Callable[..., TwsmsClient]]:
    made: list[TwsmsClient] = []

    def make(**settings: Any) -> TwsmsClient:
        account = AccountConfig("Shop", "twsms", {"username": USER, **settings}, {"password": PASSWORD},
                                base_url=sim.base_url("twsms"))
        made.append(TwsmsClient(account, http=HttpPolicy(secrets=[PASSWORD], read_timeout=2, backoff=0.01)))
        return made[-1]

    yield make
    for c in made:
        c.close()


# Every check the driver makes before a request: (settings, phone, text, scheduled in, code).
LOCAL_CHECKS = {
    "not a number": ({}, "+12", "hi", None, "00100"),
    "a Taiwan landline": ({}, "+886223456789", "hi", None, "00100"),
    "empty text": ({}, "+886912345678", "  ", None, "00110"),
    "emoji": ({}, "+886912345678", "週年慶 🎉", None, "00180"),
    "long text abroad": ({}, "+14155550123", "您" * 71, None, "00120"),
    "long text with long messages off": ({"long_sms": False}, "+886912345678", "您" * 71, None, "00130"),
    "over the maximum": ({}, "+886912345678", "您" * 336, None, "00130"),
    "a validity out of range": ({"expirytime": "100"}, "+886912345678", "hi", None, "00060"),
    "a report address that is not one": ({"drurl": "www.example.com/r"}, "+886912345678", "hi", None, "00140"),
    "a time too soon": ({}, "+886912345678", "hi", timedelta(seconds=20), "00150"),
}


@pytest.mark.parametrize("case", sorted(LOCAL_CHECKS))
def test_checks_made_locally_are_worded_as_sms_desks(sim: Simulator, client: Callable[..., TwsmsClient],
                                                     case: str) -> None:
    settings, phone, text, ahead, code = LOCAL_CHECKS[case]
    when = datetime.now(UTC) + ahead if ahead is not None else None
    with pytest.raises(VendorError) as err:
        client(**settings).send(SendRequest([phone], text, schedule_at=when))
    assert err.value.message.startswith("SMS Desk did not send it: "), err.value.message
    assert "TwSMS refused" not in err.value.message and "TwSMS says" not in err.value.message
    assert err.value.code == code and not err.value.sent
    assert sim.requests_to("twsms") == []
