"""``{column}`` placeholders in message text (no Qt).

Syntax: ``{name}`` is replaced by the recipient's value of column ``name`` (any
characters but braces and newlines, e.g. ``{門市}`` or ``{ E-mail }``; surrounding
spaces are ignored). ``{{`` and ``}}`` write a literal brace. A brace that does not
form a placeholder (``{`` without a closing ``}``, ``{}``, a lone ``}``) is kept as
written, so a stray brace never breaks a message.

Columns match exactly first, then ignoring case, width (full-width letters) and
repeated spaces, because column headers come from messy spreadsheets.

A placeholder whose value is absent or blank renders empty and is reported in
``Rendered.missing`` so the caller can warn before anything is sent.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Any, Literal

from smsdesk.core.segments import GSM7, GSM_SINGLE, UCS2_SINGLE, cost
from smsdesk.i18n import active_language

_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}\n]*)\}")
_SPACES = re.compile(r"\s+")


def name_placeholder() -> str:
    """The recipient's name as a placeholder in the UI language: {姓名} in Chinese, {name} in English.

    Both always work (planner and drafts give every recipient both); this is the one offered.
    """
    return "姓名" if active_language() == "zh_TW" else "name"


def normalize_name(name: str) -> str:
    """The forgiving form of a column name used for the second-chance match."""
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", name)).strip().casefold()


def format_value(value: Any) -> str:
    """A cell value as text: 100.0 -> "100", None/NaN -> "", dates in ISO form."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return ""
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value == value.to_integral_value() else str(value)
    if isinstance(value, dt.datetime):
        if (value.hour, value.minute, value.second, value.microsecond) == (0, 0, 0, 0):
            return value.date().isoformat()
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return str(value).strip()


@dataclass(frozen=True)
class Rendered:
    text: str
    missing: list[str] = field(default_factory=list)  # placeholders left empty, in order


class Template:
    """A parsed message: literal pieces and placeholder names, reusable across rows."""

    def __init__(self, text: str) -> None:
        self.source = text
        # Even indices are literal text, odd indices placeholder names.
        parts: list[str] = []
        literal: list[str] = []
        pos = 0
        for m in _TOKEN.finditer(text):
            literal.append(text[pos : m.start()])
            token = m.group(0)
            name = (m.group(1) or "").strip()
            if token == "{{":
                literal.append("{")
            elif token == "}}":
                literal.append("}")
            elif not name:
                literal.append(token)  # "{}" or "{  }": nothing to fill, keep as written
            else:
                parts.append("".join(literal))
                parts.append(name)
                literal = []
            pos = m.end()
        literal.append(text[pos:])
        parts.append("".join(literal))
        self._parts = tuple(parts)
        self.parts = self._parts  # literal, name, literal, ..., literal
        self.placeholders: tuple[str, ...] = tuple(dict.fromkeys(parts[1::2]))

    def bind(self, columns: Iterable[str]) -> dict[str, str | None]:
        """Map each placeholder to the column it reads (None when there is no such column)."""
        cols = list(columns)
        exact = set(cols)
        loose: dict[str, str] = {}
        for c in cols:
            loose.setdefault(normalize_name(str(c)), c)
        return {
            name: name if name in exact else loose.get(normalize_name(name))
            for name in self.placeholders
        }

    def render(self, variables: Mapping[str, Any], binding: Mapping[str, str | None] | None = None) -> Rendered:
        if binding is None:
            binding = self.bind(variables.keys()) if self.placeholders else {}
        out: list[str] = []
        missing: list[str] = []
        parts = self._parts
        for i, part in enumerate(parts):
            if i % 2 == 0:
                out.append(part)
                continue
            column = binding.get(part)
            value = format_value(variables.get(column)) if column is not None else ""
            if not value and part not in missing:
                missing.append(part)
            out.append(value)
        return Rendered("".join(out), missing)


@lru_cache(maxsize=64)
def compile_template(text: str) -> Template:
    return Template(text)


def placeholders(text: str) -> list[str]:
    """The distinct placeholder names in ``text``, in order of appearance."""
    return list(compile_template(text).placeholders)


def unknown_placeholders(text: str, columns: Iterable[str]) -> list[str]:
    """Placeholders that match no column (a typo, or a column the list lacks)."""
    binding = compile_template(text).bind(columns)
    return [name for name, col in binding.items() if col is None]


def render(text: str, variables: Mapping[str, Any]) -> Rendered:
    return compile_template(text).render(variables)


def render_rows(text: str, rows: Iterable[Mapping[str, Any]]) -> Iterable[Rendered]:
    """Render for many rows, binding columns once per distinct set of keys."""
    tpl = compile_template(text)
    bindings: dict[tuple[str, ...], dict[str, str | None]] = {}
    for row in rows:
        keys = tuple(row.keys())
        binding = bindings.get(keys)
        if binding is None:
            binding = bindings[keys] = tpl.bind(keys)
        yield tpl.render(row, binding)


def longest_rendering(
    text: str,
    rows: Iterable[Mapping[str, Any]],
    key: Callable[[str], Any] | None = None,
) -> tuple[int, Rendered] | None:
    """The row whose rendering is the most expensive, for the composer's counter.

    ``key`` ranks rendered texts (larger is worse); by default segments on the air
    (GSM rule), then how full the message is relative to its encoding's single-SMS
    limit (160 or 70), so a short row that turns the message into UCS-2 can beat a
    longer GSM-7 one. Returns (row index, rendering), or None with no rows.
    """
    if key is None:

        def key(s: str) -> tuple[int, float]:
            c = cost("gsm", s)
            return c.segments, c.units / (GSM_SINGLE if c.encoding == GSM7 else UCS2_SINGLE)

    best: tuple[int, Rendered] | None = None
    best_key: Any = None
    seen: dict[str, Any] = {}
    for index, rendered in enumerate(render_rows(text, rows)):
        k = seen.get(rendered.text)
        if k is None:
            k = seen[rendered.text] = key(rendered.text)
            if best is None or k > best_key:
                best, best_key = (index, rendered), k
    return best


@dataclass(frozen=True)
class RenderedParams:
    values: dict[str, str]
    missing: list[str] = field(default_factory=list)  # placeholders left empty, over all params
    empty: list[str] = field(default_factory=list)  # params whose final value is blank


def render_params(params: Mapping[str, str], variables: Mapping[str, Any]) -> RenderedParams:
    """Fill vendor-template parameters, each of which may use ``{column}`` placeholders."""
    values: dict[str, str] = {}
    missing: list[str] = []
    empty: list[str] = []
    for name, raw in params.items():
        r = render(raw or "", variables)
        values[name] = r.text
        missing.extend(m for m in r.missing if m not in missing)
        if not r.text.strip():
            empty.append(name)
    return RenderedParams(values, missing, empty)


_NUMBERED = re.compile(r"\{(\d+)\}")
_DOUBLE = re.compile(r"\{\{\s*([^{}\s]+)\s*\}\}")


def fill_template(
    template_text: str, values: Mapping[str, str], style: Literal["numbered", "double_brace"]
) -> str:
    """Preview a vendor template: ``{1}`` (Tencent) or ``{{name}}`` (EngageLab).

    A parameter without a value stays as written, as the vendors send it.
    """
    pattern = _NUMBERED if style == "numbered" else _DOUBLE

    def sub(m: re.Match[str]) -> str:
        value = values.get(m.group(1))
        return m.group(0) if value is None else value

    return pattern.sub(sub, template_text)
