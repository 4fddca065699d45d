"""Qt's translation tools as PySide6 ships them, found by path, never through PATH.

``pyside6-lrelease`` on PATH exists only in an activated environment; the binary itself sits
inside the PySide6 package of whichever Python runs this, which is also what an isolated wheel
build has (pyproject.toml lists PySide6-Essentials in ``[build-system] requires``).

This module imports nothing from smsdesk or its dependencies: setup.py loads it by file path in
a build environment where only setuptools and PySide6 are installed.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path


def pyside_dir() -> Path | None:
    """The installed PySide6 package folder (without importing Qt), or None."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))).resolve()


def tool(name: str) -> Path | None:
    """A Qt tool of the PySide6 wheel (``lrelease``, ``lupdate``; Windows adds .exe), or None."""
    folder = pyside_dir()
    if folder is None:
        return None
    names = (f"{name}.exe", name) if sys.platform == "win32" else (name,)
    # The wheels put them at the package root; a Qt built from source keeps them in Qt/bin.
    for sub in (folder, folder / "Qt" / "bin", folder / "Qt" / "libexec"):
        for candidate in names:
            if (sub / candidate).is_file():
                return sub / candidate
    return None


def lrelease() -> Path | None:
    return tool("lrelease")


class CompileError(RuntimeError):
    """lrelease is missing or refused a catalogue (the message has its output)."""


def compile_ts(ts: Path, qm: Path, *, timeout: float = 120) -> Path:
    """Compile ``ts`` into ``qm`` with PySide6's lrelease; raises CompileError."""
    tool = lrelease()
    if tool is None:
        raise CompileError("PySide6's lrelease was not found: install PySide6-Essentials")
    qm.parent.mkdir(parents=True, exist_ok=True)
    try:
        result = subprocess.run([str(tool), str(ts), "-qm", str(qm)], capture_output=True, text=True,
                                timeout=timeout)
    except (OSError, subprocess.SubprocessError) as exc:
        raise CompileError(f"{tool} could not run: {exc}") from exc
    if result.returncode != 0 or not qm.is_file():
        raise CompileError(f"{tool} failed for {ts.name} (exit {result.returncode}):\n"
                           f"{result.stdout}{result.stderr}")
    return qm
