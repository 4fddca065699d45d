"""Untrusted spreadsheets are read in a child process with a memory ceiling.

The parent starts ``python -m smsdesk.core.sheet_child FILE`` and talks to it over
its pipes in :mod:`marshal` frames (plain values only; the parent never unpickles
anything the child sends):

    child  -> ("ok", kind, [(name, index, visible), ...])  or ("error", code, message)
    parent -> ("open", sheet)
    child  -> ("sheet", name, first_col, last_row, merged)  or ("error", code, message)
    child  -> ("rows", [(row, cells), ...], broken, overlong) ... ("end",)  or ("error", ...)

The pipe's own buffer is the back-pressure: the child blocks while the parent is busy,
so neither side holds more than a few chunks. On POSIX the child's address space is
capped with RLIMIT_AS (MEMORY_LIMIT): whatever a reader library does with a hostile
file, the child fails alone and the parent reports it in words. Windows has no
RLIMIT_AS; there the streaming limits of the readers are the budget.
"""

from __future__ import annotations

import logging
import marshal
import os
import queue
import struct
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import python_calamine as pc

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]  # no module there: the callers check for None

from smsdesk.core.import_errors import ImportFailed, corrupt, too_big
from smsdesk.core.workbooks import Sheet, SheetInfo, Source, open_local
from smsdesk.core.xlsx_reader import Row
from smsdesk.i18n import active_language, fmt_int, translate

log = logging.getLogger("smsdesk.import")

MEMORY_LIMIT = 512 << 20  # address space of the child: a legitimate file needs under 250 MB of it
CHUNK_CELLS = 20_000      # cells per frame (smaller: less left for the parent after the last one) ...
CHUNK_CHARS = 1 << 20     # ... or characters: a frame stays within a few MB
FIRST_CELLS = 2_000       # the first frame is small: a preview's rows arrive before 10,000 are parsed
START_TIMEOUT = 60.0
AHEAD = 4                 # frames read ahead of the importer
CHILD_FLAG = "--smsdesk-sheet-child"
PIPE_BYTES = 1 << 20


def _write(out: IO[bytes], message: tuple[object, ...]) -> None:
    data = marshal.dumps(message)  # type: ignore[arg-type]  # tuples of plain values; typeshed wants them typed so
    out.write(struct.pack("<I", len(data)))
    out.write(data)


def _read_frame(inp: IO[bytes]) -> bytes | None:
    """One frame's bytes, or None at the end of the stream (the other side is gone)."""
    head = inp.read(4)
    if len(head) < 4:
        return None
    size = struct.unpack("<I", head)[0]
    data = inp.read(size)
    return data if len(data) == size else None


def _widen_pipe(pipe: IO[bytes] | None) -> None:
    """Room for a whole frame in the pipe (Linux): the child writes it while the parent works.

    With the default 64 KB the child waits for every 64 KB the parent's reader thread takes,
    and that thread waits for the GIL each time: the two processes then take turns.
    """
    setsize = getattr(fcntl, "F_SETPIPE_SZ", None) if fcntl is not None else None
    if pipe is None or setsize is None:
        return
    try:
        fcntl.fcntl(pipe.fileno(), setsize, PIPE_BYTES)
    except OSError:
        pass  # above /proc/sys/fs/pipe-max-size: the default works, only slower


def open_source(path: str | Path) -> Source:
    """Open a spreadsheet or CSV file for reading, in a child process (a context manager)."""
    return ChildSource(Path(path))


def _too_much_memory(path: Path) -> ImportFailed:
    return too_big(path, translate("Import", "reading it needs more than the {size} MB set aside for an import")
                   .format(size=fmt_int(MEMORY_LIMIT >> 20)))


