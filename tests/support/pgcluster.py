"""A throwaway PostgreSQL cluster of a test's own, with password (scram) auth over TCP.

initdb refuses to run as root, so as root it runs as the ``postgres`` user; the cluster lives in a
fresh temporary folder that user owns and listens on a free port of 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

BIN_DIRS = ("/usr/local/bin", "/usr/lib/postgresql/17/bin", "/usr/lib/postgresql/16/bin",
            "/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/14/bin")


def pg_bin(name: str) -> str | None:
    for folder in BIN_DIRS:
        candidate = Path(folder) / name
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return shutil.which(name)


def have_postgres() -> bool:
    """initdb, pg_ctl and postgres are here (not tried on Windows: the cluster listens on a Unix socket)."""
    return sys.platform != "win32" and all(pg_bin(n) for n in ("initdb", "pg_ctl", "postgres"))


needs_postgres = pytest.mark.skipif(
    not have_postgres(), reason="no PostgreSQL binaries (initdb, pg_ctl, postgres) here, or Windows (Unix socket)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Cluster:
    port: int
    admin: str  # superuser, trust over the Unix socket only
    socket_dir: str

    def admin_conninfo(self, dbname: str = "postgres") -> str:
        return f"host={self.socket_dir} port={self.port} user={self.admin} dbname={dbname}"


def _as_owner(args: list[str], owner: str | None) -> list[str]:
    return ["runuser", "-u", owner, "--", *args] if owner else args


@contextlib.contextmanager
def password_cluster() -> Iterator[Cluster]:
    """Start a cluster (scram-sha-256 over TCP, trust on its socket); stopped and removed afterwards."""
    owner = "postgres" if getattr(os, "geteuid", lambda: 1)() == 0 else None
    base = Path(tempfile.mkdtemp(prefix="smsdesk-pg-"))
    data, sock = base / "data", base / "sock"
    sock.mkdir()
    if owner:
        shutil.chown(base, owner)
        shutil.chown(sock, owner)
    initdb, pg_ctl = pg_bin("initdb"), pg_bin("pg_ctl")
    assert initdb and pg_ctl
    admin = "smsdesk_admin"
    subprocess.run(_as_owner([initdb, "-D", str(data), "-U", admin, "--auth-local=trust",
                              "--auth-host=scram-sha-256", "-E", "UTF8", "--no-instructions"], owner),
                   check=True, capture_output=True, timeout=300)
    port = free_port()
    opts = f"-c port={port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={sock} -c fsync=off"
    try:
        subprocess.run(_as_owner([pg_ctl, "-D", str(data), "-o", opts, "-w", "-t", "120", "-l",
                                  str(base / "log"), "start"], owner), check=True, capture_output=True,
                       timeout=180)
        yield Cluster(port=port, admin=admin, socket_dir=str(sock))
    finally:
        subprocess.run(_as_owner([pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"], owner),
                       capture_output=True, timeout=120)
        shutil.rmtree(base, ignore_errors=True)
