"""Keep secrets out of logs, exceptions and anything else we write."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable

MASK = "•••"
_lock = threading.Lock()
_secrets: set[str] = set()


def register_secret(*values: str | None) -> None:
    """Remember a secret so every later log line and crash report masks it."""
    with _lock:
        for value in values:
            # Very short values would mask ordinary text; real secrets are longer.
            if value and len(value) >= 4:
                _secrets.add(value)


def redact(text: str, extra: Iterable[str] = ()) -> str:
    with _lock:
        known = sorted(_secrets.union(v for v in extra if v and len(v) >= 4), key=len, reverse=True)
    for secret in known:
        if secret in text:
            text = text.replace(secret, MASK)
    return text


class RedactingFilter(logging.Filter):
    """Masks registered secrets in the final message of every record."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = redact(message)
        if record.exc_info and record.exc_info[1] is not None:
            # Render the traceback now so the handler's formatter sees clean text.
            formatter = logging.Formatter()
            rendered = redact(formatter.formatException(record.exc_info))
            clean = f"{clean}\n{rendered}"
            record.exc_info = None
            record.exc_text = None
        if clean != message or record.args:
            record.msg, record.args = clean, None
        return True
