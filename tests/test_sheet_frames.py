"""The reading child's first frame is small, so a preview's rows arrive before the sheet is read."""

from __future__ import annotations

import marshal
import os
import struct
import subprocess
import sys
from pathlib import Path

from openpyxl import Workbook

from smsdesk.core import sheet_child
from smsdesk.core.import_layout import PROBE_ROWS


def frame(pipe: object) -> tuple[object, ...]:
    head = pipe.read(4)  # type: ignore[attr-defined]
    message = marshal.loads(pipe.read(struct.unpack("<I", head)[0]))  # type: ignore[attr-defined]
    assert isinstance(message, tuple)
    return message


def test_the_first_rows_frame_holds_only_a_preview_worth(tmp_path: Path) -> None:
    book = tmp_path / "list.xlsx"
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Sheet")
    ws.append(["name", "phone", "store", "note"])
    for i in range(20_000):
        ws.append([f"Customer {i}", f"09{12_000_000 + i:08d}", "Taipei", "x"])
    wb.save(book)
    proc = subprocess.Popen([sys.executable, "-m", "smsdesk.core.sheet_child", str(book)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, env={**os.environ, "SMSDESK_LANG": "en"})
    assert proc.stdin is not None and proc.stdout is not None
    try:
        assert frame(proc.stdout)[0] == "ok"
        data = marshal.dumps(("open", None))
        proc.stdin.write(struct.pack("<I", len(data)) + data)
        proc.stdin.flush()
        assert frame(proc.stdout)[0] == "sheet"
        tag, rows, _broken, _overlong = frame(proc.stdout)
        assert tag == "rows"
        assert isinstance(rows, list)
        assert PROBE_ROWS <= len(rows) <= sheet_child.FIRST_CELLS // 5 + 1  # 4 cells + 1 a row
        tag, rows, _broken, _overlong = frame(proc.stdout)
        assert tag == "rows" and isinstance(rows, list) and len(rows) * 5 >= sheet_child.CHUNK_CELLS  # then big ones
    finally:
        proc.kill()
        proc.wait()
        proc.stdin.close()
        proc.stdout.close()
