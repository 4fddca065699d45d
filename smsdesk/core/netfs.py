"""Is the data folder on a network share? SQLite there is refused at start.

SQLite's locks and its WAL journal rely on the local file system: over SMB or NFS two computers
can both believe they hold the write lock, which is how a send journal is corrupted and messages
go out twice. Several desks share data through a shared workspace (PostgreSQL) instead.

The parsers are pure functions over what the system says (the mount table's text, a drive type,
a file system's name), so every platform's rules are tested on any platform; :func:`detect`
is the one thin function that asks the running system. Qt-free.
"""

from __future__ import annotations

import ntpath
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from smsdesk.core.store import StoreError
from smsdesk.i18n import translate

# Linux /proc/self/mountinfo file system types that live on another computer.
LINUX_REMOTE = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "afs", "9p", "ncpfs", "coda", "ceph", "glusterfs", "lustre",
    "davfs", "fuse.davfs", "fuse.sshfs", "sshfs", "fuse.glusterfs", "fuse.ceph", "fuse.rclone", "fuse.s3fs",
    "fuse.gcsfuse", "fuse.smbnetfs", "fuse.curlftpfs",
})
# macOS statfs f_fstypename values of network file systems.
MACOS_REMOTE = frozenset({"smbfs", "nfs", "afpfs", "webdav", "cifs", "ftp", "macfuse_sshfs"})
DRIVE_REMOTE = 4  # GetDriveTypeW: a mapped network drive

MOUNTINFO = "/proc/self/mountinfo"
# Tests point this at a fake mount table: a remote folder without mounting one. It is read besides the
# real table, never instead of it, so it cannot be used to switch the refusal off.
TEST_MOUNTINFO_ENV = "SMSDESK_TEST_MOUNTINFO"


@dataclass(frozen=True)
class Remote:
    """Where the folder is and how we know it is remote (a file system type, "unc" or "network drive")."""

    path: str
    kind: str


# -- Linux -----------------------------------------------------------------------------------


