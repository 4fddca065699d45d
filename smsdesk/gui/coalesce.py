"""Progress coalescing: a burst of values from a worker reaches the widgets at most ~20 times a second.

A send reports after every message (10,000 reports for 10,000 messages); repainting a progress
bar, a label and the Status tab's summary for each would keep the GUI thread busy for the
whole send. A :class:`Coalescer` delivers the first value at once, then at most one every
``interval_ms``, always the latest, and never drops the last one: the value pending when the
burst ends is delivered when its interval is up, or at once by :meth:`flush` (before "done").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QElapsedTimer, QObject, QTimer

T = TypeVar("T")

INTERVAL_MS = 50  # at most 20 deliveries a second


class Coalescer(QObject, Generic[T]):
    """Calls ``deliver`` with the latest pushed value, at most once per ``interval_ms`` (GUI thread only)."""

    def __init__(self, deliver: Callable[[T], None], parent: QObject | None = None, *,
                 interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._deliver = deliver
        self._interval = interval_ms
        self._pending: list[T] = []  # zero or one value: None may be a value too
        self._since = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)

    @property
    def pending(self) -> bool:
        return bool(self._pending)

    def push(self, value: T) -> None:
        self._pending[:] = [value]
        if self._timer.isActive():
            return
        if not self._since.isValid() or self._since.elapsed() >= self._interval:
            self.flush()
        else:
            self._timer.start(max(0, self._interval - self._since.elapsed()))

    def flush(self) -> None:
        """Deliver the pending value now, if any (the burst is over, or its interval is up)."""
        self._timer.stop()
        if not self._pending:
            return
        value = self._pending.pop()
        self._since.start()
        self._deliver(value)

    def discard(self) -> None:
        """Forget the pending value (the widgets it was for are being reset)."""
        self._timer.stop()
        self._pending.clear()
