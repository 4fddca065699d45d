"""The import's worker side: run the import (list or opt-outs) and export its report. No widgets here."""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from smsdesk.core import importer
from smsdesk.core.contacts import ContactList, ContactRepository, OptOutImportReport
from smsdesk.core.export import Sheet, write_xlsx_sheets
from smsdesk.core.importer import ImportReport
from smsdesk.core.store import Store
from smsdesk.gui.worker import TaskContext
from smsdesk.i18n import join_list, translate

PROGRESS_INTERVAL = 0.1  # seconds between progress bar updates


@dataclass
class ImportOutcome:
    """What the report page shows, computed on the worker (100,000 problem rows are not cheap)."""

    report: ImportReport | OptOutImportReport
    problems: list[tuple[int, str, str]] = field(default_factory=list)  # row, value as written, reason
    duplicates: list[tuple[int, str, str, int]] = field(default_factory=list)  # row, value, number, first row
    extra: list[tuple[int, str, str]] = field(default_factory=list)  # row, value, other numbers

    @property
    def optouts(self) -> bool:
        return isinstance(self.report, OptOutImportReport)


def _progress(task: TaskContext) -> Callable[[int, int | None], None]:
    """Pass the importer's progress on at most every PROGRESS_INTERVAL seconds (and at the end).

    The importer reports every 2,048 rows, about every 15 ms; each report costs the GUI thread
    a repaint and some hand-overs of Python's interpreter lock with the busy worker, which
    together stalled it for over 50 ms at a time.
    """
    last = [-PROGRESS_INTERVAL]

    def report(row: int, total: int | None) -> None:
        now = time.monotonic()
        if now - last[0] >= PROGRESS_INTERVAL or (total is not None and row >= total):
            last[0] = now
            task.progress(row, total)
    return report


def _cancelled(cancel: threading.Event, task: TaskContext) -> Callable[[], bool]:
    # The dialog's Cancel, or the app closing (the worker cancels every task): either rolls back.
    return lambda: cancel.is_set() or task.cancelled()


_gc_lock = threading.Lock()
_gc_state = {"holds": 0, "was_enabled": True}


@contextmanager
def no_gc_pauses() -> Iterator[None]:
    """Hold off Python's cyclic garbage collector while a big import runs.

    An import allocates about a million short-lived objects, which triggers full collections;
    each pauses every thread, the GUI thread included (45 ms measured for 100,000 rows). The
    objects die by reference counting anyway, so the collector has little to find afterwards.
    Imports may overlap: the collector comes back, as it was, when the last one ends.
    """
    with _gc_lock:
        if _gc_state["holds"] == 0:
            _gc_state["was_enabled"] = gc.isenabled()
        _gc_state["holds"] += 1
        gc.disable()
    try:
        yield
    finally:
        with _gc_lock:
            _gc_state["holds"] -= 1
            if _gc_state["holds"] == 0 and _gc_state["was_enabled"]:
                gc.enable()


def run_list_import(store: Store, path: str, list_name: str, sheet: str | None, phone: int, name: int | None,
                    region: str, cancel: threading.Event, task: TaskContext) -> ImportOutcome:
    with no_gc_pauses():
        report = importer.run_import(store, path, list_name, sheet=sheet, phone_column=phone, name_column=name,
                                     region=region, progress=_progress(task), cancelled=_cancelled(cancel, task))
    return ImportOutcome(
        report,
        [(p["row"], p["value"], p["message"]) for p in report.invalid],
        [(d["row"], d["value"], d["phone"], d["first_row"]) for d in report.duplicate_rows],
        [(e["row"], e["value"], join_list(e["extra"])) for e in report.extra_numbers],
    )


def run_optout_import(store: Store, path: str, sheet: str | None, phone: int, region: str,
                      cancel: threading.Event, task: TaskContext) -> ImportOutcome:
    repo = ContactRepository(store, region)
    with no_gc_pauses():
        report = repo.import_optouts(path, sheet=sheet, phone_column=phone, progress=_progress(task),
                                     cancelled=_cancelled(cancel, task))
    return ImportOutcome(report, [(p["row"], p["value"], p["message"]) for p in report.invalid])


def export_outcome(outcome: ImportOutcome, path: str) -> Path:
    if isinstance(outcome.report, ImportReport):
        return outcome.report.to_xlsx(path)
    r = outcome.report
    t = translate
    summary = [
        (t("ImportDialog", "Rows read"), r.rows),
        (t("ImportDialog", "Numbers added to the opt-out list"), r.added),
        (t("ImportDialog", "Numbers already on the opt-out list"), r.already),
        (t("ImportDialog", "Rows with a problem"), len(r.invalid)),
    ]
    return write_xlsx_sheets(path, [
        Sheet(t("ImportDialog", "Summary"), [t("ImportDialog", "Item"), t("ImportDialog", "Value")], summary,
              widths=[40, 20]),
        Sheet(t("ImportDialog", "Problems"),
              [t("ImportDialog", "Row"), t("ImportDialog", "Value"), t("ImportDialog", "Problem")],
              outcome.problems, widths=[8, 28, 80]),
    ])


def load_lists(store: Store) -> list[ContactList]:
    return ContactRepository(store).lists()
