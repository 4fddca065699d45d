"""Whole-process import against bare python-calamine, each in a process of its own (issue 20).

    python benchmarks/bench_import_cli.py [--rows 100000] [--runs 3] [--target 2.5]

Generates a 100,000 x 5 .xlsx with mobile numbers across every Taiwan prefix 090-099 (half as
text with and without dashes, half as numbers that lost their leading zero), then times, in
interleaved runs, from ``Popen`` to exit:

- ``python -c`` opening the book with python-calamine and iterating every row of the sheet;
- ``smsdesk-cli import FILE --list L`` (``python -m smsdesk.cli``) into a fresh data folder:
  start-up, the reading child, every check, the opt-out lookup and the SQLite write.

Prints min/median of each and the median ratio; exits 1 when it misses the target.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_import import make_workbook  # noqa: E402 - the benchmarks folder is not a package

CALAMINE = """
import sys
from python_calamine import CalamineWorkbook
with CalamineWorkbook.from_path(sys.argv[1]) as wb:
    n = sum(1 for _row in wb.get_sheet_by_index(0).iter_rows())
assert n > 1
"""


def env_for(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its bytecode compiled
    env.update(PYTHONPYCACHEPREFIX=str(home / "pycache"), SMSDESK_HOME=str(home), SMSDESK_LANG="en",
               PYTHON_KEYRING_BACKEND="smsdesk.core.credentials.MemoryKeyring",
               PYTHONPATH=str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""))
    return env


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, str]:
    started = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd[:4]} failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return elapsed, proc.stdout


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--target", type=float, default=2.5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="smsdesk-bench-import-") as tmp:
        book = Path(tmp) / "customers.xlsx"
        make_workbook(book, args.rows)
        env = env_for(Path(tmp) / "warm")
        cli = [sys.executable, "-m", "smsdesk.cli", "import", str(book), "--list"]
        timed([*cli, "warm-up"], env)  # compiles the bytecode once, as an installed app has it
        timed([sys.executable, "-c", CALAMINE, str(book)], env)
        bare, ours, out = [], [], ""
        for run in range(args.runs):  # interleaved, so a change in the machine's load hits both
            bare.append(timed([sys.executable, "-c", CALAMINE, str(book)], env)[0])
            run_env = {**env, "SMSDESK_HOME": str(Path(tmp) / f"home{run}")}
            elapsed, out = timed([*cli, f"run {run}"], run_env)
            ours.append(elapsed)
        print(out.strip().splitlines()[0])
        ratio = statistics.median(ours) / statistics.median(bare)
        print(f"bare python-calamine iteration, own process: min {min(bare):.2f} s, "
              f"median {statistics.median(bare):.2f} s")
        print(f"smsdesk-cli import, whole process:          min {min(ours):.2f} s, "
              f"median {statistics.median(ours):.2f} s (runs: {', '.join(f'{t:.2f}' for t in ours)})")
        ok = ratio <= args.target
        print(f"import ratio {ratio:.2f}x (target <= {args.target:g}x)  {'OK' if ok else 'MISSED'}")
        return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
