"""What differs between the SQL servers the store speaks: placeholders, DDL types, a few words.

The repositories write one portable subset (``?``/``:name`` parameters, ``RETURNING id``,
``ON CONFLICT ... DO ...``, ``lower(name)`` instead of ``COLLATE NOCASE``, ``CASE`` instead of
summing comparisons). What cannot be written portably is said here, once per server: a further
server (MariaDB) is one more :class:`Dialect` instance, no change to the repositories.
No SQLAlchemy: its import alone costs more than the whole start-up budget of issue 20.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _scan(sql: str, *, placeholder: bool, like: str) -> str:
    """``?``/``:name`` -> ``%s``/``%(name)s``, a literal ``%`` doubled, ``LIKE`` -> ``like``;
    nothing inside string literals, quoted identifiers or comments is touched."""
    out: list[str] = []
    i, n = 0, len(sql)
    while i < n:
        ch = sql[i]
        if ch in "'\"":  # a literal or quoted identifier: copied whole ('' and "" stay inside)
            end = i + 1
            while end < n:
                if sql[end] == ch:
                    if end + 1 < n and sql[end + 1] == ch:
                        end += 2
                        continue
                    break
                end += 1
            out.append(sql[i:end + 1].replace("%", "%%") if placeholder else sql[i:end + 1])
            i = end + 1
        elif ch == "-" and sql.startswith("--", i):
            end = sql.find("\n", i)
            end = n if end < 0 else end
            out.append(sql[i:end].replace("%", "%%") if placeholder else sql[i:end])
            i = end
        elif placeholder and ch == "?":
            out.append("%s")
            i += 1
        elif placeholder and ch == ":" and not sql.startswith("::", i) and (i == 0 or sql[i - 1] != ":"):
            match = _IDENT.match(sql, i + 1)
            if match:
                out.append(f"%({match.group()})s")
                i = match.end()
            else:
                out.append(ch)
                i += 1
        elif placeholder and ch == "%":
            out.append("%%")
            i += 1
        elif ch.isalpha() or ch == "_":
            match = _IDENT.match(sql, i)
            assert match is not None
            word = match.group()
            out.append(like if word.upper() == "LIKE" else word)
            i = match.end()
        else:
            out.append(ch)
            i += 1
    return "".join(out)


_NOCASE_UNIQUE = re.compile(r"^(\s*)(\w+)(\s+TEXT[^,\n]*?)\s+UNIQUE\s+COLLATE\s+NOCASE", re.I | re.M)
_TABLE = re.compile(r"CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)\s*\(", re.I)


@dataclass(frozen=True)
class Dialect:
    name: str  # "sqlite" | "postgresql"
    paramstyle_format: bool  # True: the driver wants %s / %(name)s
    case_insensitive_like: str  # the operator that matches ASCII letters in either case
    identity_key: str  # a table's own integer key, numbered by the server
    real: str  # a float column: money and points; never single precision

    def sql(self, statement: str) -> str:
        """A repository's statement as this server reads it (cached: the same few hundred recur)."""
        return _translate(self, statement)

    def ddl(self, script: str) -> list[str]:
        """A portable ``CREATE TABLE``/``INDEX`` script as statements for this server.

        ``INTEGER PRIMARY KEY`` is the table's own numbered key (a column that also
        ``REFERENCES`` another table keeps that table's numbers); ``REAL`` is double precision;
        ``UNIQUE COLLATE NOCASE`` becomes a unique index on ``lower(column)`` where the server
        has no NOCASE collation; ``TEXT`` (upper case: the type) compares byte by byte.
        """
        statements = [s.strip() for s in _split(script) if s.strip()]
        if self.name == "sqlite":
            return statements
        out: list[str] = []
        for statement in statements:
            after: list[str] = []
            table = _TABLE.search(statement)
            if table is not None:
                def nocase(match: re.Match[str], table_name: str = table.group(1),
                           after: list[str] = after) -> str:
                    column = match.group(2)
                    after.append(f"CREATE UNIQUE INDEX {table_name}_{column}_nocase ON {table_name} (lower({column}))")
                    return match.group(1) + column + match.group(3)

                statement = _NOCASE_UNIQUE.sub(nocase, statement)
            statement = re.sub(r"\bINTEGER\s+PRIMARY\s+KEY\b(?!\s+REFERENCES)", self.identity_key, statement,
                               flags=re.I)
            statement = re.sub(r"\bINTEGER\s+PRIMARY\s+KEY\s+REFERENCES\b", "BIGINT PRIMARY KEY REFERENCES",
                               statement, flags=re.I)
            statement = re.sub(r"\bREAL\b", self.real, statement, flags=re.I)
            # Text compares and sorts byte by byte, as SQLite's BINARY does (ISO timestamps, phones,
            # names): not by the server's locale. The type is upper case; a column named text is not.
            statement = re.sub(r"\bTEXT\b", 'TEXT COLLATE "C"', statement)
            out.append(statement)
            out.extend(after)
        return out

    def greatest(self, *terms: str) -> str:
        """The larger of scalar values (SQLite's two-argument max())."""
        return ("max(" if self.name == "sqlite" else "GREATEST(") + ", ".join(terms) + ")"

    def least(self, *terms: str) -> str:
        return ("min(" if self.name == "sqlite" else "LEAST(") + ", ".join(terms) + ")"

    def json_merge(self, target: str, patch: str) -> str:
        """``target`` with ``patch``'s keys set over it, both JSON object texts."""
        if self.name == "sqlite":
            return f"json_patch({target}, {patch})"
        return f"(({target})::jsonb || ({patch})::jsonb)::text"


def _split(script: str) -> list[str]:
    """Statements of a script on ``;`` outside literals and comments (comments dropped)."""
    parts, buf, i, n = [], [], 0, len(script)
    while i < n:
        ch = script[i]
        if ch == "'":
            end = script.find("'", i + 1)
            end = n - 1 if end < 0 else end
            buf.append(script[i:end + 1])
            i = end + 1
        elif script.startswith("--", i):
            end = script.find("\n", i)
            i = n if end < 0 else end
        elif ch == ";":
            parts.append("".join(buf))
            buf = []
            i += 1
        else:
            buf.append(ch)
            i += 1
    parts.append("".join(buf))
    return parts


@lru_cache(maxsize=4096)
def _translate(dialect: Dialect, statement: str) -> str:
    if dialect.name == "sqlite":
        return statement
    return _scan(statement, placeholder=dialect.paramstyle_format, like=dialect.case_insensitive_like)


SQLITE = Dialect(name="sqlite", paramstyle_format=False, case_insensitive_like="LIKE",
                 identity_key="INTEGER PRIMARY KEY", real="REAL")
POSTGRESQL = Dialect(name="postgresql", paramstyle_format=True, case_insensitive_like="ILIKE",
                     identity_key="BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", real="DOUBLE PRECISION")
