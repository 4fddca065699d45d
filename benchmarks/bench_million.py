"""Memory of one big campaign (run by hand): peak RSS and wall time of import, plan and send.

    python benchmarks/bench_million.py [--n 1000000] [--message '{姓名} 您好'] [--plan-only]

Each step is a ``smsdesk-cli`` child process (tests/support/bigsend.py) against the SMS-Get
simulator on 127.0.0.1; the figures are each child's own peak RSS.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from support.bigsend import TEXT, big_send

from smsdesk.sim.server import Simulator


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--message", default=TEXT, help="e.g. '{姓名} 您好' for a personalized text")
    parser.add_argument("--plan-only", action="store_true", help="import and plan, do not send")
    args = parser.parse_args()
    sim = Simulator().start()
    try:
        with tempfile.TemporaryDirectory(prefix="smsdesk-million-") as tmp:
            wanted = ("import", "plan") if args.plan_only else ("import", "plan", "send")
            steps = big_send(args.n, Path(tmp), sim, steps=wanted, text=args.message)
            for step in steps.values():
                print(f"{step.name:7s} {step.seconds:7.1f} s  peak {step.peak_mb:7.0f} MB  exit {step.returncode}")
            if "send" in steps:
                print(steps["send"].stdout[-400:])
            # No baseline to divide by: it judges that every step finished (exit 0).
            failed = [step.name for step in steps.values() if step.returncode != 0]
            print(f"every step finished: {'OK' if not failed else 'MISSED ' + ', '.join(failed)}")
            return 1 if failed else 0
    finally:
        sim.stop()


if __name__ == "__main__":
    sys.exit(main())
