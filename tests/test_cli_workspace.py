"""``smsdesk-cli workspace``: in words when the server cannot be used; the whole move once PgStore is here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.db import with_database
from support.pgcluster import Cluster, free_port, needs_postgres, shop_cluster

ROOT = Path(__file__).resolve().parent.parent


def cli(home: Path, *args: str, **extra_env: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SMSDESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""), **extra_env}
    env.pop("PGPASSWORD", None)
    return subprocess.run([sys.executable, "-m", "smsdesk.cli", *args], env=env, capture_output=True, text=True,
                          timeout=180, stdin=subprocess.DEVNULL)


PASSWORD = "Cli-pa55"


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    with shop_cluster(PASSWORD) as c:
        yield c


@needs_postgres
def test_test_moves_a_password_from_the_url_into_the_keychain(home: Path, tmp_path: Path, cluster: Cluster) -> None:
    keyring = {"PYTHON_KEYRING_BACKEND": "support.file_keyring.FileKeyring",
               "SMSDESK_TEST_KEYRING": str(tmp_path / "keyring.json"),
               "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "tests"), os.environ.get("PYTHONPATH", "")])}
    where = f"desk@127.0.0.1:{cluster.port}/shop"
    done = cli(home, "workspace", "test", f"postgresql://desk:{PASSWORD}@127.0.0.1:{cluster.port}/shop", **keyring)
    assert done.returncode == 0, done.stderr
    assert "Connected to PostgreSQL" in done.stdout and PASSWORD not in done.stdout + done.stderr
    saved = json.loads((tmp_path / "keyring.json").read_text("utf-8"))
    assert [v for k, v in saved.items() if k.endswith("workspace:desk@127.0.0.1/shop/password")] == [PASSWORD]
    again = cli(home, "workspace", "test", "--json", f"postgresql://{where}", **keyring)  # from the keychain now
    assert again.returncode == 0 and json.loads(again.stdout)["ok"] is True
    wrong = cli(home, "workspace", "test", f"postgresql://desk:nope@127.0.0.1:{cluster.port}/shop", **keyring)
    assert wrong.returncode == 1 and "refused the password" in wrong.stderr and "nope" not in wrong.stderr
    assert "nope" not in (tmp_path / "keyring.json").read_text("utf-8")  # a refused password is not kept


def test_a_bad_address_is_a_usage_error_without_the_password(home: Path) -> None:
    done = cli(home, "workspace", "join", "mysql://desk:Secret99@nas/shop")
    assert done.returncode == 2 and "postgresql://user@server/database" in done.stderr
    assert "Secret99" not in done.stderr


def test_an_unreachable_server_is_said_in_words_and_nothing_changes(home: Path) -> None:
    port = free_port()
    done = cli(home, "workspace", "join", f"postgresql://desk:Secret99@127.0.0.1:{port}/shop")
    assert done.returncode == 1, done.stderr
    assert "cannot be reached" in done.stderr and str(port) in done.stderr
    assert "Secret99" not in done.stderr + done.stdout
    settings = home / "settings.ini"
    assert not settings.exists() or "workspace" not in settings.read_text("utf-8")


def test_join_moves_the_data_and_a_second_join_is_refused(home: Path, pg_server: str) -> None:
    import psycopg

    admin = pg_server  # the tests' server (tests/support/db.py); an empty database of our own on it
    name = f"cli_join_{os.getpid()}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        conn.execute(f"CREATE DATABASE {name} ENCODING 'UTF8' TEMPLATE template0")
    url = with_database(admin, name)
    try:
        assert cli(home, "optout", "add", "0912345678").returncode == 0
        done = cli(home, "workspace", "join", url, "--desk", "counter-2")
        assert done.returncode == 0, done.stderr
        assert "read-only" in done.stdout and "counter-2" in done.stdout
        assert f"workspace.url={url}" in (home / "settings.ini").read_text("utf-8").replace(" ", "")
        with psycopg.connect(url) as conn:
            assert conn.execute("SELECT phone FROM optouts").fetchall() == [("+886912345678",)]
        again = cli(home, "workspace", "join", url)
        assert again.returncode == 1 and "already" in again.stderr
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def test_join_is_the_way_off_a_network_share(home: Path, tmp_path: Path) -> None:
    from smsdesk.core.netfs import TEST_MOUNTINFO_ENV

    home.mkdir(parents=True, exist_ok=True)
    table = tmp_path / "mountinfo"
    table.write_text(f"22 1 8:1 / / rw - ext4 /dev/sda1 rw\n70 22 0:60 / {os.path.realpath(home)} rw - nfs4 nas:/x rw\n",
                     encoding="utf-8")
    refused = cli(home, "jobs", **{TEST_MOUNTINFO_ENV: str(table)})
    assert refused.returncode == 1 and "network share (nfs4)" in refused.stderr
    port = free_port()
    done = cli(home, "workspace", "join", f"postgresql://desk@127.0.0.1:{port}/shop", **{TEST_MOUNTINFO_ENV: str(table)})
    # Not refused for the share: warned, then stopped only because the server is not there.
    assert "close" in done.stderr and "other computer" in done.stderr and "cannot be reached" in done.stderr
    assert "network share (nfs4)" not in done.stderr
