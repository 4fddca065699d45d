"""Send pace with the account's DEFAULT settings, against a vendor simulator in its own process.

    python benchmarks/bench_send_pace.py [--runs 3] [--n 1000] [--latency 0.1]

Three processes, as in real use: the simulator (``smsdesk-cli simulate``, TwSMS
with ``--latency`` added to every answer), the app's send (``smsdesk-cli send``
run in a child process on an account added with no rate or concurrency set, so
the driver's documented defaults apply), and the baseline in the same run: a bare
threaded ``requests`` client (one kept-open session per thread) posting the same
number of sends at the same concurrency as the account's default.

Prints msg/s for both, their ratio, and the busiest second the simulator saw.
Exits 1 when the median send is under ``--min-rate`` msg/s or any second carried
more than the vendor's documented throughput.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from smsdesk.vendors import get_spec  # noqa: E402

USER, PASSWORD = "bench", "bench-Secret-pa55"

CHILD = r"""
import json, os, sys, time
from smsdesk.core.accounts import Accounts
from smsdesk.core.store import open_store
store = open_store()
Accounts(store).add("Bench", "twsms", {"username": os.environ["BENCH_USER"]},
                    {"password": os.environ["BENCH_PASSWORD"]}, base_url=os.environ["BENCH_BASE"])
store.close()
phones = [f"09{30_000_000 + i + int(os.environ['BENCH_OFFSET']):08d}" for i in range(int(os.environ["BENCH_N"]))]
from smsdesk.cli import main
started = time.perf_counter()
code = main(["send", "--account", "Bench", "--to", *phones, "--message", "週末特價：全館 85 折",
             "--yes", "--json", "--ignore-quiet-hours"])
print(json.dumps({"code": code, "seconds": time.perf_counter() - started}), flush=True)
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def bare_client(base: str, n: int, concurrency: int, offset: int) -> float:
    """n sends from `concurrency` threads, each with its own kept-open session; msg/s."""
    url = base + "/json/sms_send.php"
    local = threading.local()

    def send(i: int) -> None:
        session = getattr(local, "session", None)
        if session is None:
            session = local.session = requests.Session()
        session.post(url, data={"username": USER, "password": PASSWORD, "mobile": f"09{40_000_000 + offset + i:08d}",
                                "message": "週末特價：全館 85 折"}, timeout=10).raise_for_status()

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        list(pool.map(send, range(n)))
    return n / (time.perf_counter() - started)


def app_send(base: str, n: int, offset: int) -> tuple[float, float]:
    """(msg/s inside the send command, whole process seconds)."""
    home = Path(tempfile.mkdtemp(prefix="smsdesk-bench-pace-"))
    env = dict(os.environ)
    env.update(SMSDESK_HOME=str(home), SMSDESK_LANG="en", BENCH_USER=USER, BENCH_PASSWORD=PASSWORD,
               BENCH_BASE=base, BENCH_N=str(n), BENCH_OFFSET=str(offset),
               PYTHON_KEYRING_BACKEND="smsdesk.core.credentials.MemoryKeyring",
               PYTHONPATH=str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""))
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=600)
    whole = time.perf_counter() - started
    lines = [line for line in proc.stdout.splitlines() if line.startswith('{"code"')]
    if not lines:
        raise RuntimeError(f"the send process failed:\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")
    result = json.loads(lines[-1])
    if result["code"] != 0:
        raise RuntimeError(f"send exited {result['code']}: {proc.stdout[-2000:]}")
    return n / result["seconds"], whole


def busiest_second(base_url: str, since: float) -> int:
    log = requests.get(base_url + "/_sim/log", timeout=30).json()
    sends = [e["at"] for e in log if e["vendor"] == "twsms" and "sms_send" in e["url"] and e["at"] >= since]
    per_second = Counter(int(t) for t in sends)
    seconds = sorted(per_second)[1:-1] or sorted(per_second)  # whole seconds only
    return max((per_second[s] for s in seconds), default=0)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--latency", type=float, default=0.1)
    parser.add_argument("--min-rate", type=float, default=150.0)
    args = parser.parse_args()
    caps = get_spec("twsms").capabilities
    concurrency = caps.default_concurrency
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "smsdesk.cli", "simulate", "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                              env={**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")})
    try:
        assert server.stdout is not None
        server.stdout.readline()  # "listening on ..."
        root = f"http://127.0.0.1:{port}"
        requests.post(f"{root}/_sim/twsms/add_account", json={"username": USER, "password": PASSWORD,
                                                               "balance": 10_000_000}, timeout=10).raise_for_status()
        requests.post(f"{root}/_sim/latency", json={"vendor": "twsms", "seconds": args.latency},
                      timeout=10).raise_for_status()
        base = f"{root}/twsms"
        print(f"TwSMS defaults: {caps.default_rate_per_s:g}/s, {concurrency} at once, burst {caps.burst:g}; "
              f"documented {caps.throughput_per_s:g}/s. {args.n} sends, {args.latency * 1000:.0f} ms latency.")
        bare, app, busiest = [], [], []
        for run in range(args.runs):
            offset = run * 2 * args.n
            bare.append(bare_client(base, args.n, concurrency, offset))
            since = time.time()
            rate, whole = app_send(base, args.n, offset)
            app.append(rate)
            busiest.append(busiest_second(root, since))
            print(f"run {run + 1}: bare client {bare[-1]:.0f} msg/s; smsdesk-cli send {rate:.0f} msg/s "
                  f"({whole:.1f} s whole process), busiest second {busiest[-1]}")
    finally:
        server.terminate()
        server.wait(10)
    rate, base_rate = statistics.median(app), statistics.median(bare)
    within = max(busiest) <= caps.throughput_per_s
    ok = rate >= args.min_rate and within
    print(f"median: send {rate:.0f} msg/s = {rate / base_rate:.2f}x the bare client ({base_rate:.0f} msg/s, "
          f"unpaced) and {rate / caps.default_rate_per_s:.2f}x the default rate; busiest second {max(busiest)} "
          f"(documented {caps.throughput_per_s:g}/s). Target >= {args.min_rate:g} msg/s, never above documented  "
          f"{'OK' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
