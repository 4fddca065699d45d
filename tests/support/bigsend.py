"""One big campaign the way a user runs it from the command line, each step in its own process.

``smsdesk-cli import`` of a generated CSV, then ``smsdesk-cli send`` to the SMS-Get simulator on
127.0.0.1 over real HTTP: first without ``--yes`` (it plans, prints the confirmation and stops:
the planning alone), then with ``--yes`` (plan, journal and send). Each child's peak RSS comes
from ``os.wait4`` in a small go-between process, so one step's memory never hides behind
another's or behind the test process's.
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from smsdesk.sim.server import Simulator

TESTS = Path(__file__).resolve().parents[1]
ROOT = TESTS.parent


@dataclass(frozen=True)
class Step:
    name: str
    seconds: float
    peak_mb: float
    returncode: int
    stdout: str
    stderr: str


def write_csv(path: Path, n: int) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["姓名", "手機", "門市"])
        for i in range(n):
            w.writerow([f"客戶{i}", f"09{10_000_000 + i:08d}", "台北" if i % 2 else "台中"])
    return path


def env_for(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update({
        "SMSDESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "support.file_keyring.FileKeyring",
        "SMSDESK_TEST_KEYRING": str(home / "keyring.json"),
        "PYTHONPATH": os.pathsep.join([str(ROOT), str(TESTS), env.get("PYTHONPATH", "")]),
    })
    return env


# A small go-between starts the CLI: a child forked from a big process (pytest after GUI tests)
# inherits that process's peak RSS in its own ru_maxrss, so the parent must be small.
_WRAPPER = (
    "import os, subprocess, sys\n"
    "out, err, *args = sys.argv[1:]\n"
    "with open(out, 'w') as o, open(err, 'w') as e:\n"
    "    p = subprocess.Popen([sys.executable, '-m', 'smsdesk.cli', *args], stdin=sys.stdin, stdout=o, stderr=e)\n"
    "    _pid, status, usage = os.wait4(p.pid, 0)\n"
    "print(os.waitstatus_to_exitcode(status), usage.ru_maxrss)\n"
)


def run_step(name: str, args: list[str], home: Path, *, stdin: str = "") -> Step:
    """Run ``smsdesk-cli ARGS`` in a child; its own peak RSS (MB) and wall time."""
    out, err = home / f"{name}.out", home / f"{name}.err"
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _WRAPPER, str(out), str(err), *args], env=env_for(home),
                          input=stdin, capture_output=True, text=True, cwd=str(home), check=True)
    seconds = time.perf_counter() - started
    code, maxrss = (int(v) for v in done.stdout.split())
    peak = maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    return Step(name, seconds, peak, code, out.read_text("utf-8"), err.read_text("utf-8"))


TEXT = "週末全館 85 折，憑簡訊到店再送小禮物！"


def big_send(n: int, home: Path, sim: Simulator, *, steps: tuple[str, ...] = ("import", "plan", "send"),
             text: str = TEXT) -> dict[str, Step]:
    """Import ``n`` contacts, plan a send to all of them, then send it; the measured steps."""
    home.mkdir(parents=True, exist_ok=True)
    sim.vendors["smsget"].add_account("big", "big-pass", balance=10 * n + 1000)  # type: ignore[attr-defined]
    done: dict[str, Step] = {}
    add = run_step("account", ["account", "add", "big", "--vendor", "smsget", "--set", "username=big",
                               "--set", "rate_per_s=1000", "--set", "concurrency=8",
                               "--base-url", sim.base_url("smsget"), "--secret-stdin"], home, stdin="big-pass\n")
    assert add.returncode == 0, add.stderr
    if "import" in steps:
        done["import"] = run_step("import", ["import", str(write_csv(home / "big.csv", n)), "--list", "Big",
                                             "--json"], home)
        assert done["import"].returncode == 0, done["import"].stderr
    send = ["send", "--account", "big", "--list", "Big", "--message", text,
            "--ignore-quiet-hours", "--json"]
    if "plan" in steps:  # no --yes and no terminal: it plans, shows the summary and sends nothing
        done["plan"] = run_step("plan", send, home)
    if "send" in steps:
        done["send"] = run_step("send", [*send, "--yes"], home)
    return done
