"""Test setup: offscreen Qt, an in-memory keyring, an isolated data folder."""

from __future__ import annotations

import os

# Must be set before Qt or keyring are imported anywhere.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["PYTHON_KEYRING_BACKEND"] = "smsdesk.core.credentials.MemoryKeyring"
os.environ.setdefault("SMSDESK_LANG", "en")

from collections.abc import Iterator
from pathlib import Path

import pytest

from smsdesk.sim.server import Simulator


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder; nothing touches the real one."""
    from smsdesk.core import paths

    home = tmp_path / "home"
    monkeypatch.setenv("SMSDESK_HOME", str(home))
    monkeypatch.delenv("SMSDESK_DATABASE_URL", raising=False)  # the PostgreSQL half sets its own (support/db.py)
    paths.set_home(None)
    return home


@pytest.fixture
def home(_isolated_home: Path) -> Path:
    return _isolated_home


@pytest.fixture
def sim() -> Iterator[Simulator]:
    """The vendor simulator on a free loopback port."""
    with Simulator(hold_seconds=1.5, retry_after=0.05) as simulator:
        yield simulator


# Both backends (SQLite, PostgreSQL): store_url, any_store, pg_url, pg_server (tests/support/db.py).
from support.db import any_store, pg_server, pg_template, pg_url, store_url  # noqa: E402,F401
