"""A job's note (why it paused, why it stopped) kept as a message and its arguments, not as text.

A note written while the UI was in Chinese must read in English after a switch (and in the log
and the CLI): so what is stored is the catalogue entry (context and English source) with its
arguments, and it is translated each time it is shown. Notes from before, or plain texts such as
an exception's words, are stored and shown as they are.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from smsdesk.i18n import translate

_MARK = "\x1etr:"  # a record separator no typed text starts with


def coded(context: str, source: str, **args: Any) -> str:
    """A note to translate when shown: ``translate(context, source).format(**args)``."""
    return _MARK + json.dumps({"c": context, "s": source, "a": {k: str(v) for k, v in args.items()}},
                              ensure_ascii=False)


def of_error(error: Any) -> str:
    """A vendor error as a note: coded when the driver said which message it is, else its words."""
    source = getattr(error, "source", None)
    if not source:
        return str(getattr(error, "message", error))
    context, text, args = source
    return coded(context, text, **args)


def shown(note: str | None) -> str:
    """The note in the active language."""
    if not note or not note.startswith(_MARK):
        return note or ""
    return _render(note)


def english(value: Any) -> Any:
    """``value`` for the log: a coded note or a vendor error in English (support reads the log)."""
    if isinstance(value, str) and value.startswith(_MARK):
        return _render(value, english=True)
    source = getattr(value, "source", None)
    if isinstance(value, Exception) and source:
        _context, text, args = source
        words = " ".join(str(x) for x in (getattr(value, "code", None) or "", getattr(value, "text", "")) if x)
        message = text.format(**args)
        return f"{message} ({words})" if words else message
    return value


def _render(note: str, *, english: bool = False) -> str:
    try:
        data = json.loads(note[len(_MARK):])
        template = data["s"] if english else translate(data["c"], data["s"])
        return str(template).format(**data.get("a", {}))
    except (ValueError, KeyError, IndexError, TypeError):
        return note[len(_MARK):]


class EnglishFilter(logging.Filter):
    """Log lines in English whatever the UI language: notes and vendor errors among the arguments
    are written from their English source. Add it before the redacting filter."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(english(a) for a in record.args)
        return True