# -- parent side ----------------------------------------------------------------------
class ChildSource(Source):
    """A :class:`Source` whose file is opened and read by a child process."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._pump: tuple[threading.Event, threading.Thread] | None = None
        # What the child says when it fails unexpectedly: for the log, and to tell memory from a crash.
        self._stderr = tempfile.TemporaryFile(prefix="smsdesk-reader-")  # noqa: SIM115 - closed by close()
        env = dict(os.environ, SMSDESK_LANG=active_language(), PYTHONDONTWRITEBYTECODE="1")
        env.setdefault("MALLOC_ARENA_MAX", "2")  # glibc: fewer per-thread arenas, less address space
        # The frozen app is its own interpreter: packaging/launch.py hands CHILD_FLAG to run().
        command = [sys.executable, CHILD_FLAG] if getattr(sys, "frozen", False) else [
            sys.executable, "-m", "smsdesk.core.sheet_child"]
        try:
            self._proc: subprocess.Popen[bytes] | None = subprocess.Popen(
                [*command, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._stderr,
                env=env, creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
            )
        except BaseException:
            self._stderr.close()
            raise
        _widen_pipe(self._proc.stdout)
        try:
            message = self._receive()
            self.kind = str(message[1])
            self.sheets = [SheetInfo(str(n), int(i), bool(v)) for n, i, v in message[2]]
        except BaseException:
            self.close()
            raise

    def _receive(self, frame: bytes | None = None) -> tuple[Any, ...]:
        if frame is None:
            assert self._proc is not None and self._proc.stdout is not None
            try:
                frame = _read_frame(self._proc.stdout)
            except OSError:
                frame = None
        try:
            message = marshal.loads(frame) if frame is not None else None
        except (EOFError, ValueError, TypeError):
            message = None
        if not isinstance(message, tuple) or not message:
            raise self._died()
        if message[0] == "error":
            raise ImportFailed(str(message[1]), str(message[2]))
        return message

    def _died(self) -> ImportFailed:
        """The child ended without an answer: out of memory, killed, or a crash; say which in words."""
        assert self._proc is not None
        try:
            code = self._proc.wait(timeout=START_TIMEOUT)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            code = self._proc.wait()
        self._stderr.seek(0, os.SEEK_END)
        self._stderr.seek(max(0, self._stderr.tell() - 4096))
        said = self._stderr.read().decode("utf-8", "replace")
        log.warning("the spreadsheet reader for %s ended with %s: %s", self.path.name, code, said[-2000:])
        # A signal (the memory ceiling makes Rust abort, the system kills) or Python's own MemoryError.
        if code < 0 or "MemoryError" in said or "memory allocation" in said:
            return _too_much_memory(self.path)
        return ImportFailed("reader_failed", translate(
            "Import",
            "The file {name} could not be read: the program reading it stopped unexpectedly. Try once "
            "more; if it happens again, open the file in Excel, save it as a new .xlsx file and import that.",
        ).format(name=self.path.name))

    def _send(self, message: tuple[object, ...]) -> None:
        assert self._proc is not None and self._proc.stdin is not None
        try:
            _write(self._proc.stdin, message)
            self._proc.stdin.flush()
        except OSError as exc:
            raise self._died() from exc

    def open(self, sheet: str | int | None) -> Sheet:
        self._send(("open", sheet))
        _tag, name, first_col, last_row, merged = self._receive()
        result = Sheet(name=str(name), rows=iter(()), first_col=int(first_col), last_row=last_row,
                       merged=[tuple(m) for m in merged])
        result.rows = self._rows(result)
        return result

    def _rows(self, sheet: Sheet) -> Iterator[Row]:
        # A thread waits on the pipe (no GIL held) while this one works on the rows already
        # here, so the child keeps reading meanwhile; AHEAD frames at most are held.
        frames: queue.Queue[bytes | None] = queue.Queue(AHEAD)
        stop = threading.Event()
        assert self._proc is not None and self._proc.stdout is not None
        pipe = self._proc.stdout

        def pump() -> None:
            while not stop.is_set():
                try:
                    frame = _read_frame(pipe)
                except (OSError, ValueError):
                    frame = None
                while not stop.is_set():
                    try:
                        frames.put(frame, timeout=0.2)
                        break
                    except queue.Full:
                        continue
                if frame is None:
                    return

        thread = threading.Thread(target=pump, name="sheet-reader", daemon=True)
        thread.start()
        self._pump = (stop, thread)
        try:
            while True:
                frame = frames.get()
                if frame is None:
                    self._receive(b"")  # raises: the child ended mid-sheet
                message = self._receive(frame)
                if message[0] == "end":
                    return
                _tag, rows, broken, overlong = message
                if broken:
                    sheet.broken.update(broken)
                if overlong:
                    sheet.overlong.update(overlong)
                yield from rows
        finally:
            stop.set()

    def close(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            self._stderr.close()
            return
        if proc.poll() is None:
            proc.kill()  # a preview reads 20 rows of a million: the rest is not wanted
        proc.wait()
        if self._pump is not None:
            stop, thread = self._pump
            stop.set()
            thread.join()
        self._stderr.close()
        for stream in (proc.stdin, proc.stdout):
            if stream is not None:
                try:
                    stream.close()
                except OSError:
                    pass


# -- child side -----------------------------------------------------------------------------
def _limit_memory() -> None:
    try:
        import resource
    except ImportError:  # Windows: the readers' own streaming limits are the budget
        return
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = MEMORY_LIMIT if hard == resource.RLIM_INFINITY else min(MEMORY_LIMIT, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _stream(sheet: Sheet, out: IO[bytes]) -> None:
    batch: list[Row] = []
    cells = chars = 0
    limit = FIRST_CELLS

    def flush() -> None:
        # The flags of a row are complete once it was yielded: each goes out once, with its rows.
        broken, overlong = dict(sheet.broken), dict(sheet.overlong)
        sheet.broken.clear()
        sheet.overlong.clear()
        _write(out, ("rows", batch, broken, overlong))

    counted = sheet.chars
    sent = 0  # counted() when the last frame went out
    for number, row in sheet.rows:  # the readers give plain values only (dates already as text)
        batch.append((number, row))
        cells += len(row) + 1
        if counted is not None:
            chars = counted() - sent
        else:
            chars += sum([len(v) for v in row if type(v) is str])
        if cells >= limit or chars >= CHUNK_CHARS:
            flush()
            batch, cells, chars, limit = [], 0, 0, CHUNK_CELLS
            sent = counted() if counted is not None else 0
    flush()
    _write(out, ("end",))
    out.flush()


def main(argv: list[str]) -> int:
    _limit_memory()
    # A windowed (frozen) app may have no sys.stdout even though its handles are our pipes.
    out = sys.stdout.buffer if sys.stdout is not None else os.fdopen(1, "wb", closefd=False)
    inp = sys.stdin.buffer if sys.stdin is not None else os.fdopen(0, "rb", closefd=False)
    path = Path(argv[0])
    try:
        try:
            source = open_local(path)
        except ImportFailed as exc:
            _write(out, ("error", exc.code, str(exc)))
            return 0
        with source:
            _write(out, ("ok", source.kind, [(s.name, s.index, s.visible) for s in source.sheets]))
            out.flush()
            while True:
                frame = _read_frame(inp)
                if frame is None:
                    return 0
                message = marshal.loads(frame)
                try:
                    try:
                        sheet = source.open(message[1])
                        _write(out, ("sheet", sheet.name, sheet.first_col, sheet.last_row, sheet.merged))
                        _stream(sheet, out)
                    except (pc.CalamineError, ValueError, UnicodeDecodeError) as exc:
                        raise corrupt(path) from exc
                except ImportFailed as exc:
                    _write(out, ("error", exc.code, str(exc)))
                    out.flush()
    except MemoryError:
        failure = _too_much_memory(path)
        _write(out, ("error", failure.code, str(failure)))
        return 0
    except BrokenPipeError:
        return 0  # the parent had what it wanted


def _setup_language() -> None:
    """The parent's language (SMSDESK_LANG), read from the .ts catalogue without Qt.

    Loading Qt here would cost the child ~40 MB of its budget for a handful of messages;
    the catalogue's XML gives the same translations. Without one, Qt's translator does.
    """
    from xml.etree import ElementTree as ET

    from smsdesk.i18n import CATALOGUE_DIRS, install_qt_translator, pick_language, set_translator

    language = pick_language()
    if language == "en":
        return
    ts = next((d / f"smsdesk_{language}.ts" for d in CATALOGUE_DIRS if (d / f"smsdesk_{language}.ts").is_file()), None)
    if ts is None:  # an installed wheel ships only the compiled catalogue
        from PySide6.QtCore import QCoreApplication

        install_qt_translator(QCoreApplication.instance() or QCoreApplication([]), language)
        return
    table: dict[tuple[str, str], str] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            text = translation.text if translation is not None else None
            if text and (translation is None or translation.get("type") not in ("unfinished", "obsolete", "vanished")):
                table[(name, message.findtext("source", ""))] = text
    def lookup(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return table.get((context, text), text)

    set_translator(lookup)


def run(argv: list[str]) -> int:
    """The child's entry point: ``python -m smsdesk.core.sheet_child FILE`` or the frozen app's flag."""
    _setup_language()
    return main(argv)


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
