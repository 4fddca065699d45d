"""Move this desk's data into a shared workspace: once, idempotently, then keep the file as a backup.

Copied: accounts (their settings and saved templates; never secrets: each desk's keychain keeps
its own), lists and contacts, the opt-out list, jobs with their messages and delivery events,
replies, balance readings. Not copied: the Sandbox and its history (practice stays per desk),
leases and per-desk flags in ``kv``.

Run twice, nothing is doubled:

* accounts and lists are matched by name (one of the same name already in the workspace is
  merged into and reported), contacts by (list, phone), opt-outs by phone, replies by
  (account, vendor reference), balance readings by (account, time);
* a job is copied with its messages and events in one transaction that also records
  ``join:<desk id>:jobs:<old id>`` in the workspace's ``kv``; a job with that record is skipped.

Work goes in batches, each its own transaction, so a cancelled or failed run leaves whole
batches behind and the next run continues. Both ends are Stores (SQLite or PostgreSQL, the same
API); columns are copied by name, so columns only the workspace has (``jobs.created_by``,
``replies.handled_by``) are filled with this desk's name. Qt-free.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import stat
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from smsdesk.core.desk import DESK_ID_KEY, desk_id
from smsdesk.core.store import StoreError
from smsdesk.i18n import fmt_int, join_list, translate

log = logging.getLogger("smsdesk.join")

BATCH = 500
JOINED_KEY = "workspace.joined"  # in the local store: JSON {url, at} once it was moved

Progress = Callable[[int, int, str], None]  # done, total, what is being copied (in words)


class JoinError(Exception):
    """The move cannot start or go on; the message says why and what to do."""


class JoinCancelled(Exception):
    """The user stopped the move; whole batches were copied, the rest follows on the next run."""


@dataclass
class JoinReport:
    copied: dict[str, int] = field(default_factory=dict)  # table -> rows added to the workspace
    merged_accounts: list[str] = field(default_factory=list)  # already in the workspace under that name
    merged_lists: list[str] = field(default_factory=list)
    skipped_sandbox_jobs: int = 0
    backup: Path | None = None  # the local file, now read-only

    def as_json(self) -> dict[str, Any]:
        return {"copied": self.copied, "merged_accounts": self.merged_accounts, "merged_lists": self.merged_lists,
                "skipped_sandbox_jobs": self.skipped_sandbox_jobs,
                "backup": str(self.backup) if self.backup else None}

    def describe(self) -> str:
        c = self.copied
        parts = [translate("Join", "Copied to the shared workspace: {accounts} accounts, {lists} lists, {contacts} "
                           "contacts, {optouts} opt-outs, {jobs} jobs with {messages} messages, {replies} replies, "
                           "{balances} balance readings.").format(
            **{k: fmt_int(c.get(k, 0)) for k in ("accounts", "lists", "contacts", "optouts", "jobs", "messages",
                                                  "replies", "balances")})]
        if self.merged_accounts:
            parts.append(translate("Join", "Accounts already in the workspace under the same name were merged: "
                                   "{names}. Check their settings in Tools → Accounts.").format(
                names=join_list(self.merged_accounts)))
        if self.merged_lists:
            parts.append(translate("Join", "Lists already in the workspace under the same name were merged (their "
                                   "contacts together, each number once): {names}.").format(
                names=join_list(self.merged_lists)))
        if self.skipped_sandbox_jobs:
            parts.append(translate("Join", "{n} Sandbox jobs stay on this desk: the Sandbox is for practice.").format(
                n=fmt_int(self.skipped_sandbox_jobs)))
        if self.backup is not None:
            parts.append(translate("Join", "This desk's own data file is kept, read-only, as a backup: {path}. "
                                   "Passwords stay in this computer's keychain: enter them once on each desk "
                                   "(Tools → Accounts).").format(path=self.backup))
        return " ".join(parts)


TABLES = ("accounts", "contact_lists", "contacts", "optouts", "jobs", "messages", "delivery_events", "replies",
          "balance_snapshots")
PG_BOOL = 16  # PostgreSQL's boolean type oid, as psycopg's cursor.description reports it


def _columns(db: Any, table: str) -> dict[str, object]:
    """Column name -> the driver's type code (None with SQLite), in the table's order."""
    cursor = db.execute(f"SELECT * FROM {table} WHERE 1=0")  # our own table names
    return {d[0]: d[1] for d in cursor.description}


class _Join:
    def __init__(self, source: Any, target: Any, desk: str, progress: Progress | None,
                 cancelled: Callable[[], bool] | None) -> None:
        self.source, self.target, self.desk = source, target, desk
        self.progress = progress or (lambda _d, _t, _w: None)
        self.cancelled = cancelled or (lambda: False)
        self.report = JoinReport()
        self.done = 0
        self.total = 0
        self.accounts: dict[int, int] = {}  # local id -> workspace id
        self.lists: dict[int, int] = {}
        self.sandbox: set[int] = set()
        with target.reading() as db:
            self.tcols = {t: _columns(db, t) for t in TABLES}
        with source.reading() as db:
            self.scols = {t: _columns(db, t) for t in TABLES}

    # -- bookkeeping --------------------------------------------------------------------
    def key(self, table: str, old: int) -> str:
        return f"join:{self.desk_id}:{table}:{old}"

    def step(self, n: int, what: str) -> None:
        self.done += n
        self.progress(self.done, self.total, what)
        if self.cancelled():
            raise JoinCancelled(translate("Join", "The move to the shared workspace was stopped after {done} of "
                                          "{total} records; what was copied stays there. Start it again to copy "
                                          "the rest: nothing is copied twice.").format(
                done=fmt_int(self.done), total=fmt_int(self.total)))

    def count(self) -> None:
        sizes = [self.source.query_one(f"SELECT COUNT(*) AS n FROM {t}")["n"]
                 for t in TABLES if t != "delivery_events"]
        self.total = int(sum(sizes))

    # -- tables -------------------------------------------------------------------------
    def copy_accounts(self) -> None:
        rows = self.source.query("SELECT * FROM accounts ORDER BY id")
        added = 0
        with self.target.transaction() as db:
            for row in rows:
                if row["is_sandbox"]:
                    self.sandbox.add(row["id"])
                    continue
                found = db.execute("SELECT id AS id FROM accounts WHERE lower(name)=lower(?)",
                                   (row["name"],)).fetchone()
                mine = db.execute("SELECT value FROM kv WHERE key=?", (self.key("accounts", row["id"]),)).fetchone()
                if found is None:
                    new = self._insert(db, "accounts", row, {}, returning=True).fetchone()["id"]
                    self._remember(db, "accounts", row["id"], new)
                    added += 1
                else:
                    new = found["id"]
                    if mine is None:
                        self.report.merged_accounts.append(row["name"])
                        self._remember(db, "accounts", row["id"], new)
                self.accounts[row["id"]] = int(new)
        self.report.copied["accounts"] = added
        self.step(len(rows), translate("Join", "accounts"))

    def _remember(self, db: Any, table: str, old: int, new: int) -> None:
        db.execute("INSERT INTO kv(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                   (self.key(table, old), str(new)))

    def copy_lists(self) -> None:
        rows = self.source.query("SELECT * FROM contact_lists ORDER BY id")
        added = 0
        with self.target.transaction() as db:
            for row in rows:
                found = db.execute("SELECT id AS id, columns AS columns FROM contact_lists WHERE lower(name)=lower(?)",
                                   (row["name"],)).fetchone()
                mine = db.execute("SELECT value FROM kv WHERE key=?", (self.key("lists", row["id"]),)).fetchone()
                if found is None:
                    new = self._insert(db, "contact_lists", row, {}, returning=True).fetchone()["id"]
                    added += 1
                else:
                    new = found["id"]
                    theirs = json.loads(found["columns"] or "[]")
                    extra = [c for c in json.loads(row["columns"] or "[]") if c not in theirs]
                    if extra:  # the merged list shows this desk's columns too
                        db.execute("UPDATE contact_lists SET columns=? WHERE id=?",
                                   (json.dumps(theirs + extra, ensure_ascii=False), new))
                    if mine is None:
                        self.report.merged_lists.append(row["name"])
                if mine is None:
                    self._remember(db, "lists", row["id"], int(new))
                self.lists[row["id"]] = int(new)
        self.report.copied["lists"] = added
        self.step(len(rows), translate("Join", "lists"))

    def _batches(self, sql: str, params: Sequence[Any] = ()) -> Iterable[list[Any]]:
        """Rows by id, BATCH at a time (keyset: ``sql`` ends with ``id > ?`` ... ``ORDER BY id LIMIT ?``)."""
        last = 0
        while True:
            rows = self.source.query(sql, (*params, last, BATCH))
            if not rows:
                return
            yield rows
            last = rows[-1]["id"]

    def copy_contacts(self) -> None:
        added = 0
        for rows in self._batches("SELECT * FROM contacts WHERE id > ? ORDER BY id LIMIT ?"):
            with self.target.transaction() as db:
                for row in rows:
                    added += self._insert(db, "contacts", row, {"list_id": self.lists[row["list_id"]]},
                                          tail=" ON CONFLICT(list_id, phone) DO NOTHING").rowcount
            self.step(len(rows), translate("Join", "contacts"))
        self.report.copied["contacts"] = added

    def copy_optouts(self) -> None:
        rows = self.source.query("SELECT * FROM optouts ORDER BY phone")
        added = 0
        for start in range(0, len(rows), BATCH):
            chunk = rows[start:start + BATCH]
            with self.target.transaction() as db:
                for row in chunk:
                    added += self._insert(db, "optouts", row, {}, tail=" ON CONFLICT(phone) DO NOTHING").rowcount
            self.step(len(chunk), translate("Join", "opt-outs"))
        self.report.copied["optouts"] = added

    def _insert(self, db: Any, table: str, row: Any, values: dict[str, Any], *, returning: bool = False,
                tail: str = "") -> Any:
        """Insert ``row``'s columns the target also has, ``values`` overriding; ids are the target's own.

        A 0/1 flag goes to a PostgreSQL boolean column as a bool (it does not cast integers there).
        """
        names = [c for c in self.tcols[table] if c != "id" and (c in values or c in self.scols[table])]
        data = [values[c] if c in values else row[c] for c in names]
        data = [bool(v) if v is not None and self.tcols[table][c] == PG_BOOL else v
                for c, v in zip(names, data, strict=True)]
        sql = (f"INSERT INTO {table}({', '.join(names)}) VALUES({', '.join('?' for _ in names)}){tail}"
               + (" RETURNING id" if returning else ""))
        return db.execute(sql, data)

    def copy_jobs(self) -> None:
        jobs = messages = 0
        for job in self.source.query("SELECT * FROM jobs ORDER BY id"):
            n = int(self.source.query_one("SELECT COUNT(*) AS n FROM messages WHERE job_id=?", (job["id"],))["n"])
            if job["account_id"] in self.sandbox:
                self.report.skipped_sandbox_jobs += 1
                self.step(1 + n, translate("Join", "jobs"))
                continue
            with self.target.transaction() as db:
                if db.execute("SELECT 1 AS one FROM kv WHERE key=?", (self.key("jobs", job["id"]),)).fetchone() is None:
                    extra: dict[str, Any] = {"account_id": self.accounts[job["account_id"]]}
                    # A job from before the who-did-it column: the desk it comes from.
                    if "created_by" in self.tcols["jobs"] and not (job["created_by"] if "created_by" in
                                                                   self.scols["jobs"] else ""):
                        extra["created_by"] = self.desk
                    new_job = int(self._insert(db, "jobs", job, extra, returning=True).fetchone()["id"])
                    self._remember(db, "jobs", job["id"], new_job)
                    messages += self._copy_messages(db, job["id"], new_job)
                    jobs += 1
            self.step(1 + n, translate("Join", "jobs"))
        self.report.copied["jobs"], self.report.copied["messages"] = jobs, messages

    def _copy_messages(self, db: Any, old_job: int, new_job: int) -> int:
        rows = self.source.query("SELECT * FROM messages WHERE job_id=? ORDER BY id", (old_job,))
        for row in rows:
            self._insert(db, "messages", row, {"job_id": new_job})
        # UNIQUE(job_id, phone): the new ids by phone, so events follow their message.
        new_ids = {r["phone"]: r["id"] for r in db.execute("SELECT id AS id, phone AS phone FROM messages "
                                                            "WHERE job_id=?", (new_job,)).fetchall()}
        by_old = {row["id"]: new_ids[row["phone"]] for row in rows}
        events = self.source.query("SELECT e.* FROM delivery_events e JOIN messages m ON m.id = e.message_id "
                                   "WHERE m.job_id=? ORDER BY e.id", (old_job,))
        for event in events:
            self._insert(db, "delivery_events", event, {"message_id": by_old[event["message_id"]]},
                         tail=" ON CONFLICT DO NOTHING")
        return len(rows)

    def copy_replies(self) -> None:
        added = 0
        for rows in self._batches("SELECT * FROM replies WHERE id > ? ORDER BY id LIMIT ?"):
            with self.target.transaction() as db:
                for row in rows:
                    if row["account_id"] in self.sandbox:
                        continue
                    account = self.accounts.get(row["account_id"]) if row["account_id"] is not None else None
                    # UNIQUE(account_id, vendor_ref) does not match NULL accounts: look first, for both.
                    same = "account_id IS NULL" if account is None else "account_id = ?"
                    seen = db.execute(f"SELECT 1 AS one FROM replies WHERE {same} AND vendor_ref=? AND phone=? "
                                      "AND received_at=?",
                                      (*(() if account is None else (account,)), row["vendor_ref"], row["phone"],
                                       row["received_at"])).fetchone()
                    if seen is not None:
                        continue
                    extra: dict[str, Any] = {"account_id": account}
                    if "handled_by" in self.tcols["replies"] and "handled_by" not in self.scols["replies"]:
                        extra["handled_by"] = self.desk if row["handled"] else None
                    added += self._insert(db, "replies", row, extra, tail=" ON CONFLICT DO NOTHING").rowcount
            self.step(len(rows), translate("Join", "replies"))
        self.report.copied["replies"] = added

    def copy_balances(self) -> None:
        added = 0
        for rows in self._batches("SELECT * FROM balance_snapshots WHERE id > ? ORDER BY id LIMIT ?"):
            with self.target.transaction() as db:
                for row in rows:
                    account = self.accounts.get(row["account_id"])
                    if account is None:  # the Sandbox's
                        continue
                    if db.execute("SELECT 1 AS one FROM balance_snapshots WHERE account_id=? AND read_at=?",
                                  (account, row["read_at"])).fetchone() is None:
                        self._insert(db, "balance_snapshots", row, {"account_id": account})
                        added += 1
            self.step(len(rows), translate("Join", "balance readings"))
        self.report.copied["balances"] = added

    def run(self) -> JoinReport:
        from smsdesk.core.jobs import Jobs

        Jobs(self.source).recover_inflight()  # a crashed send's rows become unknown, as at start-up
        if self.source.query_one("SELECT 1 FROM messages WHERE inflight=1 LIMIT 1") is not None:
            raise JoinError(translate("Join", "A send is under way on this desk. Wait until it has finished (or "
                                      "stop it), then move the data to the shared workspace; nothing was copied."))
        self.desk_id = desk_id(self.source)
        if getattr(getattr(self.target, "dialect", None), "name", "") == "postgresql" and not self.target.get_kv(DESK_ID_KEY):
            # The same desk id on the workspace (kept in this data folder, core/desk.py): the Sandbox
            # this desk makes there on its next start is its own.
            self.target.set_kv(DESK_ID_KEY, self.desk_id)
        self.count()
        self.progress(0, self.total, "")
        self.copy_accounts()
        self.copy_lists()
        self.copy_contacts()
        self.copy_optouts()
        self.copy_jobs()
        self.copy_replies()
        self.copy_balances()
        return self.report


def open_target(url: str) -> Any:
    """The workspace's Store, through the same ``open_store`` every start uses."""
    import importlib.util

    if importlib.util.find_spec("smsdesk.core.pg_store") is None:
        raise JoinError(translate("Join", "This version of SMS Desk cannot open a shared workspace on PostgreSQL. "
                                  "Install the current version on every desk, then try again."))
    from smsdesk.core.store import open_store

    return open_store(url)


