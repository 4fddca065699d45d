"""The Sandbox stays per desk on a shared workspace (issue 19 point 3); on SQLite nothing changes.

Two desks are two data folders on one PostgreSQL database: in-process (two PgStores, each with its
own desk-kv.json) and as real smsdesk-cli processes for what a desk lists.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest

from smsdesk.core.accounts import Accounts
from smsdesk.core.desk import DESK_ID_KEY, desk_id
from smsdesk.core.due import local_schedules
from smsdesk.core.job_views import jobs_overview
from smsdesk.core.jobs import Jobs, PlannedRecipient
from smsdesk.core.pg_store import PgStore
from smsdesk.core.repeats import find_repeats
from smsdesk.core.replies import list_conversations, list_replies, store_replies, unread_conversations
from smsdesk.core.sandbox_scope import SANDBOX_DESK
from smsdesk.core.store import Store
from smsdesk.core.workspace_join import join_workspace
from smsdesk.vendors.base import Reply

TESTS = Path(__file__).resolve().parent


def folder(tmp_path: Path, name: str) -> Path:
    home = tmp_path / name.replace(" ", "-")
    home.mkdir()
    (home / "settings.ini").write_text(f"[General]\nworkspace.desk_name={name}\n", encoding="utf-8")
    return home


class Desk:
    """One desk in this process: its data folder, its own PgStore and Accounts over the shared database."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, home: Path, url: str) -> None:
        self.monkeypatch, self.home = monkeypatch, home
        self.here()
        self.store = PgStore(url)
        self.accounts = Accounts(self.store)

    def here(self) -> None:
        """Act as this desk (desk name and data folder come from SMSDESK_HOME)."""
        self.monkeypatch.setenv("SMSDESK_HOME", str(self.home))

    def sandbox(self) -> Any:
        self.here()
        return self.accounts.ensure_sandbox()


@pytest.fixture
def desk(pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], Desk]]:
    """Open a desk by name (a data folder of its own, on the test's workspace); closed at the end."""
    opened: list[Desk] = []

    def open_desk(name: str) -> Desk:
        home = tmp_path / name.replace(" ", "-")
        opened.append(Desk(monkeypatch, home if home.exists() else folder(tmp_path, name), pg_url))
        return opened[-1]

    yield open_desk
    for d in opened:
        d.store.close()


def practice_job(store: Any, account_id: int, phone: str) -> int:
    return Jobs(store).create(account_id, [PlannedRecipient(phone, rendered="practice", segments=1)],
                              text="practice")[0]


def sandboxes(url: str) -> list[tuple[int, str, dict[str, Any]]]:
    with psycopg.connect(url) as conn:
        rows = conn.execute("SELECT id, name, settings FROM accounts WHERE is_sandbox=1 ORDER BY id").fetchall()
    return [(int(r[0]), str(r[1]), json.loads(r[2])) for r in rows]


def test_each_desk_has_exactly_one_sandbox_its_own_and_real_accounts_are_shared(
        pg_url: str, desk: Callable[[str], Desk]) -> None:
    a, b = desk("Counter A"), desk("Counter B")
    mine_a, mine_b = a.sandbox(), b.sandbox()
    assert mine_a.name == "Sandbox" and mine_b.name == "Sandbox (Counter B)"
    assert mine_a.id != mine_b.id
    assert desk_id(a.store) != desk_id(b.store)
    # The desk id is this folder's, not the workspace's: no row of the shared kv holds it.
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT count(*) FROM kv WHERE key=%s", (DESK_ID_KEY,)).fetchone() == (0,)
    assert json.loads((a.home / "desk-kv.json").read_text("utf-8"))[DESK_ID_KEY] == desk_id(a.store)
    assert [s[2][SANDBOX_DESK] for s in sandboxes(pg_url)] == [desk_id(a.store), desk_id(b.store)]

    a.here()
    real = a.accounts.add("Shop", "twsms", {"username": "shop", "snumber": "51051"}, {"password": "pw"})
    for d, own in ((a, mine_a), (b, mine_b)):
        d.here()
        listed = d.accounts.all()
        assert [x.id for x in listed if x.is_sandbox] == [own.id]
        assert real.id in [x.id for x in listed]  # real accounts are shared
    b.here()
    assert b.accounts.find("Sandbox") is None  # desk A's: not B's to use
    assert b.accounts.require("Sandbox (Counter B)").id == mine_b.id
    assert b.accounts.find("Shop") is not None
    # A's Sandbox name is taken even where it is hidden: B cannot add a second "Sandbox".
    with pytest.raises(Exception, match="already exists"):
        b.accounts.add("Sandbox", "twsms", {"username": "x", "snumber": "1"}, {"password": "pw"})

    # The same desk starting again finds its own Sandbox, makes no new one.
    b.store.close()
    again = desk("Counter B")
    assert again.sandbox().id == mine_b.id
    assert len(sandboxes(pg_url)) == 2


