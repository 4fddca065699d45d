"""A SQLite data folder on a network share is refused at start, on every platform's evidence."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from smsdesk.core import netfs
from smsdesk.core.netfs import (
    NetworkFolder,
    Remote,
    detect,
    linux_fstype,
    linux_remote,
    macos_remote,
    windows_drive_root,
    windows_remote,
    windows_unc,
)
from smsdesk.core.store import StoreError, open_store

ROOT = Path(__file__).resolve().parent.parent

MOUNTINFO = """\
22 1 259:2 / / rw,relatime shared:1 - ext4 /dev/nvme0n1p2 rw
25 22 0:22 / /proc rw,nosuid shared:12 - proc proc rw
40 22 0:35 / /home rw,relatime shared:20 - ext4 /dev/nvme0n1p3 rw
61 40 0:50 / /home/shop/NAS rw,relatime shared:30 - cifs //nas/share rw,vers=3.1.1
62 61 0:51 / /home/shop/NAS/local rw,relatime shared:31 - tmpfs tmpfs rw
63 22 0:52 / /mnt/office\\040files rw,relatime shared:32 - nfs4 nas:/export rw
64 22 0:53 / /mnt/box rw,nosuid shared:33 - fuse.sshfs shop@box: rw
65 22 0:54 / /srv rw shared:34 - nfs old:/srv rw
66 22 0:55 / /srv rw shared:35 - ext4 /dev/sdb1 rw
"""


@pytest.mark.parametrize(("path", "fstype"), [
    ("/home/shop/SMS Desk", "ext4"),
    ("/home/shop/NAS", "cifs"),
    ("/home/shop/NAS/SMS Desk", "cifs"),
    ("/home/shop/NASX", "ext4"),  # a sibling whose name only starts like the mount point
    ("/home/shop/NAS/local/db", "tmpfs"),  # a local mount inside the share: the longest mount point wins
    ("/mnt/office files/desk", "nfs4"),  # \040 in the table is a space
    ("/mnt/box/a", "fuse.sshfs"),
    ("/srv/data", "ext4"),  # mounted over the nfs one: the later line wins
    ("/tmp/x", "ext4"),
])
def test_linux_mount_table_gives_the_type_of_the_longest_mount_point(path: str, fstype: str) -> None:
    assert linux_fstype(MOUNTINFO, path) == fstype


def test_linux_remote_types_are_refused_and_local_ones_are_not() -> None:
    assert linux_remote(MOUNTINFO, "/home/shop/NAS/SMS Desk") == Remote("/home/shop/NAS/SMS Desk", "cifs")
    assert linux_remote(MOUNTINFO, "/mnt/box/a") is not None
    assert linux_remote(MOUNTINFO, "/mnt/office files") is not None
    assert linux_remote(MOUNTINFO, "/home/shop/NAS/local/db") is None
    assert linux_remote(MOUNTINFO, "/home/shop") is None
    assert linux_remote("garbage\n\n1 2 3", "/x") is None


@pytest.mark.parametrize(("path", "unc"), [
    (r"\\nas\share\SMS Desk", True),
    ("//nas/share/SMS Desk", True),
    (r"\\?\UNC\nas\share\SMS Desk", True),
    (r"\\?\C:\Users\shop\AppData", False),
    (r"\\.\PhysicalDrive0", False),
    (r"C:\Users\shop\AppData\Local\SMSDesk", False),
    (r"Z:\SMS Desk", False),
])
def test_windows_unc_paths(path: str, unc: bool) -> None:
    assert windows_unc(path) is unc


def test_windows_mapped_network_drive_by_drive_type() -> None:
    assert windows_drive_root(r"z:\SMS Desk") == "Z:\\"
    assert windows_drive_root(r"\\?\D:\data") == "D:\\"
    assert windows_drive_root(r"\\nas\share") is None
    assert windows_remote(r"Z:\SMS Desk", netfs.DRIVE_REMOTE) == Remote(r"Z:\SMS Desk", "network drive")
    assert windows_remote(r"C:\SMS Desk", 3) is None  # DRIVE_FIXED
    assert windows_remote(r"E:\SMS Desk", 2) is None  # DRIVE_REMOVABLE: a USB stick is local
    assert windows_remote(r"\\nas\share\SMS Desk", None) == Remote(r"\\nas\share\SMS Desk", "unc")


@pytest.mark.parametrize(("fstype", "remote"), [
    ("smbfs", True), ("nfs", True), ("afpfs", True), ("webdav", True),
    ("apfs", False), ("hfs", False), ("msdos", False), ("exfat", False), (None, False),
])
def test_macos_file_system_names(fstype: str | None, remote: bool) -> None:
    assert (macos_remote("/Volumes/x", fstype) is not None) is remote


def test_this_computer_is_asked_for_real(tmp_path: Path) -> None:
    # The test folder is local on the machines that run the suite; the real reader must say so.
    assert detect(tmp_path) is None


def fake_share(tmp_path: Path, folder: Path) -> Path:
    table = tmp_path / "mountinfo"
    real = os.path.realpath(folder)
    table.write_text(f"22 1 259:2 / / rw - ext4 /dev/sda1 rw\n"
                     f"70 22 0:60 / {real} rw,relatime - cifs //nas/shop rw,vers=3.0\n", encoding="utf-8")
    return table


def test_open_store_refuses_a_folder_the_detector_reports_remote(tmp_path: Path, home: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(netfs.TEST_MOUNTINFO_ENV, str(fake_share(tmp_path, home)))
    with pytest.raises(NetworkFolder) as info:
        open_store()
    assert isinstance(info.value, StoreError) and info.value.kind == "network"
    text = str(info.value)
    assert str(home) in text and "cifs" in text and "sent twice" in text and "workspace join" in text
    assert not (home / "smsdesk.db").exists()  # refused before SQLite created the file


def _env(home: Path, table: Path, lang: str) -> dict[str, str]:
    return {**os.environ, "SMSDESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "SMSDESK_LANG": lang,
            netfs.TEST_MOUNTINFO_ENV: str(table),
            "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}


@pytest.mark.parametrize(("lang", "words"), [("en", "network share"), ("zh_TW", "網路")])
def test_the_command_line_exits_with_the_refusal(tmp_path: Path, home: Path, lang: str, words: str) -> None:
    table = fake_share(tmp_path, home)
    done = subprocess.run([sys.executable, "-m", "smsdesk.cli", "--lang", lang, "jobs"], env=_env(home, table, lang),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr
    assert words in done.stderr and "postgresql://" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (home / "smsdesk.db").exists()


WINDOW = r"""
import sys
from PySide6.QtWidgets import QMessageBox
shown = []
QMessageBox.critical = lambda parent, title, text, *a, **k: shown.append(text)
from smsdesk.gui.app import main
code = main([])
print("CODE", code)
print("SHOWN", shown[0] if shown else "")
"""


def test_the_window_shows_the_refusal_and_does_not_start(tmp_path: Path, home: Path) -> None:
    table = fake_share(tmp_path, home)
    done = subprocess.run([sys.executable, "-c", WINDOW], env=_env(home, table, "en"), capture_output=True,
                          text=True, timeout=120)
    assert "CODE 1" in done.stdout, done.stderr[-2000:]
    shown = done.stdout.split("SHOWN ", 1)[1]
    assert "is on a network share (cifs)" in shown and "Tools → Shared workspace" in shown
    assert not (home / "smsdesk.db").exists()


def test_the_test_table_cannot_hide_a_real_share(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The fake table is read besides the system's, so a local-looking fake is no switch that turns the
    # refusal off: here the "system" table (a file standing in for /proc/self/mountinfo) has the share.
    real = os.path.realpath(tmp_path)
    system = tmp_path / "system-mountinfo"
    system.write_text(f"22 1 8:1 / / rw - ext4 /dev/sda1 rw\n70 22 0:60 / {real} rw - cifs //nas/x rw\n", "utf-8")
    fake = tmp_path / "fake-mountinfo"
    fake.write_text(f"22 1 8:1 / / rw - ext4 /dev/sda1 rw\n71 22 8:2 / {real} rw - ext4 /dev/sdb1 rw\n", "utf-8")
    monkeypatch.setattr(netfs, "MOUNTINFO", str(system))
    monkeypatch.setenv(netfs.TEST_MOUNTINFO_ENV, str(fake))
    assert detect(tmp_path, platform="linux") == Remote(real, "cifs")
