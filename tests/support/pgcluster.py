"""A throwaway PostgreSQL cluster of a test's own, with password (scram) auth over TCP.

The cluster itself is support/pg_cluster.py's; this gives the password-auth tests their view
of it (the admin connects over the Unix socket, where trust applies).
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from support.pg_cluster import Cluster as _Server
from support.pg_cluster import binaries
from support.pg_cluster import free_port as free_port


def have_postgres() -> bool:
    """initdb and pg_ctl are here (not tried on Windows: the admin connects over a Unix socket)."""
    return sys.platform != "win32" and binaries() is not None


needs_postgres = pytest.mark.skipif(
    not have_postgres(), reason="no PostgreSQL binaries (initdb, pg_ctl) here, or Windows (Unix socket)")


@dataclass
class Cluster:
    port: int
    admin: str  # superuser, trust over the Unix socket only
    socket_dir: str

    def admin_conninfo(self, dbname: str = "postgres") -> str:
        return f"host={self.socket_dir} port={self.port} user={self.admin} dbname={dbname}"


@contextlib.contextmanager
def shop_cluster(password: str) -> Iterator[Cluster]:
    """A password cluster with the role ``desk`` (``password``) owning the database ``shop``."""
    import psycopg

    with password_cluster() as c:
        with psycopg.connect(c.admin_conninfo(), autocommit=True) as admin:
            admin.execute(f"CREATE ROLE desk LOGIN PASSWORD '{password}'")
            admin.execute("CREATE DATABASE shop OWNER desk")
        yield c


@contextlib.contextmanager
def password_cluster() -> Iterator[Cluster]:
    """Start a cluster (scram-sha-256 over TCP, trust on its socket); stopped and removed afterwards."""
    server = _Server(password=True).start()
    try:
        yield Cluster(port=server.port, admin=server.user, socket_dir=str(server.root))
    finally:
        server.stop()
