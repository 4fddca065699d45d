"""The worker helper delivers result, error and progress on the GUI thread, and cancels."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from smsdesk.gui.worker import TaskContext, Worker


def test_result_arrives_on_gui_thread(qtbot: QtBot) -> None:
    worker = Worker()
    seen: dict[str, Any] = {}

    def work(x: int) -> int:
        seen["thread"] = threading.current_thread()
        return x * 2

    def on_result(value: int) -> None:
        seen["value"] = value
        seen["gui"] = QThread.currentThread() is QApplication.instance().thread()

    worker.submit(work, 21, on_result=on_result)
    qtbot.waitUntil(lambda: "value" in seen, timeout=5000)
    assert seen["value"] == 42
    assert seen["gui"] is True
    assert seen["thread"] is not threading.main_thread()


def test_error_is_delivered_not_raised(qtbot: QtBot) -> None:
    worker = Worker()
    errors: list[Exception] = []

    def fail() -> None:
        raise ValueError("bad input")

    worker.submit(fail, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ValueError) and str(errors[0]) == "bad input"


def test_progress_and_cancel(qtbot: QtBot) -> None:
    worker = Worker()
    started = threading.Event()
    release = threading.Event()
    progress: list[tuple[int, int, str]] = []
    results: list[Any] = []
    observed_cancel: list[bool] = []

    def long_job(task: TaskContext) -> str:
        task.progress(1, 10, "one")
        started.set()
        release.wait(5)
        observed_cancel.append(task.cancelled())
        task.progress(2, 10, "two")  # after cancel: not delivered
        return "finished"

    task = worker.submit(long_job, wants_task=True, on_progress=lambda *a: progress.append(a),
                         on_result=results.append)
    qtbot.waitUntil(lambda: progress == [(1, 10, "one")], timeout=5000)
    assert started.is_set()
    task.cancel()
    # Listen before releasing the job, so a quick finish cannot slip past the wait.
    with qtbot.waitSignal(task.signals.finished, timeout=5000):
        release.set()
    assert observed_cancel == [True]
    assert results == []
    assert progress == [(1, 10, "one")]
    assert worker.wait(5000)


def test_results_queued_before_a_cancel_are_not_delivered(qtbot: QtBot) -> None:
    worker = Worker()
    results: list[Any] = []
    task = worker.submit(lambda: "late", on_result=results.append)
    assert task.done.wait(5)  # finished and emitted, but the GUI thread has not run the slot yet
    task.cancel()
    QApplication.processEvents()  # the queued delivery is processed now (and dropped)
    assert results == []
