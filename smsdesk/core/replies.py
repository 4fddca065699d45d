"""The replies inbox: storing replies (polled or pushed), opt-out keywords, and conversations by number.

Qt-free: the Replies tab, the CLI and the callback receiver call the same functions.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from smsdesk.core.accounts import Account, Accounts, ClientFactory
from smsdesk.core.desk import who
from smsdesk.core.jobs import phone_fragment
from smsdesk.core.optout_rules import OptOutRule
from smsdesk.core.sandbox_scope import hide_foreign
from smsdesk.core.states import State
from smsdesk.core.store import Store, like_pattern
from smsdesk.core.timestamps import parse_time, utc_text
from smsdesk.i18n import translate
from smsdesk.vendors.base import Reply, Unsupported

log = logging.getLogger("smsdesk.tracking")


@dataclass
class StoredReplies:
    new: int = 0
    new_ids: list[int] = field(default_factory=list)
    optouts_added: list[str] = field(default_factory=list)  # numbers put on the opt-out list
    optouts_asked: list[str] = field(default_factory=list)  # keyword replies waiting for the user

    def __iadd__(self, other: StoredReplies) -> StoredReplies:
        self.new += other.new
        self.new_ids += other.new_ids
        self.optouts_added += other.optouts_added
        self.optouts_asked += other.optouts_asked
        return self


def store_replies(store: Store, account: Account, replies: Iterable[Reply],
                  rule: OptOutRule | None = None) -> StoredReplies:
    """Put replies in the inbox (a reply already there is ignored) and act on opt-out keywords.

    Only replies that are new act: a replayed callback or a repeated poll never
    re-adds a number the user has since taken off the opt-out list.
    """
    rule = rule or OptOutRule()
    out = StoredReplies()
    keyword_replies: list[tuple[str, str, datetime]] = []
    with store.transaction() as db:
        for r in replies:
            is_optout = rule.matches(r.text)
            cur = db.execute(
                "INSERT INTO replies(account_id, phone, text, received_at, vendor_ref, optout)"
                " VALUES (?,?,?,?,?,?) ON CONFLICT DO NOTHING RETURNING id",
                (account.id, r.phone, r.text, utc_text(r.received_at), r.vendor_ref, int(is_optout)),
            )
            inserted = cur.fetchone()
            if inserted is not None:
                out.new += 1
                out.new_ids.append(int(inserted[0]))
                if is_optout:
                    keyword_replies.append((r.phone, r.text, r.received_at))
    for phone, text, at in keyword_replies:
        if rule.ask:
            out.optouts_asked.append(phone)
        elif add_reply_optout(store, phone, account.name, text, at):
            out.optouts_added.append(phone)
    return out


def add_reply_optout(store: Store, phone: str, account_name: str, text: str, at: datetime | None = None) -> bool:
    """Put a number on the opt-out list because of its reply; False if it was there already."""
    from smsdesk.core.contacts import ContactRepository

    when = (at or datetime.now(UTC)).astimezone().strftime("%Y-%m-%d %H:%M")
    note = translate("Tracking", "Replied \u201c{text}\u201d on {when} ({account})").format(
        text=text.strip()[:40], when=when, account=account_name)
    try:
        return ContactRepository(store).add_optout(phone, source="reply", note=note)
    except Exception as exc:  # an odd number from a vendor must not lose the other replies
        log.warning("could not add %s to the opt-out list: %s", phone, exc)
        return False


def can_fetch_replies(account: Account) -> bool:
    """Accounts whose replies can be fetched by polling (others may still push them)."""
    spec = account.spec
    if not spec.capabilities.replies_poll:
        return False
    return spec.replies_ready is None or spec.replies_ready(account.settings)


def fetch_replies(store: Store, accounts: Accounts, account: Account, *, rule: OptOutRule | None = None,
                  client_factory: ClientFactory | None = None, first_days: int | None = None) -> StoredReplies:
    """Fetch new replies of one account into the inbox (the first time: ``first_days`` back, else the vendor's default)."""
    if not can_fetch_replies(account):
        return StoredReplies()
    row = store.query_one("SELECT MAX(received_at) FROM replies WHERE account_id=?", (account.id,))
    since = parse_time(row[0]) if row and row[0] else None
    if since is None and first_days:
        since = datetime.now(UTC) - timedelta(days=first_days)
    client = (client_factory or accounts.client)(account)
    try:
        replies = client.fetch_replies(since)
    finally:
        client.close()
    return store_replies(store, account, replies, rule)


def refresh_replies(store: Store, accounts: Accounts, account: Account, *, rule: OptOutRule | None = None,
                    client_factory: ClientFactory | None = None, first_days: int | None = None) -> int:
    """Fetch new replies of one account into the inbox; returns how many were new."""
    return fetch_replies(store, accounts, account, rule=rule, client_factory=client_factory,
                         first_days=first_days).new


def fetch_all_replies(store: Store, accounts: Accounts, *, rule: OptOutRule | None = None,
                      client_factory: ClientFactory | None = None,
                      cancelled: Callable[[], bool] | None = None,
                      first_days: int | None = None) -> tuple[StoredReplies, list[str]]:
    """Poll every account that can be asked; failures come back in words, one per account."""
    total, problems = StoredReplies(), []
    for account in accounts.all():
        if cancelled is not None and cancelled():
            break
        if not can_fetch_replies(account):
            continue
        try:
            total += fetch_replies(store, accounts, account, rule=rule, client_factory=client_factory,
                                   first_days=first_days)
        except Unsupported:
            continue
        except Exception as exc:  # one vendor's trouble must not hide the others' replies
            problems.append(translate("Tracking", "{account}: replies could not be fetched. {error}").format(
                account=account.name, error=exc))
    return total, problems


@dataclass
class ReplyRow:
    id: int
    account: str
    phone: str
    text: str
    received_at: str
    contact: str
    is_read: bool
    handled: bool
    optout: bool


_CONTACT = ("COALESCE((SELECT c.name FROM contacts c WHERE c.phone = r.phone AND c.name != '' LIMIT 1), '')")


def list_replies(store: Store, *, search: str = "", limit: int = 1000, phone: str | None = None) -> list[ReplyRow]:
    """Replies newest first (one number's with ``phone``)."""
    sql = (
        "SELECT r.id, COALESCE(a.name, '') AS account, r.phone, r.text, r.received_at, r.is_read,"
        f" r.handled, r.optout, {_CONTACT} AS contact FROM replies r LEFT JOIN accounts a ON a.id = r.account_id"
    )
    hidden, hidden_ids = hide_foreign(store, "r.account_id")  # replies to other desks' Sandbox
    where: list[str] = [hidden] if hidden else []
    args: list[Any] = list(hidden_ids)
    if phone is not None:
        where.append("r.phone = ?")
        args.append(phone)
    if search.strip():
        like = like_pattern(search.strip())
        where.append("(r.phone LIKE ? ESCAPE '\\' OR r.text LIKE ? ESCAPE '\\' OR r.phone IN"
                     " (SELECT phone FROM contacts WHERE name LIKE ? ESCAPE '\\'))")
        args += [like, like, like]
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY r.received_at DESC, r.id DESC LIMIT ?"
    return [
        ReplyRow(r["id"], r["account"], r["phone"], r["text"], r["received_at"], r["contact"],
                 bool(r["is_read"]), bool(r["handled"]), bool(r["optout"]))
        for r in store.query(sql, (*args, limit))
    ]


@dataclass
class SentMessage:
    job: int
    account: str
    text: str
    state: State
    at: str


@dataclass
class Conversation:
    phone: str
    contact: str
    account: str  # the account of the latest reply (Reply answers through it)
    last_text: str
    last_at: str
    count: int
    unread: int
    handled: bool  # every reply handled
    optout_reply: bool  # a reply was an opt-out keyword
    opted_out: bool  # the number is on the opt-out list
    last_sent: SentMessage | None = None
    handled_by: str = ""  # "<desk name> (<OS user>)" that marked it handled last

    @property
    def optout_pending(self) -> bool:
        """Asked to stop, but not (or no longer) on the opt-out list: the user decides."""
        return self.optout_reply and not self.opted_out


def _last_sent(store: Store, phones: Sequence[str]) -> dict[str, SentMessage]:
    if not phones:
        return {}
    out: dict[str, SentMessage] = {}
    for start in range(0, len(phones), 500):
        part = list(phones[start:start + 500])
        marks = ",".join("?" * len(part))
        rows = store.query(
            "SELECT m.phone, m.job_id, m.rendered, m.state, COALESCE(m.submitted_at, m.updated_at) AS at,"
            " j.template_id, COALESCE(a.name, '') AS account FROM messages m JOIN jobs j ON j.id = m.job_id"
            " LEFT JOIN accounts a ON a.id = j.account_id WHERE m.id IN (SELECT MAX(id) FROM messages"
            f" WHERE phone IN ({marks}) AND state NOT IN ('queued', 'cancelled') GROUP BY phone)",
            tuple(part),
        )
        for r in rows:
            text = r["rendered"] if not r["template_id"] else translate("Tracking", "[template {id}]").format(
                id=r["template_id"])
            out[r["phone"]] = SentMessage(r["job_id"], r["account"], text, State(r["state"]), r["at"])
    return out


def list_conversations(store: Store, *, search: str = "", unread_only: bool = False,
                       limit: int = 500, offset: int = 0) -> list[Conversation]:
    """The inbox grouped by phone number, latest first (``limit`` of them from ``offset``: a page)."""
    hidden, hidden_ids = hide_foreign(store, "r.account_id")  # replies to other desks' Sandbox
    where: list[str] = [hidden] if hidden else []
    args: list[Any] = list(hidden_ids)
    if search.strip():
        like = like_pattern(search.strip())
        terms = ["r.text LIKE ? ESCAPE '\\'", "r.phone LIKE ? ESCAPE '\\'",
                 "r.phone IN (SELECT phone FROM contacts WHERE name LIKE ? ESCAPE '\\')"]
        args += [like, like, like]
        fragment = phone_fragment(search)
        if fragment:
            terms.append("r.phone LIKE ?")
            args.append(f"%{fragment}%")
        where.append("r.phone IN (SELECT r.phone FROM replies r WHERE " + " OR ".join(terms) + ")")
    sql = ("SELECT r.phone, COUNT(*) AS n, SUM(CASE WHEN r.is_read = 0 THEN 1 ELSE 0 END) AS unread,"
           " MIN(r.handled) AS handled, MAX(r.optout) AS optout, MAX(r.received_at) AS last_at,"
           " MAX(r.handled_by) AS handled_by FROM replies r")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " GROUP BY r.phone"
    if unread_only:
        sql += " HAVING SUM(CASE WHEN r.is_read = 0 THEN 1 ELSE 0 END) > 0"
    sql += " ORDER BY last_at DESC, r.phone LIMIT ? OFFSET ?"
    groups = store.query(sql, (*args, limit, max(0, offset)))
    phones = [g["phone"] for g in groups]
    sent = _last_sent(store, phones)
    out: list[Conversation] = []
    for g in groups:
        last = store.query_one(
            "SELECT r.text, COALESCE(a.name, '') FROM replies r LEFT JOIN accounts a ON a.id = r.account_id"
            " WHERE r.phone = ?" + (f" AND {hidden}" if hidden else "") + " ORDER BY r.received_at DESC, r.id DESC"
            " LIMIT 1", (g["phone"], *hidden_ids))
        contact = store.query_one("SELECT name FROM contacts WHERE phone = ? AND name != '' LIMIT 1", (g["phone"],))
        opted = store.query_one("SELECT 1 FROM optouts WHERE phone = ?", (g["phone"],))
        out.append(Conversation(
            phone=g["phone"], contact=contact[0] if contact else "", account=last[1] if last else "",
            last_text=last[0] if last else "", last_at=g["last_at"], count=g["n"], unread=g["unread"] or 0,
            handled=bool(g["handled"]), optout_reply=bool(g["optout"]), opted_out=opted is not None,
            last_sent=sent.get(g["phone"]), handled_by=g["handled_by"] or "",
        ))
    return out


def unread_conversations(store: Store) -> int:
    """How many numbers have a reply not read yet (the Replies tab's count)."""
    hidden, hidden_ids = hide_foreign(store, "account_id")  # replies to other desks' Sandbox
    row = store.query_one("SELECT COUNT(DISTINCT phone) FROM replies WHERE is_read = 0"
                          + (f" AND {hidden}" if hidden else ""), tuple(hidden_ids))
    return int(row[0]) if row else 0


@dataclass
class ThreadItem:
    at: str
    inbound: bool  # True: the customer's reply; False: our message
    text: str
    account: str
    detail: str = ""  # state of our message, or "opt-out keyword"


def conversation_thread(store: Store, phone: str, *, limit: int = 200) -> list[ThreadItem]:
    """A number's replies and our messages to it, oldest first."""
    items = [ThreadItem(r.received_at, True, r.text, r.account,
                        translate("Tracking", "opt-out keyword") if r.optout else "")
             for r in list_replies(store, phone=phone, limit=limit)]
    for r in store.query(
        "SELECT m.rendered, m.state, COALESCE(m.submitted_at, m.updated_at) AS at, j.template_id,"
        " COALESCE(a.name, '') AS account FROM messages m JOIN jobs j ON j.id = m.job_id"
        " LEFT JOIN accounts a ON a.id = j.account_id WHERE m.phone = ? AND m.state NOT IN ('queued')"
        " ORDER BY m.id DESC LIMIT ?", (phone, limit),
    ):
        text = r["rendered"] if not r["template_id"] else translate("Tracking", "[template {id}]").format(
            id=r["template_id"])
        items.append(ThreadItem(r["at"], False, text, r["account"], State(r["state"]).label))
    items.sort(key=lambda i: parse_time(i.at) or datetime.min.replace(tzinfo=UTC))
    return items[-limit:]


def mark_read(store: Store, phone: str, read: bool = True) -> int:
    return store.execute("UPDATE replies SET is_read=? WHERE phone=? AND is_read!=?",
                         (int(read), phone, int(read))).rowcount


def set_handled(store: Store, phone: str, handled: bool = True) -> int:
    return store.execute("UPDATE replies SET handled=?, is_read=CASE WHEN ? = 1 THEN 1 ELSE is_read END,"
                         " handled_by=CASE WHEN ? = 1 THEN ? ELSE '' END WHERE phone=?",
                         (int(handled), int(handled), int(handled), who(), phone)).rowcount


def confirm_optout(store: Store, phone: str) -> bool:
    """The user agrees: the number that replied an opt-out keyword goes on the opt-out list."""
    row = store.query_one(
        "SELECT r.text, r.received_at, COALESCE(a.name, '') FROM replies r LEFT JOIN accounts a"
        " ON a.id = r.account_id WHERE r.phone = ? AND r.optout = 1 ORDER BY r.received_at DESC LIMIT 1", (phone,))
    text, at, account = (row[0], parse_time(row[1]), row[2]) if row else ("", None, "")
    return add_reply_optout(store, phone, account, text, at)
