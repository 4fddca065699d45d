"""Spreadsheet and CSV import: real files in every format, every bad input, exact counts."""

from __future__ import annotations

import json
import re
import struct
import subprocess
import sys
import zipfile
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

import openpyxl
import pytest
import xlwt
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableCell, TableRow
from odf.text import P
from openpyxl import Workbook

from smsdesk.core import importer, phones, workbook_guard, workbooks
from smsdesk.core.contacts import ContactRepository
from smsdesk.core.importer import ImportCancelled, ImportFailed, preview, run_import
from smsdesk.core.store import Store

Rows = Sequence[Sequence[object]]


# -- fixtures and file builders --------------------------------------------------------
@pytest.fixture
def store(any_store: Store) -> Store:
    return any_store  # SQLite and PostgreSQL (tests/support/db.py)


def xlsx(path: Path, rows: Rows, *, title: str = "名單", at: str = "A1",
         edit: Callable[[openpyxl.worksheet.worksheet.Worksheet], None] | None = None) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = title
    col0 = openpyxl.utils.column_index_from_string(re.match(r"[A-Z]+", at).group())  # type: ignore[union-attr]
    row0 = int(re.search(r"\d+", at).group())  # type: ignore[union-attr]
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None and value != "":
                ws.cell(row=row0 + r, column=col0 + c, value=value)
    if edit is not None:
        edit(ws)
    wb.save(path)
    return path


def xls(path: Path, rows: Rows, *, title: str = "名單", row0: int = 0, col0: int = 0) -> Path:
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(title)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None and value != "":
                ws.write(row0 + r, col0 + c, value)
    wb.save(str(path))
    return path


def ods(path: Path, rows: Rows, *, title: str = "名單", blank_rows: int = 0) -> Path:
    doc = OpenDocumentSpreadsheet()
    table = Table(name=title)
    for _ in range(blank_rows):
        table.addElement(TableRow())
    for row in rows:
        tr = TableRow()
        for value in row:
            if value is None or value == "":
                tr.addElement(TableCell())
            elif isinstance(value, int | float):
                cell = TableCell(valuetype="float", value=str(value))
                cell.addElement(P(text=str(value)))
                tr.addElement(cell)
            else:
                cell = TableCell(valuetype="string")
                cell.addElement(P(text=str(value)))
                tr.addElement(cell)
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    doc.save(str(path))
    return path


def csv_file(path: Path, rows: Rows, *, encoding: str = "utf-8", delimiter: str = ",") -> Path:
    import csv
    import io

    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def rewrite_zip(src: Path, dst: Path, member: str, change: Callable[[bytes], bytes]) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zout.writestr(info.filename, change(data) if info.filename == member else data)
    return dst


def cfb(streams: dict[str, bytes]) -> bytes:
    """A minimal OLE compound file (what Office writes for a password-protected .xlsx)."""
    sector, end, free, fat_sect = 512, 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD
    chains: list[int] = [fat_sect, end]  # sector 0: FAT, sector 1: directory
    body = b""
    entries: list[tuple[str, int, int]] = []
    next_sector = 2
    for name, data in streams.items():
        data = data.ljust(4096, b"\0")  # >= mini-stream cutoff: stored in normal sectors
        count = -(-len(data) // sector)
        entries.append((name, next_sector, len(data)))
        chains += [next_sector + i + 1 for i in range(count - 1)] + [end]
        body += data.ljust(count * sector, b"\0")
        next_sector += count
    fat = b"".join(struct.pack("<I", v) for v in chains).ljust(sector, b"\xff")

    def entry(name: str, kind: int, *, right: int = free, child: int = free, start: int = end, size: int = 0) -> bytes:
        raw = name.encode("utf-16-le") + b"\0\0"
        return (raw.ljust(64, b"\0") + struct.pack("<HBB", len(raw), kind, 1)
                + struct.pack("<III", free, right, child) + b"\0" * 36 + struct.pack("<IQ", start, size))

    directory = entry("Root Entry", 5, child=1)
    for i, (name, start, size) in enumerate(entries, start=1):
        directory += entry(name, 2, right=i + 1 if i < len(entries) else free, start=start, size=size)
    directory = directory.ljust(sector, b"\0")
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
              + b"\0" * 6 + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 0x1000, end, 0, end, 0)
              + struct.pack("<I", 0) + b"\xff" * 4 * 108)
    assert len(header) == 512
    return header + fat + directory + body


STANDARD = [
    ["姓名", "手機", "門市", "生日", "點數"],
    ["陳家豪", "0912-345-678", "台北信義店", date(1990, 1, 2), 120],
    ["林淑芬", 922333444, "台中西屯店", date(1985, 5, 6), 0],
    ["黃志明", "+886 933 444 555", "高雄左營店", "", 35.5],
    ["張雅婷", "02-2345-6789", "台北信義店", "", 10],
    ["李宗翰", "0912345678", "新北板橋店", "", 7],
    ["王小明", "", "台北信義店", "", 1],
    ["", "", "", "", ""],
    ["吳冠宇", "abc", "", "", ""],
]


def check_standard(report: importer.ImportReport, header_row: int = 1) -> None:
    h = header_row
    assert report.rows == 7  # the blank row is not counted
    assert report.valid == 3
    assert report.duplicates == 1
    assert report.duplicate_rows == [
        {"row": h + 5, "value": "0912345678", "phone": "+886912345678", "first_row": h + 1}
    ]
    assert [(i["row"], i["value"], i["reason"]) for i in report.invalid] == [
        (h + 4, "02-2345-6789", phones.LANDLINE),
        (h + 6, "", phones.EMPTY),
        (h + 8, "abc", phones.NOT_A_NUMBER),
    ]
    assert report.rows == report.valid + len(report.invalid) + report.duplicates
    assert report.phone_column == "手機" and report.name_column == "姓名"
    assert report.variables == ["門市", "生日", "點數"]


