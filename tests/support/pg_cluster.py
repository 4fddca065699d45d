"""A throwaway PostgreSQL cluster in a temporary folder, for the tests (and .ci/run's twin in shell).

initdb refuses to run as root, so as root the cluster belongs to the ``postgres`` user
(``runuser``); it listens on 127.0.0.1 only, on a free port, with trust authentication, or with
``password=True`` scram-sha-256 over TCP (trust on its Unix socket, for the admin).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


def binaries() -> Path | None:
    """The folder holding initdb and pg_ctl: on PATH, ``PGBIN`` (GitHub's Windows runners), or
    Debian's and Ubuntu's /usr/lib/postgresql/<version>/bin."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl", path=str(Path(found).parent)):
        return Path(found).parent
    candidates = [os.environ["PGBIN"]] if os.environ.get("PGBIN") else []
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    for folder in candidates:
        if shutil.which("initdb", path=folder) and shutil.which("pg_ctl", path=folder):
            return Path(folder)
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Cluster:
    def __init__(self, *, password: bool = False) -> None:
        folder = binaries()
        if folder is None:
            raise FileNotFoundError("no PostgreSQL binaries (initdb, pg_ctl)")
        self.bin = folder
        self.root = Path(tempfile.mkdtemp(prefix="smsdesk-pg-"))
        self.data = self.root / "data"
        self.port = free_port()
        self.password = password
        self.user = "smsdesk_admin" if password else "smsdesk"
        self._as: list[str] = []
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            self._as = ["runuser", "-u", "postgres", "--"]
            shutil.chown(self.root, "postgres")

    @property
    def url(self) -> str:
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/postgres"

    def _run(self, *command: str) -> None:
        subprocess.run([*self._as, *command], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                       cwd=self.root)

    def start(self) -> Cluster:
        """Create the cluster on the first start; start it (again) on the same port."""
        if not self.data.exists():
            auth = ["--auth-local=trust", "--auth-host=scram-sha-256"] if self.password else ["--auth=trust"]
            self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", self.user, *auth,
                      "-E", "UTF8", "--locale=C", "--no-sync")
        sockets = "" if os.name == "nt" else f"-c unix_socket_directories={self.root} "
        options = f"-c listen_addresses=127.0.0.1 -c port={self.port} {sockets}-c fsync=off -c max_connections=200"
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options, "-l",
                  str(self.root / "log"), "-w", "start")
        return self

    def stop(self, *, remove: bool = True) -> None:
        """Stop the server (as a crash or power cut would: immediate); remove its files unless told not to."""
        try:
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        except subprocess.CalledProcessError:
            pass
        if remove:
            shutil.rmtree(self.root, ignore_errors=True)