def test_a_sandbox_made_before_desks_had_their_own_is_taken_by_one_desk_only(
        pg_url: str, desk: Callable[[str], Desk]) -> None:
    with psycopg.connect(pg_url) as conn:  # what the shared workspace of the previous version holds
        conn.execute("INSERT INTO accounts(name, vendor, settings, is_sandbox, created_at, updated_at)"
                     " VALUES ('Sandbox', 'sandbox', '{}', 1, '2026-01-01T00:00:00+00:00', '2026-01-01T00:00:00+00:00')")
    a, b = desk("Counter A"), desk("Counter B")
    legacy = sandboxes(pg_url)[0][0]
    assert a.sandbox().id == legacy
    assert b.sandbox().id != legacy
    assert sorted(s[2][SANDBOX_DESK] for s in sandboxes(pg_url)) == sorted([desk_id(a.store), desk_id(b.store)])


def test_another_desks_sandbox_jobs_replies_and_removal_stay_on_that_desk(desk: Callable[[str], Desk]) -> None:
    a, b = desk("Counter A"), desk("Counter B")
    sand_a, sand_b = a.sandbox(), b.sandbox()
    job_a = practice_job(a.store, sand_a.id, "+886912345677")
    job_b = practice_job(b.store, sand_b.id, "+886912345688")
    store_replies(a.store, sand_a, [Reply("+886912345677", "好的，謝謝！", datetime(2026, 12, 1, 1, tzinfo=UTC), "sr-1")])
    for d, own, other in ((a, job_a, job_b), (b, job_b, job_a)):
        d.here()
        assert [o.job.id for o in jobs_overview(d.store)] == [own]
        assert [j.id for j in Jobs(d.store).list()] == [own]
        assert other not in [j.id for j in Jobs(d.store).list(limit=10)]
    a.here()
    assert [c.phone for c in list_conversations(a.store)] == ["+886912345677"]
    assert unread_conversations(a.store) == 1 and len(list_replies(a.store)) == 1
    b.here()
    assert list_conversations(b.store) == [] and unread_conversations(b.store) == 0 and list_replies(b.store) == []

    # A's practice send is no "sent recently" warning on B (whose list cannot show that job).
    a.store.execute("UPDATE messages SET state='delivered', submitted_at=? WHERE job_id=?",
                    (datetime.now(UTC).isoformat(timespec="milliseconds"), job_a))
    again = [PlannedRecipient("+886912345677", rendered="practice", segments=1)]
    for d, expected in ((a, {"+886912345677": job_a}), (b, {})):
        d.here()
        found = find_repeats(d.store, again, template_id=None, window=timedelta(days=1))
        assert {p: r.job_id for p, r in found.items()} == expected

    # A's practice held for later is sent by A only (B's due run would send it from B's sandbox.db).
    later = Jobs(a.store).create(sand_a.id, [PlannedRecipient("+886912345611", rendered="later", segments=1)],
                                 text="later", schedule_at=datetime.now(UTC) - timedelta(minutes=1),
                                 local_schedule=True)[0]
    a.here()
    assert [d.job_id for d in local_schedules(a.store)] == [later]
    b.here()
    assert local_schedules(b.store) == []

    # Removed, A's Sandbox (it has a job) keeps its desk: its history stays A's, hidden on B.
    a.here()
    a.accounts.remove(sand_a)
    assert [o.job.id for o in jobs_overview(a.store)] == [later, job_a]
    b.here()
    assert [o.job.id for o in jobs_overview(b.store)] == [job_b]


def until(condition: Callable[[], Any], timeout: float = 90.0, what: str = "condition") -> Any:
    deadline = time.monotonic() + timeout
    while not (value := condition()):
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)
    return value


