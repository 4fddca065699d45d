"""Hostile and very large spreadsheets: the import stays within its memory budget and stores
no more than it reports. Files are generated at test time (tests/support/hostile.py).

Each import runs the way the app runs it, ``python -m smsdesk.cli import``, under a small
wrapper process that reports the peak RSS of its children (the CLI and the reader child it
starts), measured with ``resource.getrusage(RUSAGE_CHILDREN)`` after they exited.
"""

from __future__ import annotations

import codecs
import json
import sqlite3
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from support import hostile

from smsdesk.core import importer
from smsdesk.core.import_errors import MAX_CELL_CHARS
from smsdesk.core.importer import run_import
from smsdesk.core.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(tmp_path / "smsdesk.db")
    yield s
    s.close()

# The budget is measured with getrusage and enforced with RLIMIT_AS: POSIX only.
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="no resource module on Windows")

BUDGET_MB = 300
ROOT = Path(__file__).resolve().parent.parent
_WRAPPER = (
    "import json, resource, subprocess, sys\n"
    "done = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
    "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
    "print(json.dumps([done.returncode, done.stdout, done.stderr, peak]))\n"
)


def _cli_import(path: Path, home: Path) -> tuple[int, str, str, int]:
    """Exit code, stdout, stderr and peak RSS (MB) of ``smsdesk-cli import`` of ``path``."""
    command = [sys.executable, "-m", "smsdesk.cli", "--home", str(home), "--lang", "en",
               "import", str(path), "--list", "L", "--json"]
    done = subprocess.run([sys.executable, "-c", _WRAPPER, *command], capture_output=True, text=True,
                          timeout=600, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    code, out, err, peak_kib = json.loads(done.stdout)
    return code, out, err, peak_kib // 1024


def _stored(home: Path) -> tuple[int, int, int]:
    """(lists, contacts, longest name) in the data folder's database."""
    db = sqlite3.connect(home / "smsdesk.db")
    try:
        lists = db.execute("SELECT count(*) FROM contact_lists").fetchone()[0]
        count, longest = db.execute("SELECT count(*), coalesce(max(length(name)), 0) FROM contacts").fetchone()
    finally:
        db.close()
    return lists, count, longest


@pytest.mark.slow
@posix_only
def test_shared_string_bomb_is_refused_within_budget(tmp_path: Path) -> None:
    # 0.9 MB on disk; its shared strings inflate to one 900 MB string.
    path = hostile.shared_string_bomb(tmp_path / "bomb.xlsx")
    assert path.stat().st_size < 2 << 20
    code, _out, err, peak = _cli_import(path, tmp_path / "home")
    assert code != 0 and "far more data than its cells can hold" in err, err
    assert "Excel" in err  # what to do
    assert peak < BUDGET_MB, peak
    assert _stored(tmp_path / "home") == (0, 0, 0)


@pytest.mark.slow
@posix_only
def test_whitespace_padding_is_refused_within_budget(tmp_path: Path) -> None:
    path = hostile.whitespace_padding(tmp_path / "pad.xlsx")
    code, _out, err, peak = _cli_import(path, tmp_path / "home")
    assert code != 0 and "far more data than its cells can hold" in err, err
    assert peak < BUDGET_MB, peak
    assert _stored(tmp_path / "home") == (0, 0, 0)


@pytest.mark.slow
@posix_only
def test_million_rows_import_within_budget(tmp_path: Path) -> None:
    path = hostile.million_rows(tmp_path / "million.xlsx")
    code, out, err, peak = _cli_import(path, tmp_path / "home")
    assert code == 0, err
    report = json.loads(out)
    assert (report["rows"], report["valid"], report["invalid"], report["duplicates"]) == (1_000_000, 1_000_000, [], 0)
    assert peak < BUDGET_MB, peak
    lists, count, longest = _stored(tmp_path / "home")
    assert (lists, count) == (1, report["valid"]) and longest == len("客戶0000000")


def test_bomb_in_a_child_does_not_reach_the_parent(store: Store, tmp_path: Path) -> None:
    # The same refusal through the library, smaller: a 40 MB string where one cell is declared.
    path = hostile.shared_string_bomb(tmp_path / "bomb.xlsx", inflated=40 << 20)
    with pytest.raises(importer.ImportFailed) as err:
        run_import(store, path, "L")
    assert err.value.code == "too_big" and "bomb.xlsx" in str(err.value)


# -- cells over Excel's limit: reported, never stored ----------------------------------------
def _long_cells_xlsx(path: Path) -> Path:
    """Row 2: a 40,000-character inline name; row 3: a shared string as long; row 4: fine."""
    long_text = "長" * (MAX_CELL_CHARS + 5000)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        hostile.skeleton(zf)
        zf.writestr("xl/sharedStrings.xml", hostile.SST_HEAD % (1, 1) + f"<si><t>{long_text}</t></si></sst>".encode())
        rows = [
            '<row r="1"><c r="A1" t="inlineStr"><is><t>手機</t></is></c><c r="B1" t="inlineStr"><is><t>姓名</t></is></c></row>',
            f'<row r="2"><c r="A2" t="inlineStr"><is><t>0912345678</t></is></c>'
            f'<c r="B2" t="inlineStr"><is><t>{long_text}</t></is></c></row>',
            '<row r="3"><c r="A3" t="inlineStr"><is><t>0922333444</t></is></c><c r="B3" t="s"><v>0</v></c></row>',
            '<row r="4"><c r="A4" t="inlineStr"><is><t>0933444555</t></is></c>'
            '<c r="B4" t="inlineStr"><is><t>王小明</t></is></c></row>',
        ]
        zf.writestr("xl/worksheets/sheet1.xml", hostile.SHEET_HEAD + "".join(rows).encode() + hostile.SHEET_TAIL)
    return path


def test_cells_over_excels_limit_are_reported_not_stored(store: Store, tmp_path: Path) -> None:
    report = run_import(store, _long_cells_xlsx(tmp_path / "long.xlsx"), "L")
    assert report.rows == 3 and report.valid == 1
    assert [(i["row"], i["reason"]) for i in report.invalid] == [(2, importer.CELL_TOO_LONG),
                                                                    (3, importer.CELL_TOO_LONG)]
    assert "32,767" in str(report.invalid[0]["message"])
    names = [r[0] for r in store.conn.execute("SELECT name FROM contacts")]
    assert names == ["王小明"]


def test_csv_cell_over_excels_limit_is_reported(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_text(f"手機,姓名\n0912345678,{'x' * (MAX_CELL_CHARS + 1)}\n0922333444,林淑芬\n", encoding="utf-8")
    report = run_import(store, path, "L")
    assert [(i["row"], i["reason"]) for i in report.invalid] == [(2, importer.CELL_TOO_LONG)]
    assert report.valid == 1


# -- invisible characters, formulas without results, UTF-16 without a BOM ------------------------
def test_nul_and_control_characters_are_stripped_past_the_first_64_kb(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "nul.csv"
    filler = "".join(f"0912{i:06d},客戶{i}\n" for i in range(5000))  # ~90 KB before the bad rows
    assert len(filler.encode()) > 65536
    path.write_text("手機,姓名,備註\n" + filler + "0987654321,王\x00小\x07明\u202e,\"第一行\n第二行\x00\"\n"
                    "0987654322,\"\t林\n淑芬 \",x\n", encoding="utf-8")
    report = run_import(store, path, "L")
    assert report.valid == 5002
    rows = dict(store.conn.execute("SELECT phone, name FROM contacts WHERE phone LIKE '+8869876543%'"))
    fields = store.conn.execute("SELECT fields FROM contacts WHERE phone = '+886987654321'").fetchone()[0]
    assert rows == {"+886987654321": "王小明", "+886987654322": "林 淑芬"}
    assert json.loads(fields) == {"備註": "第一行\n第二行"}  # a variable keeps its line break, not the NUL


def test_control_characters_in_xlsx_text_are_stripped(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "ctl.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        hostile.skeleton(zf)
        zf.writestr("xl/sharedStrings.xml", hostile.SST_HEAD % (1, 1) + "<si><t>陳_x0000_家&#8238;豪</t></si></sst>".encode())
        zf.writestr("xl/worksheets/sheet1.xml", hostile.SHEET_HEAD + (
            '<row r="1"><c r="A1" t="inlineStr"><is><t>手機</t></is></c><c r="B1" t="inlineStr"><is><t>姓名</t></is></c></row>'
            '<row r="2"><c r="A2" t="inlineStr"><is><t>0912345678</t></is></c><c r="B2" t="s"><v>0</v></c></row>'
        ).encode() + hostile.SHEET_TAIL)
    run_import(store, path, "L")
    assert store.conn.execute("SELECT name FROM contacts").fetchone()[0] == "陳家豪"


def test_rows_of_formulas_without_saved_results_are_reported(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "formulas.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        hostile.skeleton(zf)
        zf.writestr("xl/sharedStrings.xml", hostile.SST_HEAD % (0, 0) + b"</sst>")
        zf.writestr("xl/worksheets/sheet1.xml", hostile.SHEET_HEAD + (
            '<row r="1"><c r="A1" t="inlineStr"><is><t>手機</t></is></c><c r="B1" t="inlineStr"><is><t>姓名</t></is></c></row>'
            '<row r="2"><c r="A2" t="inlineStr"><is><t>0912345678</t></is></c><c r="B2" t="inlineStr"><is><t>陳家豪</t></is></c></row>'
            '<row r="3"><c r="A3"><f>Sheet2!A1</f></c><c r="B3" t="str"><f>Sheet2!B1</f><v></v></c></row>'
            '<row r="4"><c r="A4"><f>Sheet2!A2</f></c><c r="B4" t="inlineStr"><is><t>林淑芬</t></is></c></row>'
        ).encode() + hostile.SHEET_TAIL)
    report = run_import(store, path, "L")
    assert report.rows == 3 and report.valid == 1
    assert [(i["row"], i["reason"]) for i in report.invalid] == [(3, importer.FORMULA_ONLY), (4, importer.FORMULA)]
    message = str(report.invalid[0]["message"])
    assert "did not" in message or "does not" in message
    assert "Excel" in message


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised(store: Store, tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "u16.csv"
    text = "姓名,手機\r\n陳家豪,0912-345-678\r\n林淑芬,0922333444\r\n"
    raw = text.encode(encoding)
    assert not raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    path.write_bytes(raw)
    report = run_import(store, path, "L")
    names = dict(store.conn.execute("SELECT phone, name FROM contacts"))
    assert report.valid == 2
    assert names == {"+886912345678": "陳家豪", "+886922333444": "林淑芬"}


def test_binary_file_is_still_not_taken_for_utf16(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "program.csv"
    path.write_bytes(bytes(range(256)) * 64)
    with pytest.raises(importer.ImportFailed) as err:
        run_import(store, path, "L")
    assert err.value.code == "not_spreadsheet"


def test_one_long_shared_string_repeated_across_a_row_is_refused(store: Store, tmp_path: Path) -> None:
    # 20,000 cells of one row all point at the same 30,000-character text: 600 million
    # characters from a few hundred KB of XML. The row is refused before it is built.
    path = tmp_path / "fanout.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        hostile.skeleton(zf)
        zf.writestr("xl/sharedStrings.xml", hostile.SST_HEAD % (1, 1) + b"<si><t>" + b"A" * 30_000 + b"</t></si></sst>")
        cells = "".join(f'<c r="{_letters(i)}2" t="s"><v>0</v></c>' for i in range(1, 20_000))
        zf.writestr("xl/worksheets/sheet1.xml", hostile.SHEET_HEAD + (
            '<row r="1"><c r="A1" t="inlineStr"><is><t>手機</t></is></c></row>'
            f'<row r="2"><c r="A2" t="inlineStr"><is><t>0912345678</t></is></c>{cells}</row>'
        ).encode() + hostile.SHEET_TAIL)
    with pytest.raises(importer.ImportFailed) as err:
        run_import(store, path, "L")
    assert err.value.code == "too_big" and "row 2 holds more than" in str(err.value)
    assert store.conn.execute("SELECT count(*) FROM contacts").fetchone()[0] == 0


def _letters(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def test_many_empty_formatted_rows_are_not_taken_for_padding(store: Store, tmp_path: Path) -> None:
    # Excel writes a formatted but empty row as <row .../>: 400,000 of them are ~16 MB of XML
    # around two cells, and still an ordinary file.
    path = tmp_path / "formatted.xlsx"
    empty_rows = b"".join(b'<row r="%d" spans="1:3" ht="20" customHeight="1"/>' % i for i in range(3, 400_000))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        hostile.skeleton(zf)
        zf.writestr("xl/sharedStrings.xml", hostile.SST_HEAD % (0, 0) + b"</sst>")
        zf.writestr("xl/worksheets/sheet1.xml", hostile.SHEET_HEAD
                    + '<row r="1"><c r="A1" t="inlineStr"><is><t>手機</t></is></c></row>'.encode()
                    + b'<row r="2"><c r="A2" t="inlineStr"><is><t>0912345678</t></is></c></row>' + empty_rows
                    + b'<row r="400000"><c r="A400000" t="inlineStr"><is><t>0922333444</t></is></c></row>'
                    + hostile.SHEET_TAIL)
    report = run_import(store, path, "L")
    assert (report.rows, report.valid) == (2, 2)


def test_a_reader_that_dies_is_reported_in_words(tmp_path: Path) -> None:
    # What the parent sees when the child is killed by its memory ceiling (or anything else).
    from smsdesk.core.sheet_child import open_source

    path = hostile.million_rows(tmp_path / "big.xlsx", rows=200_000)
    with open_source(path) as source:
        sheet = source.open(None)
        next(sheet.rows)
        source._proc.kill()  # type: ignore[attr-defined]
        with pytest.raises(importer.ImportFailed) as err:
            for _row in sheet.rows:
                pass
    assert err.value.code == "too_big" and "MB set aside for an import" in str(err.value)


@posix_only
def test_the_reading_child_runs_under_a_memory_ceiling(tmp_path: Path) -> None:
    from smsdesk.core import sheet_child

    code = ("import resource, sys\nfrom smsdesk.core import sheet_child\nsheet_child._limit_memory()\n"
            "print(resource.getrlimit(resource.RLIMIT_AS)[0])\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) == sheet_child.MEMORY_LIMIT <= 512 << 20


def test_ods_text_longer_than_calamine_should_buffer_is_refused(store: Store, tmp_path: Path) -> None:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    table = Table(name="S")
    for texts in (["手機", "姓名"], ["0912345678", "x" * 300_000]):
        row = TableRow()
        for text in texts:
            cell = TableCell(valuetype="string")
            cell.addElement(P(text=text))
            row.addElement(cell)
        table.addElement(row)
    doc.spreadsheet.addElement(table)
    doc.save(str(tmp_path / "long.ods"))
    with pytest.raises(importer.ImportFailed) as err:
        run_import(store, tmp_path / "long.ods", "L")
    assert err.value.code == "too_big" and "32,767 characters" in str(err.value)


def test_csv_line_without_end_is_read_in_pieces_and_refused(store: Store, tmp_path: Path) -> None:
    from smsdesk.core.workbooks import MAX_LINE_CHARS

    path = tmp_path / "endless.csv"
    path.write_text("手機,姓名\n0912345678," + "x" * (MAX_LINE_CHARS + 10), encoding="utf-8")
    with pytest.raises(importer.ImportFailed) as err:
        run_import(store, path, "L")
    assert err.value.code == "too_big" and "line 2 is longer than" in str(err.value)


def test_streaming_reader_shows_cells_as_calamine_did(tmp_path: Path) -> None:
    # python-calamine read .xlsx before the streaming reader: the same file, the same text.
    from datetime import date, datetime, time

    import openpyxl
    import python_calamine

    from smsdesk.core.workbooks import cell_text

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["手機", "生日", "時間", "時刻", "比例", "科學", "自訂", "真假", "文字", "空"])
    sheet.append(["0912345678", date(1990, 1, 2), datetime(2024, 1, 2, 3, 4), time(14, 30), 0.25, 12345.678,
                  date(2020, 5, 6), True, "A&B <c> \"d\"", None])
    sheet.append([912345678, date(1900, 2, 1), datetime(2024, 1, 2, 3, 4, 5), time(0, 0, 1), -3, 1e20,
                  date(2099, 12, 31), False, "  spaced  ", ""])
    for row in (2, 3):
        sheet[f"E{row}"].number_format = "0.00%"
        sheet[f"F{row}"].number_format = "0.00E+00"
        sheet[f"G{row}"].number_format = "yyyy/mm/dd"
    path = tmp_path / "cells.xlsx"
    book.save(path)
    expected = [[cell_text(v) for v in row]
                for row in python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()]
    shown = importer.preview(path)
    assert [r.values for r in shown.rows] == [row[: len(r.values)] for row, r in zip(expected[1:], shown.rows,
                                                                                     strict=True)]


@posix_only
def test_text_amplified_into_every_row_is_refused_within_budget(tmp_path: Path) -> None:
    # One 30,000-character shared string as the name of 20,000 customers: a 1.4 MB sheet that
    # would store 600 million characters. The import stops at its text budget, nothing written.
    path = tmp_path / "amplified.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        hostile.skeleton(zf)
        zf.writestr("xl/sharedStrings.xml", hostile.SST_HEAD % (1, 1) + b"<si><t>" + b"N" * 30_000 + b"</t></si></sst>")
        rows = b"".join(b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>09%08d</t></is></c><c r="B%d" t="s"><v>0</v></c></row>'
                        % (i, i, 10_000_000 + i, i) for i in range(2, 20_002))
        zf.writestr("xl/worksheets/sheet1.xml", hostile.SHEET_HEAD + '<row r="1"><c r="A1" t="inlineStr"><is><t>手機</t>'
                    '</is></c><c r="B1" t="inlineStr"><is><t>姓名</t></is></c></row>'.encode() + rows + hostile.SHEET_TAIL)
    code, _out, err, peak = _cli_import(path, tmp_path / "home")
    assert code != 0 and "million characters" in err, err
    assert peak < BUDGET_MB, peak
    assert _stored(tmp_path / "home") == (0, 0, 0)


def test_a_reader_that_crashes_is_told_apart_from_one_out_of_memory(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    # A reader that cannot even start (here: a module that does not exist) ends with a traceback,
    # not a signal: the message says it stopped unexpectedly and what to do, not "too big".
    from smsdesk.core import sheet_child

    real_popen = subprocess.Popen

    def broken(args: list[str], **kwargs: object) -> subprocess.Popen[bytes]:
        return real_popen([sys.executable, "-m", "smsdesk.core.no_such_reader", *args[3:]], **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(sheet_child.subprocess, "Popen", broken)
    with pytest.raises(importer.ImportFailed) as err:
        importer.preview(hostile.million_rows(tmp_path / "small.xlsx", rows=10))
    assert err.value.code == "reader_failed" and "stopped unexpectedly" in str(err.value)
