"""Contact lists, contacts and opt-outs over the store.

Phones are always stored as E.164; anything typed by hand goes through
:func:`smsdesk.core.phones.normalize` first. Opt-outs are global (one table for
every list and account): an opted-out number stays in its lists but is never sent to.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from smsdesk.core import phones
from smsdesk.core.store import Store, like_pattern, utcnow
from smsdesk.i18n import translate

if TYPE_CHECKING:
    from smsdesk.core.importer import InvalidRow

OPTOUT_SOURCES = ("manual", "import", "reply")
_IN_CHUNK = 500  # bound parameters per IN (...) query, well under SQLite's limit


class ContactsError(Exception):
    """A request the user made cannot be done; the message says why and what to do."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class ContactList:
    id: int
    name: str
    columns: list[str]
    count: int
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class Contact:
    id: int
    list_id: int
    phone: str
    name: str
    fields: dict[str, str]
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class OptOut:
    phone: str
    source: str
    note: str
    created_at: str


T = TypeVar("T", "Contact", "OptOut")


@dataclass(frozen=True)
class Page(Generic[T]):
    items: list[T]
    total: int
    offset: int
    limit: int


@dataclass
class OptOutImportReport:
    rows: int = 0
    added: int = 0
    already: int = 0
    invalid: list[InvalidRow] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {"rows": self.rows, "added": self.added, "already": self.already, "invalid": self.invalid}


def _loads(text: str, default: object) -> object:
    try:
        return json.loads(text)
    except (TypeError, ValueError):
        return default


def _columns(text: str) -> list[str]:
    """A list's column names, stored as a JSON array (anything else reads as none)."""
    columns = _loads(text, [])
    return list(columns) if isinstance(columns, list) else []