def contacts(store: Store, list_name: str) -> dict[str, tuple[str, dict[str, str]]]:
    rows = store.query(
        "SELECT c.phone, c.name, c.fields FROM contacts c JOIN contact_lists l ON l.id = c.list_id WHERE l.name = ?",
        (list_name,),
    )
    return {r["phone"]: (r["name"], json.loads(r["fields"])) for r in rows}


def count_rows(store: Store) -> tuple[int, int]:
    return (store.query_one("SELECT count(*) FROM contact_lists")[0],  # type: ignore[index]
            store.query_one("SELECT count(*) FROM contacts")[0])  # type: ignore[index]


# -- every format, exact results ------------------------------------------------------------
def test_xlsx_import_exact(store: Store, tmp_path: Path) -> None:
    report = run_import(store, xlsx(tmp_path / "list.xlsx", STANDARD), "VIP")
    check_standard(report)
    assert report.opted_out == 0 and report.added == 3 and report.updated == 0
    assert report.header_row == 1 and report.sheet == "名單"
    got = contacts(store, "VIP")
    assert got == {
        "+886912345678": ("陳家豪", {"門市": "台北信義店", "生日": "1990-01-02", "點數": "120"}),
        "+886922333444": ("林淑芬", {"門市": "台中西屯店", "生日": "1985-05-06", "點數": "0"}),
        "+886933444555": ("黃志明", {"門市": "高雄左營店", "生日": "", "點數": "35.5"}),
    }
    lst = ContactRepository(store).find_list("VIP")
    assert lst is not None and lst.columns == ["門市", "生日", "點數"] and lst.count == 3


def test_xlsm_import(store: Store, tmp_path: Path) -> None:
    src = xlsx(tmp_path / "list.xlsx", STANDARD)
    macro = tmp_path / "list.xlsm"
    macro.write_bytes(src.read_bytes())
    check_standard(run_import(store, macro, "VIP"))


def test_xls_import_exact(store: Store, tmp_path: Path) -> None:
    rows = [[v.isoformat() if isinstance(v, date) else v for v in r] for r in STANDARD]
    check_standard(run_import(store, xls(tmp_path / "list.xls", rows), "VIP"))
    assert contacts(store, "VIP")["+886922333444"][1]["點數"] == "0"


def test_ods_import_exact(store: Store, tmp_path: Path) -> None:
    rows = [[v.isoformat() if isinstance(v, date) else v for v in r] for r in STANDARD]
    check_standard(run_import(store, ods(tmp_path / "list.ods", rows), "VIP"))


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp950", "utf-16"])
def test_csv_encodings(store: Store, tmp_path: Path, encoding: str) -> None:
    rows = [[v.isoformat() if isinstance(v, date) else v for v in r] for r in STANDARD]
    delimiter = "\t" if encoding == "utf-16" else ","  # Excel's "Unicode text" is UTF-16 with tabs
    path = csv_file(tmp_path / "list.csv", rows, encoding=encoding, delimiter=delimiter)
    report = run_import(store, path, "VIP")
    check_standard(report)
    assert contacts(store, "VIP")["+886912345678"][0] == "陳家豪"


def test_big5_detected_after_a_long_ascii_start(store: Store, tmp_path: Path) -> None:
    rows: list[list[object]] = [["phone", "note"]]
    rows += [[f"09{10000000 + i}", "x" * 20] for i in range(4000)]  # > 64 KB of ASCII first
    rows += [["0987654321", "台北市信義區"]]
    path = csv_file(tmp_path / "big5.csv", rows, encoding="cp950")
    report = run_import(store, path, "L")
    assert report.valid == 4001
    assert contacts(store, "L")["+886987654321"][1] == {"note": "台北市信義區"}


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_csv_delimiter_sniffing(store: Store, tmp_path: Path, delimiter: str) -> None:
    rows = [["Name", "Mobile", "Store"], ["Amy", "0912-345-678", "A; B, C"], ["Ben", "0922333444", "D"]]
    report = run_import(store, csv_file(tmp_path / "d.csv", rows, delimiter=delimiter), "L")
    assert (report.rows, report.valid, report.name_column, report.variables) == (2, 2, "Name", ["Store"])
    assert contacts(store, "L")["+886912345678"] == ("Amy", {"Store": "A; B, C"})


