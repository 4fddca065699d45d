"""Moving a desk's data into a shared workspace: complete, remapped, merged by name, idempotent."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from support.db import with_database

from smsdesk.core.accounts import Accounts
from smsdesk.core.contacts import ContactRepository
from smsdesk.core.credentials import Credentials, MemoryKeyring
from smsdesk.core.engine import SendEngine
from smsdesk.core.jobs import Jobs, PlannedRecipient
from smsdesk.core.store import Store
from smsdesk.core.tracking import store_replies
from smsdesk.core.workspace_join import JOINED_KEY, JoinCancelled, JoinError, join_workspace
from smsdesk.sim.server import Simulator
from smsdesk.vendors.base import Reply

TW_USER, TW_PASS, SNUMBER = "shop", "tw-Secret-pa55", "12345"
PHONES = ["+886912345678", "+886912345679", "+886912345680"]


def make_desk(folder: Path, sim: Simulator) -> Store:
    """A desk with an account that really sent a job (so it has delivery events), a list, replies..."""
    store = Store(folder / "smsdesk.db")
    accounts = Accounts(store, Credentials(backend=MemoryKeyring()))
    accounts.ensure_sandbox()
    sim.vendors["twsms"].add_account(TW_USER, TW_PASS, balance=1000, snumbers={SNUMBER})
    shop = accounts.add("Shop", "twsms", {"username": TW_USER, "snumber": SNUMBER}, {"password": TW_PASS},
                        base_url=sim.base_url("twsms"))
    accounts.add("Branch", "twsms", {"username": "b", "snumber": SNUMBER}, {"password": "x"},
                 base_url=sim.base_url("twsms"))
    contacts = ContactRepository(store)
    vip = contacts.create_list("VIP", ["門市"])
    for n, phone in enumerate(PHONES):
        contacts.add_contact(vip.id, phone, f"客戶{n}", {"門市": "台北"})
    other = contacts.create_list("Newsletter")
    contacts.add_contact(other.id, "+886922000111", "Lin")
    contacts.add_optout("+886933000222", note="asked at the counter")
    job, _ = Jobs(store).create(shop.id, [PlannedRecipient(p, rendered="hello") for p in PHONES], text="hello")
    SendEngine(store, accounts).run(job)
    sandbox = accounts.all()[0]
    assert sandbox.is_sandbox
    Jobs(store).create(sandbox.id, [PlannedRecipient(PHONES[0], rendered="practice")], text="practice")
    store_replies(store, shop, [Reply(PHONES[0], "謝謝", datetime(2026, 12, 1, 9, tzinfo=UTC), "r-1"),
                                Reply(PHONES[1], "OK", datetime(2026, 12, 1, 10, tzinfo=UTC), "r-2")])
    store.execute("UPDATE replies SET handled=1 WHERE vendor_ref='r-1'")
    store.execute("INSERT INTO balance_snapshots(account_id, balance, unit, read_at) VALUES(?, 880, 'points', "
                  "'2026-12-01T08:00:00Z')", (shop.id,))
    return store


@pytest.fixture
def desk(tmp_path: Path, sim: Simulator) -> Iterator[Store]:
    store = make_desk(tmp_path / "desk", sim)
    yield store
    store.close()
    path = store.path
    if path.exists():
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Store]:
    """A workspace another desk already uses: an account and a list of the same names, one shared number."""
    store = Store(tmp_path / "workspace" / "smsdesk.db")
    accounts = Accounts(store, Credentials(backend=MemoryKeyring()))
    accounts.add("shop", "twsms", {"username": "other-desk", "snumber": SNUMBER}, {"password": "y"})
    contacts = ContactRepository(store)
    vip = contacts.create_list("vip")
    contacts.add_contact(vip.id, PHONES[0], "Already here")
    contacts.add_optout("+886933000222", note="the other desk's")
    yield store
    store.close()


def snapshot(store: Store) -> dict[str, int]:
    return {t: int(store.query_one(f"SELECT COUNT(*) FROM {t}")[0]) for t in
            ("accounts", "contact_lists", "contacts", "optouts", "jobs", "messages", "delivery_events", "replies",
             "balance_snapshots")}


def test_everything_is_copied_remapped_and_merged_by_name(desk: Store, workspace: Store) -> None:
    local = snapshot(desk)
    before = snapshot(workspace)
    seen: list[tuple[int, int]] = []
    report = join_workspace(desk, workspace, desk="counter-2", progress=lambda d, t, _w: seen.append((d, t)))
    after = snapshot(workspace)
    assert report.merged_accounts == ["Shop"] and report.merged_lists == ["VIP"]
    assert report.copied["accounts"] == 1  # Branch; Shop merged; the Sandbox stays
    assert after["accounts"] == before["accounts"] + 1
    assert after["contact_lists"] == before["contact_lists"] + 1  # Newsletter; VIP merged
    assert after["contacts"] == before["contacts"] + 3  # the number both had is there once
    assert after["optouts"] == before["optouts"]  # the same number
    assert report.skipped_sandbox_jobs == 1
    assert after["jobs"] == 1 and after["messages"] == 3
    assert after["delivery_events"] == local["delivery_events"] > 0
    assert after["replies"] == 2 and after["balance_snapshots"] == 1
    assert seen[-1][0] == seen[-1][1] == sum(v for k, v in local.items() if k != "delivery_events")

    shop_id = workspace.query_one("SELECT id FROM accounts WHERE name='shop'")[0]
    job = workspace.query_one("SELECT * FROM jobs")
    assert job["account_id"] == shop_id and job["text"] == "hello"
    events = workspace.query("SELECT m.phone FROM delivery_events e JOIN messages m ON m.id=e.message_id "
                             "WHERE m.job_id=?", (job["id"],))
    assert {e[0] for e in events} == set(PHONES)  # each event follows its own message
    assert {r["phone"] for r in workspace.query("SELECT phone FROM replies WHERE account_id=?", (shop_id,))} == \
        set(PHONES[:2])
    vip = workspace.query_one("SELECT id, columns FROM contact_lists WHERE name='vip'")
    assert "門市" in vip["columns"]
    names = {r[0] for r in workspace.query("SELECT name FROM contacts WHERE list_id=?", (vip["id"],))}
    assert names == {"Already here", "客戶1", "客戶2"}  # the workspace's row for the shared number wins
    # secrets never travel: the workspace's keychain has nothing of this desk's
    assert "tw-Secret" not in str([tuple(r) for r in workspace.query("SELECT * FROM accounts")])

    assert report.backup == desk.path
    assert not os.stat(desk.path).st_mode & stat.S_IWUSR
    assert desk.get_kv(JOINED_KEY) is not None
    assert "counter-2" not in report.describe() and str(desk.path) in report.describe()


def test_running_twice_adds_nothing(desk: Store, workspace: Store) -> None:
    join_workspace(desk, workspace, desk="counter-2", keep_backup=False)
    first = snapshot(workspace)
    again = join_workspace(desk, workspace, desk="counter-2", keep_backup=False)
    assert snapshot(workspace) == first
    assert again.merged_accounts == [] and again.merged_lists == []  # merged last time, not a new conflict
    assert all(v == 0 for v in again.copied.values()), again.copied


def test_a_cancelled_move_continues_without_doubles(desk: Store, workspace: Store) -> None:
    calls = {"n": 0}

    def cancel_after_lists() -> bool:
        calls["n"] += 1
        return calls["n"] == 3  # after accounts, lists, then the first batch of contacts

    with pytest.raises(JoinCancelled, match="nothing is copied twice"):
        join_workspace(desk, workspace, desk="counter-2", cancelled=cancel_after_lists)
    assert workspace.query_one("SELECT COUNT(*) FROM jobs")[0] == 0
    assert os.stat(desk.path).st_mode & stat.S_IWUSR  # not a backup yet: the move did not finish
    join_workspace(desk, workspace, desk="counter-2")
    assert snapshot(workspace)["jobs"] == 1 and snapshot(workspace)["contacts"] == 4


def test_a_send_under_way_refuses_and_copies_nothing(desk: Store, workspace: Store) -> None:
    from smsdesk.core.leases import JobLease

    job = desk.query_one("SELECT id FROM jobs WHERE text='hello'")[0]
    before = snapshot(workspace)
    with JobLease(desk, job):
        desk.execute("UPDATE messages SET inflight=1 WHERE job_id=? AND phone=?", (job, PHONES[0]))
        with pytest.raises(JoinError, match="send is under way"):
            join_workspace(desk, workspace, desk="counter-2")
    assert snapshot(workspace) == before


def test_the_same_file_is_refused(desk: Store) -> None:
    with pytest.raises(JoinError):
        join_workspace(desk, desk, desk="x")


def test_into_postgresql(desk: Store, pg_server: str) -> None:
    import psycopg

    from smsdesk.core.store import open_store

    admin = pg_server  # the tests' server (tests/support/db.py); an empty database of our own on it
    name = f"join_{os.getpid()}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        conn.execute(f"CREATE DATABASE {name} ENCODING 'UTF8' TEMPLATE template0")
    url = with_database(admin, name)
    target = open_store(url)
    try:
        desk.execute("UPDATE jobs SET created_by=''")  # a job from before the who-did-it column
        join_workspace(desk, target, desk="counter-2", keep_backup=False)
        join_workspace(desk, target, desk="counter-2", keep_backup=False)
        with psycopg.connect(url) as conn:
            assert conn.execute("SELECT COUNT(*) FROM messages").fetchone() == (3,)
            assert conn.execute("SELECT COUNT(*) FROM contacts").fetchone() == (4,)
            assert conn.execute("SELECT created_by FROM jobs").fetchone() == ("counter-2",)
    finally:
        target.close()
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
