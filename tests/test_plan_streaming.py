"""Plans and sends stream through the store: a plan past its in-memory share behaves exactly as a small one.

The thresholds are lowered so a few dozen recipients take the paths a million take: the plan's
rows go to its scratch file in chunks, the engine reads the queue a page at a time.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pytest

from smsdesk.core import batches, plan_rows
from smsdesk.core.accounts import Accounts
from smsdesk.core.contacts import ContactRepository
from smsdesk.core.engine import SendEngine
from smsdesk.core.jobs import Jobs
from smsdesk.core.planner import SKIPPED_KEPT, create_job, plan_send
from smsdesk.core.store import Store
from smsdesk.sim.server import Simulator

USER, PASSWORD = "streamer", "stream-Secret-1"


class Env:
    def __init__(self, sim: Simulator, home: Path) -> None:
        self.sim = sim
        self.home = home
        self.store = Store(home / "smsdesk.db")
        self.accounts = Accounts(self.store)
        sim.vendors["smsget"].add_account(USER, PASSWORD, balance=100_000)  # type: ignore[attr-defined]
        self.account = self.accounts.add("Get", "smsget", {"username": USER, "rate_per_s": 500, "concurrency": 4},
                                         {"password": PASSWORD}, base_url=sim.base_url("smsget"))
        self.contacts = ContactRepository(self.store)

    def members(self, name: str, numbers: list[str], **fields: str) -> None:
        lst = self.contacts.create_list(name)
        for i, phone in enumerate(numbers):
            self.contacts.add_contact(lst.id, phone, f"客戶{i}", {"門市": fields.get("store", "台北")})

    def plan(self, **kwargs: Any) -> Any:
        return plan_send(self.store, self.account, **kwargs)

    def sends(self) -> list[dict[str, str]]:
        return [{k: v[0] for k, v in parse_qs(r.body.decode("utf-8")).items()}
                for r in self.sim.requests_to("smsget", "/api_send.php")]


@pytest.fixture
def env(sim: Simulator, home: Path) -> Iterator[Env]:
    e = Env(sim, home)
    yield e
    e.store.close()


def tw(n: int, start: int = 0) -> list[str]:
    return [f"09{20_000_000 + start + i:08d}" for i in range(n)]


def scratch_files(env: Env) -> list[Path]:
    return sorted((env.home / "scratch").glob("plan-*.db")) if (env.home / "scratch").exists() else []


def picture(plan: Any) -> tuple[Any, ...]:
    return ([(r.phone, r.name, r.rendered, r.segments, r.points) for r in plan.recipients],
            [s.as_json() for s in plan.skipped], plan.skipped_counts(), plan.points, plan.segments,
            plan.max_segments, plan.describe())


def test_a_spilled_plan_is_the_same_plan_and_its_scratch_file_goes_away(env: Env,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    env.members("A", tw(40))
    env.members("B", tw(10, start=35))  # five of them are in A too
    env.contacts.add_optout("0920000003")
    kwargs: dict[str, Any] = dict(phones=["0920000001", "12345", "0988 777 666"], lists=["A", "B"],
                                  text="{姓名} 您好，{門市}店見！")
    small = env.plan(**kwargs)
    assert not small.rows.spilled and scratch_files(env) == []

    monkeypatch.setattr(plan_rows, "SPILL_AFTER", 4)
    monkeypatch.setattr(plan_rows, "CHUNK", 7)
    big = env.plan(**kwargs)
    assert big.rows.spilled and len(scratch_files(env)) == 1
    assert picture(big) == picture(small)
    assert len(big.recipients) == 2 + 38 + 5  # typed, list A without a repeat and the opt-out, then B's new ones
    assert big.recipients[0].phone == "+886920000001" and big.recipients[-1].phone == "+886920000044"
    assert big.skipped_counts() == {"invalid": 1, "duplicate": 6, "opted_out": 1}

    job = create_job(env.store, env.account, big)
    stored = [(m.phone, m.contact_name, m.rendered) for m in Jobs(env.store).messages(job)]
    assert stored == [(r.phone, r.name, r.rendered) for r in small.recipients]
    big.rows.close()
    assert scratch_files(env) == []


def test_repeats_are_marked_in_the_stream_and_toggled_without_planning_again(
        env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    numbers = tw(12)
    first = env.plan(phones=numbers[:5], text="Sale today")
    SendEngine(env.store, env.accounts).run(create_job(env.store, env.account, first))

    monkeypatch.setattr(plan_rows, "SPILL_AFTER", 3)
    monkeypatch.setattr(plan_rows, "CHUNK", 4)
    plan = env.plan(phones=numbers, text="Sale today", repeat_window=timedelta(days=1))
    assert plan.rows.spilled and not plan.repeats_included
    assert [r.phone for r in plan.recipients] == [f"+886{n[1:]}" for n in numbers[5:]]
    assert len(plan.repeats) == 5 and plan.skipped_counts() == {"repeat": 5}
    assert [s.value for s in plan.skipped] == numbers[:5]  # as the user wrote them
    assert plan.repeat_text.startswith("5 of these 12 people got this exact message today at")
    assert plan.points == 7
    plan.include_repeats(True)
    assert [r.phone for r in plan.recipients] == [f"+886{n[1:]}" for n in numbers]  # in the order given
    assert plan.points == 12 and plan.skipped == [] and plan.skipped_total == 0
    plan.include_repeats(False)
    assert len(plan.recipients) == 7 and plan.points == 7
    job = create_job(env.store, env.account, plan)
    assert [m.phone for m in Jobs(env.store).messages(job)] == [f"+886{n[1:]}" for n in numbers[5:]]


def test_skipped_entries_are_counted_all_and_kept_up_to_the_cap(env: Env) -> None:
    bad = [f"12{i:04d}" for i in range(SKIPPED_KEPT + 5)]
    plan = env.plan(phones=["0920000001", *bad], text="hi")
    assert len(plan.recipients) == 1
    assert plan.skipped_total == SKIPPED_KEPT + 5 and len(plan.skipped) == SKIPPED_KEPT
    assert plan.skipped[0].value == bad[0]
    assert f"and {SKIPPED_KEPT + 5 - 20} more" in plan.describe()


def test_the_engine_reads_the_queue_page_by_page_and_still_fills_every_request(
        env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batches, "PAGE", 60)
    env.members("Same", tw(600))
    plan = env.plan(lists=["Same"], text="週末全館 85 折")
    summary = SendEngine(env.store, env.accounts).run(create_job(env.store, env.account, plan))
    assert summary.counts["submitted"] == 600
    assert [len(r["phone"].split(",")) for r in env.sends()] == [250, 250, 100]  # as if read at once


def test_many_texts_held_past_the_cap_go_part_filled_and_each_number_once(
        env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batches, "PAGE", 16)
    monkeypatch.setattr(batches, "HOLD", 20)
    numbers = tw(90)
    lst = env.contacts.create_list("Mixed")
    for i, phone in enumerate(numbers):
        env.contacts.add_contact(lst.id, phone, f"客戶{i}", {"門市": f"店{i % 30}"})
    plan = env.plan(lists=["Mixed"], text="{門市}週年慶")
    summary = SendEngine(env.store, env.accounts).run(create_job(env.store, env.account, plan))
    assert summary.counts["submitted"] == 90
    sent = [p for r in env.sends() for p in r["phone"].split(",")]
    assert sorted(sent) == sorted(numbers) and len(set(sent)) == 90
    texts = [r["sms_msg"] for r in env.sends()]
    assert len(texts) < 90 and set(texts) == {f"店{i}週年慶" for i in range(30)}