def _unescape(field: str) -> str:
    """mountinfo writes space, tab, newline and backslash as octal escapes (\\040 ...)."""
    out, i = [], 0
    while i < len(field):
        code = field[i + 1:i + 4]
        if field[i] == "\\" and len(code) == 3 and all(c in "01234567" for c in code):
            out.append(chr(int(code, 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def linux_fstype(mountinfo: str, path: str) -> str | None:
    """The file system type of the mount holding ``path`` (absolute, resolved): longest mount point wins,
    and of equal ones the later line (mounted over the earlier)."""
    best: tuple[int, str] | None = None
    for line in mountinfo.splitlines():
        left, sep, right = line.partition(" - ")
        fields, tail = left.split(), right.split()
        if not sep or len(fields) < 5 or not tail:
            continue
        point = _unescape(fields[4])
        prefix = point.rstrip("/") + "/"
        if path == point or path.startswith(prefix) or point == "/":
            length = len(point.rstrip("/"))
            if best is None or length >= best[0]:
                best = (length, tail[0])
    return None if best is None else best[1]


def linux_remote(mountinfo: str, path: str) -> Remote | None:
    fstype = linux_fstype(mountinfo, path)
    if fstype is not None and fstype.lower() in LINUX_REMOTE:
        return Remote(path, fstype)
    return None


# -- Windows ---------------------------------------------------------------------------------


def windows_unc(path: str) -> bool:
    """``\\\\server\\share``, ``//server/share`` and ``\\\\?\\UNC\\server\\share`` are network paths;
    ``\\\\?\\C:\\`` and ``\\\\.\\`` device paths are not."""
    p = path.replace("/", "\\")
    if p.upper().startswith("\\\\?\\UNC\\"):
        return True
    if p.startswith(("\\\\?\\", "\\\\.\\")):
        return False
    return p.startswith("\\\\")


def windows_drive_root(path: str) -> str | None:
    """``Z:\\`` for a path on drive Z (also behind ``\\\\?\\``), None for a UNC or relative path."""
    p = path.replace("/", "\\")
    if p.startswith(("\\\\?\\", "\\\\.\\")) and not p.upper().startswith("\\\\?\\UNC\\"):
        p = p[4:]
    drive, _rest = ntpath.splitdrive(p)
    if len(drive) == 2 and drive[1] == ":":
        return drive.upper() + "\\"
    return None


def windows_remote(path: str, drive_type: int | None) -> Remote | None:
    """``drive_type`` is GetDriveTypeW of the path's drive root (None when it has none)."""
    if windows_unc(path):
        return Remote(path, "unc")
    if drive_type == DRIVE_REMOTE:
        return Remote(path, "network drive")
    return None


# -- macOS -----------------------------------------------------------------------------------


def macos_remote(path: str, fstypename: str | None) -> Remote | None:
    if fstypename and fstypename.lower() in MACOS_REMOTE:
        return Remote(path, fstypename)
    return None


def _macos_fstypename(path: str) -> str | None:
    import ctypes  # macOS and Windows only: Linux reads its mount table (and skips ~2 ms of import)

    class StatFs64(ctypes.Structure):
        # struct statfs with 64-bit inodes (<sys/mount.h>), the only layout on arm64.
        _fields_ = [  # type: ignore[mutable-override]  # typeshed types the base as a Sequence; ctypes wants this list
            ("f_bsize", ctypes.c_uint32), ("f_iosize", ctypes.c_int32), ("f_blocks", ctypes.c_uint64),
            ("f_bfree", ctypes.c_uint64), ("f_bavail", ctypes.c_uint64), ("f_files", ctypes.c_uint64),
            ("f_ffree", ctypes.c_uint64), ("f_fsid", ctypes.c_int32 * 2), ("f_owner", ctypes.c_uint32),
            ("f_type", ctypes.c_uint32), ("f_flags", ctypes.c_uint32), ("f_fssubtype", ctypes.c_uint32),
            ("f_fstypename", ctypes.c_char * 16), ("f_mntonname", ctypes.c_char * 1024),
            ("f_mntfromname", ctypes.c_char * 1024), ("f_flags_ext", ctypes.c_uint32),
            ("f_reserved", ctypes.c_uint32 * 7),
        ]

    libc = ctypes.CDLL(None, use_errno=True)
    try:
        statfs = libc["statfs$INODE64"]  # x86_64: the plain name is the old 32-bit-inode layout
    except AttributeError:
        statfs = libc["statfs"]
    buf = StatFs64()
    if statfs(os.fsencode(path), ctypes.byref(buf)) != 0:
        return None
    name: bytes = buf.f_fstypename
    return name.decode("utf-8", "replace")


def _windows_drive_type(root: str) -> int | None:
    import ctypes

    windll = getattr(ctypes, "windll", None)
    if windll is None:
        return None
    return int(windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)))


# -- the running system ------------------------------------------------------------------------


def detect(folder: Path | str, *, platform: str | None = None) -> Remote | None:
    """Where ``folder`` is remote, how we know; None when it is local or the system cannot tell."""
    platform = platform or sys.platform
    raw = os.fspath(folder)
    try:
        path = os.path.realpath(raw)
    except OSError:
        path = raw
    try:
        if platform == "win32":
            if windows_unc(raw):  # realpath of a mapped drive may already be UNC; the raw one may be too
                return Remote(raw, "unc")
            root = windows_drive_root(path)
            return windows_remote(path, _windows_drive_type(root) if root else None)
        if platform == "darwin":
            return macos_remote(path, _macos_fstypename(path))
        return _linux_tables_remote(path)
    except OSError:
        return None  # no mount table to read (a container, BSD): do not refuse on a guess


def _linux_tables_remote(path: str) -> Remote | None:
    """The real mount table, and the tests' fake one as well: the fake can add a share, never hide one."""
    tables = [MOUNTINFO, *([os.environ[TEST_MOUNTINFO_ENV]] if os.environ.get(TEST_MOUNTINFO_ENV) else [])]
    for source in tables:
        with open(source, encoding="utf-8", errors="replace") as table:
            found = linux_remote(table.read(), path)
        if found is not None:
            return found
    return None


class NetworkFolder(StoreError):
    """The SQLite data folder is on a network share: what, why and what to do, in words."""

    def __init__(self, remote: Remote) -> None:
        self.remote = remote
        super().__init__(kind="network", message=translate(
            "NetFs",
            "The data folder {path} is on a network share ({kind}). SMS Desk does not keep its data file "
            "there: SQLite's journal is not safe on a network share, so messages could be sent twice or "
            "history lost. Keep the data folder on this computer (the default folder, or --home with a local "
            "folder). For several desks sharing one history, use a shared workspace: smsdesk-cli workspace join "
            "postgresql://user@server/database moves this folder's data into it (close SMS Desk on the other "
            "computers first); then every desk uses it (Tools → Shared workspace in the window, or smsdesk-cli "
            "--database postgresql://user@server/database).",
        ).format(path=remote.path, kind=_kind_text(remote.kind)))


def _kind_text(kind: str) -> str:
    if kind == "unc":
        return translate("NetFs", "a Windows network path")
    if kind == "network drive":
        return translate("NetFs", "a mapped network drive")
    return kind  # the file system's own name: nfs4, cifs, smbfs...


def refuse_network_folder(folder: Path | str) -> None:
    """Raise :class:`NetworkFolder` when the SQLite data folder is on a share."""
    remote = detect(folder)
    if remote is not None:
        raise NetworkFolder(remote)
