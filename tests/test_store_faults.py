"""A data file that cannot be written, a disk that fills mid-send, a damaged index.

Each is produced for real: a file-size limit (RLIMIT_FSIZE, what a full disk looks
like to SQLite: a short write, SQLITE_FULL) in the child ``smsdesk-cli send``; a
read-only file or folder enforced by the kernel (tests run as root, who ignores file
modes, so the child runs without CAP_DAC_OVERRIDE through ``setpriv``); a page of an
index overwritten on disk. The advice must never say to move the file away.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import parse_qs

import pytest

from smsdesk.core.accounts import Accounts
from smsdesk.core.jobs import Jobs
from smsdesk.core.states import State
from smsdesk.core.store import Store, StoreError
from smsdesk.sim.server import Simulator

TW_USER, TW_PASS = "shop", "tw-Secret-pa55"
NUMBERS = [f"09120{i:05d}" for i in range(300)]
# The job's 300 rows take about 12 pages and the whole send about 25 more: this stops it midway.
PAGES_FOR_HALF_A_SEND = 19
NOT_ADVICE = ("move the file away", "start fresh", "move it away")


TESTS = Path(__file__).parent


def _cli(home: Path, *args: str, fsize: int | None = None, pages: int | None = None, unprivileged: bool = False,
         stdin: str | None = None, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, SMSDESK_HOME=str(home), PYTHON_KEYRING_BACKEND="support.file_keyring.FileKeyring",
               SMSDESK_TEST_KEYRING=str(home.parent / "keyring.json"),
               PYTHONPATH=os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")]))
    command = [sys.executable, "-m", "smsdesk.cli", *args]
    if fsize is not None:  # the limit is set in the child itself, then it becomes the CLI
        command = [sys.executable, "-c", "import os, resource, sys; resource.setrlimit(resource.RLIMIT_FSIZE, "
                   f"({fsize}, {fsize})); os.execv(sys.executable, [sys.executable] + sys.argv[1:])",
                   "-m", "smsdesk.cli", *args]
    if pages is not None:  # SQLite's own quota on the connection: a genuine SQLITE_FULL, "database or disk is full"
        command = [sys.executable, "-c", "import sys; from smsdesk.core import store; from smsdesk.cli import main; "
                   "opened = store.Store._open\n"
                   "def _open(self): opened(self); self.conn.execute(" + repr(f"PRAGMA max_page_count={pages}")
                   + ")\nstore.Store._open = _open; sys.exit(main(sys.argv[1:]))", *args]
    if unprivileged and os.geteuid() == 0:
        drop = "-dac_override,-dac_read_search,-fowner"
        command = ["setpriv", f"--inh-caps={drop}", f"--bounding-set={drop}", "--", *command]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=timeout, input=stdin)


def _no_bad_advice(text: str) -> None:
    assert "Traceback" not in text
    assert not any(bad in text for bad in NOT_ADVICE), text
    assert "Do not move or delete the file" in text


def _sends(sim: Simulator) -> Counter[str]:
    return Counter(parse_qs(r.body.decode())["mobile"][0]
                   for r in sim.requests_to("twsms", "/json/sms_send.php") if r.body)


@pytest.mark.parametrize("limit", ["sqlite-quota", "file-size"])
def test_disk_full_mid_send_is_a_sentence_and_the_job_resumes(home: Path, sim: Simulator, limit: str) -> None:
    sim.vendors["twsms"].add_account(TW_USER, TW_PASS, balance=10_000)
    added = _cli(home, "account", "add", "Shop", "--vendor", "twsms", "--set", f"username={TW_USER}",
                 "--base-url", sim.base_url("twsms"), "--secret-stdin", stdin=TW_PASS + "\n")
    assert added.returncode == 0, added.stderr
    size = (home / "smsdesk.db").stat().st_size
    send = ("send", "--account", "Shop", "--to", *NUMBERS, "--message", "hello", "--yes")
    if limit == "sqlite-quota":
        db = sqlite3.connect(home / "smsdesk.db")
        pages = int(db.execute("PRAGMA page_count").fetchone()[0])
        db.close()
        full = _cli(home, *send, pages=pages + PAGES_FOR_HALF_A_SEND)
    else:  # the file-size limit: SQLite sees a short write (SQLITE_FULL) or EFBIG (disk I/O error)
        full = _cli(home, *send, fsize=size + 256 * 1024)
    sent_before = _sends(sim)
    assert full.returncode == 1, full.stdout + full.stderr
    assert "resume" in full.stderr, full.stderr
    if limit == "sqlite-quota":
        assert "is full" in full.stderr and "database or disk is full" not in full.stderr, full.stderr
    _no_bad_advice(full.stderr)
    assert 0 < len(sent_before) < len(NUMBERS), len(sent_before)  # it really stopped in the middle

    resumed = _cli(home, "resume")
    # 3: finished, with the answers that could not be saved left unknown (never resent). Under the
    # file-size limit the short write may instead hit a claim, before its window went out: then
    # nothing is unknown and the resume ends 0. SQLite's quota always stops on an answer.
    assert resumed.returncode in ((3,) if limit == "sqlite-quota" else (0, 3)), resumed.stdout + resumed.stderr
    sends = _sends(sim)
    assert max(sends.values()) == 1  # nobody got the message twice
    store = Store(home / "smsdesk.db")
    try:
        jobs = Jobs(store)
        [job] = jobs.list()
        states = Counter(m.state for m in jobs.messages(job.id))
        unknown = states.get(State.UNKNOWN, 0)
        # The window whose answers could not be written was sent, so it is unknown, not sent again:
        # at most one window, the account's concurrency.
        window = Accounts(store).get(job.account_id).spec.capabilities.default_concurrency
        assert unknown <= window and len(sends) == len(NUMBERS), (unknown, window)
        assert (resumed.returncode == 3) == (unknown > 0) == ("unknown" in resumed.stderr), resumed.stderr
        assert states.get(State.QUEUED, 0) == 0 and states[State.SUBMITTED] == len(NUMBERS) - unknown
    finally:
        store.close()
    print(f"\n{limit}: stopped after {len(sent_before)} of {len(NUMBERS)} sends; {unknown} unknown after resume")


needs_unprivileged = pytest.mark.skipif(os.geteuid() == 0 and shutil.which("setpriv") is None,
                                        reason="root ignores file modes and setpriv is missing")


@needs_unprivileged
@pytest.mark.parametrize("what", ["file", "folder"])
def test_read_only_data_file_gets_safe_advice(home: Path, what: str) -> None:
    Store(home / "smsdesk.db").close()
    path = home / "smsdesk.db"
    before = path.read_bytes()
    target = path if what == "file" else home
    mode = target.stat().st_mode
    target.chmod(0o444 if what == "file" else 0o555)
    try:
        done = _cli(home, "jobs", unprivileged=True, timeout=60)
    finally:
        target.chmod(mode)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "cannot open its data file" in done.stderr and "Close any other copy" in done.stderr
    assert "read and write the file and its folder" in done.stderr
    _no_bad_advice(done.stderr)
    assert path.read_bytes() == before


def _break_index(path: Path, index: str) -> None:
    db = sqlite3.connect(path)
    root = db.execute("SELECT rootpage FROM sqlite_master WHERE name=?", (index,)).fetchone()[0]
    page = db.execute("PRAGMA page_size").fetchone()[0]
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    with path.open("r+b") as f:
        f.seek((root - 1) * page)
        f.write(b"\x00" * 16)  # not a b-tree page any more


def test_a_damaged_index_is_repaired_after_a_copy(tmp_path: Path) -> None:
    path = tmp_path / "smsdesk.db"
    store = Store(path)
    store.execute("INSERT INTO contact_lists(name, created_at, updated_at) VALUES ('L', 't', 't')")
    with store.transaction() as db:
        db.executemany("INSERT INTO contacts(list_id, phone, created_at, updated_at) VALUES (1, ?, 't', 't')",
                       [(f"+8869120{i:05d}",) for i in range(3000)])
    store.close()
    _break_index(path, "contacts_phone")

    store = Store(path)  # opening touches no contact: the damage shows at the first lookup
    with pytest.raises(StoreError) as info:
        store.query("SELECT COUNT(*) FROM contacts WHERE phone > ?", ("+886912000100",))
    store.close()
    assert info.value.kind == "damaged" and "start it again" in str(info.value)
    assert "move" not in str(info.value)
    damaged = path.read_bytes()

    store = Store(path)  # the next start checks, copies, repairs
    try:
        assert store.repaired_from is not None and store.repaired_from.read_bytes() == damaged
        assert store.query_one("SELECT COUNT(*) FROM contacts WHERE phone > ?", ("+886912000100",))[0] == 2899
        assert store.query_one("SELECT COUNT(*) FROM contacts")[0] == 3000
        assert store.query_one("PRAGMA integrity_check")[0] == "ok"
    finally:
        store.close()
    again = Store(path)
    assert again.repaired_from is None  # healthy now: no second copy
    again.close()


def test_damaged_tables_are_left_alone_with_words(tmp_path: Path) -> None:
    path = tmp_path / "smsdesk.db"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    before = path.read_bytes()
    with pytest.raises(StoreError) as info:
        Store(path)
    assert info.value.kind == "damaged" and "could not repair" in str(info.value)
    _no_bad_advice(str(info.value))
    assert path.read_bytes() == before