def test_csv_mixed_encoding_fails_and_writes_nothing(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    # Far past the detection window: the encoding changes only near the end.
    head = "姓名,手機\n" + "".join(f"客戶{i},09{10000000 + i}\n" for i in range(10000))
    path.write_bytes(head.encode("utf-8") + "陳家豪,0912345678\n".encode("cp950"))
    with pytest.raises(ImportFailed) as err:
        run_import(store, path, "L")
    assert err.value.code == "encoding" and "different text encoding" in str(err.value)
    assert count_rows(store) == (0, 0)


def test_csv_broken_row_late_in_file_writes_nothing(store: Store, tmp_path: Path) -> None:
    body = "手機\n" + "".join(f"09{10000000 + i}\n" for i in range(3000))
    (tmp_path / "bad.csv").write_text(body + '"' + "x" * 200_000 + "\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as err:
        run_import(store, tmp_path / "bad.csv", "L")
    assert err.value.code == "csv" and "Row 3002" in str(err.value)
    assert count_rows(store) == (0, 0)


def test_csv_rows_are_records_like_excel_shows_them(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "q.csv"
    path.write_text('姓名,手機,地址\n"陳家豪","0912345678","台北市\n信義區"\n林淑芬,abc,x\n', encoding="utf-8")
    report = run_import(store, path, "L")
    assert [i["row"] for i in report.invalid] == [3]  # a quoted line break stays inside row 2
    assert contacts(store, "L")["+886912345678"][1] == {"地址": "台北市\n信義區"}


def test_unknown_encoding(store: Store, tmp_path: Path) -> None:
    (tmp_path / "x.csv").write_bytes(b"phone\n0912345678\n\xff\xfe\xfa\xfb\x81\x39\n")
    with pytest.raises(ImportFailed) as err:
        run_import(store, tmp_path / "x.csv", "L")
    assert err.value.code == "encoding"


# -- row numbers, headers, columns ------------------------------------------------------------
ROWS_WITH_TITLE: list[list[object]] = [
    ["2024 VIP 客戶名單", "", ""],
    ["", "", ""],
    ["客戶姓名", "行動電話", "備註"],
    ["陳家豪", "0912345678", "a"],
    ["林淑芬", "abc", "b"],
]


@pytest.mark.parametrize("fmt", ["xlsx", "xls", "ods", "csv"])
def test_row_numbers_are_spreadsheet_rows(store: Store, tmp_path: Path, fmt: str) -> None:
    # Data placed at C3 (xlsx/xls) or after blank rows: reported rows must match what Excel shows.
    if fmt == "xlsx":
        path, first = xlsx(tmp_path / "t.xlsx", ROWS_WITH_TITLE, at="C3"), 3
    elif fmt == "xls":
        path, first = xls(tmp_path / "t.xls", ROWS_WITH_TITLE, row0=2, col0=2), 3
    elif fmt == "ods":
        path, first = ods(tmp_path / "t.ods", ROWS_WITH_TITLE, blank_rows=2), 3
    else:
        path, first = csv_file(tmp_path / "t.csv", [["", "", ""], ["", "", ""], *ROWS_WITH_TITLE]), 3
    report = run_import(store, path, "L")
    assert report.header_row == first + 2  # the title row above is skipped
    assert (report.phone_column, report.name_column, report.variables) == ("行動電話", "客戶姓名", ["備註"])
    assert report.rows == 2 and report.valid == 1
    assert report.invalid == [{"row": first + 4, "value": "abc", "reason": phones.NOT_A_NUMBER,
                               "message": phones.describe(phones.NOT_A_NUMBER)}]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (["Name", "Mobile"], ("Mobile", "Name")),
        (["NAME ", " Cell Phone"], ("Cell Phone", "NAME")),
        (["名稱", "門號"], ("門號", "名稱")),
        (["客戶", "電話"], ("電話", "客戶")),
        (["姓 名", "手 機"], ("手 機", "姓 名")),
        (["phone", "name"], ("phone", "name")),
    ],
)
def test_header_synonyms(store: Store, tmp_path: Path, header: list[str], expected: tuple[str, str]) -> None:
    rows = [header, ["陳家豪", "0912345678"] if expected[1] == header[0].strip() else ["0912345678", "陳家豪"]]
    report = run_import(store, xlsx(tmp_path / "h.xlsx", rows), "L")
    assert (report.phone_column, report.name_column) == expected
    assert contacts(store, "L") == {"+886912345678": ("陳家豪", {})}


def test_mobile_column_preferred_over_landline_column(store: Store, tmp_path: Path) -> None:
    rows = [["姓名", "電話", "手機"], ["陳家豪", "02-2345-6789", "0912345678"]]
    report = run_import(store, xlsx(tmp_path / "h.xlsx", rows), "L")
    assert report.phone_column == "手機" and report.variables == ["電話"]
    assert report.valid == 1


def test_no_header_guesses_columns_from_content(store: Store, tmp_path: Path) -> None:
    rows = [["A001", "陳家豪", 912345678, "台北"], ["A002", "林淑芬", 922333444, "台中"]]
    report = run_import(store, xlsx(tmp_path / "n.xlsx", rows), "L")
    assert report.header_row is None
    assert (report.phone_column, report.name_column) == ("Column C", "Column B")
    assert report.variables == ["Column A", "Column D"]
    assert report.rows == 2 and report.valid == 2
    assert contacts(store, "L")["+886912345678"] == ("陳家豪", {"Column A": "A001", "Column D": "台北"})


def test_header_without_keywords_uses_content_for_phone(store: Store, tmp_path: Path) -> None:
    rows = [["編號", "聯繫", "地區"], ["1", "0912-345-678", "北"], ["2", "0922-333-444", "南"]]
    report = run_import(store, xlsx(tmp_path / "n.xlsx", rows), "L")
    assert report.header_row == 1 and report.phone_column == "聯繫" and report.valid == 2


def test_heading_that_fits_but_holds_no_numbers_loses_to_content(store: Store, tmp_path: Path) -> None:
    rows = [["Member number", "聯繫", "姓名"], ["A001", "0912-345-678", "陳家豪"], ["A002", "0922333444", "林淑芬"]]
    report = run_import(store, xlsx(tmp_path / "n.xlsx", rows), "L")
    assert (report.phone_column, report.name_column, report.valid) == ("聯繫", "姓名", 2)


def test_explicit_columns_by_name_index_or_letter(store: Store, tmp_path: Path) -> None:
    rows = [["姓名", "手機", "備用手機"], ["陳家豪", "0912345678", "0922333444"]]
    path = xlsx(tmp_path / "e.xlsx", rows)
    assert run_import(store, path, "A", phone_column="備用手機").valid == 1
    assert list(contacts(store, "A")) == ["+886922333444"]
    run_import(store, path, "B", phone_column=2, name_column=None)
    assert list(contacts(store, "B")) == ["+886922333444"]
    run_import(store, path, "C", phone_column="C", name_column="A")
    assert contacts(store, "C") == {"+886922333444": ("陳家豪", {"手機": "0912345678"})}
    with pytest.raises(ImportFailed) as err:
        run_import(store, path, "D", phone_column="Fax")
    assert err.value.code == "column_not_found" and "備用手機" in str(err.value)


def test_duplicate_headings_are_numbered(store: Store, tmp_path: Path) -> None:
    rows = [["姓名", "手機", "備註", "備註"], ["陳家豪", "0912345678", "a", "b"]]
    report = run_import(store, xlsx(tmp_path / "d.xlsx", rows), "L")
    assert report.variables == ["備註", "備註 (2)"]
    assert contacts(store, "L")["+886912345678"][1] == {"備註": "a", "備註 (2)": "b"}


def test_several_numbers_in_a_cell_are_flagged(store: Store, tmp_path: Path) -> None:
    rows = [["姓名", "手機"], ["陳家豪", "0912-345-678 / 0922-333-444"], ["林淑芬", "02-2345-6789、0933444555"]]
    report = run_import(store, xlsx(tmp_path / "m.xlsx", rows), "L")
    assert report.valid == 2
    assert report.extra_numbers == [
        {"row": 2, "value": "0912-345-678 / 0922-333-444", "extra": ["+886922333444"]},
        {"row": 3, "value": "02-2345-6789、0933444555", "extra": ["+886223456789"]},
    ]
    assert set(contacts(store, "L")) == {"+886912345678", "+886933444555"}


def test_region_for_numbers_without_country_code(store: Store, tmp_path: Path) -> None:
    rows = [["Name", "Mobile"], ["Amy", "9123 4567"], ["Ben", "+886 912 345 678"]]
    report = run_import(store, xlsx(tmp_path / "hk.xlsx", rows), "L", region="HK")
    assert report.valid == 2
    assert set(contacts(store, "L")) == {"+85291234567", "+886912345678"}
    with pytest.raises(ValueError):
        run_import(store, tmp_path / "hk.xlsx", "L", region="XX")


# -- spreadsheet quirks ----------------------------------------------------------------------------
def test_merged_cells_fill_variables_but_not_phones(store: Store, tmp_path: Path) -> None:
    rows = [
        ["門市", "姓名", "手機"],
        ["台北信義店", "陳家豪", "0912345678"],
        ["", "林淑芬", "0922333444"],
        ["", "黃志明", "0933444555"],
        ["台中店", "張雅婷", "0944555666"],
        ["", "李宗翰", ""],
    ]

    def merge(ws: openpyxl.worksheet.worksheet.Worksheet) -> None:
        ws.merge_cells("A2:A4")
        ws.merge_cells("C5:C6")  # one number merged over two people: only the first gets it

    report = run_import(store, xlsx(tmp_path / "m.xlsx", rows, edit=merge), "L")
    got = contacts(store, "L")
    assert {p: f["門市"] for p, (_n, f) in got.items()} == {
        "+886912345678": "台北信義店",
        "+886922333444": "台北信義店",
        "+886933444555": "台北信義店",
        "+886944555666": "台中店",
    }
    assert report.invalid == [{"row": 6, "value": "", "reason": phones.EMPTY, "message": phones.describe(phones.EMPTY)}]


def test_hidden_sheet_skipped_by_default_hidden_rows_imported(store: Store, tmp_path: Path) -> None:
    wb = Workbook()
    notes = wb.active
    notes.title = "說明"
    notes["A1"] = "請勿修改"
    notes.sheet_state = "hidden"
    ws = wb.create_sheet("名單")
    for row in [["姓名", "手機"], ["陳家豪", "0912345678"], ["林淑芬", "0922333444"]]:
        ws.append(row)
    ws.row_dimensions[3].hidden = True
    ws.column_dimensions["A"].hidden = True
    other = wb.create_sheet("Other")
    other.append(["手機"])
    other.append(["0933444555"])
    path = tmp_path / "h.xlsx"
    wb.save(path)
    report = run_import(store, path, "L")
    assert report.sheet == "名單" and report.valid == 2
    assert contacts(store, "L")["+886922333444"][0] == "林淑芬"
    assert [(s.name, s.visible) for s in workbooks.list_sheets(path)] == [
        ("說明", False), ("名單", True), ("Other", True)]
    assert run_import(store, path, "O", sheet="other").sheet == "Other"  # name, any case
    assert run_import(store, path, "I", sheet=2).valid == 1  # by index
    with pytest.raises(ImportFailed) as err:
        run_import(store, path, "X", sheet="Missing")
    assert err.value.code == "sheet_not_found" and "名單" in str(err.value)


def _with_formula(tmp_path: Path, cached: bytes | None) -> Path:
    src = xlsx(tmp_path / "f0.xlsx", [["姓名", "手機"], ["陳家豪", '="0912"&"345678"'], ["林淑芬", "0922333444"]])

    def change(xml: bytes) -> bytes:
        cell = re.search(rb'<c r="B2"[^>]*>.*?</c>', xml).group()  # type: ignore[union-attr]
        formula = re.search(rb"<f>.*?</f>", cell).group()  # type: ignore[union-attr]
        if cached is None:
            new = b'<c r="B2">' + formula + b"<v></v></c>"
        elif cached.startswith(b"#"):
            new = b'<c r="B2" t="e">' + formula + b"<v>" + cached + b"</v></c>"
        else:
            new = b'<c r="B2" t="str">' + formula + b"<v>" + cached + b"</v></c>"
        return xml.replace(cell, new)

    return rewrite_zip(src, tmp_path / "f.xlsx", "xl/worksheets/sheet1.xml", change)


def test_formula_cells_use_saved_result(store: Store, tmp_path: Path) -> None:
    report = run_import(store, _with_formula(tmp_path, b"0912345678"), "L")
    assert report.valid == 2 and "+886912345678" in contacts(store, "L")


@pytest.mark.parametrize("cached", [None, b"#N/A"])
def test_formula_without_saved_result_is_reported(store: Store, tmp_path: Path, cached: bytes | None) -> None:
    report = run_import(store, _with_formula(tmp_path, cached), "L")
    assert report.valid == 1
    assert [(i["row"], i["reason"]) for i in report.invalid] == [(2, importer.FORMULA)]
    assert "formula" in str(report.invalid[0]["message"])


# -- bad input: nothing written, actionable message ----------------------------------------------
def _fails(store: Store, path: Path, code: str) -> ImportFailed:
    with pytest.raises(ImportFailed) as err:
        run_import(store, path, "L")
    assert err.value.code == code, str(err.value)
    assert path.name in str(err.value) or code in ("no_phone_column", "no_data", "xlsb")
    assert count_rows(store) == (0, 0)
    return err.value


def test_truncated_xlsx(store: Store, tmp_path: Path) -> None:
    good = xlsx(tmp_path / "g.xlsx", STANDARD).read_bytes()
    bad = tmp_path / "cut.xlsx"
    bad.write_bytes(good[: len(good) // 2])
    assert "damaged or incomplete" in str(_fails(store, bad, "corrupt"))


def test_corrupt_sheet_data(store: Store, tmp_path: Path) -> None:
    good = xlsx(tmp_path / "g.xlsx", STANDARD * 30)
    with zipfile.ZipFile(good) as zf:
        info = zf.getinfo("xl/worksheets/sheet1.xml")
    raw = bytearray(good.read_bytes())
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for i in range(start + 20, start + min(info.compress_size - 4, 400)):
        raw[i] ^= 0x5A
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(bytes(raw))
    _fails(store, bad, "corrupt")


def test_truncated_xls(store: Store, tmp_path: Path) -> None:
    good = xls(tmp_path / "g.xls", [["手機"], *[["0912345678"]] * 300]).read_bytes()
    bad = tmp_path / "cut.xls"
    bad.write_bytes(good[: len(good) // 2])
    _fails(store, bad, "corrupt")


@pytest.mark.parametrize(
    ("name", "content", "code", "words"),
    [
        ("list.xlsx", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "not_spreadsheet", "PDF"),
        ("list.xlsx", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not_spreadsheet", "picture"),
        ("list.xls", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00", "not_spreadsheet", "binary"),
        ("list.xls", b"<html><body><table><tr><td>0912345678</td></tr></table></body></html>", "html", "web page"),
        ("list.xlsx", "姓名,手機\n陳家豪,0912345678\n".encode(), "text_as_workbook", ".csv"),
        ("list.xls", b'<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?><Workbook/>', "xml", "XML"),
        ("list.csv", b"", "empty", "empty"),
    ],
)
def test_renamed_or_wrong_files(store: Store, tmp_path: Path, name: str, content: bytes, code: str, words: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert words in str(_fails(store, path, code))


def test_word_document_renamed_xlsx(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document/>")
    assert "Word" in str(_fails(store, path, "not_spreadsheet"))


def test_password_protected_workbook(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "secret.xlsx"
    path.write_bytes(cfb({"EncryptionInfo": b"\x04\x00\x04\x00\x40\x00\x00\x00", "EncryptedPackage": b"\x00" * 5000}))
    assert "password" in str(_fails(store, path, "password"))


def test_word_97_document_renamed_xls(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "list.xls"
    path.write_bytes(cfb({"WordDocument": b"\xec\xa5" + b"\0" * 100}))
    assert "Word" in str(_fails(store, path, "not_spreadsheet"))


def test_xls_with_a_far_cell_on_another_sheet(store: Store, tmp_path: Path) -> None:
    # Calamine loads every .xls sheet on open: a far cell on any sheet costs 512 MB there.
    wb = xlwt.Workbook(encoding="utf-8")
    first = wb.add_sheet("名單")
    first.write(0, 0, "手機")
    first.write(1, 0, "0912345678")
    wb.add_sheet("Notes").write(65535, 255, "far")
    path = tmp_path / "far.xls"
    wb.save(str(path))
    assert "65,536 rows × 256 columns" in str(_fails(store, path, "too_big"))


def test_xls_record_claiming_column_65535_does_not_reach_calamine(tmp_path: Path) -> None:
    # Calamine would allocate 65,536 x 65,536 cells (~137 GB) and abort: run in a child.
    path = xls(tmp_path / "c.xls", [["手機", 12345.0], *[[""]] * 65534, ["x"]])  # rows 1 and 65,536
    raw = path.read_bytes()
    record = b"\x7e\x02\x0a\x00\x00\x00\x01\x00"  # RK number at row 0, column 1
    assert raw.count(record) == 1
    path.write_bytes(raw.replace(record, b"\x7e\x02\x0a\x00\x00\x00\xff\xff"))
    code = (
        "from smsdesk.core import importer\n"
        "try:\n"
        f"    importer.preview({str(path)!r})\n"
        "except importer.ImportFailed as exc:\n"
        "    print(exc.code)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          cwd=Path(__file__).resolve().parent.parent)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "too_big"


def test_xlsb_is_refused_with_advice(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "list.xlsb"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.bin", b"\x00\x01")
    assert ".xlsx" in str(_fails(store, path, "xlsb"))


def test_xls_content_with_xlsx_name_is_read(store: Store, tmp_path: Path) -> None:
    rows = [[v.isoformat() if isinstance(v, date) else v for v in r] for r in STANDARD]
    real = xls(tmp_path / "real.xls", rows)
    renamed = tmp_path / "renamed.xlsx"
    renamed.write_bytes(real.read_bytes())
    check_standard(run_import(store, renamed, "L"))


def test_empty_sheet(store: Store, tmp_path: Path) -> None:
    assert "empty" in str(_fails(store, xlsx(tmp_path / "e.xlsx", []), "empty"))
    assert "empty" in str(_fails(store, xlsx(tmp_path / "b.xlsx", [["", ""], ["", ""]]), "empty"))
    _fails(store, ods(tmp_path / "e.ods", []), "empty")
    csv_path = tmp_path / "e.csv"
    csv_path.write_text("\n\n,,\n", encoding="utf-8")
    _fails(store, csv_path, "empty")


def test_header_only(store: Store, tmp_path: Path) -> None:
    _fails(store, xlsx(tmp_path / "h.xlsx", [["姓名", "手機"]]), "no_data")


def test_no_phone_column(store: Store, tmp_path: Path) -> None:
    err = _fails(store, xlsx(tmp_path / "n.xlsx", [["姓名", "地址"], ["陳家豪", "台北市"], ["林淑芬", "台中市"]]),
                 "no_phone_column")
    assert "手機" in str(err) and "名單" in str(err)


def test_missing_file(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ImportFailed) as err:
        run_import(store, tmp_path / "nope.xlsx", "L")
    assert err.value.code == "unreadable"


def test_blank_list_name(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ImportFailed) as err:
        run_import(store, xlsx(tmp_path / "a.xlsx", STANDARD), "  ")
    assert err.value.code == "list_name"


# -- zip bombs: refused before calamine reads anything ------------------------------------------
def _patch_sizes(path: Path, member: str, size: int) -> None:
    """Rewrite the declared unpacked size of ``member`` in the local and central headers."""
    raw = bytearray(path.read_bytes())
    name = member.encode()
    for sig, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        for m in re.finditer(re.escape(sig), raw):
            start = m.start()
            name_at = start + (30 if sig == b"PK\x03\x04" else 46)
            if raw[name_at : name_at + len(name)] == name:
                struct.pack_into("<I", raw, start + offset, size)
    path.write_bytes(bytes(raw))


def test_declared_size_too_big(store: Store, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "bomb.xlsx", STANDARD)
    _patch_sizes(path, "xl/worksheets/sheet1.xml", 3_000_000_000)
    assert "too large" in str(_fails(store, path, "too_big"))


def test_zip_with_too_many_parts(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "parts.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
        for i in range(workbook_guard.MAX_ZIP_ENTRIES + 1):
            zf.writestr(f"xl/x{i}.xml", "")
    _fails(store, path, "too_big")


def test_size_lying_below_the_real_size(store: Store, tmp_path: Path) -> None:
    # 20 MB of whitespace squeezed into a part that claims to be 100 KB.
    def pad(xml: bytes) -> bytes:
        return xml.replace(b"<sheetData>", b"<sheetData>" + b" " * 20_000_000)

    path = rewrite_zip(xlsx(tmp_path / "a.xlsx", STANDARD), tmp_path / "liar.xlsx", "xl/worksheets/sheet1.xml", pad)
    _patch_sizes(path, "xl/worksheets/sheet1.xml", 100_000)
    _fails(store, path, "too_big")


def test_far_cells_cost_nothing_in_xlsx(store: Store, tmp_path: Path) -> None:
    # Calamine would have allocated 1,001 x 16,384 cells for this; the streaming reader holds one row.
    rows = [["手機"], *[[f"09{10000000 + i}"] for i in range(1000)]]

    def far(ws: openpyxl.worksheet.worksheet.Worksheet) -> None:
        ws["XFD1001"] = "x"

    report = run_import(store, xlsx(tmp_path / "wide.xlsx", rows, edit=far), "L")
    assert report.valid == 1000 and report.invalid == []


def test_cell_in_the_last_row_and_column_is_read_in_a_child(tmp_path: Path) -> None:
    # A single cell in XFD1048576 once made calamine request ~500 GB and abort; the preview
    # runs its reader in a child process, so even a crash there would only be reported.
    path = xlsx(tmp_path / "far.xlsx", [["手機"], ["0912345678"]], edit=lambda ws: ws.cell(1048576, 16384, "x"))
    result = importer.preview(path)
    assert [r.row for r in result.rows] == [2, 1048576]
    assert result.rows[0].phone.e164 == "+886912345678"


def test_cells_written_in_odd_ways_are_read(store: Store, tmp_path: Path) -> None:
    # Attribute order changed, a cell without a reference, and a namespace prefix on every element.
    def odd(xml: bytes) -> bytes:
        xml = xml.replace(b'<c r="A2" t="inlineStr">', b'<c t="inlineStr" r="A2">')
        xml = xml.replace(b'<c r="B2" t="inlineStr">', b'<c t="inlineStr">')
        return xml.replace(b"</sheetData>", b'<row r="900000"><c t="n" r="ZZ900000"><v>1</v></c></row></sheetData>')

    path = rewrite_zip(xlsx(tmp_path / "a.xlsx", [["手機", "姓名"], ["0912345678", "陳家豪"]]), tmp_path / "odd.xlsx",
                       "xl/worksheets/sheet1.xml", odd)
    report = run_import(store, path, "L")
    assert contacts(store, "L")["+886912345678"][0] == "陳家豪"
    assert [(i["row"], i["reason"]) for i in report.invalid] == [(900000, phones.EMPTY)]

    def prefixed(xml: bytes) -> bytes:
        xml = re.sub(rb"<(/?)(?!\?)([a-zA-Z])", rb"<\1x:\2", xml)
        return xml.replace(b"<x:worksheet xmlns=", b"<x:worksheet xmlns:x=")

    path = rewrite_zip(xlsx(tmp_path / "b.xlsx", [["手機", "姓名"], ["0912345678", "林淑芬"]]), tmp_path / "x.xlsx",
                       "xl/worksheets/sheet1.xml", prefixed)
    run_import(store, path, "P")
    assert contacts(store, "P")["+886912345678"][0] == "林淑芬"


def test_ods_repeat_bomb(store: Store, tmp_path: Path) -> None:
    doc = OpenDocumentSpreadsheet()
    table = Table(name="S")
    head = TableRow()
    cell = TableCell(valuetype="string")
    cell.addElement(P(text="手機"))
    head.addElement(cell)
    table.addElement(head)
    bomb = TableRow(numberrowsrepeated=1_000_000)
    cell = TableCell(valuetype="string", numbercolumnsrepeated=1000)
    cell.addElement(P(text="0912345678"))
    bomb.addElement(cell)
    table.addElement(bomb)
    doc.spreadsheet.addElement(table)
    path = tmp_path / "bomb.ods"
    doc.save(str(path))
    _fails(store, path, "too_big")


def test_ods_trailing_empty_repeats_are_fine(store: Store, tmp_path: Path) -> None:
    # LibreOffice ends every sheet with huge repeated *empty* rows and cells.
    path = ods(tmp_path / "lo.ods", [["手機"], ["0912345678"]])
    with zipfile.ZipFile(path) as zf:
        content = zf.read("content.xml")
    filler = (b'<table:table-row table:number-rows-repeated="1048574">'
              b'<table:table-cell table:number-columns-repeated="1024"/></table:table-row>')
    rewrite_zip(path, tmp_path / "lo2.ods", "content.xml", lambda x: x.replace(b"</table:table>", filler + b"</table:table>"))
    assert b"table:table" in content
    assert run_import(store, tmp_path / "lo2.ods", "L").valid == 1


# -- lists, opt-outs, atomicity ----------------------------------------------------------------
def test_reimport_updates_instead_of_duplicating(store: Store, tmp_path: Path) -> None:
    run_import(store, xlsx(tmp_path / "a.xlsx", STANDARD), "VIP")
    second = [
        ["姓名", "手機", "門市", "等級"],
        ["", "0912345678", "台南店", "金"],  # blank name keeps the old one
        ["新名字", "0922-333-444", "", "銀"],
        ["趙子龍", "0955666777", "高雄店", ""],
    ]
    report = run_import(store, xlsx(tmp_path / "b.xlsx", second), "vip")  # list names ignore case
    assert (report.valid, report.added, report.updated) == (3, 1, 2)
    got = contacts(store, "VIP")
    assert len(got) == 4
    assert got["+886912345678"] == ("陳家豪", {"門市": "台南店", "生日": "1990-01-02", "點數": "120", "等級": "金"})
    assert got["+886922333444"][0] == "新名字"
    assert got["+886922333444"][1]["門市"] == ""  # the file's values replace old ones
    lst = ContactRepository(store).find_list("VIP")
    assert lst is not None and lst.columns == ["門市", "生日", "點數", "等級"]


def test_opted_out_numbers_are_counted(store: Store, tmp_path: Path) -> None:
    repo = ContactRepository(store)
    repo.add_optout("0922-333-444", source="reply")
    repo.add_optout("0900000000")
    report = run_import(store, xlsx(tmp_path / "a.xlsx", STANDARD), "VIP")
    assert report.opted_out == 1
    assert report.valid == 3  # kept in the list; the sender skips them


def _many(n: int) -> list[list[object]]:
    return [["姓名", "手機"], *[[f"客戶{i}", f"09{10000000 + i}"] for i in range(n)]]


def test_cancel_while_reading_changes_nothing(store: Store, tmp_path: Path) -> None:
    path = csv_file(tmp_path / "m.csv", _many(5000))
    with pytest.raises(ImportCancelled):
        run_import(store, path, "L", cancelled=lambda: True)
    assert count_rows(store) == (0, 0)


def test_cancel_while_writing_changes_nothing(store: Store, tmp_path: Path) -> None:
    run_import(store, csv_file(tmp_path / "a.csv", _many(10)), "L")
    before = contacts(store, "L")
    calls: list[int] = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 3  # reading checks twice (rows 2048, 4096); the write phase trips it

    with pytest.raises(ImportCancelled) as err:
        run_import(store, csv_file(tmp_path / "b.csv", _many(12000)), "L", cancelled=cancel)
    assert "Nothing was changed" in str(err.value)
    assert len(calls) >= 4
    assert contacts(store, "L") == before
    assert count_rows(store) == (1, 10)


def test_progress_reports_rows_and_total(store: Store, tmp_path: Path) -> None:
    seen: list[tuple[int, int | None]] = []
    run_import(store, xlsx(tmp_path / "p.xlsx", _many(5000)), "L", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (5000, 5000)  # data rows, as the report counts them (the heading is not one)
    assert all(t == 5000 for _d, t in seen) and [d for d, _t in seen] == sorted(d for d, _t in seen)
    assert len(seen) >= 3
    seen.clear()
    run_import(store, csv_file(tmp_path / "p.csv", _many(5000)), "M", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (5000, None)


def test_report_json_and_xlsx(store: Store, tmp_path: Path) -> None:
    rows = [[v.isoformat() if isinstance(v, date) else v for v in r] for r in STANDARD]
    rows += [["駭客", '=HYPERLINK("http://x","0912")', "", "", ""], ["@SUM", "+0912", "", "", ""]]
    report = run_import(store, csv_file(tmp_path / "r.csv", rows), "VIP")
    data = report.to_json()
    assert set(data) == {"list", "rows", "valid", "invalid", "duplicates", "opted_out"}
    assert data["list"] == "VIP" and data["rows"] == 9 and data["duplicates"] == 1
    json.dumps(data, ensure_ascii=False)  # serialisable as is
    out = report.to_xlsx(tmp_path / "report.xlsx")
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Summary", "Problems"]
    problems = list(wb["Problems"].iter_rows(values_only=True))
    assert problems[0] == ("Row", "Value", "Problem", "Details")
    assert [p[0] for p in problems[1:]] == [5, 6, 7, 9, 10, 11]
    assert problems[-2][1] == '=HYPERLINK("http://x","0912")'
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f"
    summary = dict(wb["Summary"].iter_rows(values_only=True))
    assert summary["Rows read"] == 9 and summary["Duplicate rows"] == 1
    wb.close()


# -- preview --------------------------------------------------------------------------------------
def test_preview_rows_and_mapping(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "p.xlsx", STANDARD)
    pv = preview(path, n=3)
    assert pv.sheet == "名單" and pv.kind == "xlsx" and pv.last_row == 9
    assert pv.columns == ["姓名", "手機", "門市", "生日", "點數"]
    assert (pv.phone_column, pv.name_column) == (1, 0)
    assert [r.row for r in pv.rows] == [2, 3, 4]
    assert [r.phone.e164 for r in pv.rows] == ["+886912345678", "+886922333444", "+886933444555"]
    assert pv.rows[1].values == ["林淑芬", "922333444", "台中西屯店", "1985-05-06", "0"]
    remapped = preview(path, mapping={"phone": "門市", "name": 4}, n=50)
    assert remapped.phone_column == 2 and remapped.name_column == 4
    assert len(remapped.rows) == 7 and all(not r.phone.ok for r in remapped.rows)


def test_preview_without_phone_column_asks_the_user(tmp_path: Path) -> None:
    pv = preview(xlsx(tmp_path / "n.xlsx", [["姓名", "地址"], ["陳家豪", "台北市"]]))
    assert pv.phone_column is None and pv.rows[0].phone.reason == phones.EMPTY


def test_inline_fast_path_matches_normalize(store: Store, tmp_path: Path) -> None:
    values: list[object] = ["0912345678", "0990123456", "0912345678 ", "０９１２３４５６７８", 912345678.0,
                            990123456.0, 912345678, "912345678", 9.5e8, "0912-345-678", "0923456789"]
    rows = [["手機"], *[[v] for v in values]]
    report = run_import(store, xlsx(tmp_path / "f.xlsx", rows), "L")
    expected = {phones.normalize(v).e164 for v in values} - {None}
    assert set(contacts(store, "L")) == expected
    bad = {i["row"] - 2 for i in report.invalid}
    assert {i for i, v in enumerate(values) if phones.normalize(v).e164 is None} == bad


@pytest.mark.slow
def test_million_rows_are_streamed(tmp_path: Path) -> None:
    path = tmp_path / "million.csv"
    with path.open("w", encoding="utf-8") as f:
        f.write("姓名,手機,門市\n")
        for i in range(1_000_000):
            f.write(f"客戶{i},09{10000000 + i % 2000},台北店\n")
    # A fresh interpreter, so that its peak RSS is this import's (pytest's own history would hide it).
    code = (
        "import json, resource, sys\n"
        "from smsdesk.core.importer import run_import\n"
        "from smsdesk.core.store import Store\n"
        "store = Store(sys.argv[2])\n"
        "base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "r = run_import(store, sys.argv[1], 'M')\n"
        "grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base\n"
        "store.close()\n"
        "print(json.dumps([r.rows, r.valid, r.duplicates, len(r.duplicate_rows), grown]))\n"
    )
    done = subprocess.run([sys.executable, "-c", code, str(path), str(tmp_path / "m.db")], capture_output=True,
                          text=True, timeout=120, cwd=Path(__file__).resolve().parent.parent)
    assert done.returncode == 0, done.stderr[-2000:]
    rows, valid, duplicates, details, grown_kib = json.loads(done.stdout)
    assert (rows, valid, duplicates) == (1_000_000, 2000, 998_000)
    assert details == importer.DETAIL_LIMIT  # listed up to the limit; the count stays exact
    # The file is ~30 MB of text, ~250 MB as Python rows: loading it whole could not stay this low.
    assert grown_kib < 80 * 1024, grown_kib


# -- export: reports that are safe to open -------------------------------------------------
def test_write_xlsx_never_writes_formulas(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from smsdesk.core.export import write_xlsx

    dangerous = ["=1+1", '=HYPERLINK("http://evil","click")', "+886912345678", "-2+3", "@SUM(A1:A2)",
                 "\t=1", "\r=1", "\0=1", "=cmd|' /C calc'!A0"]
    rows: list[list[object]] = [[text, "plain", 5, 2.5, None, date(2024, 1, 2)] for text in dangerous]
    rows.append(["x" * 40_000, datetime(2024, 1, 2, 3, 4, tzinfo=UTC), True, -7, "中文", ""])
    out = write_xlsx(tmp_path / "r.xlsx", ["Value", "Text", "Int", "Float", "None", "Date"], rows, sheet_title="A/B:C?")
    with zipfile.ZipFile(out) as zf:
        xml = zf.read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in xml and b"<f " not in xml
    wb = openpyxl.load_workbook(out)
    ws = wb.active
    assert ws.title == "A_B_C_"
    got = list(ws.iter_rows(min_row=2))
    for cells, text in zip(got, dangerous, strict=False):
        cell = cells[0]
        assert cell.data_type == "s" and cell.quotePrefix, text
        expected = text.replace("\0", "\ufffd").replace("\r", "\n")  # XML keeps no NUL; CR reads back as LF
        assert cell.value == expected
        assert cells[1].value == "plain" and not cells[1].quotePrefix
        assert (cells[2].value, cells[3].value, cells[4].value) == (5, 2.5, None)
    assert len(got[-1][0].value) == 32767
    assert got[-1][2].value is True and got[-1][4].value == "中文"
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)
    wb.close()


def test_write_xlsx_failure_is_explained_and_leaves_nothing(tmp_path: Path) -> None:
    from smsdesk.core.export import ExportFailed, write_xlsx

    with pytest.raises(ExportFailed) as err:
        write_xlsx(tmp_path / "missing" / "r.xlsx", ["A"], [["1"]])
    assert "could not be saved" in str(err.value)
    target = tmp_path / "r.xlsx"
    target.mkdir()  # a folder where the file should go: replace fails
    with pytest.raises(ExportFailed):
        write_xlsx(target, ["A"], [["1"]])
    assert [p.name for p in tmp_path.iterdir()] == ["r.xlsx"]