def join_workspace(source: Any, target: Any, *, desk: str, url: str = "", progress: Progress | None = None,
                   cancelled: Callable[[], bool] | None = None, keep_backup: bool = True) -> JoinReport:
    """Copy ``source`` (this desk's SQLite Store) into ``target`` (the workspace's Store).

    On success the local file is marked as moved (``workspace.joined``) and made read-only, unless
    ``keep_backup`` is False. Raises :class:`JoinCancelled` when ``cancelled()`` turns true.
    """
    # A PostgreSQL store's path is only this desk's folder (scratch files, keychain): compare files.
    if getattr(getattr(target, "dialect", None), "name", "sqlite") == "sqlite" and getattr(source, "path", None) is not None and \
            getattr(target, "path", None) is not None and Path(source.path).resolve() == Path(target.path).resolve():
        raise JoinError(translate("Join", "This desk's data file and the shared workspace are the same; nothing "
                                  "was copied."))
    report = _Join(source, target, desk, progress, cancelled).run()
    if keep_backup:
        from smsdesk.core.timestamps import utcnow

        source.set_kv(JOINED_KEY, json.dumps({"url": url, "at": utcnow()}))
        report.backup = make_read_only(source)
    return report


def make_read_only(store: Any) -> Path:
    """Fold the WAL into the file, leave WAL mode (a read-only WAL file needs a writable -shm) and chmod it."""
    path = Path(store.path)
    try:
        with store.reading() as db:
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            db.execute("PRAGMA journal_mode=DELETE")
    except (sqlite3.Error, StoreError) as exc:  # another connection still open (the window's change feed): stays WAL, still readable
        log.info("the backup stays in WAL mode: %s", exc)
    mode = os.stat(path).st_mode
    os.chmod(path, mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    return path
