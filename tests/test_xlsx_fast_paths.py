"""The streaming reader's shortcuts give what the careful path gives, and frames stay bounded."""

from __future__ import annotations

import io
import marshal
import struct
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook
from support import hostile

from smsdesk.core import sheet_child
from smsdesk.core.import_errors import ImportFailed
from smsdesk.core.workbooks import open_local


def _book(path: Path, rows: list[list[object]], change: dict[bytes, bytes] | None = None) -> Path:
    wb = Workbook(write_only=True)  # inline strings, like the benchmark's and many exporters' files
    ws = wb.create_sheet("名單")
    for row in rows:
        ws.append(row)
    wb.save(path)
    if change:
        fixed = path.with_name("fixed-" + path.name)
        with zipfile.ZipFile(path) as zin, zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                data = zin.read(info.filename)
                if info.filename.startswith("xl/worksheets/"):
                    for old, new in change.items():
                        data = data.replace(old, new)
                zout.writestr(info.filename, data)
        return fixed
    return path


def _rows(path: Path) -> list[list[object]]:
    with open_local(path) as source:
        return [cells for _n, cells in source.open(None).rows]


def test_inline_text_without_escapes_is_cleaned_like_escaped_text(tmp_path: Path) -> None:
    plain = _book(tmp_path / "a.xlsx", [["姓名", "手機"], ["王\u200b小明\u202e", "0912345678"], ["李四", 912345679]])
    assert _rows(plain) == [["姓名", "手機"], ["王小明", "0912345678"], ["李四", 912345679.0]]
    # The same rows where one cell holds an entity: that chunk takes the careful path, with the same result.
    escaped = _book(tmp_path / "b.xlsx", [["姓名", "手機"], ["王\u200b小明\u202e", "0912345678"], ["A&B", 912345679]])
    assert _rows(escaped) == [["姓名", "手機"], ["王小明", "0912345678"], ["A&B", 912345679.0]]
    coded = _book(tmp_path / "c.xlsx", [["姓名"], ["MARKER"]], {b"MARKER": b"a_x0041_b"})
    assert _rows(coded) == [["姓名"], ["aAb"]]


def test_inline_text_that_is_not_utf8_is_refused_in_words(tmp_path: Path) -> None:
    broken = _book(tmp_path / "a.xlsx", [["姓名"], ["MARKER"]], {b"MARKER": b"\xff\xfe"})
    with pytest.raises(ImportFailed) as err:
        _rows(broken)
    assert err.value.code == "corrupt"


def test_frames_stay_within_the_text_budget_when_rows_are_long(tmp_path: Path) -> None:
    text = "長" * 20_000
    rows: list[list[object]] = [["姓名", "備註"]]
    rows += [[f"客戶{i}", text] for i in range(300)]
    book = _book(tmp_path / "long.xlsx", rows)
    out = io.BytesIO()
    with open_local(book) as source:
        sheet = source.open(None)
        assert sheet.chars is not None  # the .xlsx reader counts its text: the child need not
        sheet_child._stream(sheet, out)
    out.seek(0)
    frames = []
    while head := out.read(4):
        frames.append(marshal.loads(out.read(struct.unpack("<I", head)[0])))
    assert frames[-1] == ("end",)
    sizes = [sum(len(v) for _n, cells in f[1] for v in cells if isinstance(v, str)) for f in frames[:-1]]
    assert sum(len(f[1]) for f in frames[:-1]) == 301
    assert len(sizes) >= 6 and max(sizes) <= sheet_child.CHUNK_CHARS + len(text) + 10


def test_cells_whose_attributes_hold_a_slash_or_close_themselves_are_read(tmp_path: Path) -> None:
    # The cell pattern stops its attributes at the first > or /> without backtracking: a / inside
    # a value, a self-closing cell and attributes in another order must still be read.
    book = _book(tmp_path / "a.xlsx", [["姓名", "手機", "備註"], ["M1", "M2", "M3"]], {
        b'<c r="A2" t="inlineStr"><is><t>M1</t></is></c>':
            b'<c r="A2" t="inlineStr" x:note="a/b" xmlns:x="urn:x"><is><t>Amy</t></is></c>',
        b'<c r="B2" t="inlineStr"><is><t>M2</t></is></c>': b'<c r="B2" s="0"/>',
        b'<c r="C2" t="inlineStr"><is><t>M3</t></is></c>': b'<c t="n" r="C2"><v>7</v></c>',
    })
    assert _rows(book) == [["姓名", "手機", "備註"], ["Amy", "", 7.0]]


def test_a_small_sheet_is_inflated_once_and_a_big_one_twice_with_the_same_rows(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from smsdesk.core import workbook_guard, xlsx_reader

    rows: list[list[object]] = [["姓名", "手機"]]
    rows += [[f"客戶{i}", f"09{12_000_000 + i}"] for i in range(3000)]
    book = _book(tmp_path / "a.xlsx", rows)
    inflated: list[str] = []
    real = workbook_guard.Zip.inflate

    def counting(self: workbook_guard.Zip, name: str) -> Iterator[bytes]:
        inflated.append(name)
        return real(self, name)

    monkeypatch.setattr(workbook_guard.Zip, "inflate", counting)
    small = _rows(book)
    assert inflated.count("xl/worksheets/sheet1.xml") == 1  # the first pass's chunks were reused
    inflated.clear()
    monkeypatch.setattr(xlsx_reader, "KEEP_INFLATED", 1000)
    assert _rows(book) == small == rows
    assert inflated.count("xl/worksheets/sheet1.xml") == 2


def test_padding_in_a_sheet_small_enough_to_keep_is_still_refused(tmp_path: Path) -> None:
    # 8 MB of whitespace between two rows: under KEEP_INFLATED, so the first pass does not count
    # cells; the rows pass judges the same proportion exactly and refuses it.
    path = hostile.whitespace_padding(tmp_path / "pad.xlsx", padding=8 << 20)
    with pytest.raises(ImportFailed) as err:
        _rows(path)
    assert "far more data than its cells can hold" in str(err.value)
