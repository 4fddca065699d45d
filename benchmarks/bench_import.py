"""Import speed and memory against bare readers (run by hand: python benchmarks/bench_import.py).

Generates a 100,000-row, 5-column .xlsx (phones half as text "0912-345-678"/
"0912345678", half as numbers with the leading zero lost; Chinese names), then
times in one run, best of --repeat:

- bare python-calamine: open, load the sheet, iterate every row;
- bare openpyxl read-only iteration (values only);
- our full import into a new list (sniffing, zip-bomb checks, header and column
  detection, normalization, dedupe, opt-out check and the SQLite write), its reading
  child process included: CPU times count the child's, memory is reported for both.

Targets: import <= 2.5x calamine, <= 0.25x openpyxl, peak memory < 250 MB.
Peak memory is the process's peak RSS growth during the import (it includes
calamine's Rust-side sheet, which tracemalloc cannot see) and, separately, the
Python heap peak from tracemalloc.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SURNAMES = "陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余盧梁趙顏柯翁魏孫戴"
GIVEN = "家豪志明俊傑建宏淑芬美玲雅婷怡君宗翰冠宇承恩詩涵欣怡佳穎子豪柏翰品妤宜蓁思妤"
STORES = ["台北信義店", "台北中山店", "新北板橋店", "桃園中壢店", "台中西屯店", "台南東區店", "高雄左營店"]


def make_workbook(path: Path, rows: int, seed: int = 7) -> None:
    from openpyxl import Workbook

    rnd = random.Random(seed)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("客戶名單")
    ws.append(["姓名", "手機", "門市", "生日", "點數"])
    for i in range(rows):
        national = 900_000_000 + rnd.randrange(100_000_000)  # every mobile prefix 090-099
        if i % 2:
            phone: object = national  # a number cell: the leading zero is gone
        elif i % 4 == 0:
            phone = f"0{national}"
        else:
            digits = f"0{national}"
            phone = f"{digits[:4]}-{digits[4:7]}-{digits[7:]}"
        name = rnd.choice(SURNAMES) + rnd.choice(GIVEN[::2]) + rnd.choice(GIVEN[1::2])
        ws.append([name, phone, rnd.choice(STORES), f"19{rnd.randrange(50, 99)}-0{rnd.randrange(1, 9)}-1{rnd.randrange(0, 9)}", rnd.randrange(0, 5000)])
    wb.save(path)


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def children_rss_mb() -> float:
    """Peak RSS of the reading child processes the import started (and waited for)."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def cpu_with_children() -> float:
    """This process's CPU time plus that of its finished children (the import's reader)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def bare_calamine(path: Path) -> tuple[float, float]:
    from python_calamine import CalamineWorkbook

    start, cpu = time.perf_counter(), time.process_time()
    with CalamineWorkbook.from_path(str(path)) as wb:
        n = sum(1 for _row in wb.get_sheet_by_index(0).iter_rows())
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    assert n > 0
    return elapsed, cpu


def bare_openpyxl(path: Path) -> tuple[float, float]:
    import openpyxl

    start, cpu = time.perf_counter(), time.process_time()
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        n = sum(1 for _row in wb.worksheets[0].iter_rows(values_only=True))
    finally:
        wb.close()
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    assert n > 0
    return elapsed, cpu


def our_import(path: Path, db: Path, trace: bool = False) -> tuple[tuple[float, float], object, int]:
    from smsdesk.core.importer import run_import
    from smsdesk.core.store import Store

    db.unlink(missing_ok=True)
    store = Store(db)
    try:
        gc.collect()
        if trace:
            tracemalloc.start()
        start, cpu = time.perf_counter(), cpu_with_children()
        report = run_import(store, path, "bench")
        elapsed, cpu = time.perf_counter() - start, cpu_with_children() - cpu
        peak = 0
        if trace:
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
    finally:
        store.close()
    return (elapsed, cpu), report, peak


def memory_child(book: Path, db: Path) -> int:
    """Runs in its own interpreter: one import with tracemalloc, then the peak RSS."""
    # Imported before the baseline is taken, so that module loading is not counted.
    import smsdesk.core.importer
    import smsdesk.core.store

    del smsdesk

    base = rss_mb()
    _t, _report, py_peak = our_import(book, db, trace=True)
    print(json.dumps({"base_rss_mb": base, "peak_rss_mb": rss_mb(), "child_rss_mb": children_rss_mb(),
                      "python_peak_mb": py_peak / 1e6}))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-openpyxl", action="store_true", help="openpyxl is slow; skip it for quick runs")
    parser.add_argument("--memory-child", nargs=2, metavar=("BOOK", "DB"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_child:
        return memory_child(Path(args.memory_child[0]), Path(args.memory_child[1]))

    with tempfile.TemporaryDirectory() as tmp:
        book = Path(tmp) / "bench.xlsx"
        t0 = time.perf_counter()
        make_workbook(book, args.rows)
        print(f"generated {args.rows:,} rows x 5 columns in {time.perf_counter() - t0:.1f} s "
              f"({book.stat().st_size / 1e6:.1f} MB)")

        # Memory in a fresh interpreter, so that its peak RSS is the import's alone.
        child = subprocess.run(
            [sys.executable, __file__, "--memory-child", str(book), str(Path(tmp) / "mem.db")],
            capture_output=True, text=True, check=True,
        )
        mem = json.loads(child.stdout)

        cal = [bare_calamine(book) for _ in range(args.repeat)]
        ours = [our_import(book, Path(tmp) / f"run{i}.db") for i in range(args.repeat)]
        report = ours[-1][1]
        opx = None if args.skip_openpyxl else bare_openpyxl(book)

        print(f"import report: rows={report.rows:,} valid={report.valid:,} invalid={len(report.invalid):,} "
              f"duplicates={report.duplicates:,}")
        missed = False
        cal_wall, cal_cpu = min(c[0] for c in cal), min(c[1] for c in cal)
        our_wall, our_cpu = min(o[0][0] for o in ours), min(o[0][1] for o in ours)
        print(f"                                  wall s   cpu s   (best of {args.repeat})")
        print(f"python-calamine bare iteration : {cal_wall:7.3f} {cal_cpu:7.3f}")
        if opx is not None:
            print(f"openpyxl read-only iteration   : {opx[0]:7.3f} {opx[1]:7.3f}")
        print(f"smsdesk full import            : {our_wall:7.3f} {our_cpu:7.3f}")
        for label, ours_t, cal_t in (("wall", our_wall, cal_wall), ("cpu", our_cpu, cal_cpu)):
            ratio = ours_t / cal_t
            missed = missed or (label == "wall" and ratio > 2.5)
            print(f"import / calamine ({label}) = {ratio:.2f}x (target <= 2.5x) {'OK' if ratio <= 2.5 else 'MISSED'}")
        if opx is not None:
            for label, ours_t, opx_t in (("wall", our_wall, opx[0]), ("cpu", our_cpu, opx[1])):
                ratio = ours_t / opx_t
                missed = missed or (label == "wall" and ratio > 0.25)
                print(f"import / openpyxl ({label}) = {ratio:.2f}x (target <= 0.25x) {'OK' if ratio <= 0.25 else 'MISSED'}")
        peak = max(mem["peak_rss_mb"], mem["child_rss_mb"])
        print(f"peak RSS of a fresh process doing the import: {mem['peak_rss_mb']:.0f} MB (interpreter and "
              f"imports {mem['base_rss_mb']:.0f} MB), of its reading child {mem['child_rss_mb']:.0f} MB "
              f"(target < 250 MB each) {'OK' if peak < 250 else 'MISSED'}")
        print(f"Python heap peak (tracemalloc) during the import: {mem['python_peak_mb']:.0f} MB")
    # The wall ratios and the memory judge the run (CPU is shown: the reader and the importer overlap).
    return 1 if missed or peak >= 250 else 0


if __name__ == "__main__":
    raise SystemExit(main())
