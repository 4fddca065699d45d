"""Run core callables on a QThreadPool; deliver result / error / progress as signals.

The callable runs on a pool thread and never touches widgets. It may accept a
``task`` keyword: a :class:`TaskContext` with ``progress(done, total, text)``
and ``cancelled()``. Signals are queued to the GUI thread by Qt because the
emitter object lives there.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from smsdesk.core.redact import redact

log = logging.getLogger("smsdesk.worker")


class TaskContext:
    """Handed to the callable: report progress, notice cancellation."""

    def __init__(self, signals: _Signals, cancel_event: threading.Event) -> None:
        self._signals = signals
        self._cancel = cancel_event

    def progress(self, done: int, total: int | None = None, text: str = "") -> None:
        if not self._cancel.is_set():
            self._signals.progress.emit(done, -1 if total is None else total, text)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def emit(self, payload: object) -> None:
        """Send an intermediate object (e.g. per-account balance) to the GUI thread."""
        if not self._cancel.is_set():
            self._signals.partial.emit(payload)


class _Signals(QObject):
    result = Signal(object)
    error = Signal(object, str)  # the exception, and a redacted traceback for the log
    progress = Signal(int, int, str)
    partial = Signal(object)
    finished = Signal()


class Task(QRunnable):
    """One unit of work. Keep a reference (or use :class:`Worker`) until it finishes."""

    def __init__(self, fn: Callable[..., Any], *args: Any, wants_task: bool = False, **kwargs: Any) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _Signals()
        self._fn, self._args, self._kwargs = fn, args, kwargs
        self._wants_task = wants_task
        self._cancel = threading.Event()
        self.context = TaskContext(self.signals, self._cancel)
        self.done = threading.Event()

    def cancel(self) -> None:
        """Ask the callable to stop; result/error/progress are no longer delivered."""
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            kwargs = dict(self._kwargs)
            if self._wants_task:
                kwargs["task"] = self.context
            value = self._fn(*self._args, **kwargs)
        except Exception as exc:
            if not self._cancel.is_set():
                trace = redact("".join(traceback.format_exception(exc)))
                log.debug("task failed: %s", trace)
                self.signals.error.emit(exc, trace)
        else:
            if not self._cancel.is_set():
                self.signals.result.emit(value)
        finally:
            self.done.set()
            self.signals.finished.emit()


class Worker(QObject):
    """Owns a thread pool and the tasks in flight (so they are not garbage-collected)."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 8) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._tasks: set[Task] = set()

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        on_partial: Callable[[Any], None] | None = None,
        on_finished: Callable[[], None] | None = None,
        wants_task: bool = False,
        **kwargs: Any,
    ) -> Task:
        task = Task(fn, *args, wants_task=wants_task, **kwargs)
        # Signal connections to plain callables run on the GUI thread (the
        # signals object lives there), so handlers may touch widgets.
        # Deliveries already queued when the task is cancelled are dropped here, on the GUI
        # thread, so a cancelled task never reaches a widget or a store being torn down.
        if on_result is not None:
            task.signals.result.connect(lambda value: None if task.is_cancelled else on_result(value))
        if on_error is not None:
            task.signals.error.connect(lambda exc, _trace: None if task.is_cancelled else on_error(exc))
        if on_progress is not None:
            task.signals.progress.connect(lambda *a: None if task.is_cancelled else on_progress(*a))
        if on_partial is not None:
            task.signals.partial.connect(lambda value: None if task.is_cancelled else on_partial(value))
        if on_finished is not None:
            task.signals.finished.connect(on_finished)
        task.signals.finished.connect(lambda t=task: self._tasks.discard(t))
        self._tasks.add(task)
        self.pool.start(task)
        return task

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def cancel_all(self) -> None:
        for task in list(self._tasks):
            task.cancel()

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)
