"""Generators of hostile and very large spreadsheets, written straight into a zip stream.

Every file is built at test time in ``tmp_path`` with ``zipfile`` streaming writes, so a
900 MB part costs seconds to generate and about a megabyte on disk.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="名單" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
    'Target="sharedStrings.xml"/></Relationships>'
)
SHEET_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)
SHEET_TAIL = b"</sheetData></worksheet>"
SST_HEAD = b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">'
_MB = 1 << 20


def skeleton(zf: zipfile.ZipFile) -> None:
    zf.writestr("[Content_Types].xml", _CONTENT_TYPES)
    zf.writestr("_rels/.rels", _ROOT_RELS)
    zf.writestr("xl/workbook.xml", _WORKBOOK)
    zf.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)


def _open(zf: zipfile.ZipFile, name: str, size: int) -> zipfile.ZipExtFile:  # type: ignore[name-defined]
    info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.file_size = size  # declared up front: lets zipfile write > 2 GiB-safe headers honestly
    return zf.open(info, "w", force_zip64=size > 0x7FFF0000)


def _repeat(stream: object, piece: bytes, total: int) -> None:
    block = piece * max(1, _MB // len(piece))
    written = 0
    while written + len(block) <= total:
        stream.write(block)  # type: ignore[attr-defined]
        written += len(block)
    rest = (total - written) // len(piece)
    stream.write(piece * rest)  # type: ignore[attr-defined]


def shared_string_bomb(path: Path, inflated: int = 900 * _MB) -> Path:
    """One shared string of ``inflated`` characters, used as the name of one customer."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        skeleton(zf)
        sheet = (
            SHEET_HEAD
            + '<row r="1"><c r="A1" t="inlineStr"><is><t>手機</t></is></c>'.encode()
            + '<c r="B1" t="inlineStr"><is><t>姓名</t></is></c></row>'.encode()
            + b'<row r="2"><c r="A2" t="inlineStr"><is><t>0912345678</t></is></c><c r="B2" t="s"><v>0</v></c></row>'
            + SHEET_TAIL
        )
        zf.writestr("xl/worksheets/sheet1.xml", sheet)
        head, tail = SST_HEAD % (1, 1) + b"<si><t>", b"</t></si></sst>"
        with _open(zf, "xl/sharedStrings.xml", len(head) + inflated + len(tail)) as f:
            f.write(head)
            _repeat(f, b"A", inflated)
            f.write(tail)
    return path


def whitespace_padding(path: Path, padding: int = 900 * _MB) -> Path:
    """Two ordinary rows with ``padding`` bytes of whitespace between them in the sheet XML."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        skeleton(zf)
        zf.writestr("xl/sharedStrings.xml", SST_HEAD % (0, 0) + b"</sst>")
        first = '<row r="1"><c r="A1" t="inlineStr"><is><t>手機</t></is></c></row>'.encode()
        second = b'<row r="2"><c r="A2" t="inlineStr"><is><t>0912345678</t></is></c></row>'
        body_size = len(SHEET_HEAD) + len(first) + padding + len(second) + len(SHEET_TAIL)
        with _open(zf, "xl/worksheets/sheet1.xml", body_size) as f:
            f.write(SHEET_HEAD + first)
            _repeat(f, b" \n\t ", padding)
            f.write(second + SHEET_TAIL)
    return path


def million_rows(path: Path, rows: int = 1_000_000) -> Path:
    """An ordinary list as Excel saves it: 手機 / 姓名 / 門市, names and numbers as shared strings."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        skeleton(zf)
        # Shared strings: 0 手機, 1 姓名, 2 門市, 3 台北店, then a name and a number per row.
        with zf.open("xl/sharedStrings.xml", "w", force_zip64=True) as f:
            f.write(SST_HEAD % (3 * rows + 3, 2 * rows + 4))
            f.write("<si><t>手機</t></si><si><t>姓名</t></si><si><t>門市</t></si><si><t>台北店</t></si>".encode())
            for start in range(0, rows, 10_000):
                f.write("".join(
                    f"<si><t>客戶{i:07d}</t></si><si><t>09{10_000_000 + i:08d}</t></si>"
                    for i in range(start, min(rows, start + 10_000))
                ).encode())
            f.write(b"</sst>")
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            f.write(SHEET_HEAD)
            f.write(b'<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
                    b'<c r="C1" t="s"><v>2</v></c></row>')
            for start in range(0, rows, 10_000):
                f.write("".join(
                    f'<row r="{i + 2}"><c r="A{i + 2}" t="s"><v>{2 * i + 5}</v></c>'
                    f'<c r="B{i + 2}" t="s"><v>{2 * i + 4}</v></c><c r="C{i + 2}" t="s"><v>3</v></c></row>'
                    for i in range(start, min(rows, start + 10_000))
                ).encode())
            f.write(SHEET_TAIL)
    return path
