"""The import's records wait in a scratch file while the sheet is read; one short transaction writes them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from openpyxl import Workbook

from smsdesk.core.import_write import Found
from smsdesk.core.importer import ImportCancelled, run_import
from smsdesk.core.store import Store

ROWS = 12_000


def _book(path: Path, n: int = ROWS, first: int = 0) -> Path:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("名單")
    ws.append(["姓名", "手機", "門市"])
    for i in range(first, first + n):
        ws.append([f"客戶{i}", f"09{10000000 + i}", "台北信義店" if i % 2 else "高雄左營店"])
    wb.save(path)
    return path


def _count(store: Store, sql: str, params: tuple[object, ...] = ()) -> int:
    row = store.query_one(sql, params)
    assert row is not None
    return int(row[0])


def test_another_writer_is_not_held_up_while_the_sheet_is_read(tmp_path: Path) -> None:
    store = Store(tmp_path / "data" / "smsdesk.db")
    book = _book(tmp_path / "a.xlsx")
    scratch = store.path.parent / "scratch"
    during: list[tuple[int, int]] = []

    def progress(done: int, total: int | None) -> None:
        if done >= ROWS:
            return
        # Another program's write transaction gets the lock at once (no busy wait allowed).
        other = sqlite3.connect(store.path, timeout=0, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
        finally:
            other.close()
        during.append((done, len(list(scratch.glob("import-*.db")))))

    report = run_import(store, book, "L", progress=progress)
    assert report.valid == ROWS and report.added == ROWS
    assert len(during) >= 4
    assert all(files == 1 for done, files in during if done > 5000)  # the records wait in the scratch file
    assert list(scratch.glob("import-*.db")) == []  # and it is gone afterwards
    assert _count(store, "SELECT count(*) FROM contacts") == ROWS
    store.close()


def test_the_copy_writes_every_record_sorted_and_updates_an_existing_list(any_store: Store, tmp_path: Path) -> None:
    first = run_import(any_store, _book(tmp_path / "a.xlsx", 3000), "L")
    assert (first.added, first.updated) == (3000, 0)
    again = run_import(any_store, _book(tmp_path / "b.xlsx", 3000, first=2000), "l")  # 1000 known, 2000 new
    assert (again.added, again.updated, again.list_id) == (2000, 1000, first.list_id)
    assert _count(any_store, "SELECT count(*) FROM contacts WHERE list_id = ?", (first.list_id,)) == 5000
    row = any_store.query_one("SELECT name, fields FROM contacts WHERE phone = ?", ("+886910002500",))
    assert row is not None and row[0] == "客戶2500" and "門市" in row[1]
    added = [r[0] for r in any_store.query("SELECT phone FROM contacts WHERE list_id = ? AND id > ? ORDER BY id",
                                           (first.list_id, 3000))]
    assert added == sorted(added) and len(added) == 2000  # new rows went in by number: both indexes fill in order


@pytest.mark.parametrize("rows", [100, ROWS])  # a copy shorter than one look at cancelled, and a longer one
def test_cancel_during_the_copy_changes_nothing(any_store: Store, tmp_path: Path, rows: int) -> None:
    book = _book(tmp_path / "a.xlsx", rows)
    read_all: list[bool] = []
    asked_after: list[int] = []

    def progress(done: int, total: int | None) -> None:
        if done == total:
            read_all.append(True)

    def cancelled() -> bool:
        if read_all:
            asked_after.append(1)
        return bool(read_all)

    with pytest.raises(ImportCancelled):
        run_import(any_store, book, "L", progress=progress, cancelled=cancelled)
    assert asked_after  # the write phase asked, and stopped
    assert _count(any_store, "SELECT count(*) FROM contact_lists") == 0
    assert _count(any_store, "SELECT count(*) FROM contacts") == 0


def test_found_without_records_has_no_file_and_closing_removes_it(tmp_path: Path) -> None:
    empty = Found(tmp_path)
    assert list(empty.pages(10)) == [] and empty.path is None
    empty.close()
    found = Found(tmp_path)
    found.batch.extend([("+886912000002", "b", "{}"), ("+886912000001", "a", "{}")])
    found.flush()
    assert found.path is not None and found.path.exists() and found.batch == [] and found.count == 2
    assert [r[0] for page in found.pages(1) for r in page] == ["+886912000001", "+886912000002"]
    found.close()
    assert not found.path.exists()


def test_attached_checks_the_name_and_detaches_after_a_failure(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    other = sqlite3.connect(tmp_path / "o.db")
    other.execute("CREATE TABLE t(x)")
    other.execute("INSERT INTO t VALUES (7)")
    other.commit()
    other.close()
    with pytest.raises(ValueError), store.attached(tmp_path / "o.db", "x; DROP TABLE contacts"):
        pass
    with pytest.raises(RuntimeError), store.attached(tmp_path / "o.db", "extra"):
        with store.transaction() as db:
            assert db.execute("SELECT x FROM extra.t").fetchone()[0] == 7
        raise RuntimeError("boom")
    assert [r[1] for r in store.conn.execute("PRAGMA database_list")] == ["main"]
    store.close()
