"""Packaging: the icon files, resource lookup, and the frozen app built and smoke-started.

The ``bundle`` test builds the Linux one-folder app with packaging/smsdesk.spec (the
same spec CI uses on Windows and macOS) and starts it with SMSDESK_SMOKE=1. It is
skipped only when PyInstaller is not installed.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from smsdesk import APP_NAME
from smsdesk.resources_path import ICON_SIZES, app_icon, resource

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SPEC = ROOT / "packaging" / "smsdesk.spec"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = {b"icp4": 16, b"icp5": 32, b"icp6": 64, b"ic07": 128, b"ic08": 256, b"ic09": 512, b"ic10": 1024,
              b"ic11": 32, b"ic12": 64, b"ic13": 256, b"ic14": 512}


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_MAGIC, "not a PNG"
    image = QImage.fromData(data, "PNG")
    assert not image.isNull(), "Qt cannot decode the PNG"
    return image.width(), image.height()


def read_ico(path: Path) -> dict[int, bytes]:
    """Parse the ICONDIR by the format's rules; return {size: PNG payload}."""
    data = path.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1), "not an icon file"
    entries: dict[int, bytes] = {}
    for i in range(count):
        w, h, colors, res, planes, bpp, size, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        assert (colors, res, planes, bpp) == (0, 0, 1, 32)
        assert offset + size <= len(data)
        payload = data[offset:offset + size]
        declared = (w or 256, h or 256)
        assert png_size(payload) == declared, f"ICO entry {i} declares {declared}"
        entries[declared[0]] = payload
    return entries


def read_icns(path: Path) -> dict[bytes, bytes]:
    data = path.read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack_from(">I", data, 4)[0] == len(data), "ICNS length field must equal the file size"
    entries: dict[bytes, bytes] = {}
    pos = 8
    while pos < len(data):
        kind, length = data[pos:pos + 4], struct.unpack_from(">I", data, pos + 4)[0]
        assert length > 8 and pos + length <= len(data), f"bad ICNS entry length for {kind!r}"
        entries[kind] = data[pos + 8:pos + length]
        pos += length
    assert pos == len(data)
    return entries


def check_icon_folder(folder: Path) -> None:
    for size in ICON_SIZES:
        assert png_size((folder / f"smsdesk-{size}.png").read_bytes()) == (size, size)
    assert (folder / "smsdesk.png").read_bytes() == (folder / "smsdesk-256.png").read_bytes()
    ico = read_ico(folder / "smsdesk.ico")
    assert sorted(ico) == list(ICO_SIZES)
    icns = read_icns(folder / "smsdesk.icns")
    assert set(icns) == set(ICNS_TYPES)
    for kind, size in ICNS_TYPES.items():
        assert png_size(icns[kind]) == (size, size), kind


def test_committed_icons_are_valid() -> None:
    check_icon_folder(ICONS)
    # A transparent corner and an opaque centre: the tile does not fill the canvas edge to edge.
    big = QImage(str(ICONS / "smsdesk-1024.png"))
    assert big.pixelColor(0, 0).alpha() == 0
    assert big.pixelColor(512, 512).alpha() == 255


def test_make_icons_regenerates_the_committed_set(tmp_path: Path) -> None:
    out = tmp_path / "icons"
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "make_icons.py"), "--out", str(out)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    check_icon_folder(out)
    # actions/ holds the Lucide action icons (smsdesk.gui.icons), which make_icons.py does not draw.
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in ICONS.iterdir() if p.is_file())
    # Same drawing as the committed files (rasterisation may differ by a shade between Qt versions):
    # if this fails, run `python tools/make_icons.py` and commit resources/icons/.
    for size in (16, 64, 256):
        new, old = QImage(str(out / f"smsdesk-{size}.png")), QImage(str(ICONS / f"smsdesk-{size}.png"))
        differing = sum(
            1 for y in range(size) for x in range(size)
            if max(abs(a - b) for a, b in zip(new.pixelColor(x, y).getRgb(), old.pixelColor(x, y).getRgb(),
                                              strict=True)) > 8
        )
        assert differing <= size * size // 100, f"{size} px icon differs from the committed one"


def test_resource_finds_checkout_files() -> None:
    assert resource("icons/smsdesk-16.png") == ICONS / "smsdesk-16.png"
    assert resource(Path("translations")).is_dir()


def test_resource_prefers_a_pyinstaller_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundled = tmp_path / "resources" / "icons" / "smsdesk-16.png"
    bundled.parent.mkdir(parents=True)
    bundled.write_bytes((ICONS / "smsdesk-16.png").read_bytes())
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource("icons/smsdesk-16.png") == bundled
    # Whatever the bundle lacks still comes from the other locations.
    assert resource("icons/smsdesk-32.png") == ICONS / "smsdesk-32.png"


def test_missing_resource_says_what_to_do() -> None:
    with pytest.raises(FileNotFoundError, match="reinstall SMS Desk") as info:
        resource("icons/nope.png")
    assert "icons/nope.png" in str(info.value)
    for bad in ("/etc/passwd", "../pyproject.toml"):
        with pytest.raises(ValueError):
            resource(bad)


