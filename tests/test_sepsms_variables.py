"""Personalised SepSMS sends: one request per template and batch, the vendor fills each name in.

Real HTTP to the SepSMS (and TwSMS) simulator on 127.0.0.1; the text each recipient gets is read
back from the simulator and compared with what SMS Desk rendered and showed before sending.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest

from smsdesk.core import personalize
from smsdesk.core.accounts import Account, Accounts
from smsdesk.core.engine import SendEngine
from smsdesk.core.jobs import Jobs, JobStatus, PlannedRecipient
from smsdesk.core.server_fill import ServerFill
from smsdesk.core.store import Store
from smsdesk.sim.sepsms import Sim as SepSim
from smsdesk.sim.server import Simulator
from smsdesk.sim.twsms import Sim as TwSim
from smsdesk.vendors.base import AccountConfig
from smsdesk.vendors.sepsms import SepSmsClient

TEMPLATE = "{姓名} 您好，{門市}本週 {discount} 折。"
NAMES = ["王小明", "Somchai", "李{大}華", "", "陳 }{ 美"]


@pytest.fixture
def env(sim: Simulator, home: Path) -> Iterator[tuple[Store, Accounts]]:
    store = Store(home / "smsdesk.db")
    yield store, Accounts(store)
    store.close()


def sepsms_account(sim: Simulator, accounts: Accounts) -> Account:
    key = cast(SepSim, sim.vendors["sepsms"]).add_account(credit=10_000_000, origins=("SEPSMS",))
    return accounts.add("Thai", "sepsms", {"origin": "SEPSMS"}, {"api_key": key}, base_url=sim.base_url("sepsms"))


def thai(n: int) -> list[str]:
    return [f"+668{10_000_000 + i:08d}" for i in range(n)]


def recipients(numbers: list[str], template: str = TEMPLATE) -> list[PlannedRecipient]:
    out = []
    for i, phone in enumerate(numbers):
        name = NAMES[i % len(NAMES)]
        variables = {"姓名": f"{name}{i}" if name else "", "門市": "信義店" if i % 3 else "", "discount": str(8 + i % 2)}
        rendered = personalize.render(template, variables).text
        out.append(PlannedRecipient(phone, variables["姓名"], variables, rendered, 1, 1.0))
    return out


def sent_texts(sim: Simulator) -> dict[str, str]:
    sep = cast(SepSim, sim.vendors["sepsms"])
    with sep.lock:
        return {"+" + norm: r.text for m in sep.messages.values() for norm, r in m.recipients.items()}


def send_requests(sim: Simulator) -> int:
    return len(sim.requests_to("sepsms", "/message/send"))


def batch_limit(sim: Simulator, account: Account, phone: str) -> int:
    client = SepSmsClient(AccountConfig("x", "sepsms", {"origin": "SEPSMS"}, {"api_key": "k"},
                                        base_url=sim.base_url("sepsms")))
    try:
        return client.batch_limit(phone)
    finally:
        client.close()


def run(store: Store, accounts: Accounts, account: Account, planned: list[PlannedRecipient], text: str) -> Any:
    job, _ = Jobs(store).create(account.id, planned, text=text)
    return SendEngine(store, accounts).run(job)


def test_125_personalised_recipients_go_in_one_request_per_batch_each_with_its_own_text(
        sim: Simulator, env: tuple[Store, Accounts]) -> None:
    store, accounts = env
    account = sepsms_account(sim, accounts)
    numbers = thai(125)
    planned = recipients(numbers)
    summary = run(store, accounts, account, planned, TEMPLATE)
    assert summary.status is JobStatus.DONE and summary.counts["submitted"] == 125
    assert send_requests(sim) == math.ceil(125 / batch_limit(sim, account, numbers[0]))
    got = sent_texts(sim)
    assert got == {r.phone: r.rendered for r in planned}
    # A missing value is blank, never a literal placeholder; braces in a value arrive as written.
    assert got[numbers[3]] == " 您好，本週 9 折。"
    assert got[numbers[2]].startswith("李{大}華2 您好")
    assert not any("{姓名}" in t or "{v1}" in t or "{discount}" in t for t in got.values())


def test_a_plain_job_is_one_request_of_its_text(sim: Simulator, env: tuple[Store, Accounts]) -> None:
    store, accounts = env
    account = sepsms_account(sim, accounts)
    numbers = thai(30)
    summary = run(store, accounts, account, [PlannedRecipient(p, rendered="Sale {today}!") for p in numbers],
                  "Sale {{today}}!")
    assert summary.counts["submitted"] == 30
    assert send_requests(sim) == 1
    assert set(sent_texts(sim).values()) == {"Sale {today}!"}


def test_a_literal_brace_in_a_personalised_text_falls_back_to_one_request_per_text(
        sim: Simulator, env: tuple[Store, Accounts]) -> None:
    store, accounts = env
    account = sepsms_account(sim, accounts)
    template = "{{code}} for {姓名}"
    planned = recipients(thai(10), template)
    run(store, accounts, account, planned, template)
    assert sent_texts(sim) == {r.phone: r.rendered for r in planned}
    assert send_requests(sim) == len({r.rendered for r in planned})


def test_a_row_whose_text_was_changed_goes_alone_as_its_own_text(sim: Simulator, env: tuple[Store, Accounts]) -> None:
    store, accounts = env
    account = sepsms_account(sim, accounts)
    planned = recipients(thai(20))
    planned[5].rendered = "edited by hand"
    run(store, accounts, account, planned, TEMPLATE)
    assert sent_texts(sim) == {r.phone: r.rendered for r in planned}
    assert send_requests(sim) == 2


def test_other_vendors_still_get_their_rendered_texts_as_before(sim: Simulator, env: tuple[Store, Accounts]) -> None:
    store, accounts = env
    cast(TwSim, sim.vendors["twsms"]).add_account("shop", "pa55-word!", balance=100_000)
    account = accounts.add("Shop", "twsms", {"username": "shop"}, {"password": "pa55-word!"},
                           base_url=sim.base_url("twsms"))
    planned = recipients([f"+8869{10_000_000 + i:08d}" for i in range(25)])
    summary = run(store, accounts, account, planned, TEMPLATE)
    assert summary.counts["submitted"] == 25
    # TwSMS takes one number per request and fills nothing in: each goes alone with its rendered text.
    assert len(sim.requests_to("twsms", "/json/sms_send.php")) == 25
    twsms = cast(TwSim, sim.vendors["twsms"])
    with twsms.lock:
        got = sorted(m.message for m in twsms.messages.values())
    assert got == sorted(r.rendered for r in planned)
    assert send_requests(sim) == 0


def test_server_fill_keys_are_plain_words_and_every_key_is_given() -> None:
    form = ServerFill.of("{ E-mail } {name} {v1}")
    assert form is not None and form.text == "{v2} {name} {v1}"
    assert form.values({"e-mail": "a@b", "name": "x"}, "a@b x ") == {"v2": "a@b", "name": "x", "v1": ""}
    assert form.values({"name": "x"}, "something else") is None
    assert ServerFill.of("no placeholders") is None and ServerFill.of("{{x}} {y}") is None
