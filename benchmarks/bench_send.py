"""Send-engine benchmark (run by hand): throughput, request counts, GUI responsiveness.

    python benchmarks/bench_send.py [--n 10000] [--latency 0.1] [--rate 200]

1. 10,000 personalized TwSMS messages to the simulator with 100 ms added latency:
   messages/s sustained, the busiest second against the configured rate, and the
   ratio to a plain sequential ``requests`` loop measured in the same run.
2. The same text to 10,000 numbers on SMS-Get and Tencent bulk: requests made
   (expected ceil(n/250) and ceil(n/200)).
3. The GUI thread's longest stall (10 ms QTimer heartbeat) while the engine sends
   10,000 messages on the worker pool.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "smsdesk.core.credentials.MemoryKeyring")

import requests

from smsdesk.core.accounts import Accounts
from smsdesk.core.engine import SendEngine
from smsdesk.core.jobs import Jobs, PlannedRecipient
from smsdesk.core.store import Store
from smsdesk.sim.server import Simulator


def numbers(n: int, prefix: str = "+8869", start: int = 10_000_000) -> list[str]:
    return [f"{prefix}{start + i:08d}" for i in range(n)]


def fresh_store() -> tuple[Store, Accounts]:
    home = Path(tempfile.mkdtemp(prefix="smsdesk-bench-"))
    os.environ["SMSDESK_HOME"] = str(home)
    store = Store(home / "smsdesk.db")
    return store, Accounts(store)


def sequential_baseline(sim: Simulator, count: int) -> float:
    url = sim.base_url("twsms") + "/json/sms_send.php"
    started = time.perf_counter()
    for i, phone in enumerate(numbers(count, start=90_000_000)):
        requests.post(url, data={"username": "bench", "password": "bench-pass", "mobile": "0" + phone[4:],
                                 "message": f"Hello {i}", "resp_point": "Y"}, timeout=10).raise_for_status()
    return count / (time.perf_counter() - started)


def twsms_throughput(sim: Simulator, n: int, rate: float, concurrency: int) -> tuple[float, int, float]:
    store, accounts = fresh_store()
    account = accounts.add("Bench", "twsms", {"username": "bench", "rate_per_s": rate, "concurrency": concurrency},
                           {"password": "bench-pass"}, base_url=sim.base_url("twsms"))
    people = [PlannedRecipient(p, f"客戶{i}", {"name": f"客戶{i}"}, f"客戶{i} 您好，本週特價 85 折！")
              for i, p in enumerate(numbers(n))]
    job, _ = Jobs(store).create(account.id, people, text="{name} 您好，本週特價 85 折！")
    first = len(sim.requests_to("twsms", "sms_send"))
    started = time.perf_counter()
    summary = SendEngine(store, accounts).run(job)
    elapsed = time.perf_counter() - started
    sends = sim.requests_to("twsms", "sms_send")[first:]
    per_second = Counter(int(r.at) for r in sends)
    # Ignore the partial first and last seconds.
    seconds = sorted(per_second)[1:-1] or sorted(per_second)
    busiest = max(per_second[s] for s in seconds)
    assert summary.counts["submitted"] == n, summary.counts
    store.close()
    return n / elapsed, busiest, elapsed


def bulk_requests(sim: Simulator, vendor: str, n: int) -> int:
    store, accounts = fresh_store()
    if vendor == "smsget":
        sim.vendors["smsget"].add_account("bulk", "bulk-pass", balance=10_000_000)
        account = accounts.add("Bulk", "smsget", {"username": "bulk"}, {"password": "bulk-pass"},
                               base_url=sim.base_url("smsget"))
        phones = numbers(n)
        text, template = "Same text for everyone", None
    else:
        creds = sim.vendors["tencent"].seed_demo()
        account = accounts.add("Bulk", "tencent", {"sdkappid": creds["sdkappid"], "sign": creds["sign"]},
                               {"appkey": creds["appkey"]}, base_url=sim.base_url("tencent"))
        phones = [f"+86138{i:08d}" for i in range(n)]
        text, template = "", str(creds["templates"][0])
    rendered = '{"1": "1234", "2": "5"}' if template else text
    job, _ = Jobs(store).create(account.id, [PlannedRecipient(p, rendered=rendered) for p in phones], text=text,
                                template_id=template, params={"1": "1234", "2": "5"} if template else None)
    before = len(sim.requests_to(vendor))
    summary = SendEngine(store, accounts).run(job)
    assert summary.counts["submitted"] == n, summary.counts
    store.close()
    return len(sim.requests_to(vendor)) - before


def gui_stall(n: int) -> float:
    """The simulator runs in its own process here, as a real vendor would: only the app's
    own threads compete with the GUI thread for the interpreter."""
    import socket
    import subprocess

    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from smsdesk.gui.worker import Worker

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "smsdesk.cli", "simulate", "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert server.stdout is not None
        server.stdout.readline()  # "listening on ..."
        base = f"http://127.0.0.1:{port}"
        requests.post(f"{base}/_sim/twsms/add_account", json={"username": "gui", "password": "gui-pass",
                                                               "balance": 10_000_000}, timeout=10).raise_for_status()
        app = QApplication.instance() or QApplication(sys.argv[:1])
        store, accounts = fresh_store()
        account = accounts.add("Gui", "twsms", {"username": "gui", "rate_per_s": 500, "concurrency": 16},
                               {"password": "gui-pass"}, base_url=f"{base}/twsms")
        job, _ = Jobs(store).create(account.id, [PlannedRecipient(p, rendered="hi")
                                                 for p in numbers(n, start=50_000_000)], text="hi")
        worker = Worker()
        done: list[object] = []
        worst = 0.0
        clock = QElapsedTimer()
        clock.start()
        last = clock.elapsed()

        def beat() -> None:
            nonlocal last, worst
            now = clock.elapsed()
            worst = max(worst, now - last)
            last = now

        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(beat)
        timer.start()
        worker.submit(lambda task: SendEngine(store, accounts).run(job, progress=task.emit), wants_task=True,
                      on_partial=lambda _p: None, on_result=done.append)
        while not done:
            app.processEvents()
            time.sleep(0.001)
        timer.stop()
        worker.wait(10_000)
        app.processEvents()
        store.close()
        del timer, worker  # before interpreter shutdown, while Qt still exists
        return worst - 10  # beyond the heartbeat's own interval
    finally:
        server.terminate()
        server.wait(10)


def verdict(ok: bool) -> str:
    return "OK" if ok else "MISSED"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--latency", type=float, default=0.1)
    parser.add_argument("--rate", type=float, default=200.0)
    parser.add_argument("--concurrency", type=int, default=32)
    args = parser.parse_args()
    with Simulator() as sim:
        sim.vendors["twsms"].add_account("bench", "bench-pass", balance=10_000_000)
        sim.set_latency("twsms", args.latency)
        base = sequential_baseline(sim, 30)
        rate, busiest, elapsed = twsms_throughput(sim, args.n, args.rate, args.concurrency)
        print(f"TwSMS {args.n} personalized messages, {args.latency * 1000:.0f} ms latency: {rate:.1f} msg/s "
              f"in {elapsed:.1f} s; busiest second {busiest} requests (configured rate {args.rate:g}/s)")
        paced = rate / base >= 15 and rate >= 150 and busiest <= args.rate
        print(f"  sequential requests loop: {base:.1f} msg/s -> engine is {rate / base:.1f}x "
              f"(target >= 15x, >= 150 msg/s, busiest second <= rate)  {verdict(paced)}")
        sim.set_latency("twsms", 0)
        n_bulk = args.n
        smsget = bulk_requests(sim, "smsget", n_bulk)
        tencent = bulk_requests(sim, "tencent", n_bulk)
        bulk = smsget == math.ceil(n_bulk / 250) and tencent == math.ceil(n_bulk / 200)
        print(f"SMS-Get same text to {n_bulk}: {smsget} requests (expected {math.ceil(n_bulk / 250)})")
        print(f"Tencent bulk to {n_bulk}: {tencent} requests (expected {math.ceil(n_bulk / 200)})  {verdict(bulk)}")
        stall = gui_stall(args.n)
        print(f"GUI thread: longest stall beyond the 10 ms heartbeat during a {args.n}-message send: "
              f"{stall:.0f} ms (target <= 50 ms)  {verdict(stall <= 50)}")
    return 0 if paced and bulk and stall <= 50 else 1


if __name__ == "__main__":
    sys.exit(main())