@pytest.mark.slow
def test_a_sandbox_send_on_desk_a_is_not_in_desk_b_jobs_json(pg_url: str, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "SMSDESK_HOME"}
    env.update({"SMSDESK_SANDBOX_DELAY": "0.2", "SMSDESK_DATABASE_URL": pg_url,
                "PYTHONPATH": os.pathsep.join([str(TESTS), env.get("PYTHONPATH", "")])})

    def run(home: Path, *args: str) -> Any:
        done = subprocess.run([sys.executable, "-m", "smsdesk.cli", "--home", str(home), *args], env=env,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout) if done.stdout.strip().startswith(("[", "{")) else done.stdout

    a, b = folder(tmp_path, "Counter A"), folder(tmp_path, "Counter B")
    sent = run(a, "send", "--account", "Sandbox", "--to", "0912-345-677", "--message", "practice", "--yes", "--json")
    assert sent["submitted"] == 1
    listed_b = run(b, "account", "list", "--json")
    assert [x["name"] for x in listed_b if x["sandbox"]] == ["Sandbox (Counter B)"]
    assert [x["name"] for x in run(a, "account", "list", "--json") if x["sandbox"]] == ["Sandbox"]
    assert [j["job"] for j in run(a, "jobs", "--json")] == [sent["job"]]
    assert run(b, "jobs", "--json") == []
    by_number = subprocess.run([sys.executable, "-m", "smsdesk.cli", "--home", str(b), "status", str(sent["job"]),
                                "--json"], env=env, capture_output=True, text=True, timeout=120)
    assert by_number.returncode != 0 and f"no job number {sent['job']}" in by_number.stderr
    assert run(a, "status", str(sent["job"]), "--json")["counts"]
    # The practice reply comes back to desk A only (its sandbox.db sent the message).
    until(lambda: run(a, "replies", "--refresh", "--json"), what="the Sandbox's reply on desk A")
    assert run(b, "replies", "--refresh", "--json") == []
    sent_b = run(b, "send", "--account", "Sandbox (Counter B)", "--to", "0912-345-678", "--message", "hi", "--yes",
                 "--json")
    assert [j["job"] for j in run(b, "jobs", "--json")] == [sent_b["job"]]
    assert [j["job"] for j in run(a, "jobs", "--json")] == [sent["job"]]
    # Each desk's practice points: A spent one, B one, each reads only its own Sandbox.
    assert [(r["account"], r["balance"]) for r in run(a, "balance", "--json")] == [("Sandbox", 499)]
    assert [(r["account"], r["balance"]) for r in run(b, "balance", "--json")] == [("Sandbox (Counter B)", 499)]
    with psycopg.connect(pg_url) as conn:
        readings = conn.execute("SELECT count(DISTINCT account_id) FROM balance_snapshots").fetchone()
    assert readings == (2,)


def test_sqlite_keeps_its_one_sandbox_without_a_desk_id(home: Path) -> None:
    store = Store(home / "smsdesk.db")
    accounts = Accounts(store)
    sandbox = accounts.ensure_sandbox()
    assert sandbox is not None and sandbox.name == "Sandbox" and sandbox.settings == {}
    assert accounts.ensure_sandbox().id == sandbox.id  # type: ignore[union-attr]
    assert store.get_kv(DESK_ID_KEY) is None  # one desk: no desk id made, nothing hidden
    job = practice_job(store, sandbox.id, "+886912345678")
    assert [o.job.id for o in jobs_overview(store)] == [job]
    assert [a.name for a in accounts.all()] == ["Sandbox"]
    store.close()


def test_a_desk_that_joins_gets_its_own_sandbox_in_the_workspace(
        pg_url: str, desk: Callable[[str], Desk], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    first = desk("Counter A")
    theirs = first.sandbox()
    joining = folder(tmp_path, "Counter B")
    monkeypatch.setenv("SMSDESK_HOME", str(joining))
    local = Store(joining / "smsdesk.db")
    local_accounts = Accounts(local)
    assert local_accounts.ensure_sandbox() is not None
    practice_job(local, local_accounts.require("Sandbox").id, "+886912345678")
    target = PgStore(pg_url)
    try:
        report = join_workspace(local, target, desk="Counter B", keep_backup=False)
        assert report.skipped_sandbox_jobs == 1
        assert target.get_kv(DESK_ID_KEY) == local.get_kv(DESK_ID_KEY)  # one desk id for this folder
        own = Accounts(target).ensure_sandbox()  # the next start, on the workspace
        assert own is not None and own.name == "Sandbox (Counter B)" and own.id != theirs.id
        assert own.settings[SANDBOX_DESK] == local.get_kv(DESK_ID_KEY)
        assert [a.id for a in Accounts(target).all() if a.is_sandbox] == [own.id]
        assert jobs_overview(target) == []  # the practice job stayed in the local file
    finally:
        target.close()
        local.close()
    first.here()
    assert [a.id for a in first.accounts.all() if a.is_sandbox] == [theirs.id]