def _list_row(row: sqlite3.Row) -> ContactList:
    return ContactList(
        id=row["id"],
        name=row["name"],
        columns=_columns(row["columns"]),
        count=row["count"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def _contact_row(row: sqlite3.Row) -> Contact:
    fields = _loads(row["fields"], {})
    return Contact(
        id=row["id"],
        list_id=row["list_id"],
        phone=row["phone"],
        name=row["name"],
        fields=dict(fields) if isinstance(fields, dict) else {},
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def opted_out(store: Store, phones_: Iterable[str]) -> set[str]:
    """Which of these E.164 numbers are on the opt-out list.

    Fast for 100k numbers: with a large batch the (usually much smaller) opt-out
    table is read once into a set; a small batch uses indexed IN lookups.
    """
    wanted = phones_ if isinstance(phones_, set | frozenset) else set(phones_)
    if not wanted:
        return set()
    total = store.query_one("SELECT count(*) FROM optouts")
    if total is None or total[0] == 0:
        return set()
    if len(wanted) * 4 >= total[0] or len(wanted) > 20 * _IN_CHUNK:
        return {row[0] for row in store.query("SELECT phone FROM optouts") if row[0] in wanted}
    found: set[str] = set()
    items = list(wanted)
    for start in range(0, len(items), _IN_CHUNK):
        chunk = items[start : start + _IN_CHUNK]
        marks = ",".join("?" * len(chunk))
        found.update(r[0] for r in store.query(f"SELECT phone FROM optouts WHERE phone IN ({marks})", tuple(chunk)))
    return found


class ContactRepository:
    """Lists, contacts and opt-outs. Every write is one transaction."""

    def __init__(self, store: Store, region: str = phones.DEFAULT_REGION) -> None:
        self.store = store
        self.region = region

    # -- helpers ------------------------------------------------------------
    def _phone(self, raw: object, region: str | None = None) -> str:
        result = phones.normalize(raw, region or self.region)
        if result.e164 is None:
            raise ContactsError(
                result.reason,
                translate("Contacts", "The number “{value}” cannot be used: {reason}").format(
                    value=raw, reason=result.reason_text
                ),
            )
        return result.e164

    def _require_list(self, db: sqlite3.Connection, list_id: int) -> sqlite3.Row:
        # fetchone() is typed Any; the store's connections make sqlite3.Row rows.
        row: sqlite3.Row | None = db.execute("SELECT * FROM contact_lists WHERE id = ?", (list_id,)).fetchone()
        if row is None:
            raise ContactsError(
                "list_not_found",
                translate("Contacts", "That list no longer exists. Refresh the list view and try again."),
            )
        return row

    @staticmethod
    def _clean_name(name: str) -> str:
        clean = " ".join(name.split())
        if not clean:
            raise ContactsError("list_name", translate("Contacts", "Enter a name for the list."))
        return clean

    @staticmethod
    def _name_taken(name: str) -> ContactsError:
        return ContactsError(
            "list_exists",
            translate("Contacts", "A list named “{name}” already exists. Choose another name.").format(
                name=name
            ),
        )

    # -- lists ----------------------------------------------------------------
    def create_list(self, name: str, columns: Iterable[str] = ()) -> ContactList:
        name = self._clean_name(name)
        now = utcnow()
        try:
            with self.store.transaction() as db:
                cur = db.execute(
                    "INSERT INTO contact_lists(name, columns, created_at, updated_at) VALUES (?, ?, ?, ?) RETURNING id",
                    (name, json.dumps(list(columns), ensure_ascii=False), now, now),
                )
                list_id = int(cur.fetchone()[0])
        except sqlite3.IntegrityError as exc:
            raise self._name_taken(name) from exc
        return self.get_list(list_id)

    def get_list(self, list_id: int) -> ContactList:
        row = self.store.query_one(
            "SELECT l.*, (SELECT count(*) FROM contacts c WHERE c.list_id = l.id) AS count "
            "FROM contact_lists l WHERE l.id = ?",
            (list_id,),
        )
        if row is None:
            raise ContactsError(
                "list_not_found",
                translate("Contacts", "That list no longer exists. Refresh the list view and try again."),
            )
        return _list_row(row)

    def find_list(self, name: str) -> ContactList | None:
        row = self.store.query_one("SELECT id FROM contact_lists WHERE lower(name) = lower(?)", (" ".join(name.split()),))
        return self.get_list(row[0]) if row else None

    def lists(self) -> list[ContactList]:
        rows = self.store.query(
            "SELECT l.*, coalesce(c.n, 0) AS count FROM contact_lists l "
            "LEFT JOIN (SELECT list_id, count(*) AS n FROM contacts GROUP BY list_id) c ON c.list_id = l.id "
            "ORDER BY lower(l.name), l.id"
        )
        return [_list_row(r) for r in rows]

    def rename_list(self, list_id: int, new_name: str) -> ContactList:
        new_name = self._clean_name(new_name)
        try:
            with self.store.transaction() as db:
                self._require_list(db, list_id)
                db.execute(
                    "UPDATE contact_lists SET name = ?, updated_at = ? WHERE id = ?", (new_name, utcnow(), list_id)
                )
        except sqlite3.IntegrityError as exc:
            raise self._name_taken(new_name) from exc
        return self.get_list(list_id)

    def delete_list(self, list_id: int) -> int:
        """Delete a list and its contacts (opt-outs stay); returns how many contacts went."""
        with self.store.transaction() as db:
            self._require_list(db, list_id)
            count = db.execute("SELECT count(*) FROM contacts WHERE list_id = ?", (list_id,)).fetchone()[0]
            db.execute("DELETE FROM contacts WHERE list_id = ?", (list_id,))
            db.execute("DELETE FROM contact_lists WHERE id = ?", (list_id,))
        return int(count)

    def merge_lists(self, target_id: int, source_ids: Iterable[int], *, delete_sources: bool = True) -> int:
        """Copy the contacts of ``source_ids`` into ``target_id``; returns how many were new there.

        A number already in the target keeps the target's name (unless blank) and
        values; variables it lacks are filled from the source.
        """
        sources = [s for s in dict.fromkeys(source_ids) if s != target_id]
        now = utcnow()
        with self.store.transaction() as db:
            target = self._require_list(db, target_id)
            columns = _columns(target["columns"])
            before = db.execute("SELECT count(*) FROM contacts WHERE list_id = ?", (target_id,)).fetchone()[0]
            for source_id in sources:
                source = self._require_list(db, source_id)
                columns += [c for c in _columns(source["columns"]) if c not in columns]
                # "WHERE true" keeps SQLite from reading ON CONFLICT as a join clause.
                db.execute(
                    "INSERT INTO contacts(list_id, phone, name, fields, created_at, updated_at) "
                    "SELECT ?, phone, name, fields, created_at, ? FROM contacts WHERE list_id = ? AND true "
                    "ON CONFLICT(list_id, phone) DO UPDATE SET "
                    "name = CASE WHEN contacts.name = '' THEN excluded.name ELSE contacts.name END, "
                    f"fields = {self.store.dialect.json_merge('excluded.fields', 'contacts.fields')}, "
                    "updated_at = excluded.updated_at",
                    (target_id, now, source_id),
                )
                if delete_sources:
                    db.execute("DELETE FROM contacts WHERE list_id = ?", (source_id,))
                    db.execute("DELETE FROM contact_lists WHERE id = ?", (source_id,))
            db.execute(
                "UPDATE contact_lists SET columns = ?, updated_at = ? WHERE id = ?",
                (json.dumps(columns, ensure_ascii=False), now, target_id),
            )
            after = db.execute("SELECT count(*) FROM contacts WHERE list_id = ?", (target_id,)).fetchone()[0]
        return int(after - before)

    # -- contacts -------------------------------------------------------------
    def search(self, list_id: int | None = None, query: str = "", *, offset: int = 0, limit: int = 100) -> Page[Contact]:
        """Contacts whose number or name matches ``query``, a page at a time, in list order."""
        where: list[str] = []
        params: list[object] = []
        if list_id is not None:
            where.append("list_id = ?")
            params.append(list_id)
        text = query.strip()
        if text:
            digits = "".join(ch for ch in text if ch.isdigit())
            terms = ["name LIKE ? ESCAPE '\\'", "fields LIKE ? ESCAPE '\\'"]
            params += [like_pattern(text), like_pattern(text)]
            if len(digits) >= 3:
                # 0912… is stored as +886912…: drop a national leading zero.
                terms.append("phone LIKE ? ESCAPE '\\'")
                params.append(like_pattern(digits.lstrip("0") or digits))
            where.append("(" + " OR ".join(terms) + ")")
        clause = (" WHERE " + " AND ".join(where)) if where else ""
        total = self.store.query_one(f"SELECT count(*) FROM contacts{clause}", tuple(params))
        rows = self.store.query(
            f"SELECT * FROM contacts{clause} ORDER BY id LIMIT ? OFFSET ?", (*params, max(1, limit), max(0, offset))
        )
        return Page([_contact_row(r) for r in rows], int(total[0]) if total else 0, offset, limit)

    def get_contact(self, contact_id: int) -> Contact:
        row = self.store.query_one("SELECT * FROM contacts WHERE id = ?", (contact_id,))
        if row is None:
            raise ContactsError(
                "contact_not_found",
                translate("Contacts", "That contact no longer exists. Refresh the list and try again."),
            )
        return _contact_row(row)

    def add_contact(
        self, list_id: int, phone: object, name: str = "", fields: Mapping[str, object] | None = None
    ) -> Contact:
        e164 = self._phone(phone)
        now = utcnow()
        values = {str(k): "" if v is None else str(v) for k, v in (fields or {}).items()}
        try:
            with self.store.transaction() as db:
                lst = self._require_list(db, list_id)
                self._add_columns(db, lst, values)
                cur = db.execute(
                    "INSERT INTO contacts(list_id, phone, name, fields, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                    (list_id, e164, name.strip(), json.dumps(values, ensure_ascii=False), now, now),
                )
                contact_id = int(cur.fetchone()[0])
        except sqlite3.IntegrityError as exc:
            raise ContactsError(
                "duplicate",
                translate("Contacts", "The number {phone} is already in this list. Edit that contact instead.").format(
                    phone=e164
                ),
            ) from exc
        return self.get_contact(contact_id)

    @staticmethod
    def _add_columns(db: sqlite3.Connection, lst: sqlite3.Row, values: Mapping[str, object]) -> None:
        columns = _columns(lst["columns"])
        new = [k for k in values if k not in columns]
        if new:
            db.execute(
                "UPDATE contact_lists SET columns = ?, updated_at = ? WHERE id = ?",
                (json.dumps(columns + new, ensure_ascii=False), utcnow(), lst["id"]),
            )

    def update_contact(
        self,
        contact_id: int,
        *,
        phone: object | None = None,
        name: str | None = None,
        fields: Mapping[str, object] | None = None,
    ) -> Contact:
        """Change a contact; ``fields`` replaces its variables as a whole."""
        current = self.get_contact(contact_id)
        e164 = self._phone(phone) if phone is not None else current.phone
        values = (
            {str(k): "" if v is None else str(v) for k, v in fields.items()} if fields is not None else current.fields
        )
        try:
            with self.store.transaction() as db:
                lst = self._require_list(db, current.list_id)
                self._add_columns(db, lst, values)
                db.execute(
                    "UPDATE contacts SET phone = ?, name = ?, fields = ?, updated_at = ? WHERE id = ?",
                    (
                        e164,
                        current.name if name is None else name.strip(),
                        json.dumps(values, ensure_ascii=False),
                        utcnow(),
                        contact_id,
                    ),
                )
        except sqlite3.IntegrityError as exc:
            raise ContactsError(
                "duplicate",
                translate("Contacts", "The number {phone} is already in this list. Edit that contact instead.").format(
                    phone=e164
                ),
            ) from exc
        return self.get_contact(contact_id)

    def remove_contacts(self, contact_ids: Iterable[int]) -> int:
        ids = list(dict.fromkeys(contact_ids))
        removed = 0
        with self.store.transaction() as db:
            for start in range(0, len(ids), _IN_CHUNK):
                chunk = ids[start : start + _IN_CHUNK]
                cur = db.execute(f"DELETE FROM contacts WHERE id IN ({','.join('?' * len(chunk))})", chunk)
                removed += cur.rowcount
        return removed

    def remove_contact(self, contact_id: int) -> bool:
        return self.remove_contacts([contact_id]) == 1

    # -- opt-outs -----------------------------------------------------------
    def add_optout(self, phone: object, source: str = "manual", note: str = "") -> bool:
        """Put a number on the opt-out list; False if it was there already."""
        if source not in OPTOUT_SOURCES:
            raise ValueError(f"unknown opt-out source {source!r}")
        e164 = self._phone(phone)
        cur = self.store.execute(
            "INSERT INTO optouts(phone, source, note, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (e164, source, note.strip(), utcnow()),
        )
        return cur.rowcount == 1

    def remove_optout(self, phone: object) -> bool:
        e164 = self._phone(phone)
        return self.store.execute("DELETE FROM optouts WHERE phone = ?", (e164,)).rowcount == 1

    def is_opted_out(self, phone: object) -> bool:
        result = phones.normalize(phone, self.region)
        if result.e164 is None:
            return False
        return self.store.query_one("SELECT 1 FROM optouts WHERE phone = ?", (result.e164,)) is not None

    __contains__ = is_opted_out

    def opted_out(self, phones_: Iterable[str]) -> set[str]:
        return opted_out(self.store, phones_)

    def optouts(self, query: str = "", *, offset: int = 0, limit: int = 100) -> Page[OptOut]:
        where, params = "", []
        digits = "".join(ch for ch in query if ch.isdigit())
        if query.strip():
            where = " WHERE phone LIKE ? ESCAPE '\\' OR note LIKE ? ESCAPE '\\'"
            params = [like_pattern(digits.lstrip("0") or query.strip()), like_pattern(query.strip())]
        total = self.store.query_one(f"SELECT count(*) FROM optouts{where}", tuple(params))
        rows = self.store.query(
            f"SELECT * FROM optouts{where} ORDER BY created_at DESC, phone LIMIT ? OFFSET ?",
            (*params, max(1, limit), max(0, offset)),
        )
        items = [OptOut(r["phone"], r["source"], r["note"], r["created_at"]) for r in rows]
        return Page(items, int(total[0]) if total else 0, offset, limit)

    def import_optouts(
        self,
        path: str | Path,
        *,
        sheet: str | int | None = None,
        phone_column: int | str | None = None,
        source: str = "import",
        note: str = "",
        progress: Callable[[int, int | None], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> OptOutImportReport:
        """Add every number of a file's phone column to the opt-out list, in one transaction."""
        from smsdesk.core import importer

        if source not in OPTOUT_SOURCES:
            raise ValueError(f"unknown opt-out source {source!r}")
        numbers, report = importer.read_phone_column(
            path, sheet=sheet, phone_column=phone_column, region=self.region, progress=progress, cancelled=cancelled
        )
        result = OptOutImportReport(rows=report.rows, invalid=report.invalid)
        now = utcnow()
        with self.store.transaction() as db:
            before = db.execute("SELECT count(*) FROM optouts").fetchone()[0]
            items = list(numbers)
            for start in range(0, len(items), 5000):
                db.executemany(
                    "INSERT INTO optouts(phone, source, note, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    [(p, source, note, now) for p in items[start : start + 5000]],
                )
                if cancelled is not None and cancelled():
                    raise importer.ImportCancelled()
            after = db.execute("SELECT count(*) FROM optouts").fetchone()[0]
        result.added = int(after - before)
        result.already = len(items) - result.added
        return result


def contact_name(store: Store, phone: str) -> str:
    """The name saved for this E.164 number in any list ("" when none)."""
    row = store.query_one("SELECT name FROM contacts WHERE phone = ? AND name != '' ORDER BY id LIMIT 1", (phone,))
    return str(row[0]) if row else ""
