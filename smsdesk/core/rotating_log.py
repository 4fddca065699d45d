"""A size-rotated log file without ``logging.handlers``.

``logging.handlers.RotatingFileHandler`` brings socket, pickle, queue and selectors along (~5 ms
of every window start, for handlers SMS Desk never uses); this is its size rollover on top of
``logging.FileHandler``: ``smsdesk.log`` becomes ``smsdesk.log.1`` when a line would take it past
``max_bytes``, ``.1`` becomes ``.2`` and so on, and the oldest of ``backups`` is dropped.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path


class RotatingLog(logging.FileHandler):
    def __init__(self, path: Path, *, max_bytes: int, backups: int) -> None:
        super().__init__(path, encoding="utf-8")
        self.max_bytes = max_bytes
        self.backups = max(1, backups)

    def emit(self, record: logging.LogRecord) -> None:
        # Handler.handle holds this handler's lock around emit: one rollover at a time.
        try:
            if self.stream is None:
                self.stream = self._open()
            line = self.format(record) + self.terminator
            if self.stream.tell() and self.stream.tell() + len(line.encode("utf-8")) > self.max_bytes:
                self._roll()
        except Exception:
            self.handleError(record)
            return
        super().emit(record)

    def _roll(self) -> None:
        if self.stream is not None:
            self.stream.close()  # an open file cannot be renamed on Windows
            self.stream = None  # FileHandler reopens a None stream
        base = Path(self.baseFilename)
        for n in range(self.backups - 1, 0, -1):
            older = base.with_name(f"{base.name}.{n}")
            if older.exists():
                os.replace(older, base.with_name(f"{base.name}.{n + 1}"))
        if base.exists():
            os.replace(base, base.with_name(f"{base.name}.1"))
        self.stream = self._open()