def test_app_icon_has_every_size(qtbot: QtBot) -> None:
    icon = app_icon()
    assert not icon.isNull()
    assert sorted(s.width() for s in icon.availableSizes()) == list(ICON_SIZES)
    assert icon.pixmap(16, 16).width() == 16


# -- the frozen app -----------------------------------------------------------------------------

def _tail(text: str, lines: int = 40) -> str:
    return "\n".join(text.splitlines()[-lines:])


@pytest.mark.bundle
@pytest.mark.timeout(900)
def test_frozen_app_builds_and_starts(tmp_path_factory: pytest.TempPathFactory) -> None:
    pytest.importorskip("PyInstaller", reason="PyInstaller is not installed (pip install '.[package]')",
                        exc_type=ImportError)
    if sys.platform.startswith("linux") and shutil.which("objdump") is None:
        pytest.fail("PyInstaller needs objdump on Linux: install binutils")
    base = tmp_path_factory.mktemp("bundle")
    dist, work = base / "dist", base / "work"
    started = time.monotonic()
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work), str(SPEC)],
        cwd=ROOT, capture_output=True, text=True, timeout=840,
    )
    build_seconds = time.monotonic() - started
    assert build.returncode == 0, _tail(build.stdout + build.stderr)
    print(f"PyInstaller build took {build_seconds:.1f} s")

    folder = dist / APP_NAME
    internal = folder / "_internal"
    exe = folder / (APP_NAME + (".exe" if sys.platform == "win32" else ""))
    assert exe.is_file() and os.access(exe, os.X_OK)
    # Resources where resources_path and i18n look for them.
    for size in ICON_SIZES:
        assert (internal / "resources" / "icons" / f"smsdesk-{size}.png").is_file()
    shipped = sorted(p.name for p in (internal / "resources" / "icons" / "actions").iterdir())
    assert shipped == sorted(p.name for p in (ICONS / "actions").iterdir())
    for lang in ("en", "zh_TW"):  # the user guide (F1), with its pictures
        assert (internal / "resources" / "help" / f"guide_{lang}.html").is_file()
        assert (internal / "resources" / "help" / "img" / f"compose-{lang}.png").is_file()
    catalogues = internal / "resources" / "translations"
    assert sorted(p.name for p in catalogues.iterdir()) == ["smsdesk_en.qm", "smsdesk_zh_TW.qm"]
    # Unused Qt modules and test-only packages stay out.
    names = {p.name for p in internal.rglob("*")}
    for unwanted in ("QtNetwork", "QtQml", "QtQuick", "QtSql", "QtWebEngineCore", "QtTest"):
        assert not any(n.startswith(unwanted + ".") or n.startswith("libQt6" + unwanted[2:] + ".")
                       for n in names), unwanted
    for unwanted in ("numpy", "pytest", "tkinter", "geodata"):
        assert unwanted not in names, unwanted
    dangling = [str(p) for p in folder.rglob("*") if p.is_symlink() and not p.exists()]
    assert not dangling, dangling

    home = base / "home"
    smoke_file = base / "smoke.txt"
    env = {**os.environ, "SMSDESK_SMOKE": "1", "QT_QPA_PLATFORM": "offscreen", "SMSDESK_HOME": str(home),
           "SMSDESK_SMOKE_FILE": str(smoke_file), "SMSDESK_LANG": "zh_TW", "SMSDESK_SMOKE_LANGUAGE": "zh_TW",
           "SMSDESK_SMOKE_PLATFORM": "offscreen",
           "PYTHON_KEYRING_BACKEND": "smsdesk.core.credentials.MemoryKeyring"}
    # Nothing from the checkout may leak in: run from an unrelated folder with no PYTHONPATH.
    env.pop("PYTHONPATH", None)
    started = time.monotonic()
    run = subprocess.run([str(exe)], cwd=base, env=env, capture_output=True, text=True, timeout=180)
    print(f"smoke start took {time.monotonic() - started:.1f} s")
    output = run.stdout + run.stderr
    assert run.returncode == 0, output
    assert f"SMOKE OK {APP_NAME}" in run.stdout, output
    assert "SMOKE FAIL" not in output
    assert smoke_file.read_text(encoding="utf-8").splitlines()[-1] == f"SMOKE OK {APP_NAME}"
    # The compiled catalogues came from the bundle, not from a recompile into the data folder's cache.
    catalogue_line = next(line for line in run.stdout.splitlines() if line.startswith("SMOKE CHECK catalogue:"))
    assert str(catalogues / "smsdesk_zh_TW.qm") in catalogue_line, catalogue_line
    assert not (home / "cache").exists()
    assert "SMOKE CHECK language: zh_TW" in run.stdout
    assert "SMOKE CHECK keyring: smsdesk.core.credentials.MemoryKeyring" in run.stdout
    assert "SMOKE CHECK vendors: sandbox, twsms, smsget, sepsms, engagelab, tencent" in run.stdout
    assert "SMOKE CHECK icons: " in run.stdout  # QtSvg and every action SVG made it into the bundle
    # It really ran the app: the data folder now holds the store and the log.
    assert (home / "smsdesk.db").is_file()
    assert (home / "logs" / "smsdesk.log").is_file()
    shutil.rmtree(base, ignore_errors=True)  # ~170 MB; kept only when the test fails, for a look
