"""Status lag benchmark: how long after the Sandbox's reports are ready the Status tab shows them.

    python benchmarks/bench_status_lag.py [--runs 3] [--n 200] [--target 10]

Each run is a whole app process (``smsdesk.gui.app.main``, offscreen, a fresh data
folder, the user's default settings: status checked "every 60 s"). Once its window
has painted, the child sends ``--n`` messages from the Sandbox account through the
send engine on the app's worker, announces the job as Compose does, opens the
Status tab, selects the job and presses F5, as a user would right after sending.
It then watches the jobs table until the job shows no message waiting for a
report. The Status tab's poll timer (a tick every few seconds) is restarted so
that its first tick falls 0.5, 2 or 3.5 s after the send in runs 1, 2, 3: the
moment the tick meets decides what a user sees, and each run meets another. The baseline, measured in the same process, is when the reports are ready:
a probe asking the Sandbox directly every 100 ms until all are final.

Prints, per run, ready / shown (seconds from the end of the send) and the lag;
exits 1 when the median lag misses the target.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, os, sys, threading, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

N = int(os.environ["BENCH_N"])
PHASE = float(os.environ["BENCH_PHASE"])
result = {}


def start(window):
    from smsdesk.core.engine import SendEngine
    from smsdesk.core.jobs import Jobs, PlannedRecipient
    from smsdesk.core.states import State
    from smsdesk.core.tracking import MessageRef
    from smsdesk.vendors.base import StatusReport

    ctx = window.ctx
    sandbox = next(a for a in ctx.accounts.all() if a.spec.is_sandbox)
    ctx.accounts.client(sandbox).top_up(10 * N)
    people = [PlannedRecipient(f"+8869{12_000_000 + i:08d}", rendered="hi") for i in range(N)]
    job, _ = Jobs(ctx.store).create(sandbox.id, people, text="hi")

    def probe(refs):  # the baseline: when the vendor itself has every report
        client = ctx.accounts.client(sandbox)
        while True:
            reports = client.query_status(refs)
            if len(reports) == N and all(r.state.is_final for r in reports):
                result["ready"] = time.monotonic() - result["sent"]
                return
            time.sleep(0.1)

    def sent(_summary):
        result["sent"] = time.monotonic()
        rows = Jobs(ctx.store).messages(job)
        refs = [MessageRef(m.phone, m.vendor_msg_id, m.vendor_batch_id) for m in rows]
        threading.Thread(target=probe, args=(refs,), daemon=True).start()
        ctx.events.job_created.emit(job)  # as Compose announces a new job
        window.tabs.setCurrentWidget(window.status)

        def select_and_refresh():
            if not window.status.select_job(job):
                QTimer.singleShot(20, select_and_refresh)
                return
            window.refresh_current()  # F5
            # The Status tab's poll timer ticks every few seconds from whenever it started: set
            # its phase, so each run meets a different moment (before, during, after the reports).
            tab = window.status
            tab.poll_timer.stop()

            def tick():
                tab.poll()
                tab.poll_timer.start()

            QTimer.singleShot(int(PHASE * 1000), tick)
            watch()

        select_and_refresh()

    def watch():
        row = next((r for r in window.status.rows if r.job.id == job), None)
        if row is not None and not any(row.counts.get(s, 0) for s in ("submitted", "unknown", "queued")):
            result["shown"] = time.monotonic() - result["sent"]
            if "ready" in result:
                print(json.dumps(result), flush=True)
                os._exit(0)
        if time.monotonic() - result["sent"] > 180:
            print(json.dumps({**result, "timeout": True}), flush=True)
            os._exit(0)
        QTimer.singleShot(50, watch)

    ctx.worker.submit(lambda: SendEngine(ctx.store, ctx.accounts).run(job), on_result=sent)


class Hook(QObject):
    done = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow) and not self.done:
            self.done = True
            QTimer.singleShot(0, lambda: start(obj))
        return False


app = QApplication(sys.argv[:1])
hook = Hook()
app.installEventFilter(hook)
from smsdesk.gui.app import main
main([])
"""


def run_once(n: int, phase: float) -> dict[str, float]:
    home = Path(tempfile.mkdtemp(prefix="smsdesk-bench-lag-"))
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", SMSDESK_HOME=str(home), SMSDESK_LANG="en", BENCH_N=str(n), BENCH_PHASE=str(phase),
               PYTHON_KEYRING_BACKEND="smsdesk.core.credentials.MemoryKeyring",
               PYTHONPATH=str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""))
    env.pop("SMSDESK_SANDBOX_DELAY", None)  # the Sandbox's own 2-4 s
    # Mark the first-run guide as seen, as for a returning user.
    subprocess.run([sys.executable, "-c", "from PySide6.QtCore import QSettings; from smsdesk.core import paths; "
                    "from smsdesk.gui.welcome import SHOWN_KEY; "
                    "s = QSettings(str(paths.settings_path()), QSettings.Format.IniFormat); "
                    "s.setValue(SHOWN_KEY, 'true'); s.sync()"], env=env, check=True)
    proc = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=300)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"the app process gave no result:\n{proc.stdout}\n{proc.stderr[-2000:]}")
    data: dict[str, float] = json.loads(lines[-1])
    if data.get("timeout"):
        data["shown"] = float("inf")
    return data


PHASES = (0.5, 2.0, 3.5)  # seconds from the end of the send to the poll timer's first tick


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--target", type=float, default=10.0)
    args = parser.parse_args()
    lags, ratios = [], []
    for i in range(args.runs):
        started = time.perf_counter()
        phase = PHASES[i % len(PHASES)]
        r = run_once(args.n, phase)
        lag = r["shown"] - r["ready"]
        lags.append(lag)
        ratios.append(r["shown"] / r["ready"])
        print(f"run {i + 1} (first poll tick {phase:g} s after the send): reports ready {r['ready']:.1f} s after the send, shown {r['shown']:.1f} s "
              f"-> lag {lag:.1f} s ({time.perf_counter() - started:.0f} s for the whole run)")
    lag = statistics.median(lags)
    ok = lag <= args.target
    print(f"Sandbox, {args.n} messages, F5 right after sending: median lag {lag:.1f} s (min {min(lags):.1f}), "
          f"shown/ready {statistics.median(ratios):.1f}x (target lag <= {args.target:g} s)  "
          f"{'OK' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
